/**
 * A small EXIF (TIFF) writer and JPEG splicer, so the sample files carry the
 * metadata blocks a camera writes: IFD0, the Exif sub-IFD with a maker note,
 * the GPS IFD and IFD1 with an embedded JPEG thumbnail.
 *
 * sharp's withExif() covers IFD0, Exif and GPS string values, but libvips drops
 * MakerNote bytes and cannot write a thumbnail IFD, so the block is built here
 * (little-endian, "II", like most cameras) and put right after the SOI marker
 * in place of the JFIF APP0 segment that libjpeg writes.
 */

const ASCII = 2;
const SHORT = 3;
const LONG = 4;
const RATIONAL = 5;
const BYTE = 1;
const UNDEFINED = 7;
const SRATIONAL = 10;

const TYPE_SIZE: Record<number, number> = { 1: 1, 2: 1, 3: 2, 4: 4, 5: 8, 7: 1, 10: 8 };

export type Entry = { tag: number; type: number; count: number; data: Uint8Array };

/** Builds little-endian byte arrays. */
function bytes(size: number, fill: (v: DataView) => void): Uint8Array {
  const out = new Uint8Array(size);
  fill(new DataView(out.buffer));
  return out;
}

export const tags = {
  ascii(tag: number, text: string): Entry {
    const enc = new TextEncoder().encode(text);
    const data = new Uint8Array(enc.length + 1);
    data.set(enc);
    return { tag, type: ASCII, count: data.length, data };
  },
  byte(tag: number, ...values: number[]): Entry {
    return { tag, type: BYTE, count: values.length, data: Uint8Array.from(values) };
  },
  short(tag: number, ...values: number[]): Entry {
    return { tag, type: SHORT, count: values.length, data: bytes(values.length * 2, (v) => values.forEach((x, i) => v.setUint16(i * 2, x, true))) };
  },
  long(tag: number, ...values: number[]): Entry {
    return { tag, type: LONG, count: values.length, data: bytes(values.length * 4, (v) => values.forEach((x, i) => v.setUint32(i * 4, x, true))) };
  },
  rational(tag: number, ...values: Array<[number, number]>): Entry {
    return {
      tag,
      type: RATIONAL,
      count: values.length,
      data: bytes(values.length * 8, (v) =>
        values.forEach(([n, d], i) => {
          v.setUint32(i * 8, n, true);
          v.setUint32(i * 8 + 4, d, true);
        }),
      ),
    };
  },
  srational(tag: number, ...values: Array<[number, number]>): Entry {
    return {
      tag,
      type: SRATIONAL,
      count: values.length,
      data: bytes(values.length * 8, (v) =>
        values.forEach(([n, d], i) => {
          v.setInt32(i * 8, n, true);
          v.setInt32(i * 8 + 4, d, true);
        }),
      ),
    };
  },
  undefined(tag: number, data: Uint8Array): Entry {
    return { tag, type: UNDEFINED, count: data.length, data };
  },
};

const pad2 = (n: number) => n + (n & 1);

function ifdSize(entries: Entry[]): number {
  let size = 2 + entries.length * 12 + 4;
  for (const e of entries) if (e.data.length > 4) size += pad2(e.data.length);
  return size;
}

/** Writes one IFD at `offset` of `out` (offsets are from the TIFF header). */
function writeIfd(out: Uint8Array, offset: number, entries: Entry[], next: number): void {
  const view = new DataView(out.buffer, out.byteOffset, out.byteLength);
  const sorted = [...entries].sort((a, b) => a.tag - b.tag);
  view.setUint16(offset, sorted.length, true);
  let data = offset + 2 + sorted.length * 12 + 4;
  sorted.forEach((e, i) => {
    const at = offset + 2 + i * 12;
    if (e.data.length !== e.count * (TYPE_SIZE[e.type] ?? 1)) throw new Error(`EXIF tag 0x${e.tag.toString(16)}: size mismatch`);
    view.setUint16(at, e.tag, true);
    view.setUint16(at + 2, e.type, true);
    view.setUint32(at + 4, e.count, true);
    if (e.data.length <= 4) {
      out.set(e.data, at + 8);
    } else {
      view.setUint32(at + 8, data, true);
      out.set(e.data, data);
      data += pad2(e.data.length);
    }
  });
  view.setUint32(offset + 2 + sorted.length * 12, next, true);
}

export type ExifBlock = {
  ifd0: Entry[];
  exif: Entry[];
  gps?: Entry[];
  /** Embedded JPEG thumbnail for IFD1. */
  thumbnail?: Uint8Array;
};

/** Serialises a TIFF structure ("II*\0" …) holding the given IFDs. */
export function buildTiff(block: ExifBlock): Uint8Array {
  const ifd0 = [...block.ifd0, tags.long(0x8769, 0)];
  if (block.gps) ifd0.push(tags.long(0x8825, 0));
  const ifd1 = block.thumbnail
    ? [
        tags.short(0x0103, 6), // Compression: JPEG (old-style thumbnail)
        tags.rational(0x011a, [72, 1]),
        tags.rational(0x011b, [72, 1]),
        tags.short(0x0128, 2),
        tags.long(0x0201, 0), // JPEGInterchangeFormat
        tags.long(0x0202, block.thumbnail.length),
      ]
    : undefined;

  const at0 = 8;
  const atExif = at0 + ifdSize(ifd0);
  const atGps = atExif + ifdSize(block.exif);
  const atIfd1 = atGps + (block.gps ? ifdSize(block.gps) : 0);
  const atThumb = atIfd1 + (ifd1 ? ifdSize(ifd1) : 0);
  const total = atThumb + (block.thumbnail?.length ?? 0);

  const setLong = (list: Entry[], tag: number, value: number) => {
    const i = list.findIndex((e) => e.tag === tag);
    list[i] = tags.long(tag, value);
  };
  setLong(ifd0, 0x8769, atExif);
  if (block.gps) setLong(ifd0, 0x8825, atGps);
  if (ifd1) setLong(ifd1, 0x0201, atThumb);

  const out = new Uint8Array(total);
  out.set([0x49, 0x49, 0x2a, 0x00, 0x08, 0x00, 0x00, 0x00]);
  writeIfd(out, at0, ifd0, ifd1 ? atIfd1 : 0);
  writeIfd(out, atExif, block.exif, 0);
  if (block.gps) writeIfd(out, atGps, block.gps, 0);
  if (ifd1 && block.thumbnail) {
    writeIfd(out, atIfd1, ifd1, 0);
    out.set(block.thumbnail, atThumb);
  }
  return out;
}

/**
 * Returns the JPEG with its APP0 (JFIF) and any APP1 segments removed and an
 * Exif APP1 segment holding `tiff` placed right after SOI.
 */
export function spliceExif(jpeg: Uint8Array, tiff: Uint8Array): Buffer {
  if (jpeg[0] !== 0xff || jpeg[1] !== 0xd8) throw new Error('not a JPEG');
  const segLength = 2 + 6 + tiff.length;
  if (segLength > 0xffff) throw new Error(`EXIF block too large (${tiff.length} bytes)`);
  const app1 = new Uint8Array(2 + segLength);
  app1.set([0xff, 0xe1, segLength >> 8, segLength & 0xff, 0x45, 0x78, 0x69, 0x66, 0, 0]);
  app1.set(tiff, 10);

  const kept: Uint8Array[] = [];
  let i = 2;
  while (i < jpeg.length) {
    if (jpeg[i] !== 0xff) throw new Error(`bad JPEG marker at ${i}`);
    const marker = jpeg[i + 1]!;
    if (marker === 0xda) {
      kept.push(jpeg.subarray(i)); // start of scan: the rest is image data
      break;
    }
    const len = (jpeg[i + 2]! << 8) | jpeg[i + 3]!;
    if (marker !== 0xe0 && marker !== 0xe1) kept.push(jpeg.subarray(i, i + 2 + len));
    i += 2 + len;
  }
  return Buffer.concat([Buffer.from([0xff, 0xd8]), app1, ...kept]);
}

/* ---------------------------------------------------------------- helpers */

/** Degrees as EXIF rational degrees/minutes/seconds. */
export function dms(deg: number): Array<[number, number]> {
  const a = Math.abs(deg);
  const d = Math.floor(a);
  const mFloat = (a - d) * 60;
  const m = Math.floor(mFloat);
  const s = Math.round((mFloat - m) * 60 * 1000);
  return [
    [d, 1],
    [m, 1],
    [s, 1000],
  ];
}

/**
 * A fictional maker note in the style of Nikon's type-3 notes: an ASCII
 * signature, a version, then a self-contained little-endian TIFF header and
 * IFD whose offsets count from that header.
 */
export function makerNote(fields: { shutterCount: number; internalSerial: string; firmware: string; sceneCode: number }): Uint8Array {
  const entries: Entry[] = [
    tags.undefined(0x0001, new TextEncoder().encode('0100')),
    tags.ascii(0x0002, fields.firmware),
    tags.long(0x0003, fields.shutterCount),
    tags.ascii(0x0004, fields.internalSerial),
    tags.short(0x0005, fields.sceneCode),
    tags.short(0x0006, 1, 0, 2), // picture-control style, sharpening, noise reduction
  ];
  const header = new TextEncoder().encode('DINGGE\0\x01\x00\0');
  const tiffLen = 8 + ifdSize(entries);
  const out = new Uint8Array(header.length + tiffLen);
  out.set(header);
  const tiff = out.subarray(header.length);
  tiff.set([0x49, 0x49, 0x2a, 0x00, 0x08, 0x00, 0x00, 0x00]);
  writeIfd(tiff, 8, entries, 0);
  return out;
}
