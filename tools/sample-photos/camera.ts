/**
 * The made-up camera the sample files claim to come from, and the EXIF block
 * for one photo: every file gets make, model, dates and credits; about half
 * (chosen by id) also get GPS, a body serial number and a maker note; about a
 * third are stored rotated with an EXIF orientation of 6, 8 or 3.
 */
import { hash32 } from './svg.ts';
import { tags, dms, makerNote, type ExifBlock, type Entry } from './exif.ts';
import { locate } from './places.ts';
import type { SceneName } from './scenes/index.ts';
import type { PhotoEntry } from './render.ts';

export const MAKE = 'DINGGE';
export const MODEL = 'Sample Camera S1';
export const CREDIT = '定格编辑部 示例图片 (Dingge editors, sample image)';
export const DESCRIPTION = '示例图片 SAMPLE: an illustration made by the editors, not a photograph';

export type Orientation = 1 | 3 | 6 | 8;

export type CameraPlan = {
  orientation: Orientation;
  /** GPS, serial number and maker note. */
  full: boolean;
  gps?: { lat: number; lon: number; name: string };
  serial?: string;
  dateTime?: string;
  exposure: { time: [number, number]; fnumber: [number, number]; iso: number; focal: number; bias: [number, number] };
  lens: { model: string; spec: Array<[number, number]> };
};

/** EXIF date for a front-matter date (2025, 2025-10 or 2025-10-14); months and days default to the 1st, time to 09:30. */
export function exifDate(date: string | undefined): string | undefined {
  if (!date) return undefined;
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(date);
  if (!m) return undefined;
  return `${m[1]}:${m[2] ?? '01'}:${m[3] ?? '01'} 09:30:00`;
}

const EXPOSURES: Record<string, CameraPlan['exposure']> = {
  bright: { time: [1, 500], fnumber: [8, 1], iso: 100, focal: 35, bias: [0, 3] },
  dusk: { time: [1, 125], fnumber: [4, 1], iso: 800, focal: 50, bias: [-1, 3] },
  dim: { time: [1, 60], fnumber: [28, 10], iso: 1600, focal: 35, bias: [0, 3] },
  night: { time: [1, 30], fnumber: [28, 10], iso: 3200, focal: 28, bias: [-2, 3] },
  glow: { time: [1, 250], fnumber: [56, 10], iso: 800, focal: 70, bias: [-2, 3] },
  portrait: { time: [1, 200], fnumber: [2, 1], iso: 400, focal: 85, bias: [1, 3] },
};

const SCENE_EXPOSURE: Record<SceneName, keyof typeof EXPOSURES> = {
  railway: 'dusk',
  oilfield: 'dusk',
  furnace: 'glow',
  welding: 'glow',
  construction: 'bright',
  highway: 'dusk',
  courier: 'night',
  mural: 'dim',
  lecture: 'dim',
  street: 'night',
  interior: 'dim',
  workshop: 'dim',
  chemplant: 'bright',
  portrait: 'portrait',
  fallback: 'bright',
};

export function planCamera(photo: PhotoEntry, scene: SceneName, folder: string): CameraPlan {
  const o = hash32(`${photo.id}#orientation`);
  const orientation: Orientation = o % 3 === 0 ? ([6, 8, 3] as const)[(o >>> 8) % 3]! : 1;
  const full = hash32(`${photo.id}#meta`) % 2 === 0;
  let gps: CameraPlan['gps'];
  if (full) {
    const at = locate(photo.place);
    if (at) {
      // scatter within a couple of kilometres so photos from one place do not stack up exactly
      const j = hash32(`${photo.id}#gps`);
      gps = { lat: at.lat + (((j & 0xffff) / 0xffff) - 0.5) * 0.03, lon: at.lon + (((j >>> 16) / 0xffff) - 0.5) * 0.03, name: at.name };
    }
  }
  // one body per folder, as if each story was shot on one camera
  const serial = full ? `DG1S${String(1000 + (hash32(`${folder}#body`) % 9000)).padStart(4, '0')}${String(hash32(folder) % 100).padStart(2, '0')}` : undefined;
  const base = EXPOSURES[SCENE_EXPOSURE[scene]]!;
  const focal = scene === 'portrait' ? 85 : ([24, 28, 35, 50, 70] as const)[hash32(`${photo.id}#focal`) % 5]!;
  const lens =
    scene === 'portrait'
      ? { model: 'DG 85mm F1.8', spec: [[85, 1], [85, 1], [18, 10], [18, 10]] as Array<[number, number]> }
      : { model: 'DG 24-70mm F2.8', spec: [[24, 1], [70, 1], [28, 10], [28, 10]] as Array<[number, number]> };
  return {
    orientation,
    full,
    gps,
    serial,
    dateTime: exifDate(photo.date),
    exposure: { ...base, focal },
    lens,
  };
}

/** The complete EXIF block for one file. `stored` is the size of the pixel data as stored (before orientation). */
export function exifFor(photo: PhotoEntry, plan: CameraPlan, stored: { width: number; height: number }, thumbnail: Uint8Array): ExifBlock {
  const dt = plan.dateTime;
  const ifd0: Entry[] = [
    tags.ascii(0x010e, DESCRIPTION),
    tags.ascii(0x010f, MAKE),
    tags.ascii(0x0110, MODEL),
    tags.short(0x0112, plan.orientation),
    tags.rational(0x011a, [300, 1]),
    tags.rational(0x011b, [300, 1]),
    tags.short(0x0128, 2),
    tags.ascii(0x0131, 'Ver.1.02'),
    tags.ascii(0x013b, CREDIT),
    tags.short(0x0213, 2),
    tags.ascii(0x8298, CREDIT),
  ];
  if (dt) ifd0.push(tags.ascii(0x0132, dt));
  const e = plan.exposure;
  const exif: Entry[] = [
    tags.rational(0x829a, e.time),
    tags.rational(0x829d, e.fnumber),
    tags.short(0x8822, 3), // aperture priority
    tags.short(0x8827, e.iso),
    tags.short(0x8830, 2), // sensitivity type: recommended exposure index
    tags.undefined(0x9000, new TextEncoder().encode('0232')),
    tags.undefined(0x9101, Uint8Array.from([1, 2, 3, 0])),
    tags.srational(0x9204, e.bias),
    tags.short(0x9207, 5), // multi-segment metering
    tags.short(0x9209, 16), // flash did not fire
    tags.rational(0x920a, [e.focal, 1]),
    tags.undefined(0xa000, new TextEncoder().encode('0100')),
    tags.short(0xa001, 1), // sRGB
    tags.long(0xa002, stored.width),
    tags.long(0xa003, stored.height),
    tags.short(0xa217, 2), // one-chip colour area sensor
    tags.undefined(0xa300, Uint8Array.from([3])), // digital still camera
    tags.undefined(0xa301, Uint8Array.from([1])), // directly photographed (a sample: see ImageDescription)
    tags.short(0xa401, 0),
    tags.short(0xa402, 0),
    tags.short(0xa403, 0),
    tags.short(0xa405, e.focal),
    tags.short(0xa406, 0),
    tags.ascii(0xa420, hash32(photo.id).toString(16).padStart(8, '0') + hash32(`${photo.id}#uid`).toString(16).padStart(8, '0') + '0'.repeat(16)),
    tags.rational(0xa432, ...plan.lens.spec),
    tags.ascii(0xa433, MAKE),
    tags.ascii(0xa434, plan.lens.model),
  ];
  if (dt) {
    exif.push(tags.ascii(0x9003, dt), tags.ascii(0x9004, dt), tags.ascii(0x9010, '+08:00'), tags.ascii(0x9011, '+08:00'), tags.ascii(0x9291, '00'));
  }
  if (plan.serial) exif.push(tags.ascii(0xa431, plan.serial));
  if (plan.full) {
    exif.push(
      tags.undefined(
        0x927c,
        makerNote({
          shutterCount: 1000 + (hash32(`${photo.id}#shutter`) % 40000),
          internalSerial: plan.serial ?? 'DG1S000000',
          firmware: 'Ver.1.02',
          sceneCode: hash32(photo.id) & 0xff,
        }),
      ),
    );
  }
  let gps: Entry[] | undefined;
  if (plan.gps) {
    const { lat, lon } = plan.gps;
    gps = [
      tags.byte(0x0000, 2, 3, 0, 0),
      tags.ascii(0x0001, lat >= 0 ? 'N' : 'S'),
      tags.rational(0x0002, ...dms(lat)),
      tags.ascii(0x0003, lon >= 0 ? 'E' : 'W'),
      tags.rational(0x0004, ...dms(lon)),
      tags.ascii(0x0012, 'WGS-84'),
    ];
    if (dt) {
      // 09:30 in China is 01:30 UTC on the same day
      gps.push(tags.rational(0x0007, [1, 1], [30, 1], [0, 1]), tags.ascii(0x001d, dt.slice(0, 10)));
    }
  }
  return { ifd0, exif, gps, thumbnail };
}
