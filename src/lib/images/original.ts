/**
 * The clean original a visitor may download from a photo page: full resolution
 * (or capped by `downloadMaxEdge`), orientation applied, sRGB, and none of the
 * camera's metadata (GPS, serial numbers, maker notes, make and model), but
 * with the credit, rights and caption written in XMP, which carries Chinese
 * text intact (EXIF text fields are ASCII only; libexif turns 汉字 into “?”).
 */
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { escapeUTF8 } from 'entities';
import sharp, { type OutputInfo, type Sharp } from 'sharp';
import { damagedMessage, decodableSource, ImageError } from './decode.ts';
import { maxInputPixels } from './recipe.ts';
import { readManifest, storeFile, storeKey, writeEntry } from './store.ts';

/**
 * How originals are encoded. Changing anything here re-encodes every original once.
 * Plain libjpeg-turbo, not mozjpeg: on the 4000×3000 samples mozjpeg took 4.6 s a photo
 * against 0.5 s, for files only 11% smaller (793 KB against 893 KB, quality 90, one core).
 */
export const originalRecipe = {
  version: 1,
  jpeg: { quality: 90, mozjpeg: false, chromaSubsampling: '4:2:0' },
} as const;

export type OriginalRecipe = typeof originalRecipe;

/** What is written into the file besides the pixels. */
export interface OriginalMetadata {
  /** The credit as printed, e.g. `本报记者 芦男 摄`. */
  credit: string;
  /** The caption, without the credit. */
  caption: string;
  /** A stand-in made by the editors: said so in the description. */
  sample: boolean;
  /** `2025`, `2025-10` or `2025-10-14`. */
  date?: string;
  /** The photo's own page, as an absolute URL. */
  pageUrl: string;
}

export interface OriginalRequest {
  /** Lower-case ASCII file name, e.g. `chi-xiufeng-2025-10.jpg`. */
  name: string;
  /** Longest edge in pixels; the full size when absent. Never enlarges. */
  maxEdge?: number;
  metadata: OriginalMetadata;
}

export interface CleanOriginal {
  /** Hash of the source bytes, the recipe, the size cap, the name and the metadata. */
  key: string;
  /** Path relative to the cache root and to `dist/`: `_img/<key>/<name>`. */
  file: string;
  width: number;
  height: number;
  bytes: number;
}

const sampleNote = '示例图片：由编辑部制作的示意图，非新闻原图。';

/** An XMP packet with the credit (dc:creator, photoshop:Credit), rights, caption, date and source page. */
export function originalXmp(meta: OriginalMetadata): string {
  const alt = (text: string) => `<rdf:Alt><rdf:li xml:lang="x-default">${escapeUTF8(text)}</rdf:li></rdf:Alt>`;
  const description = (meta.sample ? sampleNote : '') + meta.caption;
  const rights = `${meta.credit}。版权归作者所有，转载请注明出处：${meta.pageUrl}`;
  const fields = [
    `<dc:creator><rdf:Seq><rdf:li>${escapeUTF8(meta.credit)}</rdf:li></rdf:Seq></dc:creator>`,
    `<dc:rights>${alt(rights)}</dc:rights>`,
    `<dc:description>${alt(description)}</dc:description>`,
    `<photoshop:Credit>${escapeUTF8(meta.credit)}</photoshop:Credit>`,
    meta.date ? `<photoshop:DateCreated>${escapeUTF8(meta.date)}</photoshop:DateCreated>` : '',
    `<xmpRights:Marked>True</xmpRights:Marked>`,
    `<xmpRights:WebStatement>${escapeUTF8(meta.pageUrl)}</xmpRights:WebStatement>`,
  ];
  return (
    `<?xpacket begin="\ufeff" id="W5M0MpCehiHzreSzNTczkc9d"?>` +
    `<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">` +
    `<rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/"` +
    ` xmlns:photoshop="http://ns.adobe.com/photoshop/1.0/" xmlns:xmpRights="http://ns.adobe.com/xap/1.0/rights/">` +
    fields.join('') +
    `</rdf:Description></rdf:RDF></x:xmpmeta><?xpacket end="w"?>`
  );
}

export function originalKey(source: Buffer, request: OriginalRequest, recipe: OriginalRecipe = originalRecipe): string {
  return storeKey({ recipe, name: request.name, maxEdge: request.maxEdge ?? null, metadata: request.metadata }, source);
}

/** The entry's own record, written beside the JPEG. */
const recordName = 'original.json';

/**
 * Writes the clean original of `sourcePath` to `cacheRoot/_img/<key>/<name>`,
 * unless the same source, recipe, name and metadata were written before.
 */
export async function writeCleanOriginal(
  sourcePath: string,
  cacheRoot: string,
  request: OriginalRequest,
  recipe: OriginalRecipe = originalRecipe,
): Promise<CleanOriginal & { cached: boolean }> {
  if (!/^[a-z0-9]+(?:-[a-z0-9]+)*\.jpg$/.test(request.name)) throw new Error(`原图文件名须是小写 ASCII：${request.name}`);
  const source = await readFile(sourcePath).catch(() => {
    throw new ImageError(sourcePath, '找不到或无法读取照片文件');
  });
  const key = originalKey(source, request, recipe);
  const cached = await readManifest<CleanOriginal>(cacheRoot, key, recordName);
  if (cached) return { ...cached, cached: true };

  const decodable = await decodableSource(sourcePath, source, cacheRoot);
  let pipeline: Sharp = sharp(decodable, { failOn: 'warning', limitInputPixels: maxInputPixels });
  // rotate() applies the EXIF orientation; nothing of the input's metadata is kept
  // unless asked for, so only the sRGB profile and our XMP are written.
  pipeline = pipeline.rotate().toColourspace('srgb');
  if (request.maxEdge) {
    pipeline = pipeline.resize({ width: request.maxEdge, height: request.maxEdge, fit: 'inside', withoutEnlargement: true });
  }
  const original = await writeEntry(cacheRoot, key, [request.name, recordName], async (work) => {
    let out: OutputInfo;
    try {
      out = await pipeline
        .flatten({ background: '#ffffff' })
        .withIccProfile('srgb')
        .withXmp(originalXmp(request.metadata))
        .jpeg(recipe.jpeg)
        .toFile(path.join(work, request.name));
    } catch (error) {
      throw new ImageError(sourcePath, damagedMessage(error));
    }
    const original: CleanOriginal = { key, file: storeFile(key, request.name), width: out.width, height: out.height, bytes: out.size };
    await writeFile(path.join(work, recordName), JSON.stringify(original));
    return original;
  });
  return { ...original, cached: false };
}
