import { spawn } from 'node:child_process';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { gunzipSync } from 'node:zlib';
import path from 'node:path';
import sharp from 'sharp';

/** A small JPEG whose colours are its own, so its renditions can be told apart. */
export async function fixtureJpeg(file: string, colour: string, width = 900, height = 600) {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}"><rect width="100%" height="100%" fill="${colour}"/><circle cx="${width / 2}" cy="${height / 2}" r="${height / 4}" fill="#ffffff"/></svg>`;
  await sharp(Buffer.from(svg))
    .jpeg({ quality: 80 })
    .withExif({ IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '40/1 0/1 0/1', GPSLongitudeRef: 'E', GPSLongitude: '116/1 0/1 0/1' } })
    .toFile(file);
}

export interface FixtureEntry {
  folder: 'stories' | 'workers';
  slug: string;
  /** Front matter as YAML text. */
  frontMatter: string;
  body: string;
  /** Image files to create beside it: name → colour. */
  images: Record<string, string>;
  file?: string;
}

export const workerEntry = (slug: string, name: string, extra = ''): FixtureEntry => ({
  folder: 'workers',
  slug,
  frontMatter: `name: ${name}
role: 列检员
employer: 某铁路局
place: { province: 黑龙江, city: 大庆 }
industry: 铁路
summary: ${name}是一名列检员。
portrait: ${slug}-portrait
photos:
  - id: ${slug}-portrait
    file: ./portrait.jpg
    alt: ${name}站在车间门口
    caption: ${name}在车间门口。
    credit: 定格编辑部 制图
    sample: true
    workers: [${slug}]
${extra}`,
  body: `${name}在检修线上工作。`,
  images: { 'portrait.jpg': '#445566' },
});

export const storyEntry = (slug: string, title: string, workers: string[], extra = ''): FixtureEntry => ({
  folder: 'stories',
  slug,
  frontMatter: `title: ${title}
summary: ${title}的摘要。
date: 2025-11-20
bylines: [{ role: 撰文, name: 定格编辑部 }]
place: { province: 黑龙江 }
industry: 铁路
workers: [${workers.join(', ')}]
cover: ${slug}-a
photos:
  - { id: ${slug}-a, file: ./a.jpg, alt: 清晨的站台上停着货车, caption: 清晨的站台。, credit: 定格编辑部 制图, sample: true }
  - { id: ${slug}-b, file: ./b.jpg, alt: 货车车轮的特写, caption: 车轮。, credit: 定格编辑部 制图, sample: true }
${extra}`,
  body: `<Figure id="${slug}-a" />\n\n${title}的正文。\n\n<Figure id="${slug}-b" />\n`,
  images: { 'a.jpg': '#886644', 'b.jpg': '#448866' },
});

/** Writes a content folder with the given entries under `root/content`. */
export async function writeSite(root: string, entries: FixtureEntry[]) {
  for (const e of entries) {
    const dir = path.join(root, 'content', e.folder, e.slug);
    await mkdir(dir, { recursive: true });
    await writeFile(
      path.join(dir, e.file ?? (e.folder === 'stories' ? 'index.mdx' : 'index.md')),
      `---\n${e.frontMatter}---\n\n${e.body}\n`,
    );
    for (const [name, colour] of Object.entries(e.images)) await fixtureJpeg(path.join(dir, name), colour);
  }
  return path.join(root, 'content');
}

/** Runs `npm run build`'s script on a content folder; resolves with its exit code and output. */
export function build(root: string, contentDir: string, env: Record<string, string> = {}) {
  // Vitest's own BASE_URL=/ and MODE=test are passed on on purpose: astro.config.mjs must
  // keep them from replacing BASE_PATH (renamed-slugs.test.ts builds under a sub-path).
  return new Promise<{ code: number; output: string }>((resolve) => {
    const child = spawn(process.execPath, ['scripts/build.ts'], {
      env: {
        ...process.env,
        CONTENT_DIR: contentDir,
        OUT_DIR: path.join(root, 'dist'),
        // One Astro cache per content folder: builds running side by side must not share a data store.
        ASTRO_CACHE_DIR: path.join(path.dirname(contentDir), 'astro-cache'),
        IMAGE_CACHE_DIR: path.join(root, 'image-cache'),
        ASTRO_TELEMETRY_DISABLED: '1',
        ...env,
      },
    });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    child.on('close', (code) => resolve({ code: code ?? 1, output }));
  });
}

/** One file of a built site, with Pagefind's gzip-compressed index files decompressed so their words can be searched. */
export interface BuiltFile {
  /** Path relative to the output folder. */
  name: string;
  text: string;
  bytes: Buffer;
}

export async function readBuiltSite(dist: string): Promise<BuiltFile[]> {
  const names = (await readdir(dist, { recursive: true, withFileTypes: true }))
    .filter((e) => e.isFile())
    .map((e) => path.join(e.parentPath, e.name));
  return Promise.all(
    names.map(async (name) => {
      let bytes = await readFile(name);
      if (bytes[0] === 0x1f && bytes[1] === 0x8b) bytes = gunzipSync(bytes);
      return { name: path.relative(dist, name), text: bytes.toString('utf8'), bytes };
    }),
  );
}

/** The built images whose main colour is near one of `colours` (`#rrggbb`): any is a photo that should not be there. */
export async function imagesColoured(files: readonly BuiltFile[], colours: readonly string[]): Promise<string[]> {
  const near = (rgb: number[], hex: string) => Math.hypot(...rgb.map((v, i) => v - parseInt(hex.slice(1 + 2 * i, 3 + 2 * i), 16))) < 40;
  const found: string[] = [];
  for (const image of files.filter((f) => /\.(?:avif|webp|jpe?g|png)$/.test(f.name))) {
    const { dominant } = await sharp(image.bytes).stats();
    if (colours.some((colour) => near([dominant.r, dominant.g, dominant.b], colour))) found.push(image.name);
  }
  return found;
}
