/**
 * The scene library and how a photo picks its scene: ids ending in -portrait
 * get the portrait; otherwise the scene whose keywords best match the alt text
 * (counted double), caption and place wins, longer keywords weighing more.
 */
import type { Painter } from './common.ts';
import { scoreScenes, type SceneName } from './keywords.ts';
import { railway } from './railway.ts';
import { oilfield } from './oilfield.ts';
import { furnace } from './furnace.ts';
import { welding } from './welding.ts';
import { construction } from './construction.ts';
import { highway } from './highway.ts';
import { courier } from './courier.ts';
import { mural } from './mural.ts';
import { lecture } from './lecture.ts';
import { street } from './street.ts';
import { interior } from './interior.ts';
import { workshop } from './workshop.ts';
import { chemplant } from './chemplant.ts';
import { portrait } from './portrait.ts';
import { fallback } from './fallback.ts';

export type { SceneName };

const PORTRAIT_ID = /-portrait$/;

export const PAINTERS: Record<SceneName, Painter> = {
  railway,
  oilfield,
  furnace,
  welding,
  construction,
  highway,
  courier,
  mural,
  lecture,
  street,
  interior,
  workshop,
  chemplant,
  portrait,
  fallback,
};

export function chooseScene(id: string, text: { alt: string; caption: string; place: string }): { name: SceneName; paint: Painter } {
  if (PORTRAIT_ID.test(id)) return { name: 'portrait', paint: PAINTERS.portrait };
  let best: SceneName = 'fallback';
  let bestScore = 0;
  for (const [name, score] of scoreScenes(text)) {
    if (score > bestScore) {
      best = name;
      bestScore = score;
    }
  }
  return { name: best, paint: PAINTERS[best] };
}

