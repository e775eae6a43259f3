/** One thing wrong with the content, said so an editor can fix it. */
export interface ContentProblem {
  /** Path of the content file, relative to the project root. */
  file: string;
  /** Field path inside the front matter, e.g. `photos[2].alt`. */
  field: string;
  /** What is wrong and what to do, in Chinese. */
  message: string;
}

export function formatProblem(problem: ContentProblem): string {
  return `${problem.file}: ${problem.field}: ${problem.message}`;
}

/** Thrown when content is invalid: the build must stop before writing pages. */
export class ContentError extends Error {
  readonly problems: ContentProblem[];
  constructor(problems: ContentProblem[]) {
    super(`内容有 ${problems.length} 处问题，构建已停止：\n` + problems.map((p) => `  - ${formatProblem(p)}`).join('\n'));
    this.name = 'ContentError';
    this.problems = problems;
  }
}
