import exifr from 'exifr';
import { everyTag, leaksIn } from '../support/metadata';
import { expect, test, type Page } from '@playwright/test';

/**
 * What a family gets: a person's whole album as one ZIP (made in the browser from
 * the published originals), and, inside WeChat, originals shown to long-press.
 */
const profile = 'workers/chi-xiufeng/';
const photoPage = 'photos/chi-xiufeng-portrait/';
/** A real Android WeChat user agent (WeChat 8.0 on Android 13). */
const weChatUserAgent =
  'Mozilla/5.0 (Linux; Android 13; V2148A Build/TP1A.220624.014; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/116.0.0.0 Mobile Safari/537.36 XWEB/1160117 MMWEBSDK/20240404 MMWEBID/6189 MicroMessenger/8.0.49.2600(0x2800313D) WeChat/arm64 Weixin NetType/WIFI Language/zh_CN ABI/arm64';

/** The entries of a ZIP whose files are stored uncompressed (what client-zip writes), read from its central directory. */
function storedEntries(zip: Buffer): { name: string; data: Buffer }[] {
  const end = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  expect(end, 'end of central directory').toBeGreaterThan(0);
  const count = zip.readUInt16LE(end + 10);
  let at = zip.readUInt32LE(end + 16);
  const entries: { name: string; data: Buffer }[] = [];
  for (let i = 0; i < count; i++) {
    expect(zip.readUInt32LE(at), 'central directory entry').toBe(0x02014b50);
    const method = zip.readUInt16LE(at + 10);
    const size = zip.readUInt32LE(at + 20);
    const [nameLength, extraLength, commentLength] = [zip.readUInt16LE(at + 28), zip.readUInt16LE(at + 30), zip.readUInt16LE(at + 32)];
    const local = zip.readUInt32LE(at + 42);
    const name = zip.subarray(at + 46, at + 46 + nameLength).toString('utf8');
    expect(method, `${name} is stored`).toBe(0);
    expect(size, `${name} needs no Zip64`).not.toBe(0xffffffff);
    const start = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
    entries.push({ name, data: zip.subarray(start, start + size) });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/** The profile's per-file list: each original's family-friendly name and its bytes as published. */
async function listedOriginals(page: Page) {
  const links = await page
    .locator('#downloads-list a[download]')
    .evaluateAll((anchors) => anchors.map((a) => ({ name: a.getAttribute('download')!, href: (a as HTMLAnchorElement).href })));
  expect(links.length).toBeGreaterThan(1);
  return Promise.all(links.map(async ({ name, href }) => ({ name, data: await (await page.request.get(href)).body() })));
}

/** The album equals the list: same names in the same order, byte for byte, and nothing private inside. */
async function expectAlbum(zip: Buffer, page: Page) {
  const listed = await listedOriginals(page);
  const entries = storedEntries(zip);
  expect(entries.map((e) => e.name)).toEqual(listed.map((f) => f.name));
  for (const [i, entry] of entries.entries()) {
    expect(entry.data.equals(listed[i]!.data), entry.name).toBe(true);
    expect(leaksIn(await exifr.parse(entry.data, everyTag)), entry.name).toEqual([]);
  }
}

test('下载全部照片 saves one ZIP named after the person, its files the originals of the list, loaded only on the tap', async ({ page }) => {
  // Phones have no save-file picker: the ZIP is gathered as a Blob and downloaded.
  await page.addInitScript(() => delete (window as { showSaveFilePicker?: unknown }).showSaveFilePicker);
  const scripts: string[] = [];
  page.on('request', (request) => request.resourceType() === 'script' && scripts.push(request.url()));
  await page.goto(profile, { waitUntil: 'networkidle' });
  const name = (await page.locator('h1').textContent())!.trim();
  expect(scripts.filter((url) => url.includes('album-download'))).toEqual([]);

  const button = page.getByRole('link', { name: '下载全部照片' });
  const [download] = await Promise.all([page.waitForEvent('download'), button.click()]);
  expect(scripts.filter((url) => url.includes('album-download'))).toHaveLength(1);
  expect(download.suggestedFilename()).toBe(`${name}-定格照片.zip`);
  await expect(page.locator('[data-album-status]')).toContainText(`已保存 ${name}-定格照片.zip`);
  await expect(page.locator('[data-album-progress]')).toBeHidden();
  const path = await download.path();
  const { readFile } = await import('node:fs/promises');
  await expectAlbum(await readFile(path), page);
});

test('where the browser can write a file as it goes, the ZIP streams into the file the visitor picked', async ({ page }) => {
  // The picker, answered with a file in the origin's private file system (a real writable stream).
  await page.addInitScript(() => {
    (window as unknown as { showSaveFilePicker: unknown }).showSaveFilePicker = async (options: { suggestedName: string }) => {
      (window as unknown as { picked: string }).picked = options.suggestedName;
      return (await navigator.storage.getDirectory()).getFileHandle('album.zip', { create: true });
    };
  });
  const downloads: string[] = [];
  page.on('download', (d) => downloads.push(d.suggestedFilename()));
  await page.goto(profile);
  const name = (await page.locator('h1').textContent())!.trim();
  const percentages: number[] = [];
  await page.exposeFunction('progressSeen', (value: number) => percentages.push(value));
  await page.evaluate(() => {
    const progress = document.querySelector<HTMLProgressElement>('[data-album-progress]')!;
    new MutationObserver(() => (window as unknown as { progressSeen: (v: number) => void }).progressSeen(progress.value)).observe(
      document.querySelector('[data-album-status]')!,
      { childList: true, characterData: true, subtree: true },
    );
  });
  await page.getByRole('link', { name: '下载全部照片' }).click();
  await expect(page.locator('[data-album-status]')).toContainText('已保存');
  expect(await page.evaluate(() => (window as unknown as { picked: string }).picked)).toBe(`${name}-定格照片.zip`);
  expect(downloads).toEqual([]);
  // Progress moved through the album, not just at the end.
  expect(percentages.some((p) => p > 0.1 && p < 0.9)).toBe(true);
  const base64 = await page.evaluate(async () => {
    const file = await (await (await navigator.storage.getDirectory()).getFileHandle('album.zip')).getFile();
    const bytes = new Uint8Array(await file.arrayBuffer());
    let text = '';
    for (let i = 0; i < bytes.length; i += 0x8000) text += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
    return btoa(text);
  });
  await expectAlbum(Buffer.from(base64, 'base64'), page);
});

test.describe("inside WeChat's browser", () => {
  test.use({ userAgent: weChatUserAgent });

  test('下载原图 shows the clean original itself, with 长按图片保存到手机, and nothing is downloaded', async ({ page }) => {
    const downloads: string[] = [];
    page.on('download', (d) => downloads.push(d.suggestedFilename()));
    await page.goto(photoPage);
    const hint = page.getByText('长按图片保存到手机');
    await expect(hint).toBeHidden();
    const button = page.getByRole('link', { name: '下载原图' });
    const href = (await button.getAttribute('href'))!;
    await button.click();
    await expect(hint).toBeVisible();
    const image = page.locator('[data-wechat-original] img');
    await expect(image).toBeVisible();
    expect(await image.evaluate((img: HTMLImageElement) => new URL(img.src).pathname)).toBe(href);
    await expect.poll(() => image.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBeGreaterThan(0);
    // The full original, not a rendition: the size the page states.
    const size = await image.evaluate((img: HTMLImageElement) => `${img.naturalWidth}×${img.naturalHeight}`);
    await expect(page.locator('.download-original .about')).toContainText(size);
    await expect(page).toHaveURL(new RegExp(`${photoPage}$`));
    await page.waitForTimeout(500);
    expect(downloads).toEqual([]);
  });

  test('下载全部照片 explains how to open the page in the browser; the poster keeps its long-press hint; nothing is downloaded', async ({
    page,
  }) => {
    const downloads: string[] = [];
    page.on('download', (d) => downloads.push(d.suggestedFilename()));
    await page.goto(profile);
    const explanation = page.locator('[data-album-wechat]');
    await expect(explanation).toBeHidden();
    await page.getByRole('link', { name: '下载全部照片' }).click();
    await expect(explanation).toBeVisible();
    await expect(explanation).toContainText('右上角 ··· → 在浏览器打开');
    await expect(page.locator('.share [data-wechat]')).toBeVisible();
    await expect(page.locator('.share')).toContainText('在微信里长按海报');
    await page.waitForTimeout(500);
    expect(downloads).toEqual([]);
  });
});

test('outside WeChat nothing changes: 下载原图 downloads, no image is shown in its place', async ({ page }) => {
  await page.goto(photoPage);
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: '下载原图' }).click()]);
  expect(download.suggestedFilename()).toMatch(/\.jpg$/);
  await expect(page.locator('[data-wechat-original]')).toBeHidden();
  await expect(page.locator('[data-wechat-original] img')).toHaveCount(0);
});
