/**
 * Which addresses the content gives now, checked against every address ever
 * published (content/addresses.txt) and the redirects (content/redirects.yaml).
 * Read from front matter as written, so a file the schema rejects still keeps
 * its addresses, and decided by the one visibility rule.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { ContentProblem } from '../problems.ts';
import { displayPath, type ContentFile } from './files.ts';
import {
  addressKey,
  ledgerFileName,
  parseLedger,
  parseRedirects,
  redirectsFileName,
  resolveRedirects,
  type AddressKey,
  type Ledger,
  type LiveAddress,
  type Redirect,
} from './ledger.ts';
import { hasLiveAddress } from './visibility.ts';

/**
 * The addresses content gives now, read from front matter as written: the live
 * ones (declared by content that is not a draft: published or withdrawn), and
 * those declared only by drafts. A story or profile whose front matter cannot be
 * read counts as live: its folder is still there, and its own problem is reported.
 */
export function liveAddresses(files: ContentFile[], contentDir: string): { live: Map<AddressKey, LiveAddress>; drafts: Map<AddressKey, string> } {
  const live = new Map<AddressKey, LiveAddress>();
  const drafts = new Map<AddressKey, string>();
  for (const file of files) {
    const key = addressKey(file.kind === 'story' ? 'stories' : 'workers', file.slug);
    const draft = !hasLiveAddress(file.data);
    const clue = file.data?.[file.kind === 'story' ? 'title' : 'name'];
    if (draft) drafts.set(key, file.filePath);
    else if (!live.has(key)) live.set(key, { key, clue: typeof clue === 'string' ? clue : undefined, declaredIn: file.filePath });
    if (!file.data || !Array.isArray(file.data.photos)) continue;
    for (const photo of file.data.photos as unknown[]) {
      const { id, file: image } = (photo ?? {}) as { id?: unknown; file?: unknown };
      if (typeof id !== 'string' || typeof image !== 'string') continue;
      const photoKey = addressKey('photos', id);
      if (draft) {
        drafts.set(photoKey, file.filePath);
        continue;
      }
      if (live.has(photoKey)) continue;
      const relative = path.relative(contentDir, path.resolve(path.dirname(file.absolutePath), image));
      live.set(photoKey, { key: photoKey, clue: relative.split(path.sep).join('/'), declaredIn: file.filePath });
    }
  }
  return { live, drafts };
}

export interface Addresses {
  ledger: Ledger;
  ledgerPath: string;
  live: Map<AddressKey, LiveAddress>;
  redirects: Redirect[];
  problems: ContentProblem[];
}

/** The ledger and redirects of a content folder, checked against the addresses that are live now. */
export function checkAddresses(files: ContentFile[], contentDir: string, root: string): Addresses {
  const ledgerPath = path.join(contentDir, ledgerFileName);
  const redirectsPath = path.join(contentDir, redirectsFileName);
  const problems: ContentProblem[] = [];
  let ledger: Ledger = new Map();
  if (existsSync(ledgerPath)) {
    const parsed = parseLedger(readFileSync(ledgerPath, 'utf8'), displayPath(root, ledgerPath));
    ledger = parsed.ledger;
    problems.push(...parsed.problems);
  }
  const redirectsFile = displayPath(root, redirectsPath);
  const parsed = existsSync(redirectsPath)
    ? parseRedirects(readFileSync(redirectsPath, 'utf8'), redirectsFile)
    : { redirects: new Map<AddressKey, AddressKey>(), problems: [] };
  const { live, drafts } = liveAddresses(files, contentDir);
  // A file whose front matter cannot be read has its own problem; its photos are not “gone”.
  const unreadable = files
    .filter((file) => !file.data)
    .map((file) => path.relative(contentDir, path.dirname(file.absolutePath)).split(path.sep).join('/') + '/');
  const known: Ledger = new Map(
    [...ledger].filter(([key, clue]) => !key.startsWith('photos/') || !clue || !unreadable.some((folder) => clue.startsWith(folder))),
  );
  const resolved = resolveRedirects({ ledger: known, redirects: parsed.redirects, live, drafts, redirectsFile });
  return {
    ledger,
    ledgerPath,
    live,
    redirects: resolved.redirects,
    problems: [...problems, ...parsed.problems, ...resolved.problems],
  };
}

