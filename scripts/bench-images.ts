/**
 * Image pipeline benchmark: `npm run bench:images [-- --photos DIR] [-- --skip-astro]`
 *
 * Inputs: the photos in DIR (default ../shared/photos) plus 24-megapixel copies
 * made by upscaling crops of the first 16 (camera-sized inputs). It then runs, in one go:
 *   - our pipeline (src/lib/images/pipeline.ts) cold, then warm, in a child process
 *     so its peak memory is its own;
 *   - a plain Astro project with <Picture formats={['avif','webp']}> at the same
 *     widths, cold then warm;
 * and reports seconds, peak memory, the bytes a phone and a desktop download for
 * the same gallery, and SSIM against the source. Results: .bench/images/result.json.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, rm, stat, symlink, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import sharp from 'sharp';
import pLimit from 'p-limit';
import { processImage, type ProcessedImage, type Rendition } from '../src/lib/images/pipeline.ts';
import { renditionRecipe } from '../src/lib/images/recipe.ts';
import { ssim } from './lib/ssim.ts';

const { values } = parseArgs({
  options: {
    photos: { type: 'string', default: '../shared/photos' },
    'skip-astro': { type: 'boolean', default: false },
    /** Widths for the plain Astro project (the baseline in issue 3). */
    'astro-widths': { type: 'string', default: '480,960,1600,2400' },
    phase: { type: 'string' },
    cache: { type: 'string' },
  },
});
const work = path.resolve('.bench/images');
const project = path.join(work, 'astro-plain');
const inputs = path.join(project, 'src', 'photos');

/**
 * The slots a browser fills, in device pixels: a 390 px phone at 3x showing the
 * photo full width, and a 1440 px desktop at 1x showing it in a 960 px column.
 */
const slots = { phone: 390 * 3, desktop: 960 };
const pick = (set: { width: number; bytes: number }[], need: number) => set.find((r) => r.width >= need) ?? set.at(-1)!;

async function ourPhase(cache: string) {
  const files = (await readdir(inputs)).filter((f) => f.endsWith('.jpg')).sort();
  const run = pLimit(os.availableParallelism());
  const started = performance.now();
  let done = 0;
  const results = await Promise.all(
    files.map((f) =>
      run(async () => {
        const image = await processImage(path.join(inputs, f), cache);
        if (++done % 10 === 0) console.error(`  ${done}/${files.length}`);
        return [f, image] as const;
      }),
    ),
  );
  const seconds = (performance.now() - started) / 1000;
  console.log(JSON.stringify({ seconds, maxRssMiB: process.resourceUsage().maxRSS / 1024, images: Object.fromEntries(results) }));
}

if (values.phase === 'ours') {
  await ourPhase(values.cache!);
  process.exit(0);
}

async function prepareInputs() {
  await mkdir(inputs, { recursive: true });
  const sources = (await readdir(values.photos!)).filter((f) => /\.jpe?g$/i.test(f)).sort();
  for (const f of sources) {
    const to = path.join(inputs, f.replace(/\.jpeg$/i, '.jpg'));
    if (!existsSync(to))
      await sharp(path.join(values.photos!, f))
        .keepMetadata()
        .toFile(to)
        .catch(async () => {
          await writeFile(to, await readFile(path.join(values.photos!, f)));
        });
  }
  // Camera-sized copies: a centre crop upscaled to 6000×4000 (24 MP), as a 5–8 MB JPEG.
  for (const f of sources.slice(0, 16)) {
    const to = path.join(inputs, `24mp-${f}`);
    if (existsSync(to)) continue;
    const meta = await sharp(path.join(values.photos!, f)).metadata();
    const cropW = Math.round(Math.min(meta.width!, (meta.height! * 3) / 2) * 0.8);
    const cropH = Math.round((cropW * 2) / 3);
    await sharp(path.join(values.photos!, f))
      .extract({ left: Math.round((meta.width! - cropW) / 2), top: Math.round((meta.height! - cropH) / 2), width: cropW, height: cropH })
      .resize(6000, 4000, { kernel: 'lanczos3' })
      .sharpen()
      .jpeg({ quality: 92 })
      .toFile(to);
  }
  return (await readdir(inputs)).filter((f) => f.endsWith('.jpg')).sort();
}

function timed(command: string, args: string[], cwd: string, env: NodeJS.ProcessEnv = process.env) {
  const result = spawnSync('/usr/bin/time', ['-f', '__TIME__ %e %M', command, ...args], { cwd, env, encoding: 'utf8', maxBuffer: 1 << 28 });
  if (result.status !== 0) throw new Error(`${command} failed:\n${result.stderr.slice(-3000)}`);
  const [, seconds, kib] = /__TIME__ ([\d.]+) (\d+)/.exec(result.stderr)!;
  return { seconds: Number(seconds), maxRssMiB: Number(kib) / 1024, stdout: result.stdout };
}

async function runOurs(cache: string) {
  const r = timed(process.execPath, [path.resolve('scripts/bench-images.ts'), '--phase', 'ours', '--cache', cache], process.cwd());
  const parsed = JSON.parse(r.stdout.trim().split('\n').at(-1)!) as { seconds: number; images: Record<string, ProcessedImage> };
  return { seconds: parsed.seconds, maxRssMiB: r.maxRssMiB, images: parsed.images };
}

async function writeAstroProject(files: string[]) {
  await mkdir(path.join(project, 'src', 'pages'), { recursive: true });
  if (!existsSync(path.join(project, 'node_modules'))) await symlink(path.resolve('node_modules'), path.join(project, 'node_modules'));
  await writeFile(path.join(project, 'package.json'), JSON.stringify({ name: 'astro-plain-bench', type: 'module', private: true }));
  await writeFile(path.join(project, 'astro.config.mjs'), `export default { cacheDir: './.astro-cache', outDir: './dist' };\n`);
  const imports = files.map((f, i) => `import p${i} from '../photos/${f}';`).join('\n');
  const list = files.map((_, i) => `p${i}`).join(', ');
  await writeFile(
    path.join(project, 'src', 'pages', 'index.astro'),
    `---\nimport { Picture } from 'astro:assets';\n${imports}\nconst photos = [${list}];\n---\n<html lang="en"><body>{photos.map((p) => <Picture src={p} alt="" formats={['avif', 'webp']} widths={${JSON.stringify(values['astro-widths']!.split(',').map(Number))}} sizes="100vw" />)}</body></html>\n`,
  );
}

async function astroRenditions(files: string[]) {
  const html = await readFile(path.join(project, 'dist', 'index.html'), 'utf8');
  const pictures = [...html.matchAll(/<picture>([\s\S]*?)<\/picture>/g)];
  const result: Record<string, { avif: Rendition[]; webp: Rendition[] }> = {};
  for (const [i, m] of pictures.entries()) {
    const set = async (type: string) => {
      const source = [...m[1]!.matchAll(/<source[^>]*>/g)].map((t) => t[0]).find((t) => t.includes(`type="image/${type}"`))!;
      const srcset = /srcset="([^"]+)"/.exec(source)![1]!;
      return Promise.all(
        srcset.split(',').map(async (part) => {
          const [url, w] = part.trim().split(/\s+/);
          const file = path.join(project, 'dist', url!);
          return { width: parseInt(w!), height: 0, file, bytes: (await stat(file)).size };
        }),
      );
    };
    result[files[i]!] = { avif: await set('avif'), webp: await set('webp') };
  }
  return result;
}

const files = await prepareInputs();
const megapixels = await Promise.all(
  files.map(async (f) => {
    const m = await sharp(path.join(inputs, f)).metadata();
    return (m.width! * m.height!) / 1e6;
  }),
);
console.log(
  `inputs: ${files.length} photos, ${Math.min(...megapixels).toFixed(1)}–${Math.max(...megapixels).toFixed(1)} MP, in ${path.relative(process.cwd(), inputs)}`,
);

const cache = path.join(work, 'cache');
await rm(cache, { recursive: true, force: true });
console.log('ours: cold…');
const oursCold = await runOurs(cache);
console.log(`ours: cold ${oursCold.seconds.toFixed(1)} s, peak ${oursCold.maxRssMiB.toFixed(0)} MiB`);
const oursWarm = await runOurs(cache);
console.log(`ours: warm ${oursWarm.seconds.toFixed(2)} s, peak ${oursWarm.maxRssMiB.toFixed(0)} MiB`);

const summary = (label: string, sets: Record<string, { avif: { width: number; bytes: number }[] }>) => {
  const phone = Object.values(sets).reduce((n, s) => n + pick(s.avif, slots.phone).bytes, 0);
  const desktop = Object.values(sets).reduce((n, s) => n + pick(s.avif, slots.desktop).bytes, 0);
  return { label, phoneMiB: phone / 2 ** 20, desktopMiB: desktop / 2 ** 20 };
};
const oursSets = Object.fromEntries(
  Object.entries(oursCold.images).map(([f, img]) => [
    f,
    { avif: img.renditions.avif.map((r) => ({ ...r, file: path.join(cache, r.file) })), webp: img.renditions.webp },
  ]),
);

async function meanSsim(sets: Record<string, { avif: { width: number; file: string }[] }>) {
  const scores = [];
  for (const f of files) {
    const r = pick(sets[f]!.avif.map((x) => ({ ...x, bytes: 0 })) as never, 960) as unknown as { file: string };
    scores.push(await ssim(path.join(inputs, f), r.file, 960));
  }
  return scores.reduce((a, b) => a + b, 0) / scores.length;
}

const report: Record<string, unknown> = {
  inputs: { count: files.length, megapixels: [Math.min(...megapixels), Math.max(...megapixels)] },
  slots,
  recipe: renditionRecipe,
  ours: {
    cold: oursCold.seconds,
    warm: oursWarm.seconds,
    peakMiB: Math.max(oursCold.maxRssMiB, oursWarm.maxRssMiB),
    ...summary('ours', oursSets),
    ssim960: await meanSsim(oursSets as never),
  },
};
console.log(report.ours);

if (!values['skip-astro']) {
  await writeAstroProject(files);
  await rm(path.join(project, '.astro-cache'), { recursive: true, force: true });
  await rm(path.join(project, 'dist'), { recursive: true, force: true });
  const astroBin = path.resolve('node_modules/astro/bin/astro.mjs');
  const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' };
  console.log('plain Astro <Picture>: cold (this takes minutes)…');
  const cold = timed(process.execPath, [astroBin, 'build'], project, env);
  console.log(`plain Astro: cold ${cold.seconds.toFixed(1)} s, peak ${cold.maxRssMiB.toFixed(0)} MiB`);
  const warm = timed(process.execPath, [astroBin, 'build'], project, env);
  console.log(`plain Astro: warm ${warm.seconds.toFixed(1)} s`);
  const astroSets = await astroRenditions(files);
  report.astro = {
    cold: cold.seconds,
    warm: warm.seconds,
    peakMiB: Math.max(cold.maxRssMiB, warm.maxRssMiB),
    ...summary('astro', astroSets),
    ssim960: await meanSsim(astroSets as never),
  };
  console.log(report.astro);
}

await writeFile(path.join(work, 'result.json'), JSON.stringify(report, null, 2));
console.log(`\nresult: ${path.relative(process.cwd(), path.join(work, 'result.json'))}`);
