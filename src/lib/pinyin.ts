import { pinyin } from 'pinyin-pro';

/** A name's pinyin without tones, syllables apart, surnames read as surnames (单 → shan): 迟秀峰 → "chi xiu feng". */
export function namePinyin(name: string, override?: string): string {
  return override ?? pinyin(name, { toneType: 'none', surname: 'head', type: 'array' }).join(' ');
}
