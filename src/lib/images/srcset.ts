import { withBase } from '../urls.ts';
import type { Rendition } from './pipeline.ts';

/** The URL of one rendition under the base path. */
export function renditionUrl(base: string, rendition: Rendition): string {
  return withBase(base, rendition.file);
}

/** A `srcset` value: `url 480w, url 960w`. */
export function srcset(base: string, renditions: readonly Rendition[]): string {
  return renditions.map((r) => `${renditionUrl(base, r)} ${r.width}w`).join(', ');
}
