import yaml from 'js-yaml';

/**
 * Front matter as Astro reads it (@astrojs/internal-helpers/frontmatter: the same
 * pattern, parsed by the same js-yaml), but failing with a line number an editor
 * can find instead of a stack trace.
 */
const frontMatterPattern = /(?:^\uFEFF?|^\s*\n)---([\s\S]*?\n)---/;

export type FrontMatterResult =
  | { ok: true; data: Record<string, unknown>; body: string }
  | { ok: false; line?: number; message: string };

/** Plain-Chinese explanations of js-yaml's most common complaints. */
const yamlReasons: [RegExp, string][] = [
  [/tab characters/i, '缩进不能用 Tab 键，请改用空格'],
  [/unidentified alias/i, '“*credit”（同上）找不到它指的那一项：带 &credit 的那行被删掉或改掉了，请把 *credit 换成署名文字'],
  [/duplicated mapping key/i, '同一个字段写了两次，请删掉一个'],
  [/bad indentation/i, '缩进没有对齐：同一层的字段要用同样多的空格开头'],
  [/double quoted scalar|single quoted scalar/i, '引号没有配对：每个开头的引号都要有结尾的引号'],
  [/flow collection|missed comma/i, '方括号 [ ] 或花括号 { } 没有配对，或者项之间少了逗号'],
  [/implicit key|block mapping entry|mapping pair/i, '这一行或上一行不是“字段: 值”的写法：冒号要用半角 “:”，后面空一格'],
  [/end of the stream or a document separator/i, '这一行的写法让文件读不下去：常见原因是冒号后少了空格，或缩进不齐'],
];

function explain(reason: string): string {
  const known = yamlReasons.find(([pattern]) => pattern.test(reason));
  return `front matter 的写法有误：${known ? known[1] : '请对照例子检查冒号、缩进和引号'}（${reason}）`;
}

/** Splits a content file into its YAML front matter and body. */
export function parseFrontMatter(text: string): FrontMatterResult {
  if (/^\uFEFF?\s*\+\+\+/.test(text)) {
    return { ok: false, line: 1, message: 'front matter 请用 YAML，上下各用一行 --- 包起来（不支持 +++ 的 TOML 写法）' };
  }
  const match = frontMatterPattern.exec(text);
  if (!match) {
    return { ok: false, line: 1, message: '文件开头没有 front matter：第一行应是 ---，接着写各个字段，再用一行 --- 结束' };
  }
  const raw = match[1]!;
  // Lines before the first character of `raw` (which is the rest of the opening --- line).
  const linesBefore = text.slice(0, match.index + match[0].indexOf('---')).split('\n').length - 1;
  let data: unknown;
  try {
    data = yaml.load(raw);
  } catch (error) {
    if (!(error instanceof yaml.YAMLException)) throw error;
    // js-yaml notices a missing half-width colon only on a later line; find the line itself.
    const lines = raw.split('\n');
    const colon = lines.findIndex((line) => /^\s*(?:- )?[A-Za-z]\w*\s*(?:：|:(?=[^\s]))/.test(line));
    if (colon >= 0 && colon <= error.mark.line) {
      return { ok: false, line: linesBefore + colon + 1, message: 'front matter 的写法有误：字段名后面的冒号要用半角 “:”，并且后面空一格（例如 industry: 铁路）' };
    }
    return { ok: false, line: linesBefore + error.mark.line + 1, message: explain(error.reason) };
  }
  if (data === null || data === undefined) data = {};
  if (typeof data !== 'object' || Array.isArray(data)) {
    return {
      ok: false,
      line: linesBefore + 2,
      message: 'front matter 应是一行一个“字段: 值”（冒号用半角 “:”，后面空一格），现在读出来不是这种形式',
    };
  }
  const body = text.slice(match.index + match[0].length);
  return { ok: true, data: data as Record<string, unknown>, body };
}

/** A whole YAML file of settings (`content/site.yaml`), read with the same explanations as front matter. */
export function parseYamlFile(text: string): FrontMatterResult {
  let data: unknown;
  try {
    data = yaml.load(text);
  } catch (error) {
    if (!(error instanceof yaml.YAMLException)) throw error;
    return { ok: false, line: error.mark.line + 1, message: explain(error.reason) };
  }
  if (data === null || data === undefined) data = {};
  if (typeof data !== 'object' || Array.isArray(data)) {
    return { ok: false, line: 1, message: '应是一行一个“字段: 值”（冒号用半角 “:”，后面空一格），现在读出来不是这种形式' };
  }
  return { ok: true, data: data as Record<string, unknown>, body: '' };
}
