import { describe, expect, it } from 'vitest';
import { chineseExcerpt } from '../../src/scripts/search-render';
import { chineseVoice, sentences } from '../../src/scripts/read-aloud';

const z = '\u200b';
const plain = (s: string) => chineseExcerpt(s).replaceAll(z, '');

describe('search excerpts read as Chinese', () => {
  it('joins a headline stack as Chinese headlines are quoted', () => {
    // 引题 (ends in the hidden space of Headline.astro), 主题, 副题 as Pagefind joins them.
    const excerpt = `大国${z}工匠${z}工作${z}格局 ${z}为${z}两千${z}多${z}名${z}劳模${z}工匠${z}留下${z}影像${z}. ${z}—${z}—${z}记${z}摄影${z}记者${z}芦${z}男${z}. ${z}2025${z}年`;
    expect(plain(excerpt)).toBe('大国工匠工作格局 为两千多名劳模工匠留下影像——记摄影记者芦男。2025年');
  });
  it('ends a block of Chinese with 。, not a Latin full stop, and keeps highlights whole', () => {
    expect(plain(`<mark>迟秀峰</mark>. 列检员`)).toBe('<mark>迟秀峰</mark>。列检员');
    expect(plain(`一段${z}。 ${z}下一段${z}. 末`)).toBe('一段。下一段。末');
  });
  it('leaves Latin text alone', () => {
    expect(plain('Version 1.2. Next')).toBe('Version 1.2. Next');
  });
});

describe('read aloud', () => {
  const voice = (lang: string) => ({ lang, name: lang }) as SpeechSynthesisVoice;
  it('prefers Mandarin in mainland China, takes any Chinese voice, never another language', () => {
    expect(chineseVoice([voice('en-US'), voice('zh-TW'), voice('zh-CN')])?.lang).toBe('zh-CN');
    expect(chineseVoice([voice('en-US'), voice('zh_CN')])?.lang).toBe('zh_CN');
    expect(chineseVoice([voice('zh-HK')])?.lang).toBe('zh-HK');
    expect(chineseVoice([voice('en-US'), voice('ja-JP')])).toBeUndefined();
  });
  it('cuts text into sentences after Chinese stops, closing quotes kept with their sentence', () => {
    expect(sentences('他说：“到了。”我们走吧！好')).toEqual(['他说：“到了。”', '我们走吧！', '好']);
    expect(sentences('长'.repeat(250)).map((s) => s.length)).toEqual([120, 120, 10]);
  });
});
