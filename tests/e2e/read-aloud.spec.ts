import { expect, test, type Page } from '@playwright/test';

/**
 * 朗读 (src/components/ReadAloud.astro, src/scripts/read-aloud.ts) with a stand-in
 * speech engine that records what it is asked to say: the right text in the right
 * order, pause, continue and stop, and no control where the browser has no Chinese voice.
 */

interface Engine {
  spoken: string[];
  calls: string[];
}

/** Replaces speechSynthesis before the page's scripts run. `late`: the voices arrive after a moment, as in Chrome. */
async function stubSpeech(page: Page, langs: string[], { late = false } = {}) {
  await page.addInitScript(
    ({ langs, late }) => {
      const engine: Engine = { spoken: [], calls: [] };
      (window as unknown as { engine: Engine }).engine = engine;
      const voices = langs.map((lang, i) => ({ lang, name: `voice ${i}`, voiceURI: `voice-${i}`, localService: true, default: i === 0 }));
      let ready = !late;
      const synth = Object.assign(new EventTarget(), {
        speaking: false,
        paused: false,
        pending: false,
        onvoiceschanged: null,
        getVoices: () => (ready ? voices : []),
        speak: (u: { text: string; lang: string }) => {
          engine.spoken.push(u.text);
          engine.calls.push(`speak:${u.lang}`);
        },
        cancel: () => engine.calls.push('cancel'),
        pause: () => engine.calls.push('pause'),
        resume: () => engine.calls.push('resume'),
      });
      Object.defineProperty(window, 'speechSynthesis', { value: synth, configurable: true });
      (window as unknown as { SpeechSynthesisUtterance: unknown }).SpeechSynthesisUtterance = class {
        text: string;
        lang = '';
        voice: unknown = null;
        rate = 1;
        constructor(text: string) {
          this.text = text;
        }
      };
      if (late) {
        setTimeout(() => {
          ready = true;
          synth.dispatchEvent(new Event('voiceschanged'));
        }, 300);
      }
    },
    { langs, late },
  );
}

const engine = (page: Page) => page.evaluate(() => (window as unknown as { engine: Engine }).engine);
const squash = (s: string) => s.replace(/\s+/g, '');

/** Every text in `expected` appears in what was spoken, in this order. */
function inOrder(spoken: string[], expected: string[]) {
  const all = squash(spoken.join(''));
  let at = 0;
  for (const text of expected.map(squash).filter(Boolean)) {
    const found = all.indexOf(text, at);
    expect(found, `“${text.slice(0, 20)}” after position ${at}`).toBeGreaterThanOrEqual(at);
    at = found + text.length;
  }
}

test('a story: the headline, then every paragraph and caption in order, in a Chinese voice', async ({ page }) => {
  await stubSpeech(page, ['en-US', 'zh-CN']);
  await page.goto('stories/wo-wei-zhigong-pai-zhang-zhao/');
  const button = page.getByRole('button', { name: '朗读' });
  await expect(button).toBeVisible();
  const headline = await page.locator('.headline').evaluate((h) => [...h.children].map((c) => (c as HTMLElement).innerText));
  const body = await page
    .locator('.prose')
    .first()
    .evaluate((prose) =>
      [...prose.querySelectorAll<HTMLElement>('p, figcaption, blockquote, h2')]
        .filter((el) => !el.parentElement!.closest('p, blockquote, figcaption'))
        .map((el) => el.innerText),
    );
  await button.click();
  await expect(page.getByRole('button', { name: '暂停' })).toBeVisible();
  const { spoken, calls } = await engine(page);
  // The headline stack comes first, 引题, 主题, 副题.
  expect(squash(spoken.join('')).startsWith(squash(headline.join('')))).toBe(true);
  inOrder(spoken, [...headline, ...body]);
  expect(calls.filter((c) => c.startsWith('speak')).every((c) => c === 'speak:zh-CN')).toBe(true);
  // The controls and the page chrome are not read.
  for (const chrome of ['朗读', '长辈模式', '跳到正文', '全部故事']) expect(spoken.join('')).not.toContain(chrome);
});

test('a profile starts with the name, then reads the portrait caption and the text', async ({ page }) => {
  await stubSpeech(page, ['zh-CN']);
  await page.goto('workers/chi-xiufeng/');
  const name = await page.locator('h1').innerText();
  const caption = await page.locator('.portrait figcaption').innerText();
  const summary = await page.locator('.about .summary').innerText();
  await page.getByRole('button', { name: '朗读' }).click();
  // The reader loads on this first tap; it is reading once the button offers 暂停.
  await expect(page.getByRole('button', { name: '暂停' })).toBeVisible();
  const { spoken } = await engine(page);
  expect(spoken[0]).toBe(name);
  inOrder(spoken, [name, caption, summary]);
});

test('a photo page reads its caption (the headline) and credit', async ({ page }) => {
  await stubSpeech(page, ['zh-CN']);
  await page.goto('photos/chi-xiufeng-portrait/');
  const caption = await page.locator('h1').innerText();
  const credit = await page.locator('.details > .credit').innerText();
  await page.getByRole('button', { name: '朗读' }).click();
  // The reader loads on this first tap; it is reading once the button offers 暂停.
  await expect(page.getByRole('button', { name: '暂停' })).toBeVisible();
  const { spoken } = await engine(page);
  inOrder(spoken, [caption, credit]);
  expect(squash(spoken.join(''))).not.toContain('下载原图');
});

test('pause, continue and stop', async ({ page }) => {
  await stubSpeech(page, ['zh-CN']);
  await page.goto('stories/wo-wei-zhigong-pai-zhang-zhao/');
  await page.getByRole('button', { name: '朗读' }).click();
  await page.getByRole('button', { name: '暂停' }).click();
  await page.getByRole('button', { name: '继续' }).click();
  await page.getByRole('button', { name: '停止' }).click();
  await expect(page.getByRole('button', { name: '朗读' })).toBeFocused();
  await expect(page.getByRole('button', { name: '停止' })).toBeHidden();
  const { calls } = await engine(page);
  expect(calls.filter((c) => !c.startsWith('speak'))).toEqual(['cancel', 'pause', 'resume', 'cancel']);
});

test('the voices may arrive late (as in Chrome): the control appears when they do', async ({ page }) => {
  await stubSpeech(page, ['zh-CN'], { late: true });
  await page.goto('workers/chi-xiufeng/');
  await expect(page.getByRole('button', { name: '朗读' })).toBeVisible();
});

test('no Chinese voice, or no speech at all: no 朗读 control', async ({ page }) => {
  await stubSpeech(page, ['en-US', 'fr-FR']);
  await page.goto('stories/wo-wei-zhigong-pai-zhang-zhao/');
  await page.waitForTimeout(300);
  await expect(page.locator('[data-read-aloud]')).toBeHidden();

  const bare = await page.context().newPage();
  await bare.addInitScript(() => Object.defineProperty(window, 'speechSynthesis', { value: undefined, configurable: true }));
  await bare.goto('photos/chi-xiufeng-portrait/');
  await expect(bare.locator('[data-read-aloud]')).toBeHidden();
});
