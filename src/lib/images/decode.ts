/**
 * Reading source photos into pixels, shared by the renditions, the clean
 * originals, the share images and `npm run check`, so all of them accept and
 * refuse the same files with the same words.
 *
 * sharp's bundled libvips reads HEIF but has no HEVC decoder (patents), so an
 * iPhone's HEIC fails with “bad seek” (lovell/sharp#2871, #3680). Those are
 * decoded once with heic-decode (libheif in WebAssembly) into a lossless PNG
 * kept in the image store, keyed by the source bytes; everything else reads
 * that PNG as it reads a JPEG.
 */
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { crc32, deflateSync } from 'node:zlib';
import sharp, { type Metadata } from 'sharp';
import { maxInputPixels } from './recipe.ts';
import { hasEntry, storeFile, storeKey, storePath, writeEntry } from './store.ts';

/** A source image the pipeline could not use, with the reason in Chinese. */
export class ImageError extends Error {
  readonly file: string;
  readonly reason: string;
  constructor(file: string, reason: string) {
    super(`${file}: ${reason}`);
    this.name = 'ImageError';
    this.file = file;
    this.reason = reason;
  }
}

/** What an editor can always do with a photo the site cannot read. */
export const exportAdvice = '请在手机或电脑上把它导出为 JPEG（iPhone 可在 设置 → 相机 → 格式 里选“兼容性最佳”），再替换这个文件';

/**
 * What a file that is not a usable still image is, judged from its first bytes,
 * or undefined. HEIF and MP4/MOV share one container: its `ftyp` brands tell a
 * still image from an image sequence or a video.
 */
function ftypBrands(source: Buffer): string[] {
  if (source.length < 16 || source.toString('latin1', 4, 8) !== 'ftyp') return [];
  const ascii = (start: number) => source.toString('latin1', start, start + 4);
  const size = Math.min(source.readUInt32BE(0), source.length);
  return [ascii(8), ...Array.from({ length: Math.max(0, Math.floor((size - 16) / 4)) }, (_, i) => ascii(16 + 4 * i))];
}

const heifStillBrands = ['mif1', 'miaf', 'heic', 'heix', 'avif'];

function containerProblem(source: Buffer): string | undefined {
  const ascii = (start: number, end: number) => source.toString('latin1', start, end);
  const brands = ftypBrands(source);
  if (brands.length) {
    if (brands.includes('crx ')) return `这是佳能相机的 RAW 原始文件（CR3），网站无法直接使用：请先在修图软件里导出为 JPEG，再替换这个文件`;
    const still = brands.some((b) => heifStillBrands.includes(b));
    if (!still && brands.some((b) => ['msf1', 'hevc', 'hevx', 'avis'].includes(b)))
      return `这是 HEIC 连拍或动态图像（图像序列），不是单张照片，网站无法使用：${exportAdvice}`;
    if (!still && brands.some((b) => ['qt  ', 'isom', 'mp41', 'mp42', 'M4V '].includes(b)))
      return `这是视频文件（MOV/MP4，例如实况照片的视频部分），不是照片：${exportAdvice}`;
  }
  if (ascii(0, 15) === 'FUJIFILMCCD-RAW')
    return `这是富士相机的 RAW 原始文件（RAF），网站无法直接使用：请先在修图软件里导出为 JPEG，再替换这个文件`;
  if (['IIRO', 'IIRS', 'IIU\0'].includes(ascii(0, 4)) || (ascii(0, 2) === 'II' && ascii(8, 10) === 'CR')) {
    return `这是相机的 RAW 原始文件，网站无法直接使用：请先在修图软件里导出为 JPEG，再替换这个文件`;
  }
  return undefined;
}

/** sharp reads a HEIF's header whatever its codec, and decodes AV1 (AVIF) only. */
const needsHeifDecoder = (meta: Metadata) => meta.format === 'heif' && meta.compression === 'hevc';

async function readHeader(source: Buffer): Promise<Metadata | undefined> {
  // Reading the header is safe at any size; the pixel limit is ours to report.
  return sharp(source, { limitInputPixels: false })
    .metadata()
    .catch(() => undefined);
}

/**
 * Why a source cannot be used, judged from its header alone (empty, not an
 * image, a kind of file the site cannot read, over the pixel limit), or undefined.
 */
export async function headerProblem(source: Buffer): Promise<string | undefined> {
  if (source.length === 0) return '文件是空的（0 字节）';
  const container = containerProblem(source);
  if (container) return container;
  const meta = await readHeader(source);
  if (!meta && ftypBrands(source).some((b) => heifStillBrands.includes(b)))
    return damagedMessage(new Error('HEIF 文件不完整，读不出图像信息'));
  if (!meta) return '不是可识别的图片文件（可能是改了扩展名的其他文件）';
  if (meta.format === 'heif' && meta.compression !== 'av1' && meta.compression !== 'hevc') {
    return `这张 HEIF 照片的编码（${meta.compression ?? '未知'}）网站无法解码：${exportAdvice}`;
  }
  if ((meta.width ?? 0) * (meta.height ?? 0) > maxInputPixels) {
    return `图片有 ${meta.width}×${meta.height} 像素，超过 ${maxInputPixels / 1e6} 百万像素的上限（可能是解压炸弹）`;
  }
  return undefined;
}

/** How a file that fails a full decode (truncated, corrupt) is described. */
export function damagedMessage(error: unknown): string {
  return `图片已损坏，无法完整解码（${(error as Error).message.trim()}）`;
}

/** Part of the decoded source's key: bump `version` when decodeHeif makes different pixels. */
export const heifDecodeRecipe = { kind: 'decoded', version: 1, png: { compressionLevel: 1, adaptiveFiltering: false } } as const;

const decodedName = 'decoded.png';

/** One decode per source in this process, even when the renditions, the original and the share images ask at once. */
const decoding = new Map<string, Promise<Buffer>>();

/**
 * The bytes sharp should read for a source: the source itself, or for an
 * HEVC-coded HEIC its decoded PNG from the store (made on first use). Refuses
 * with an ImageError what cannot be used. Cache keys stay those of the source.
 */
export async function decodableSource(sourcePath: string, source: Buffer, cacheRoot: string): Promise<Buffer> {
  const problem = await headerProblem(source);
  if (problem) throw new ImageError(sourcePath, problem);
  const meta = (await readHeader(source))!;
  if (!needsHeifDecoder(meta)) return source;
  const key = storeKey(heifDecodeRecipe, source);
  const file = storePath(cacheRoot, storeFile(key, decodedName));
  let pending = decoding.get(key);
  if (!pending) {
    pending = (async () => {
      if (!(await hasEntry(cacheRoot, key, [decodedName]))) {
        await writeEntry(cacheRoot, key, [decodedName], (work) => decodeHeif(sourcePath, source, meta, work));
      }
      return readFile(file);
    })();
    decoding.set(key, pending);
    pending.finally(() => decoding.delete(key)).catch(() => {});
  }
  return pending;
}

/**
 * Decodes an HEVC HEIC into `work/decoded.png`. libheif applies the file's
 * irot/imir and the returned pixels are upright; the EXIF orientation, which
 * HEIF readers must ignore, is not carried over (nor is any other EXIF), so
 * nothing downstream turns the picture a second time. The camera's ICC profile
 * is kept, so the later conversion to sRGB is the same as for a JPEG.
 */
async function decodeHeif(sourcePath: string, source: Buffer, meta: Metadata, work: string): Promise<void> {
  const { default: decode } = await import('heic-decode');
  let decoded;
  try {
    decoded = await decode({ buffer: source });
  } catch (error) {
    throw new ImageError(sourcePath, damagedMessage(error));
  }
  const { width, height, data } = decoded;
  let image = sharp(Buffer.from(data.buffer, data.byteOffset, data.byteLength), { raw: { width, height, channels: 4 } });
  if (!meta.hasAlpha) image = image.removeAlpha();
  const png = await image.png(heifDecodeRecipe.png).toBuffer();
  await writeFile(path.join(work, decodedName), meta.icc ? withIccChunk(png, meta.icc) : png);
}

/**
 * The PNG with the camera's ICC profile attached as it is. sharp's withIccProfile
 * would first convert the pixels, taken as sRGB, into that profile.
 */
function withIccChunk(png: Buffer, icc: Buffer): Buffer {
  const body = Buffer.concat([Buffer.from('iCCP'), Buffer.from('camera\0\0', 'latin1'), deflateSync(icc)]);
  const length = Buffer.alloc(4);
  length.writeUInt32BE(body.length - 4);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  // iCCP goes before the image data: straight after the signature and IHDR (8 + 25 bytes).
  return Buffer.concat([png.subarray(0, 33), length, body, crc, png.subarray(33)]);
}

/**
 * Decodes a source photo with EXIF orientation applied, as raw sRGB pixels without
 * alpha, its shorter side brought down to `shorterSide` (JPEG decodes at a fraction
 * of full size then, several times quicker: no share image needs more).
 * `source` is what decodableSource gave.
 */
export async function decodeOriented(source: Buffer, shorterSide = 1440) {
  const { data, info } = await sharp(source, { limitInputPixels: maxInputPixels })
    .rotate()
    .resize({ width: shorterSide, height: shorterSide, fit: 'outside', withoutEnlargement: true })
    .toColourspace('srgb')
    .removeAlpha()
    .raw()
    .toBuffer({ resolveWithObject: true });
  return { data, info, raw: { raw: { width: info.width, height: info.height, channels: info.channels } } as const };
}

/**
 * Why a source fails a full decode, or undefined: `npm run check` asks this so
 * it says what the build would. stats() reads every pixel and keeps none.
 */
export async function decodeProblem(sourcePath: string, source: Buffer, cacheRoot: string): Promise<string | undefined> {
  try {
    const decodable = await decodableSource(sourcePath, source, cacheRoot);
    await sharp(decodable, { failOn: 'warning', limitInputPixels: maxInputPixels }).stats();
  } catch (error) {
    if (error instanceof ImageError) return error.reason;
    return damagedMessage(error);
  }
  return undefined;
}
