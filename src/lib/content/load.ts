/**
 * The one loader of content: `npm run check`, the build (through the content
 * loader in src/data/content-loader.ts), the redirects and the address ledger
 * all get their entries and their problems from here, by the same schemas and
 * the same rules across files, said in one field notation.
 */
import path from 'node:path';
import type { StoryData } from '../../schemas/story.ts';
import type { WorkerData } from '../../schemas/worker.ts';
import { placeholderProblems } from '../placeholders.ts';
import type { ContentProblem } from '../problems.ts';
import { checkAddresses, type Addresses } from './addresses.ts';
import { defaultSettings, type SiteSettings } from '../../schemas/site.ts';
import { readContentFolder, readSettingsFile, type ContentFile } from './files.ts';
import type { RawEntry } from './model.ts';
import { checkContent, diskRules, type RuleOptions } from './rules.ts';
import { validateEntry } from './validate.ts';

export interface LoadedContent {
  /** Every text file found, front matter as written. */
  files: ContentFile[];
  /** Entries whose front matter passed its schema, drafts and withdrawn ones included. */
  stories: RawEntry<StoryData>[];
  workers: RawEntry<WorkerData>[];
  /** Files the schema rejected: their rules between fields (cover, portrait …) run once the fields are fixed. */
  rejected: string[];
  addresses: Addresses;
  /** `content/site.yaml` (the defaults where it is absent or cannot be used). */
  settings: SiteSettings;
  /** Every problem, one file's together, files in order, each file's in the order found. */
  problems: ContentProblem[];
}

/**
 * Runs each file through its schema, then the cross-file rules, then the
 * address ledger. An entry the schema rejects still takes part in the
 * cross-file rules as a stand-in with no photos, so a profile with a typo does
 * not also make every story that names it report “没有人物”.
 */
export function loadContent(contentDir: string, root: string, rules: RuleOptions = diskRules(root)): LoadedContent {
  const absolute = path.resolve(root, contentDir);
  const { files, problems: readProblems } = readContentFolder(absolute, root);
  const problems: ContentProblem[] = [...readProblems];
  const stories: RawEntry<StoryData>[] = [];
  const workers: RawEntry<WorkerData>[] = [];
  const standInStories: RawEntry<StoryData>[] = [];
  const standInWorkers: RawEntry<WorkerData>[] = [];
  const rejected: string[] = [];
  for (const file of files) {
    const result = file.data ? validateEntry(file.kind, file.filePath, file.data) : undefined;
    if (result?.ok) {
      const entry = { id: file.slug, filePath: file.filePath, body: file.body, data: result.data };
      if (file.kind === 'story') stories.push(entry as RawEntry<StoryData>);
      else workers.push(entry as RawEntry<WorkerData>);
      continue;
    }
    rejected.push(file.filePath);
    if (result) problems.push(...result.problems);
    // Placeholders are reported for valid entries by checkContent; here for the rest, by the same rule.
    if (file.data) problems.push(...placeholderProblems(file.filePath, file.data, file.body));
    const standIn = { id: file.slug, filePath: file.filePath, body: '', data: { photos: [], workers: [] } } as unknown;
    if (file.kind === 'story') standInStories.push(standIn as RawEntry<StoryData>);
    else standInWorkers.push(standIn as RawEntry<WorkerData>);
  }
  problems.push(...checkContent([...stories, ...standInStories], [...workers, ...standInWorkers], rules));
  const addresses = checkAddresses(files, absolute, root);
  problems.push(...addresses.problems);
  const settingsFile = readSettingsFile(absolute, root);
  problems.push(...settingsFile.problems);
  const settings = settingsFile.data && validateEntry('site', settingsFile.file, settingsFile.data);
  if (settings && !settings.ok) problems.push(...settings.problems);
  return {
    files,
    stories,
    workers,
    rejected,
    addresses,
    settings: settings?.ok ? settings.data : defaultSettings,
    problems: byFile(problems),
  };
}

/** One file's problems together, files in order, each file's in the order found. */
export function byFile(problems: readonly ContentProblem[]): ContentProblem[] {
  const order = [...new Set(problems.map((p) => p.file))].sort();
  return [...problems].sort((a, b) => order.indexOf(a.file) - order.indexOf(b.file));
}
