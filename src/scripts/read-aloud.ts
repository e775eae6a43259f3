/**
 * 朗读: reads a page aloud with the browser's own speech synthesis, in a Chinese
 * voice, nothing sent anywhere. Loaded on the first tap of the 朗读 button
 * (src/components/ReadAloud.astro, which also decides whether to show it).
 *
 * What is read is what the search index reads, in the same order: the page's
 * `[data-pagefind-body]`, without `[data-pagefind-ignore]` parts (controls, share
 * and download panels) or navigation; the headline first (on a profile the
 * portrait's caption comes before the name in the page), then text and captions
 * as they stand. Each block is cut into sentences, since some engines stop
 * speaking in the middle of a long utterance.
 */

/** Blocks of text, read one after another. */
const blockSelector = 'h1, h2, h3, h4, p, li, blockquote, figcaption, dt, dd';
const skipSelector = '[data-pagefind-ignore], nav, form, [hidden], [aria-hidden="true"]';

/** A Chinese voice, Mandarin in mainland China first. */
export function chineseVoice(voices: SpeechSynthesisVoice[]): SpeechSynthesisVoice | undefined {
  const lang = (v: SpeechSynthesisVoice) => v.lang.replace('_', '-').toLowerCase();
  return (
    voices.find((v) => lang(v) === 'zh-cn') ??
    voices.find((v) => /^cmn/.test(lang(v))) ??
    voices.find((v) => /^zh-(hans|sg)/.test(lang(v))) ??
    voices.find((v) => /^zh/.test(lang(v)))
  );
}

/** The text blocks of the region, headline first, each with its element. */
export function blocksOf(region: ParentNode): { element: HTMLElement; text: string }[] {
  const all = [...region.querySelectorAll<HTMLElement>(blockSelector)].filter(
    (el) => !el.closest(skipSelector) && !el.parentElement?.closest(blockSelector) && el.checkVisibility(),
  );
  const headline = all.filter((el) => el.matches('h1') || el.parentElement?.matches('hgroup'));
  return [...headline, ...all.filter((el) => !headline.includes(el))]
    .map((element) => ({ element, text: element.innerText.replace(/\s+/g, ' ').trim() }))
    .filter((block) => block.text);
}

/** Sentences of at most about `max` characters, cut after Chinese (or Latin) stops. */
export function sentences(text: string, max = 120): string[] {
  const parts = text.match(/[^。！？；!?;]+[。！？；!?;”’」』）)]*|[。！？；!?;]+/g) ?? [text];
  const out: string[] = [];
  for (const part of parts.map((p) => p.trim()).filter(Boolean)) {
    for (let i = 0; i < part.length; i += max) out.push(part.slice(i, i + max));
  }
  return out;
}

type State = 'idle' | 'speaking' | 'paused';

/** Wires the control and starts reading (this module loads on the first tap of 朗读). */
export function enhance(control: HTMLElement): void {
  const synth = window.speechSynthesis;
  const main = control.querySelector<HTMLButtonElement>('[data-read-main]')!;
  const stop = control.querySelector<HTMLButtonElement>('[data-read-stop]')!;
  const region = control.closest('[data-pagefind-body]') ?? document.querySelector('[data-pagefind-body]') ?? document.body;
  let state: State = 'idle';
  let current: HTMLElement | undefined;
  let run = 0;

  const mark = (element?: HTMLElement) => {
    current?.classList.remove('reading-aloud');
    current = element;
    current?.classList.add('reading-aloud');
  };
  const show = (next: State) => {
    state = next;
    main.textContent = next === 'speaking' ? '暂停' : next === 'paused' ? '继续' : '朗读';
    stop.hidden = next === 'idle';
    control.dataset.state = next;
  };
  const finish = () => {
    run++;
    synth.cancel();
    mark();
    show('idle');
  };
  const play = () => {
    const voice = chineseVoice(synth.getVoices());
    const id = ++run;
    synth.cancel();
    const queue = blocksOf(region).flatMap(({ element, text }) => sentences(text).map((sentence) => ({ element, sentence })));
    queue.forEach(({ element, sentence }, i) => {
      const utterance = new SpeechSynthesisUtterance(sentence);
      utterance.lang = voice?.lang ?? 'zh-CN';
      if (voice) utterance.voice = voice;
      utterance.rate = 0.9;
      utterance.onstart = () => id === run && mark(element);
      if (i === queue.length - 1) utterance.onend = () => id === run && (mark(), show('idle'));
      synth.speak(utterance);
    });
    show(queue.length ? 'speaking' : 'idle');
  };

  main.addEventListener('click', () => {
    if (state === 'idle') play();
    else if (state === 'speaking') {
      synth.pause();
      show('paused');
    } else {
      synth.resume();
      show('speaking');
    }
  });
  stop.addEventListener('click', () => {
    finish();
    main.focus();
  });
  // Leaving the page stops the voice (some browsers keep speaking otherwise).
  addEventListener('pagehide', finish);
  play();
}
