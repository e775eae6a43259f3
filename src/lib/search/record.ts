import type { Photo, SiteModel, Story, Worker } from '../content/model.ts';
import { pinyinCollator } from '../chinese.ts';
import { isoDate as isoDay } from '../dates.ts';
import { namePinyinTerms } from '../names.ts';
import { filterValues } from './terms.ts';
import type { FilterKey, SearchType } from './keys.ts';

export { filterKeys, searchTypes, type FilterKey, type SearchType } from './keys.ts';

/** What the search index records about one published page, beyond its text. */
export interface SearchRecord {
  type: SearchType;
  title: string;
  /** One short line under the title in results: role and employer, place, source. */
  about: string;
  /** ISO date as precise as known (2025, 2025-10, 2025-10-14); sort key for “newest first”. */
  date: string | undefined;
  filters: Record<FilterKey, string[]>;
  /**
   * Words indexed but never shown: a person's name with its pinyin (so
   * chixiufeng and cxf find 迟秀峰), a story's tags.
   */
  keywords: string[];
}

const yearOf = (date: string | undefined) => (date ? [date.slice(0, 4)] : []);
const latest = (dates: (string | undefined)[]) =>
  dates
    .filter((d): d is string => !!d)
    .sort()
    .at(-1);
const unique = (values: string[]) => [...new Set(values)];
const honoursOf = (workers: Worker[]) => unique(workers.flatMap((w) => w.data.honours.map((h) => h.title)));
const industriesOf = (workers: Worker[]) => workers.flatMap((w) => filterValues(w.data.industry));
const place = (p: { province: string; city?: string }) =>
  filterValues(p.province)
    .concat(p.city ? [p.city] : [])
    .join(' · ');

/** A story: its own place and trade, plus the honours and trades of the people it is about. */
export function storyRecord(story: Story): SearchRecord {
  const date = isoDay(story.data.date);
  const workers = story.workers;
  return {
    type: '故事',
    title: story.data.title,
    about: [place(story.data.place), story.data.industry].filter((v) => filterValues(v).length).join(' · '),
    date,
    filters: {
      province: filterValues(story.data.place.province),
      industry: unique([...filterValues(story.data.industry), ...industriesOf(workers)]),
      honour: honoursOf(workers),
      year: yearOf(date),
    },
    keywords: story.data.tags,
  };
}

/** A person: where and what they work, their honours, the years of their stories and photos. */
export function workerRecord(worker: Worker): SearchRecord {
  const { data } = worker;
  const dates = [...worker.stories.map((s) => isoDay(s.data.date)), ...worker.photos.map((p) => p.date)];
  return {
    type: '人物',
    title: data.name,
    about: [data.role, data.employer].filter((v) => filterValues(v).length).join(' · '),
    date: latest(dates),
    filters: {
      province: filterValues(data.place.province),
      industry: filterValues(data.industry),
      honour: unique(data.honours.map((h) => h.title)),
      year: unique(dates.flatMap(yearOf)).sort(),
    },
    keywords: [data.name, ...namePinyinTerms(data.name, data.pinyin)],
  };
}

/** A photo: the place and trade of the story or profile it belongs to, the honours of the people shown. */
export function photoRecord(photo: Photo): SearchRecord {
  const story = photo.owner.kind === 'story' ? photo.owner.story : undefined;
  const owner = photo.owner.kind === 'worker' ? photo.owner.worker : undefined;
  const shown = photo.people;
  const date = photo.date ?? (story && isoDay(story.data.date));
  const ownPlace = story?.data.place ?? owner?.data.place;
  return {
    type: '照片',
    title: photo.caption,
    about: `${photo.owner.kind === 'story' ? '出自报道' : '出自人物'}《${photo.owner.title}》`,
    date,
    filters: {
      province: filterValues(ownPlace?.province),
      industry: unique([...filterValues(story?.data.industry ?? owner?.data.industry), ...industriesOf(shown)]),
      honour: honoursOf(shown),
      year: yearOf(date),
    },
    keywords: [],
  };
}

/** Every value each filter takes across the site, for the search page's choices: names in pinyin order, years newest first. */
export function filterChoices(records: readonly SearchRecord[]): Record<FilterKey, string[]> {
  const values = (key: FilterKey) => unique(records.flatMap((r) => r.filters[key]));
  return {
    province: values('province').sort(pinyinCollator.compare),
    industry: values('industry').sort(pinyinCollator.compare),
    honour: values('honour').sort(pinyinCollator.compare),
    year: values('year').sort().reverse(),
  };
}

/** Every published page's record: stories, then people, then photos. */
export function allRecords(site: SiteModel): SearchRecord[] {
  return [...site.stories.map(storyRecord), ...site.workers.map(workerRecord), ...site.photos.map(photoRecord)];
}
