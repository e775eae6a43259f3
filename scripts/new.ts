/**
 * `npm run new`: a new story or worker profile from a folder of photos.
 * Copies the photos in, reads their EXIF (day taken, size, orientation; GPS is
 * only counted, never written into the text) and writes a draft with every
 * field an editor must still write marked 待填写.
 *
 *   npm run new -- story <网址名> <照片文件夹>
 *   npm run new -- story --title 我为职工拍张照 <照片文件夹>
 *   npm run new -- worker <网址名> <照片文件夹>
 *   npm run new -- worker --name 迟秀峰 <照片文件夹>
 */
import { constants, existsSync, readdirSync, statSync } from 'node:fs';
import { copyFile, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import exifr from 'exifr';
import sharp from 'sharp';
import { displayPath, readContentFolder } from '../src/lib/content/files.ts';
import { parseFrontMatter } from '../src/lib/content/front-matter.ts';
import { asciiIdPattern } from '../src/schemas/common.ts';
import { copiedName, exifDay, photoIds, storyText, workerText, type NewPhoto } from '../src/lib/new-entry.ts';
import { sourceImageExtensions, sourceImageFile } from '../src/lib/images/store.ts';
import { placeholderFields, placeholderLines } from '../src/lib/placeholders.ts';
import { slugFromName } from '../src/lib/names.ts';
import { slugFromTitle } from '../src/lib/slug.ts';

const usage = `用法：
  npm run new -- story <网址名> <照片文件夹>
  npm run new -- story --title 我为职工拍张照 <照片文件夹>     （网址名按标题的拼音生成）
  npm run new -- worker <网址名> <照片文件夹>
  npm run new -- worker --name 迟秀峰 <照片文件夹>             （网址名按姓名的拼音生成）
网址名只能用小写拼音、数字和连字符，例如 chi-xiufeng；照片文件夹里放 JPEG、PNG、WebP、AVIF 或 TIFF 照片。`;

function fail(message: string): never {
  console.error(`没有新建任何内容：${message}`);
  process.exit(1);
}

const { values: options, positionals } = (() => {
  try {
    return parseArgs({
      allowPositionals: true,
      options: {
        title: { type: 'string' },
        name: { type: 'string' },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (error) {
    return fail(`${(error as Error).message}\n${usage}`);
  }
})();
if (options.help || positionals.length === 0) {
  console.log(usage);
  process.exit(options.help ? 0 : 1);
}

const [kindArg, ...rest] = positionals;
const kind =
  kindArg === 'story' || kindArg === 'worker'
    ? kindArg
    : fail(`第一个参数应是 story（报道）或 worker（人物），现在是“${kindArg}”。\n${usage}`);
const label = kind === 'story' ? '报道' : '人物';
const heading = kind === 'story' ? (options.title ?? options.name) : (options.name ?? options.title);
if (rest.length === 0 || rest.length > 2) fail(`参数个数不对。\n${usage}`);
const folderArg = rest.at(-1)!;

let slug = rest.length === 2 ? rest[0]! : undefined;
let suggested = false;
if (slug === undefined) {
  if (!heading?.trim())
    fail(`请给出网址名，或用 ${kind === 'story' ? '--title 写上标题' : '--name 写上姓名'}，由它的拼音生成网址名。\n${usage}`);
  slug =
    (kind === 'story' ? slugFromTitle(heading) : slugFromName(heading)) ??
    fail(`无法从“${heading}”生成网址名，请自己写一个，例如 chi-xiufeng。`);
  suggested = true;
}
if (!asciiIdPattern.test(slug)) fail(`网址名“${slug}”只能用小写拼音、数字和连字符（例如 chi-xiufeng），不能有汉字、大写字母或空格。`);

const root = process.cwd();
const contentDir = path.resolve(process.env.CONTENT_DIR ?? 'content');
const collection = kind === 'story' ? 'stories' : 'workers';
const target = path.join(contentDir, collection, slug);
const shownTarget = displayPath(root, target);
if (existsSync(target)) {
  fail(
    `${shownTarget}/ 已经存在，网址名“${slug}”已被使用。要改那篇${label}就直接编辑它；新建请换一个网址名：npm run new -- ${kind} <新网址名> ${folderArg}`,
  );
}

// npm runs scripts from the project root; a relative folder means the one the editor typed it in.
const folder = path.resolve(process.env.INIT_CWD ?? root, folderArg);
if (!existsSync(folder) || !statSync(folder).isDirectory())
  fail(`找不到照片文件夹 ${folder}：请检查路径（可以把文件夹直接拖进终端窗口）。`);

const listing = readdirSync(folder, { withFileTypes: true }).filter((e) => !e.name.startsWith('.'));
const images = listing
  .filter((e) => e.isFile() && sourceImageFile.test(e.name))
  .map((e) => e.name)
  .sort(new Intl.Collator('zh-CN', { numeric: true }).compare);
const skipped = listing.filter((e) => !(e.isFile() && sourceImageFile.test(e.name))).map((e) => e.name + (e.isDirectory() ? '/' : ''));
if (images.length === 0) {
  fail(
    `文件夹 ${folder} 里没有照片（支持 ${sourceImageExtensions.map((e) => `.${e}`).join(' ')}）` +
      (skipped.length ? `；里面只有：${skipped.slice(0, 8).join('、')}${skipped.length > 8 ? ' 等' : ''}` : '，它是空的') +
      '。',
  );
}

const ids = photoIds(slug, images.length);
const { files: existing } = readContentFolder(contentDir, root);
for (const file of existing) {
  const photos = Array.isArray(file.data?.photos) ? (file.data.photos as { id?: unknown }[]) : [];
  const clash = photos.find((p) => typeof p?.id === 'string' && ids.includes(p.id));
  if (clash) fail(`照片 id “${String(clash.id)}” 已在 ${file.filePath} 使用（照片 id 全站不能重复）：请换一个网址名。`);
}

const photos: NewPhoto[] = [];
const unreadable: string[] = [];
for (const [index, name] of images.entries()) {
  const bytes = await readFile(path.join(folder, name));
  const meta = await sharp(bytes, { limitInputPixels: false })
    .metadata()
    .catch(() => undefined);
  if (!meta) {
    unreadable.push(name);
    continue;
  }
  // Only what the text needs: GPS is read to warn about it, never to write it anywhere.
  const options = { tiff: true, exif: true, gps: true, translateValues: false, reviveValues: false };
  const fromFile = await exifr.parse(bytes, options).catch(() => undefined);
  // exifr misreads the item locations libheif writes into some HEICs ("Malformed EXIF data");
  // sharp hands over the same EXIF block, after JPEG's `Exif\0\0` prefix.
  const block = meta.exif?.subarray(0, 4).toString('latin1') === 'Exif' ? meta.exif.subarray(6) : meta.exif;
  const exif = fromFile && !fromFile.errors ? fromFile : block && (await exifr.parse(block, options).catch(() => undefined));
  const sideways = (meta.orientation ?? 1) >= 5;
  const id = ids[index]!;
  photos.push({
    id,
    file: copiedName(id, name),
    original: name,
    width: (sideways ? meta.height : meta.width) ?? 0,
    height: (sideways ? meta.width : meta.height) ?? 0,
    date: exifDay(exif?.DateTimeOriginal) ?? exifDay(exif?.CreateDate),
    hasGps: exif?.GPSLatitude !== undefined || exif?.latitude !== undefined,
  });
}
if (unreadable.length) {
  fail(`这些文件读不出来，可能已损坏或不是照片：${unreadable.join('、')}。请换成能打开的 JPEG 后再试。`);
}

const today = new Date();
const day = `${today.getFullYear()}-${String(today.getMonth() + 1).padStart(2, '0')}-${String(today.getDate()).padStart(2, '0')}`;
const text =
  kind === 'story' ? storyText({ slug, title: heading, photos, today: day }) : workerText({ slug, name: heading, photos, today: day });
const textFile = path.join(target, kind === 'story' ? 'index.mdx' : 'index.md');

await mkdir(path.dirname(target), { recursive: true });
try {
  await mkdir(target);
  for (const [index, photo] of photos.entries()) {
    await copyFile(path.join(folder, images[index]!), path.join(target, photo.file), constants.COPYFILE_EXCL);
  }
  await writeFile(textFile, text, { flag: 'wx' });
} catch (error) {
  // Leave nothing half-made behind.
  await rm(target, { recursive: true, force: true });
  fail(`写入 ${shownTarget}/ 时出错（${(error as Error).message}）。`);
}

const parsed = parseFrontMatter(text);
const toFill = parsed.ok ? placeholderFields(parsed.data).length + placeholderLines(parsed.body).length : 0;
const withGps = photos.filter((p) => p.hasGps).length;
console.log(`已新建${label}草稿：${displayPath(root, textFile)}`);
if (suggested)
  console.log(
    `  网址名按${kind === 'story' ? '标题' : '姓名'}的拼音生成：${slug}（网址会是 /${collection}/${slug}/）。想换网址名：删掉这个文件夹，用 npm run new -- ${kind} <网址名> <照片文件夹> 重建`,
  );
console.log(`  复制了 ${photos.length} 张照片（按文件名排序）：`);
for (const photo of photos) {
  const shape = photo.width > photo.height ? '横幅' : photo.width < photo.height ? '竖幅' : '方形';
  console.log(
    `    ${photo.file} ← ${photo.original}  ${photo.width}×${photo.height} ${shape}${photo.date ? `  拍摄于 ${photo.date}` : ''}`,
  );
}
if (skipped.length)
  console.log(`  跳过了不是照片的 ${skipped.length} 项：${skipped.slice(0, 8).join('、')}${skipped.length > 8 ? ' 等' : ''}`);
if (withGps) {
  console.log(
    `  注意：${withGps} 张照片带有 GPS 位置。网站发布的图片会去掉位置信息，文字里也没有写入；` +
      '但原片会随内容一起保存，若仓库是公开的，请先用修图软件去掉位置信息再放进来。',
  );
}
console.log(`下一步：
  1. 打开 ${displayPath(root, textFile)}，把 ${toFill} 处“待填写”换成真实内容；
  2. 运行 npm run check，按提示改到没有问题；
  3. 草稿不会出现在网站上：预览时把 draft: true 改成 false，再运行 npm run dev。`);
