/**
 * Addresses never break. `content/addresses.txt` lists every address that has
 * ever been published: each photo page, story and profile (`npm run check`
 * appends new ones), and `content/redirects.yaml` says where a renamed or
 * removed one now points. An address in the ledger that is neither live nor
 * redirected is a problem for `npm run check` and for the build; every redirect
 * becomes a small static page at the old address (src/integrations/redirects.ts).
 */
import yaml from 'js-yaml';
import { escapeUTF8 } from 'entities';
import { asciiIdPattern } from '../../schemas/common.ts';
import type { ContentProblem } from '../problems.ts';
import { absoluteUrl, paths, withBase } from '../urls.ts';

export const ledgerFileName = 'addresses.txt';
export const redirectsFileName = 'redirects.yaml';

/** The kinds of address content gives: each is its URL's first segment and its section in redirects.yaml. */
export type AddressKind = 'photos' | 'stories' | 'workers';
export const addressKinds: readonly AddressKind[] = ['photos', 'stories', 'workers'];

/** `photos/<id>`, `stories/<slug>` or `workers/<slug>`: the site path without its slashes, and the ledger's key. */
export type AddressKey = `${AddressKind}/${string}`;

/**
 * Every address ever published, each with a clue to what it was, for hints when
 * it vanishes: the image file (relative to the content folder) of a photo, the
 * title of a story, the name of a worker.
 */
export type Ledger = Map<AddressKey, string | undefined>;

/** An address that is alive: declared by content that is not a draft (published or withdrawn). */
export interface LiveAddress {
  key: AddressKey;
  /** As in the ledger: image file, title or name (absent when the file could not be read). */
  clue?: string;
  /** Content file that declares it, for messages. */
  declaredIn: string;
}

/** An old address and the live one it sends visitors to (after following any chain). */
export interface Redirect {
  kind: AddressKind;
  from: string;
  to: string;
}

/** How messages and redirect pages speak of each kind. */
const words: Record<
  AddressKind,
  { noun: string; one: string; label: string; idWord: string; sameClue: string; otherwise: string; moved: string; link: string; title: string }
> = {
  photos: {
    noun: '照片',
    one: '一张',
    label: '照片 id',
    idWord: ' id',
    sameClue: '同一个文件',
    // Never another photo: a family's photo must not forward to someone else's.
    otherwise: '只有这张照片本身换了 id 时才写转址。要撤下这张照片，请把它放回 photos 里，在它下面写一行 withdrawn: true：它的网址会变成撤下说明，不会转到别人的照片',
    moved: '这张照片',
    link: '查看照片',
    title: '照片已换了地址',
  },
  stories: {
    noun: '报道',
    one: '一篇',
    label: '报道的网址名',
    idWord: '网址名',
    sameClue: '标题相同',
    otherwise: '写上接替它的一篇已发布报道的网址名（文件夹名）。要撤下报道，请把文件夹放回来，写 withdrawn: true',
    moved: '这篇报道',
    link: '阅读报道',
    title: '报道已换了地址',
  },
  workers: {
    noun: '人物',
    one: '一位',
    label: '人物的网址名',
    idWord: '网址名',
    sameClue: '姓名相同',
    otherwise: '写上接替它的一位已发布人物的网址名（文件夹名）。要撤下人物页，请把文件夹放回来，写 withdrawn: true',
    moved: '这位人物的页面',
    link: '查看人物页',
    title: '人物页已换了地址',
  },
};

const ledgerHeader = `# 定格：网站发布过的每一个网址（npm run check 检查通过时自动追加，不要手改）。
# 照片页 /photos/<id>/、报道 /stories/<网址名>/、人物页 /workers/<网址名>/ 分享出去就不能失效，
# 所以这里的行不要删改。照片改了 id、报道或人物改了网址名（文件夹名）、或者删掉了，
# 请在 content/redirects.yaml 写明旧网址转到哪里：npm run check 会告诉你该写哪一行。
# 每行：网址（photos/照片 id、stories/网址名 或 workers/网址名），Tab，
# 照片文件（相对 content/）、报道标题或人物姓名（改名时用来猜它改成了什么）。
`;

export function addressKey(kind: AddressKind, name: string): AddressKey {
  return `${kind}/${name}`;
}

/** `stories/x` → `['stories', 'x']`. */
export function splitKey(key: AddressKey): [AddressKind, string] {
  const slash = key.indexOf('/');
  return [key.slice(0, slash) as AddressKind, key.slice(slash + 1)];
}

/** The site path of an address, relative to the base path: `stories/x/`. */
export function addressPath(kind: AddressKind, name: string): string {
  return { photos: paths.photo, stories: paths.story, workers: paths.worker }[kind](name);
}

function isAddressKind(text: string): text is AddressKind {
  return (addressKinds as readonly string[]).includes(text);
}

/**
 * Reads a ledger. Lines it cannot read are problems in `file`, not silently
 * dropped: a dropped line would be an address nobody guards any more.
 */
export function parseLedger(text: string, file: string): { ledger: Ledger; problems: ContentProblem[] } {
  const ledger: Ledger = new Map();
  const problems: ContentProblem[] = [];
  text.split('\n').forEach((line, index) => {
    const trimmed = line.trim();
    if (!trimmed || trimmed.startsWith('#')) return;
    const [, address = '', clue] = /^(\S+)(?:\s+(.*))?$/.exec(trimmed)!;
    const [, kind = '', name = ''] = /^([a-z]+)\/(.*)$/.exec(address) ?? [];
    if (!isAddressKind(kind) || !asciiIdPattern.test(name)) {
      problems.push({
        file,
        field: `(第 ${index + 1} 行)`,
        message: `看不懂“${address}”：每行应以 photos/照片 id、stories/网址名 或 workers/网址名 开头。这个文件由 npm run check 维护，请从版本库恢复它，不要手改`,
      });
      return;
    }
    ledger.set(addressKey(kind, name), clue || undefined);
  });
  return { ledger, problems };
}

export function formatLedger(ledger: Ledger): string {
  const keys = [...ledger.keys()].sort();
  return ledgerHeader + keys.map((key) => (ledger.get(key) ? `${key}\t${ledger.get(key)}` : key)).join('\n') + '\n';
}

/** The ledger with every live address added (clues updated to what they are now), and the addresses that are new. */
export function recordLive(ledger: Ledger, live: Iterable<LiveAddress>): { ledger: Ledger; added: AddressKey[] } {
  const next: Ledger = new Map(ledger);
  const added: AddressKey[] = [];
  for (const address of live) {
    if (!next.has(address.key)) added.push(address.key);
    // A clue is one line of the ledger: a title written as a YAML block must not break it.
    const clue = address.clue?.replace(/\s+/g, ' ').trim();
    next.set(address.key, clue || next.get(address.key));
  }
  return { ledger: next, added: added.sort() };
}

/** `content/redirects.yaml`: under `photos:`, `stories:` and `workers:`, each line maps an old id or slug to the one it now points to. */
export function parseRedirects(text: string, file: string): { redirects: Map<AddressKey, AddressKey>; problems: ContentProblem[] } {
  const redirects = new Map<AddressKey, AddressKey>();
  const problems: ContentProblem[] = [];
  const shape = 'photos:、stories: 或 workers: 下面一行一个“旧: 新”（照片写 id，报道和人物写网址名）';
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
    problems.push({ file, field: '(整个文件)', message: `应写成 ${shape}` });
    return { redirects, problems };
  }
  for (const [kind, value] of Object.entries(data)) {
    if (!isAddressKind(kind)) {
      problems.push({ file, field: kind, message: `不认识“${kind}”：只能是 photos（照片）、stories（报道）或 workers（人物）` });
      continue;
    }
    if (value === null || value === undefined) continue;
    const { label, noun, one, idWord } = words[kind];
    if (typeof value !== 'object' || Array.isArray(value)) {
      problems.push({ file, field: kind, message: `${kind}: 下面应一行一个“旧${idWord}: 新${idWord}”（缩进两个空格）` });
      continue;
    }
    for (const [from, to] of Object.entries(value)) {
      const field = `${kind}.${from}`;
      if (!asciiIdPattern.test(from)) {
        problems.push({ file, field, message: `“${from}”不是${label}：只能是小写拼音、数字和连字符` });
      } else if (typeof to !== 'string' || !asciiIdPattern.test(to)) {
        problems.push({ file, field, message: `要转到的“${String(to)}”不是${label}：请写${one}已发布${noun}的${idWord}` });
      } else {
        redirects.set(addressKey(kind, from), addressKey(kind, to));
      }
    }
  }
  return { redirects, problems };
}

/**
 * Where a vanished address probably went, when exactly one live address of its
 * kind fits: the same clue (image file, title, name), or, for a story or
 * profile whose title changed along with its folder, the folder its published
 * photos moved to.
 */
function renamedTo(key: AddressKey, ledger: Ledger, live: Map<AddressKey, LiveAddress>): { to: string; why: string } | undefined {
  const [kind, name] = splitKey(key);
  const unique = (names: string[]) => (new Set(names).size === 1 ? names[0] : undefined);
  const clue = ledger.get(key);
  const sameClue = [...live.values()].filter((a) => clue && a.clue === clue && a.key.startsWith(`${kind}/`));
  const byClue = unique(sameClue.map((a) => splitKey(a.key)[1]));
  if (byClue) return { to: byClue, why: words[kind].sameClue };
  if (kind === 'photos') return undefined;
  const folders = [...ledger]
    .filter(([photo, image]) => photo.startsWith('photos/') && image?.startsWith(`${kind}/${name}/`))
    .map(([photo]) => live.get(photo)?.clue?.split('/'))
    .filter((parts): parts is string[] => parts?.[0] === kind && parts[1] !== name)
    .map((parts) => parts[1]!);
  const folder = unique(folders);
  return folder && live.has(addressKey(kind, folder)) ? { to: folder, why: '它的照片搬到了那里' } : undefined;
}

/**
 * Resolves redirects (following chains to a live address of the same kind) and
 * finds ledger addresses that would break. Problems point at the redirects file,
 * where the fix goes, with the field `<kind>.<old id or slug>`.
 */
export function resolveRedirects(input: {
  ledger: Ledger;
  redirects: Map<AddressKey, AddressKey>;
  live: Map<AddressKey, LiveAddress>;
  /** Addresses declared only by drafts, with the file: they were published once and were then hidden the wrong way. */
  drafts?: Map<AddressKey, string>;
  /** Path of the redirects file as shown in messages. */
  redirectsFile: string;
}): { redirects: Redirect[]; problems: ContentProblem[] } {
  const { ledger, redirects, live, drafts = new Map(), redirectsFile: file } = input;
  const resolved: Redirect[] = [];
  const problems: ContentProblem[] = [];
  const nameOf = (key: AddressKey) => splitKey(key)[1];

  for (const [fromKey, toKey] of redirects) {
    const [kind, from] = splitKey(fromKey);
    const { noun, one, idWord } = words[kind];
    const field = `${kind}.${from}`;
    const stillLive = live.get(fromKey);
    if (stillLive) {
      problems.push({ file, field, message: `${noun} “${from}” 还在 ${stillLive.declaredIn} 里，它的网址仍在使用：不能同时转到别处，请删掉这一行` });
      continue;
    }
    const seen = new Set([fromKey]);
    let target = toKey;
    while (!live.has(target) && redirects.has(target) && !seen.has(target)) {
      seen.add(target);
      target = redirects.get(target)!;
    }
    if (live.has(target)) resolved.push({ kind, from, to: nameOf(target) });
    else if (seen.has(target)) problems.push({ file, field, message: `转址绕成了圈（${[...seen, target].map(nameOf).join(' → ')}）：请让它最终指向${one}现有的${noun}` });
    else problems.push({ file, field, message: `要转到的${noun} “${nameOf(target)}” 不存在（或还是草稿）：请写${one}已发布${noun}的${idWord}` });
  }

  for (const key of ledger.keys()) {
    if (live.has(key) || redirects.has(key)) continue;
    const [kind, name] = splitKey(key);
    const { label, noun, idWord, otherwise } = words[kind];
    const subject = kind === 'photos' ? `${label} “${name}”` : `${noun} “${name}”`;
    const published = `${subject} 发布过（网址 /${addressPath(kind, name)}）`;
    const line = `请在本文件的 ${kind}: 下加一行“${name}: 新的${kind === 'photos' ? label : idWord}”`;
    const draftIn = drafts.get(key);
    if (draftIn) {
      problems.push({
        file,
        field: `${kind}.${name}`,
        message: `${published}，现在 ${draftIn} 把它改成了草稿，分享出去的链接会失效。要从网站上撤下，请把 draft 改回 false，写 withdrawn: true；确实要换地址，${line}`,
      });
      continue;
    }
    const renamed = renamedTo(key, ledger, live);
    const hint = renamed ? `看起来它改名成了 “${renamed.to}”（${renamed.why}），那就写 ${name}: ${renamed.to}` : otherwise;
    problems.push({
      file,
      field: `${kind}.${name}`,
      message: `${published}，现在内容里没有了。为了不让分享出去的链接失效，${line}：${hint}`,
    });
  }
  const order = (r: Redirect) => addressKey(r.kind, r.from);
  return { redirects: resolved.sort((a, b) => order(a).localeCompare(order(b))), problems };
}

/**
 * The static page left at an old address: sends the visitor on, and says so for
 * those whose browser does not. It names nothing but the old id or slug, so a
 * redirect to a withdrawn profile carries no personal details.
 */
export function redirectPage({ kind, from, to, base, site }: Redirect & { base: string; site: string }): string {
  const { moved, link, title } = words[kind];
  const href = escapeUTF8(withBase(base, addressPath(kind, to)));
  const canonical = escapeUTF8(absoluteUrl(site, base, addressPath(kind, to)));
  return `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title} · 定格</title>
<meta name="robots" content="noindex">
<link rel="canonical" href="${canonical}">
<meta http-equiv="refresh" content="0; url=${href}">
</head>
<body>
<main>
<p>${moved}（${escapeUTF8(from)}）换了新地址。</p>
<p><a href="${href}">${link}</a></p>
</main>
</body>
</html>
`;
}
