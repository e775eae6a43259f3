/** Finding sample photos in the content folder: front matter of stories and worker profiles. */
import fs from 'node:fs';
import path from 'node:path';
import yaml from 'js-yaml';
import type { PhotoEntry } from './render.ts';

export type Found = { photo: PhotoEntry; folder: string; declaredIn: string; target: string };

/** Front matter of a Markdown/MDX file, parsed as YAML. */
export function frontMatter(text: string): Record<string, unknown> | undefined {
  const m = /^\uFEFF?---\r?\n([\s\S]*?)\r?\n---\s*(?:\r?\n|$)/.exec(text);
  if (!m) return undefined;
  const data = yaml.load(m[1]!);
  return data && typeof data === 'object' ? (data as Record<string, unknown>) : undefined;
}

function dateString(v: unknown): string | undefined {
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  if (typeof v === 'number') return String(v);
  if (typeof v === 'string') return v;
  return undefined;
}

function indexFiles(contentDir: string): string[] {
  const out: string[] = [];
  for (const [kind, names] of [
    ['stories', ['index.mdx']],
    ['workers', ['index.md', 'index.mdx']],
  ] as const) {
    const dir = path.join(contentDir, kind);
    if (!fs.existsSync(dir)) continue;
    for (const slug of fs.readdirSync(dir).sort()) {
      for (const name of names) {
        const file = path.join(dir, slug, name);
        if (fs.existsSync(file)) out.push(file);
      }
    }
  }
  return out;
}

export function findPhotos(contentDir: string): { found: Found[]; problems: string[] } {
  const found: Found[] = [];
  const problems: string[] = [];
  for (const file of indexFiles(contentDir)) {
    let data: Record<string, unknown> | undefined;
    try {
      data = frontMatter(fs.readFileSync(file, 'utf8'));
    } catch (error) {
      problems.push(`${file}: front matter is not valid YAML (${(error as Error).message.split('\n')[0]})`);
      continue;
    }
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

