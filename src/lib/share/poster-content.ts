/** What each poster says: a profile's poster quotes the worker; a photo's carries its caption. */
import type { Photo, SiteModel, Worker } from '../content/model.ts';
import { paths } from '../urls.ts';
import type { PosterContent } from './poster-layout.ts';

const roleLine = (worker: Worker) => `${worker.data.role} · ${worker.data.employer}`;

export function workerPosterContent(worker: Worker, url: string): PosterContent {
  const { portrait } = worker;
  return {
    heading: worker.data.name,
    subheading: roleLine(worker),
    body: worker.data.quote ?? worker.data.summary,
    quote: worker.data.quote !== undefined,
    credit: portrait.credit,
    sample: portrait.sample,
    url,
  };
}

export function photoPosterContent(photo: Photo, url: string): PosterContent {
  const { people } = photo;
  const [only] = people;
  return {
    heading: people.length ? people.map((w) => w.data.name).join('、') : photo.owner.title,
    subheading: people.length === 1 && only ? roleLine(only) : people.length ? photo.owner.title : photo.place,
    body: photo.caption,
    quote: false,
    credit: photo.credit,
    sample: photo.sample,
    url,
  };
}

/** One share poster to make: its key, the photo it shows, the content file it comes from, what it says. */
export interface PosterJob {
  /** `photo:<id>` or `worker:<slug>`. */
  key: string;
  photo: Photo;
  file: string;
  content: PosterContent;
}

/** Every poster of the site: one per published photo and one per published profile. */
export function posterJobs(site: SiteModel, pageUrl: (sitePath: string) => string): PosterJob[] {
  return [
    ...site.photos.map((photo) => ({
      key: `photo:${photo.id}`,
      photo,
      file: photo.declaredIn,
      content: photoPosterContent(photo, pageUrl(paths.photo(photo.id))),
    })),
    ...site.workers.map((worker) => ({
      key: `worker:${worker.slug}`,
      photo: worker.portrait,
      file: worker.file,
      content: workerPosterContent(worker, pageUrl(paths.worker(worker.slug))),
    })),
  ];
}
