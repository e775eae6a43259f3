/**
 * The one reader of `content/`: finds every story and profile text file (the
 * same patterns for the build, `npm run check`, `npm run new` and the sample
 * photo tool) and parses its front matter. Validation and the rules across
 * files come after, in src/lib/content/load.ts.
 */
import { existsSync, readdirSync, readFileSync, realpathSync, statSync } from 'node:fs';
import path from 'node:path';
import { parseFrontMatter, parseYamlFile } from './front-matter.ts';
import type { ContentProblem } from '../problems.ts';
import { isInside } from './rules.ts';

/** What kind of entry a text file holds, by its folder. */
export type OwnerKind = 'story' | 'worker';

/** One text file found under `content/`, before validation. */
export interface ContentFile {
  kind: OwnerKind;
  slug: string;
  /** Path as shown in messages: relative to the project root when inside it. */
  filePath: string;
  absolutePath: string;
  /** Front matter as written (undefined when it could not be read). */
  data?: Record<string, unknown>;
  body: string;
}

export function displayPath(root: string, absolute: string): string {
  const relative = path.relative(root, absolute);
  return relative.startsWith('..') || path.isAbsolute(relative) ? absolute : relative.split(path.sep).join('/');
}

function isFolder(absolute: string): boolean {
  return statSync(absolute, { throwIfNoEntry: false })?.isDirectory() ?? false;
}

/** Entry folders below `dir`, linked ones included (so the link rule can refuse them, not skip them). */
function folders(dir: string): string[] {
  if (!existsSync(dir)) return [];
  // Astro's glob skips dot-folders; so do we.
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => !entry.name.startsWith('.') && (entry.isDirectory() || (entry.isSymbolicLink() && isFolder(path.join(dir, entry.name)))))
    .map((entry) => entry.name)
    .sort();
}

/** Finds `stories/*\/index.mdx` and `workers/*\/index.{md,mdx}` and parses their front matter. */
export function readContentFolder(contentDir: string, root: string): { files: ContentFile[]; problems: ContentProblem[] } {
  const files: ContentFile[] = [];
  const problems: ContentProblem[] = [];
  const layouts: [OwnerKind, string, string[]][] = [
    ['story', 'stories', ['index.mdx']],
    ['worker', 'workers', ['index.md', 'index.mdx']],
  ];
  for (const [kind, folder, names] of layouts) {
    for (const slug of folders(path.join(contentDir, folder))) {
      const dir = path.join(contentDir, folder, slug);
      // A linked folder or text file would have the build read, and publish, what lies elsewhere.
      const outside = [dir, ...names.map((name) => path.join(dir, name)).filter(existsSync)].find(
        (p) => !isInside(realpathSync(contentDir), realpathSync(p)),
      );
      if (outside) {
        problems.push({
          file: displayPath(root, outside) + (outside === dir ? '/' : ''),
          field: '(文件夹)',
          message: `这是指向 content/ 以外的链接（实际位置 ${realpathSync(outside)}）：内容必须放在 content/ 里，请把文件本身复制进来`,
        });
        continue;
      }
      const found = names.filter((name) => existsSync(path.join(dir, name)));
      if (found.length === 0) {
        const hint =
          kind === 'story' && existsSync(path.join(dir, 'index.md'))
            ? '报道的正文文件要叫 index.mdx（现在是 index.md），请改名'
            : `文件夹里没有 ${names.join(' 或 ')}，这个文件夹不会出现在网站上：请补上正文文件，或把文件夹移出 content/`;
        problems.push({ file: displayPath(root, dir) + '/', field: '(文件夹)', message: hint });
        continue;
      }
      if (found.length > 1) {
        problems.push({ file: displayPath(root, dir) + '/', field: '(文件夹)', message: 'index.md 和 index.mdx 只能留一个' });
      }
      for (const name of found) {
        const absolutePath = path.join(dir, name);
        const filePath = displayPath(root, absolutePath);
        const parsed = parseFrontMatter(readFileSync(absolutePath, 'utf8'));
        if (parsed.ok) {
          files.push({ kind, slug, filePath, absolutePath, data: parsed.data, body: parsed.body });
        } else {
          files.push({ kind, slug, filePath, absolutePath, body: '' });
          problems.push({ file: filePath, field: parsed.line ? `(第 ${parsed.line} 行)` : '(front matter)', message: parsed.message });
        }
      }
    }
  }
  return { files, problems };
}

/** The site's settings file, beside the entry folders. */
export const settingsFileName = 'site.yaml';

/** `content/site.yaml` as written (absent: no settings, every default applies). */
export function readSettingsFile(contentDir: string, root: string): { file: string; data?: Record<string, unknown>; problems: ContentProblem[] } {
  const absolute = path.join(contentDir, settingsFileName);
  const file = displayPath(root, absolute);
  if (!existsSync(absolute)) return { file, data: {}, problems: [] };
  if (!isInside(realpathSync(contentDir), realpathSync(absolute))) {
    return { file, problems: [{ file, field: '(文件)', message: `这是指向 content/ 以外的链接（实际位置 ${realpathSync(absolute)}）：请把文件本身复制进来` }] };
  }
  const parsed = parseYamlFile(readFileSync(absolute, 'utf8'));
  if (parsed.ok) return { file, data: parsed.data, problems: [] };
  return { file, problems: [{ file, field: parsed.line ? `(第 ${parsed.line} 行)` : '(整个文件)', message: parsed.message }] };
}
