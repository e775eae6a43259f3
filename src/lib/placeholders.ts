import type { ContentProblem } from './problems.ts';

/**
 * `npm run new` marks every field an editor must still write with text starting
 * `待填写：` and a hint. Such text must never reach a page, so checkContent (used
 * by the build and by `npm run check`) rejects it, in drafts too.
 */
const placeholderPattern = /^\s*待填写(?:[：:]|\s*$)/;

export function isPlaceholder(value: unknown): value is string {
  return typeof value === 'string' && placeholderPattern.test(value);
}

/** Field paths (`photos[2].alt`) of every placeholder string inside front matter data. */
export function placeholderFields(data: unknown, prefix = ''): { field: string; text: string }[] {
  if (isPlaceholder(data)) return [{ field: prefix || '(front matter)', text: data.trim() }];
  if (Array.isArray(data)) return data.flatMap((item, index) => placeholderFields(item, `${prefix}[${index}]`));
  if (data && typeof data === 'object' && !(data instanceof Date)) {
    return Object.entries(data).flatMap(([key, value]) => placeholderFields(value, prefix ? `${prefix}.${key}` : key));
  }
  return [];
}

/** Paragraphs of the body that are still placeholders. */
export function placeholderLines(body: string): string[] {
  return body
    .split('\n')
    .filter((line) => placeholderPattern.test(line))
    .map((line) => line.trim());
}

function quote(text: string): string {
  return text.length > 24 ? `${text.slice(0, 24)}……` : text;
}

export function placeholderProblems(file: string, data: unknown, body = ''): ContentProblem[] {
  return [
    ...placeholderFields(data).map(({ field, text }) => ({
      file,
      field,
      message: `还没填写（现在是“${quote(text)}”）：请换成真实内容`,
    })),
    ...placeholderLines(body).map((text) => ({
      file,
      field: '(正文)',
      message: `正文里还有占位文字“${quote(text)}”：请写成正文，或删掉这一段`,
    })),
  ];
}
