/**
 * `npm run check`: checks all content with the build's own rules and lists every
 * problem at once, one line each (`文件: 字段: 问题和改法`). Exits 1 when any remain.
 * When everything passes, it records newly published addresses (photo ids, story
 * and worker slugs) in content/addresses.txt, so a later rename or removal is
 * caught (see src/lib/content/ledger.ts).
 *
 *   npm run check                  # content/，或 CONTENT_DIR 指定的文件夹
 *   npm run check -- --no-record   # 只检查，不改 addresses.txt
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import pLimit from 'p-limit';
import { displayPath } from '../src/lib/content/files.ts';
import { addressKinds, formatLedger, recordLive, splitKey } from '../src/lib/content/ledger.ts';
import { byFile, loadContent } from '../src/lib/content/load.ts';
import { buildSiteModel } from '../src/lib/content/model.ts';
import { diskRules, isFile } from '../src/lib/content/rules.ts';
import { visibilityOf } from '../src/lib/content/visibility.ts';
import { unreadableImage } from '../src/lib/image-check.ts';
import { formatProblem, type ContentProblem } from '../src/lib/problems.ts';
import { absoluteUrl } from '../src/lib/urls.ts';
import { basePath, imageCacheDir, siteUrl } from '../src/lib/site-env.mjs';
import { loadFonts } from '../src/lib/share/fonts.ts';
import { posterJobs } from '../src/lib/share/poster-content.ts';
import { missingPosterCharacters } from '../src/lib/share/poster-layout.ts';
import { MissingGlyphError } from '../src/lib/share/text.ts';

const { values: options } = parseArgs({
  options: { 'no-record': { type: 'boolean', default: false }, help: { type: 'boolean', short: 'h', default: false } },
});
if (options.help) {
  console.log('用法：npm run check [-- --no-record]\n检查 content/（或环境变量 CONTENT_DIR 指定的文件夹）里的全部报道和人物。');
  process.exit(0);
}

const root = process.cwd();
const contentDir = path.resolve(process.env.CONTENT_DIR ?? 'content');
if (!existsSync(contentDir)) {
  console.error(`找不到内容文件夹 ${contentDir}：请在项目根目录运行 npm run check，或用 CONTENT_DIR 指定内容文件夹。`);
  process.exit(1);
}

// Everything the build would refuse: the same loader, schemas and rules.
const content = loadContent(contentDir, root);

// Photos the build would fail to decode, checked on all cores like the build does.
const run = pLimit(Math.max(1, os.availableParallelism()));
const cacheRoot = imageCacheDir(process.env);
const imageProblems: ContentProblem[] = [];
await Promise.all(
  [...content.stories, ...content.workers].flatMap((entry) =>
    entry.data.photos.map((photo, index) =>
      run(async () => {
        const source = path.resolve(root, path.dirname(entry.filePath), photo.file);
        if (!isFile(source)) return; // already reported by checkContent
        const reason = await unreadableImage(source, cacheRoot);
        if (reason) imageProblems.push({ file: entry.filePath, field: `photos[${index}].file`, message: `${photo.file}：${reason}` });
      }),
    ),
  ),
);

const { addresses } = content;

/**
 * Words the share posters cannot draw (a rare character in a name), found here
 * rather than in the build. Needs content that passed the other checks.
 */
const site =
  content.problems.length || content.rejected.length ? undefined : buildSiteModel(content.stories, content.workers, diskRules(root));

function posterProblems(): ContentProblem[] {
  if (!site) return [];
  const { faces } = loadFonts(path.resolve(import.meta.dirname, '../assets/fonts'));
  const pageUrl = (sitePath: string) => absoluteUrl(siteUrl(process.env), basePath(process.env), sitePath);
  const found = new Map<string, ContentProblem>();
  for (const job of posterJobs(site, pageUrl)) {
    const missing = missingPosterCharacters(job.content, faces);
    if (!missing.length) continue;
    // The build's own message, once per file (a profile and its portrait's page share words).
    const message = new MissingGlyphError(missing).message;
    found.set(`${job.file}\n${message}`, { file: job.file, field: '(分享海报)', message });
  }
  return [...found.values()];
}

const problems = byFile([...content.problems, ...imageProblems, ...posterProblems()]);
const fileCount = new Set(problems.map((p) => p.file)).size;

if (problems.length) {
  for (const problem of problems) console.log(formatProblem(problem));
  console.log(`\n共 ${problems.length} 处问题，涉及 ${fileCount} 个文件。改好后再运行 npm run check。`);
  if (content.rejected.length) {
    console.log(
      `其中 ${content.rejected.length} 个文件有字段写错或缺少；改好后，npm run check 还会检查字段之间的对应（例如封面、肖像是否在 photos 里）。`,
    );
  }
  process.exit(1);
}

const drafts = (entries: { data: { draft: boolean } }[]) => entries.filter((e) => visibilityOf(e.data) === 'draft').length;
const photoCount = [...content.stories, ...content.workers].reduce((n, e) => n + e.data.photos.length, 0);
console.log(
  `检查通过：${content.stories.length} 篇报道（其中草稿 ${drafts(content.stories)} 篇）、` +
    `${content.workers.length} 位人物（其中草稿 ${drafts(content.workers)} 位）、${photoCount} 张照片。`,
);
// What the site does on the editors' behalf, e.g. a withdrawn cover replaced by the next photo.
for (const note of site?.notes ?? []) console.log(`提示：${formatProblem(note)}`);

if (!options['no-record']) {
  const { ledger, added } = recordLive(addresses.ledger, addresses.live.values());
  const text = formatLedger(ledger);
  const before = existsSync(addresses.ledgerPath) ? readFileSync(addresses.ledgerPath, 'utf8') : undefined;
  const where = displayPath(root, addresses.ledgerPath);
  // A folder with nothing published yet gets no ledger file until something is.
  if (text !== before && (before !== undefined || added.length)) {
    writeFileSync(addresses.ledgerPath, text);
    const units = { photos: '张照片', stories: '篇报道', workers: '位人物' };
    const counts = addressKinds
      .map((kind) => [kind, added.filter((key) => splitKey(key)[0] === kind).length] as const)
      .filter(([, n]) => n)
      .map(([kind, n]) => `${n} ${units[kind]}`);
    if (added.length) {
      console.log(
        `已把新发布的 ${counts.join('、')}的网址记入 ${where}（${added.slice(0, 5).join('、')}${added.length > 5 ? ' 等' : ''}），请和内容一起提交。`,
      );
    } else {
      console.log(`已更新 ${where} 里照片文件的位置、报道标题或人物姓名，请和内容一起提交。`);
    }
  }
}
