/** What each poster says: a profile's poster quotes the worker; a photo's carries its caption. */
import type { Photo, Worker } from '../site-model.ts';
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

/** `people`: the published workers the photo shows, in the photo's order. */
export function photoPosterContent(photo: Photo, people: Worker[], url: string): PosterContent {
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
