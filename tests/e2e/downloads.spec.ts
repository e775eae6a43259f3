import { readdirSync, readFileSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import exifr from 'exifr';
import { everyTag, leaksIn } from '../support/metadata';
import sharp from 'sharp';
import { expect, test } from '@playwright/test';
import { testBasePath } from '../support/site';

interface SourcePhoto {
  id: string;
  file: string;
  worker: string;
  capped: boolean;
}

/** Every worker's own photos, read from the content files (id, source file, whether a download cap is set). */
function workerPhotos(): SourcePhoto[] {
  const root = path.resolve('content/workers');
  return readdirSync(root).flatMap((worker) => {
    const text = readFileSync(path.join(root, worker, 'index.md'), 'utf8');
    const entries = text.split(/\n\s+- id: /).slice(1);
    return entries.map((entry) => ({
      id: entry.split('\n')[0]!.trim(),
      file: path.join(root, worker, /file: \.\/(\S+)/.exec(entry)![1]!),
      worker,
      capped: /downloadMaxEdge:/.test(entry.split(/\n\S/)[0]!),
    }));
  });
}

test("a photo page's 下载原图 saves a clean, credited original named for the worker and the date", async ({ page }) => {
  // Pick a worker photo whose source carries everything we strip, so the test proves something.
  const candidates = await Promise.all(
    workerPhotos().map(async (photo) => ({
      photo,
      tags: await exifr.parse(photo.file, everyTag),
      meta: await sharp(photo.file).metadata(),
    })),
  );
  const dirty = candidates
    .filter(({ photo, tags }) => !photo.capped && tags?.latitude !== undefined && (tags?.SerialNumber ?? tags?.BodySerialNumber))
    .sort((a, b) => Number((b.meta.orientation ?? 1) > 1) - Number((a.meta.orientation ?? 1) > 1))[0];
  expect(dirty, 'a worker photo with GPS and a serial number in content/').toBeDefined();
  const { photo, meta: sourceMeta } = dirty!;
  const turned = (sourceMeta.orientation ?? 1) >= 5;
  const upright = turned ? [sourceMeta.height, sourceMeta.width] : [sourceMeta.width, sourceMeta.height];

  await page.goto(`photos/${photo.id}/`);
  const worker = (await page
    .locator('.facts a[href$="/workers/' + photo.worker + '/"]')
    .first()
    .textContent())!.trim();
  const credit = (await page.locator('.details p.credit').textContent())!.replace('示例图片', '').trim();
  const button = page.getByRole('link', { name: '下载原图' });
  const href = (await button.getAttribute('href'))!;
  // The URL is ASCII pinyin (for browsers that ignore `download`); the saved name is Chinese.
  expect(href).toMatch(
    new RegExp(`^${testBasePath}_img/[0-9a-f]{16}/${photo.worker}(?:-\\d{4}(?:-\\d{2}){0,2})?(?:-di-\\d+-zhang)?\\.jpg$`),
  );
  const [download] = await Promise.all([page.waitForEvent('download'), button.click()]);
  expect(download.suggestedFilename()).toMatch(new RegExp(`^${worker}(?:-\\d{4}(?:-\\d{2}){0,2})?(?:-第\\d+张)?\\.jpg$`));
  expect(await button.getAttribute('download')).toBe(download.suggestedFilename());

  const dir = await mkdtemp(path.join(os.tmpdir(), 'dingge-download-'));
  try {
    const saved = path.join(dir, download.suggestedFilename());
    await download.saveAs(saved);
    const bytes = await readFile(saved);
    const meta = await sharp(bytes).metadata();
    expect(meta.format).toBe('jpeg');
    expect(meta.space).toBe('srgb');
    expect(meta.orientation ?? 1).toBe(1);
    expect([meta.width, meta.height]).toEqual(upright);
    await expect(page.locator('.download-original')).toContainText(`${meta.width}×${meta.height}`);

    const tags = await exifr.parse(bytes, everyTag);
    expect(leaksIn(tags)).toEqual([]);
    expect(meta.exif).toBeUndefined();
    expect(tags.creator).toBe(credit);
    expect(tags.Credit).toBe(credit);
    expect(JSON.stringify(tags.rights)).toContain(`/photos/${photo.id}/`);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});

test("a worker page offers the original of each of the worker's photos", async ({ page, request }) => {
  await page.goto('workers/chi-xiufeng/');
  const name = (await page.locator('h1').textContent())!.trim();
  const section = page.getByRole('region', { name: `下载${name}的照片原图` });
  const links = section.locator('a[download]');
  const shownOnPage = await page
    .locator('.profile .portrait a, [data-gallery] a[data-photo]')
    .evaluateAll((anchors) => anchors.map((a) => a.getAttribute('href')));
  const offered = await section.locator('a.caption').evaluateAll((anchors) => anchors.map((a) => a.getAttribute('href')));
  expect(shownOnPage.length).toBeGreaterThan(1);
  for (const href of shownOnPage) expect(offered).toContain(href);
  expect(await links.count()).toBe(offered.length);

  const names = await links.evaluateAll((anchors) => anchors.map((a) => a.getAttribute('download')!));
  expect(new Set(names).size).toBe(names.length);
  for (const link of await links.all()) {
    const href = (await link.getAttribute('href'))!;
    const response = await request.get(href);
    expect(response.status(), href).toBe(200);
    expect(response.headers()['content-type'], href).toBe('image/jpeg');
    const tags = await exifr.parse(await response.body(), everyTag);
    expect(leaksIn(tags), href).toEqual([]);
    expect(tags.creator, href).toBeTruthy();
  }
  // The profile's own photos are named after the worker.
  for (const downloadName of names.slice(0, shownOnPage.length))
    expect(downloadName.startsWith(`${name}-`) || downloadName === `${name}.jpg`).toBe(true);
});
