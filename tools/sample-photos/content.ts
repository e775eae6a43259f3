/** Finding sample photos in the content folder, read by the site's own reader of content/. */
import path from 'node:path';
import { readContentFolder } from '../../src/lib/content/files.ts';
import { formatProblem } from '../../src/lib/problems.ts';
import type { PhotoEntry } from './render.ts';

export type Found = { photo: PhotoEntry; folder: string; declaredIn: string; target: string };

function dateString(v: unknown): string | undefined {
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  if (typeof v === 'number') return String(v);
  if (typeof v === 'string') return v;
  return undefined;
}

/** Photos marked `sample: true` in stories and profiles, with what keeps others from being drawn. */
export function findPhotos(contentDir: string): { found: Found[]; problems: string[] } {
  const found: Found[] = [];
  const problems: string[] = [];
  // Paths in messages are relative to where the tool runs, as make.ts prints them.
  const { files, problems: readProblems } = readContentFolder(contentDir, process.cwd());
  problems.push(...readProblems.map(formatProblem));
  for (const { absolutePath: file, data } of files) {
    const photos = data?.photos;
    if (!Array.isArray(photos)) continue;
    const folder = path.dirname(file);
    for (const [i, p] of photos.entries()) {
      if (!p || typeof p !== 'object') continue;
      const rec = p as Record<string, unknown>;
      if (rec.sample !== true) continue;
      if (typeof rec.id !== 'string' || typeof rec.file !== 'string') {
        problems.push(`${file}: photos[${i}] has no id or file`);
        continue;
      }
      if (!/\.jpe?g$/i.test(rec.file)) {
        problems.push(`${file}: photos[${i}] (${rec.id}) file ${rec.file} is not a .jpg; samples are JPEG`);
        continue;
      }
      const photo: PhotoEntry = {
        id: rec.id,
        file: rec.file,
        alt: typeof rec.alt === 'string' ? rec.alt : undefined,
        caption: typeof rec.caption === 'string' ? rec.caption : undefined,
        place: typeof rec.place === 'string' ? rec.place : undefined,
        date: dateString(rec.date),
      };
      found.push({ photo, folder, declaredIn: file, target: path.resolve(folder, rec.file) });
    }
  }
  return { found, problems };
}

