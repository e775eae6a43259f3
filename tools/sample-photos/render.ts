/**
 * Turns a photo entry into pixels: picks the scene, paints the SVG, renders it
 * with librsvg through sharp and adds film grain. Everything is seeded from
 * the photo id, so the same entry always gives the same pixels.
 */
import sharp from 'sharp';
import { Doc, hash32, rng } from './svg.ts';
import { chooseScene, type SceneName } from './scenes/index.ts';

export type PhotoEntry = {
  id: string;
  file: string;
  alt?: string;
  caption?: string;
  place?: string;
  date?: string;
};

export type Rendered = {
  scene: SceneName;
  /** Upright pixels, 3 channels. */
  data: Buffer;
  width: number;
  height: number;
  focus: { x: number; y: number };
};

export type Frame = { width: number; height: number; viewW: number; viewH: number };

/** Camera frame for a photo: portraits 3000×4000; landscapes 4000×3000 or 4000×2667. */
export function frameFor(photo: PhotoEntry, scene: SceneName, longEdge = 4000): Frame {
  if (scene === 'portrait') return { width: Math.round((longEdge * 3) / 4), height: longEdge, viewW: 900, viewH: 1200 };
  const wide = scene === 'highway' || scene === 'oilfield' || hash32(`${photo.id}#aspect`) % 3 === 0;
  return wide
    ? { width: longEdge, height: Math.round((longEdge * 2) / 3), viewW: 1200, viewH: 800 }
    : { width: longEdge, height: Math.round((longEdge * 3) / 4), viewW: 1200, viewH: 900 };
}

export function sceneText(photo: PhotoEntry): { alt: string; caption: string; place: string } {
  return { alt: photo.alt ?? '', caption: photo.caption ?? '', place: photo.place ?? '' };
}

/** Builds the SVG markup for a photo at the given pixel size. */
export function buildSvg(photo: PhotoEntry, longEdge = 4000): { svg: string; scene: SceneName; frame: Frame; focus: { x: number; y: number } } {
  const text = sceneText(photo);
  const { name, paint } = chooseScene(photo.id, text);
  const frame = frameFor(photo, name, longEdge);
  const doc = new Doc(frame.viewW, frame.viewH);
  const r = rng(hash32(photo.id));
  const result = paint(doc, r, { id: photo.id, text: `${text.alt} ${text.caption} ${text.place}` });
  return { svg: doc.toString(frame.width, frame.height), scene: name, frame, focus: result.focus };
}

/**
 * Adds luminance grain: a half-resolution noise field, upsampled so the grain
 * has some size, weighted toward the mid-tones like film.
 */
async function addGrain(data: Buffer, width: number, height: number, seed: number, amount: number): Promise<void> {
  const gw = Math.ceil(width / 2);
  const gh = Math.ceil(height / 2);
  const noise = Buffer.alloc(gw * gh);
  const r = rng(seed);
  for (let i = 0; i < noise.length; i++) {
    const g = r.next() + r.next() + r.next() - 1.5; // ~N(0, 0.5)
    noise[i] = Math.max(0, Math.min(255, Math.round(128 + g * 100)));
  }
  const up = await sharp(noise, { raw: { width: gw, height: gh, channels: 1 } })
    .resize(width, height, { kernel: 'cubic' })
    .raw()
    .toBuffer();
  for (let p = 0, i = 0; p < up.length; p++, i += 3) {
    const lum = (data[i]! * 0.3 + data[i + 1]! * 0.55 + data[i + 2]! * 0.15) / 255;
    const w = 0.35 + 2.6 * lum * (1 - lum); // strongest in the mid-tones
    const n = ((up[p]! - 128) / 100) * amount * w;
    data[i] = Math.max(0, Math.min(255, data[i]! + n));
    data[i + 1] = Math.max(0, Math.min(255, data[i + 1]! + n));
    data[i + 2] = Math.max(0, Math.min(255, data[i + 2]! + n));
  }
}

export async function renderPhoto(photo: PhotoEntry, longEdge = 4000, grain = 5.5): Promise<Rendered> {
  const { svg, scene, focus } = buildSvg(photo, longEdge);
  const { data, info } = await sharp(Buffer.from(svg), { limitInputPixels: false, unlimited: true })
    .flatten({ background: '#000000' })
    .removeAlpha()
    .raw()
    .toBuffer({ resolveWithObject: true });
  if (info.channels !== 3) throw new Error(`expected RGB, got ${info.channels} channels`);
  await addGrain(data, info.width, info.height, hash32(`${photo.id}#grain`), grain * (longEdge / 4000) ** 0.5);
  return { scene, data, width: info.width, height: info.height, focus };
}
