/**
 * Photo addresses never break. `content/photo-ids.txt` lists every photo id
 * that has ever been published (`npm run check` appends new ones), and
 * `content/redirects.yaml` says where a renamed or removed id now points.
 * An id in the ledger that is neither live nor redirected is a problem for
 * `npm run check` and for the build; every redirect becomes a small static page
 * at the old address (src/integrations/photo-redirects.ts).
 */
import yaml from 'js-yaml';
import { asciiIdPattern } from './mdx-blocks.ts';
import type { ContentProblem } from './problems.ts';
import { absoluteUrl, paths, withBase } from './urls.ts';

export const ledgerFileName = 'photo-ids.txt';
export const redirectsFileName = 'redirects.yaml';

/** Every id ever published, with the image file it last had (relative to the content folder), for hints. */
export type Ledger = Map<string, string | undefined>;

/** A photo whose address is alive: declared by content that is not a draft (published or withdrawn). */
export interface LivePhoto {
  id: string;
  /** Image file relative to the content folder, e.g. `stories/x/x-01.jpg`. */
  image: string;
  /** Content file that declares it, for messages. */
  declaredIn: string;
}

export interface PhotoRedirect {
  from: string;
  to: string;
}

const ledgerHeader = `# 定格：发布过的每一个照片 id（npm run check 检查通过时自动追加）。
# 照片 id 就是照片页的网址 /photos/<id>/，分享出去就不能失效：
# 不要删改这里的行；照片改了 id 或删掉时，请在 content/redirects.yaml 写明它转到哪张照片。
# 每行：照片 id，Tab，照片文件（相对 content/）。
`;

export function parseLedger(text: string): Ledger {
  const ledger: Ledger = new Map();
  for (const line of text.split('\n')) {
    const trimmed = line.trim();
    if (!trimmed || trimmed.startsWith('#')) continue;
    const [id, ...rest] = trimmed.split(/\s+/);
    ledger.set(id!, rest.join(' ') || undefined);
  }
  return ledger;
}

export function formatLedger(ledger: Ledger): string {
  const ids = [...ledger.keys()].sort();
  return ledgerHeader + ids.map((id) => (ledger.get(id) ? `${id}\t${ledger.get(id)}` : id)).join('\n') + '\n';
}

/** The ledger with every live photo added (files updated to where they are now), and the ids that are new. */
export function recordLivePhotos(ledger: Ledger, live: Iterable<LivePhoto>): { ledger: Ledger; added: string[] } {
  const next: Ledger = new Map(ledger);
  const added: string[] = [];
  for (const photo of live) {
    if (!next.has(photo.id)) added.push(photo.id);
    next.set(photo.id, photo.image);
  }
  return { ledger: next, added: added.sort() };
}

/** `content/redirects.yaml`: `photos:` maps an old id to the id it now points to. */
export function parseRedirects(text: string, file: string): { redirects: Map<string, string>; problems: ContentProblem[] } {
  const redirects = new Map<string, string>();
  const problems: ContentProblem[] = [];
  let data: unknown;
  try {
    data = yaml.load(text);
  } catch (error) {
    if (!(error instanceof yaml.YAMLException)) throw error;
    problems.push({ file, field: `(第 ${error.mark.line + 1} 行)`, message: `写法有误（${error.reason}）：每行写成“旧 id: 新 id”，冒号用半角，后面空一格` });
    return { redirects, problems };
  }
  if (data === null || data === undefined) return { redirects, problems };
  if (typeof data !== 'object' || Array.isArray(data)) {
    problems.push({ file, field: '(整个文件)', message: '应写成 photos: 下面一行一个“旧 id: 新 id”' });
    return { redirects, problems };
  }
  for (const [key, value] of Object.entries(data)) {
    if (key !== 'photos') {
      problems.push({ file, field: key, message: `不认识“${key}”：目前只支持 photos（照片 id 的转址）` });
      continue;
    }
    if (value === null || value === undefined) continue;
    if (typeof value !== 'object' || Array.isArray(value)) {
      problems.push({ file, field: 'photos', message: 'photos: 下面应一行一个“旧 id: 新 id”（缩进两个空格）' });
      continue;
    }
    for (const [from, to] of Object.entries(value)) {
      const field = `photos.${from}`;
      if (!asciiIdPattern.test(from)) {
        problems.push({ file, field, message: `“${from}”不是照片 id：只能是小写拼音、数字和连字符` });
      } else if (typeof to !== 'string' || !asciiIdPattern.test(to)) {
        problems.push({ file, field, message: `要转到的“${String(to)}”不是照片 id：请写现有照片的 id，例如 ${from}: chi-xiufeng-portrait` });
      } else {
        redirects.set(from, to);
      }
    }
  }
  return { redirects, problems };
}

/**
 * Resolves redirects (following chains to a live photo) and finds ledger ids
 * whose address would break. Problems point at the redirects file, where the fix goes.
 */
export function resolvePhotoRedirects(input: {
  ledger: Ledger;
  redirects: Map<string, string>;
  live: Map<string, LivePhoto>;
  /** Path of the redirects file as shown in messages. */
  redirectsFile: string;
}): { redirects: PhotoRedirect[]; problems: ContentProblem[] } {
  const { ledger, redirects, live, redirectsFile: file } = input;
  const resolved: PhotoRedirect[] = [];
  const problems: ContentProblem[] = [];

  for (const [from, to] of redirects) {
    const field = `photos.${from}`;
    const stillLive = live.get(from);
    if (stillLive) {
      problems.push({ file, field, message: `照片 “${from}” 还在 ${stillLive.declaredIn} 里，它的网址仍在使用：不能同时转到别处，请删掉这一行` });
      continue;
    }
    const seen = new Set([from]);
    let target = to;
    while (!live.has(target) && redirects.has(target) && !seen.has(target)) {
      seen.add(target);
      target = redirects.get(target)!;
    }
    if (live.has(target)) resolved.push({ from, to: target });
    else if (seen.has(target)) problems.push({ file, field, message: `转址绕成了圈（${[...seen, target].join(' → ')}）：请让它最终指向一张现有的照片` });
    else problems.push({ file, field, message: `要转到的照片 “${target}” 不存在（或还是草稿）：请写一张已发布照片的 id` });
  }

  const liveByImage = new Map([...live.values()].map((photo) => [photo.image, photo.id]));
  for (const [id, image] of ledger) {
    if (live.has(id) || redirects.has(id)) continue;
    const renamedTo = image ? liveByImage.get(image) : undefined;
    const hint = renamedTo
      ? `看起来它改名成了 “${renamedTo}”（同一个文件），那就写 ${id}: ${renamedTo}`
      : `写上内容相近的一张已发布照片的 id`;
    problems.push({
      file,
      field: `photos.${id}`,
      message: `照片 id “${id}” 发布过（网址 /photos/${id}/），现在内容里没有了。为了不让分享出去的链接失效，请在本文件的 photos: 下加一行“${id}: 新的照片 id”：${hint}`,
    });
  }
  return { redirects: resolved.sort((a, b) => a.from.localeCompare(b.from)), problems };
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** The static page left at an old photo address: sends the visitor on, and says so for those whose browser does not. */
export function redirectPage({ from, to, base, site }: PhotoRedirect & { base: string; site: string }): string {
  const href = escapeHtml(withBase(base, paths.photo(to)));
  const canonical = escapeHtml(absoluteUrl(site, base, paths.photo(to)));
  return `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>照片已换了地址 · 定格</title>
<meta name="robots" content="noindex">
<link rel="canonical" href="${canonical}">
<meta http-equiv="refresh" content="0; url=${href}">
</head>
<body>
<main>
<p>这张照片（${escapeHtml(from)}）换了新地址。</p>
<p><a href="${href}">查看照片</a></p>
</main>
</body>
</html>
`;
}
