/**
 * `npm run build`: builds the site atomically and checks it before publishing.
 *
 * 1. `astro build` writes into a staging folder beside the output folder.
 * 2. Every image in it is read back: GPS, a serial number or maker notes fail the build.
 * 3. No environment variable's value may appear in any output file.
 * 4. Only then does the staging folder replace the output folder (dist/, or OUT_DIR).
 * A failed build leaves the previous output exactly as it was.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { cp, mkdir, readdir, readFile, rename, rm } from 'node:fs/promises';
import path from 'node:path';
import { privateMetadata } from '../src/lib/privacy.ts';
import { envLeaks } from '../src/lib/env-leaks.ts';
import { sourceImageExtensions } from '../src/lib/images/store.ts';

const outDir = path.resolve(process.env.OUT_DIR ?? 'dist');
// Staging stays inside the project: for an output folder outside it, Astro puts its
// prerender bundle in the shared ./.astro/, and two builds at once would clobber it.
const staging = path.resolve('.cache/builds', `staging-${process.pid}`);

/** Any image a build could write, including a GIF from public/: each is read back for private metadata. */
const outputImage = new RegExp(`\\.(?:${[...sourceImageExtensions, 'gif'].join('|')})$`, 'i');

async function files(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries.filter((e) => e.isFile()).map((e) => path.join(e.parentPath, e.name));
}

async function fail(message: string): Promise<never> {
  await rm(staging, { recursive: true, force: true });
  console.error(`\n构建失败，${path.relative(process.cwd(), outDir) || outDir} 保持原样。\n${message}`);
  process.exit(1);
}

const astro = spawnSync(process.execPath, [path.resolve('node_modules/astro/bin/astro.mjs'), 'build', ...process.argv.slice(2)], {
  stdio: 'inherit',
  // A build is a production build whatever the shell says (Vitest sets NODE_ENV=test, which would
  // make Vite's import.meta.env.DEV true, and src/data/media.ts would then work as in dev).
  env: { ...process.env, NODE_ENV: 'production', OUT_DIR: staging },
});
if (astro.status !== 0) await fail('astro build 出错，详见上方信息。');
// The search index is Astro's last step. Without it the build ended early even if it said
// nothing: a Node process also ends, with status 0, when nothing is left that it waits for.
if (!existsSync(path.join(staging, 'pagefind', 'pagefind.js')))
  await fail('astro build 没有写完（缺少搜索索引 pagefind/），详见上方信息。');

const written = await files(staging);
const imageProblems: string[] = [];
const secrets = envLeaks(process.env);
const leaks: string[] = [];
for (const file of written) {
  const relative = path.relative(staging, file);
  const bytes = await readFile(file);
  if (outputImage.test(file)) {
    const found = await privateMetadata(bytes);
    if (found.length) imageProblems.push(`  - ${relative}: 含有${found.join('、')}`);
  } else if (/\.(?:html|xml|json|js|css|txt|svg)$/i.test(file)) {
    const text = bytes.toString('utf8');
    for (const { name, value } of secrets) if (text.includes(value)) leaks.push(`  - ${relative}: 含有环境变量 ${name} 的值`);
  }
}
if (imageProblems.length) await fail(`以下发布图片带有隐私信息：\n${imageProblems.join('\n')}`);
if (leaks.length) await fail(`以下文件泄露了环境变量：\n${leaks.join('\n')}`);

// Swap in the new output; across file systems, copy it beside the old one first.
const beside = `${outDir}.new-${process.pid}`;
await mkdir(path.dirname(outDir), { recursive: true });
try {
  await rename(staging, beside);
} catch {
  await cp(staging, beside, { recursive: true });
  await rm(staging, { recursive: true, force: true });
}
const previous = `${outDir}.previous-${process.pid}`;
await rename(outDir, previous).catch(() => undefined);
await rename(beside, outDir);
await rm(previous, { recursive: true, force: true });
console.log(`已发布到 ${path.relative(process.cwd(), outDir) || outDir}（${written.length} 个文件，图片隐私检查通过）`);
