import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { testBasePath } from '../support/site';

/** A story with a full-width figure followed by a three-photo gallery. */
const story = 'stories/shenzhen-zhuyou-yizhan/';

const lightbox = (page: Page) => page.locator('.pswp');
const shownImage = (page: Page) => page.locator('.pswp__item[aria-hidden="false"] img.pswp__img:not(.pswp__img--placeholder)');

/** Photo ids of the links in `selector`, in document order. */
async function photoIds(page: Page, selector: string): Promise<string[]> {
  return page.locator(selector).evaluateAll((links) => links.map((a) => (a as HTMLElement).dataset.photo!));
}

/** The address of a photo page under the test base path. */
const photoUrl = (id: string) => new RegExp(`${testBasePath}photos/${id}/$`);

/** A finger swipe from right to left across the middle of the screen, as real touch events. */
async function swipeLeft(page: Page) {
  const client = await page.context().newCDPSession(page);
  const { width, height } = page.viewportSize()!;
  const y = Math.round(height / 2);
  const from = Math.round(width * 0.85);
  const to = Math.round(width * 0.1);
  await client.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ x: from, y }] });
  for (let step = 1; step <= 10; step++) {
    await client.send('Input.dispatchTouchEvent', {
      type: 'touchMove',
      touchPoints: [{ x: Math.round(from + ((to - from) * step) / 10), y }],
    });
  }
  await client.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
  await client.detach();
}

test('no lightbox code or style is fetched before a photo is first opened', async ({ page }) => {
  const requests: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  await page.goto(story, { waitUntil: 'networkidle' });
  // Scroll the whole story so every lazy image (and anything else lazy) has loaded.
  await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
  await page.waitForLoadState('networkidle');
  const before = [...requests];
  const pswpRules = () =>
    page.evaluate(
      () => [...document.styleSheets].flatMap((sheet) => [...sheet.cssRules]).filter((rule) => rule.cssText.includes('.pswp')).length,
    );
  expect(await pswpRules()).toBe(0);
  await expect(lightbox(page)).toHaveCount(0);

  await page.locator('[data-gallery] a[data-photo]').first().click();
  await expect(lightbox(page)).toHaveClass(/pswp--open/);
  const fetchedOnOpen = requests.slice(before.length);
  const code = fetchedOnOpen.filter((url) => /\.(?:js|css)(?:\?|$)/.test(url));
  expect(
    code.some((url) => url.endsWith('.js')),
    fetchedOnOpen.join('\n'),
  ).toBe(true);
  expect(
    code.some((url) => url.endsWith('.css')),
    fetchedOnOpen.join('\n'),
  ).toBe(true);
  for (const url of code) expect(before, url).not.toContain(url);
  expect(await pswpRules()).toBeGreaterThan(0);
  // Nothing from anywhere else: the lightbox is served with the site.
  for (const url of requests) expect(new URL(url).host, url).toBe(new URL(page.url()).host);
});

test('a gallery photo opens, a swipe moves to the next, the address follows, Back closes, reload shows the photo page', async ({
  page,
}) => {
  // Console errors include anything the Content-Security-Policy blocks.
  const problems: string[] = [];
  page.on('console', (message) => message.type() === 'error' && problems.push(message.text()));
  page.on('pageerror', (error) => problems.push(error.message));
  await page.goto(story);
  const storyUrl = page.url();
  const [first, second] = await photoIds(page, '[data-gallery] a[data-photo]');
  expect(first && second).toBeTruthy();
  const captionOf = (id: string) => page.locator(`a[data-photo="${id}"] + figcaption .caption`).textContent();
  const [firstCaption, secondCaption] = [await captionOf(first!), await captionOf(second!)];

  await page.locator(`a[data-photo="${first}"]`).click();
  await expect(lightbox(page)).toHaveClass(/pswp--open/);
  await expect(page).toHaveURL(photoUrl(first!));
  await expect(lightbox(page)).toHaveAttribute('role', 'dialog');
  const caption = page.locator('.pswp__dingge-caption');
  await expect(caption).toContainText(firstCaption!.trim());
  await expect(caption.locator('.credit')).not.toBeEmpty();
  await expect(shownImage(page)).toHaveAttribute('alt', /\S/);

  await page.waitForTimeout(400); // the opening zoom; gestures start once it ends
  await swipeLeft(page);
  await expect(page).toHaveURL(photoUrl(second!));
  await expect(caption).toContainText(secondCaption!.trim());
  await expect(page).toHaveTitle(new RegExp(`^${secondCaption!.trim().slice(0, 10)}`));

  await page.goBack();
  await expect(lightbox(page)).toHaveCount(0);
  expect(page.url()).toBe(storyUrl);
  await expect(page).not.toHaveTitle(new RegExp(`^${secondCaption!.trim().slice(0, 10)}`));

  // Forward onto the lightbox's entry opens it again on the photo last shown.
  await page.goForward();
  await expect(lightbox(page)).toHaveClass(/pswp--open/);
  await expect(page).toHaveURL(photoUrl(second!));

  const response = await page.reload();
  expect(response?.status()).toBe(200);
  await expect(lightbox(page)).toHaveCount(0);
  await expect(page.locator('h1')).toHaveText(secondCaption!.trim());
  expect(problems).toEqual([]);
});

test('keyboard only: Enter opens, arrows move, focus stays inside, Escape closes and focus returns to the thumbnail', async ({ page }) => {
  await page.goto(story);
  const storyUrl = page.url();
  const ids = await photoIds(page, 'main a[data-photo]');
  expect(ids.length).toBeGreaterThan(2);

  const focusedPhoto = () => page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.photo);
  for (let presses = 0; presses < 80 && (await focusedPhoto()) === undefined; presses++) await page.keyboard.press('Tab');
  expect(await focusedPhoto()).toBe(ids[0]);

  await page.keyboard.press('Enter');
  await expect(lightbox(page)).toHaveClass(/pswp--open/);
  await expect(page).toHaveURL(photoUrl(ids[0]!));
  const focusInside = () => page.evaluate(() => !!document.activeElement?.closest('.pswp'));
  await expect.poll(focusInside).toBe(true);

  await page.keyboard.press('ArrowRight');
  await expect(page).toHaveURL(photoUrl(ids[1]!));
  await page.keyboard.press('ArrowRight');
  await expect(page).toHaveURL(photoUrl(ids[2]!));
  await page.keyboard.press('ArrowLeft');
  await expect(page).toHaveURL(photoUrl(ids[1]!));

  for (let presses = 0; presses < 8; presses++) {
    await page.keyboard.press('Tab');
    expect(await focusInside(), `after ${presses + 1} Tab presses`).toBe(true);
  }

  await page.keyboard.press('Escape');
  await expect(lightbox(page)).toHaveCount(0);
  await expect.poll(() => page.url()).toBe(storyUrl);
  await expect.poll(focusedPhoto).toBe(ids[1]);
  await expect(page.locator(`a[data-photo="${ids[1]}"]`)).toBeInViewport();
});

test('zooming in loads the full-size rendition', async ({ page }) => {
  await page.goto(story);
  await page.locator('[data-gallery] a[data-photo]').first().click();
  await expect(lightbox(page)).toHaveClass(/pswp--open/);
  const image = shownImage(page);
  await expect(image).toHaveAttribute('srcset', /\d+w/);
  const widest = await image.evaluate(
    (img: HTMLImageElement) =>
      img.srcset
        .split(',')
        .map((c) => c.trim().split(/\s+/))
        .sort((a, b) => parseInt(b[1]!) - parseInt(a[1]!))[0]![0],
  );
  const fullWidth = await page.locator('[data-gallery] a[data-photo]').first().getAttribute('data-full-width');
  expect(widest).toMatch(new RegExp(`/${fullWidth}\\.(?:avif|webp)$`));

  await page.waitForTimeout(400);
  await page.keyboard.press('z');
  await expect(lightbox(page)).toHaveClass(/pswp--zoomed-in/);
  await expect.poll(() => image.evaluate((img: HTMLImageElement) => img.currentSrc)).toBe(new URL(widest!, page.url()).href);
});

test('without JavaScript every photo in a story is a link to its own page', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(story);
  const pictures = page.locator('main figure img');
  expect(await pictures.count()).toBeGreaterThan(2);
  for (const img of await pictures.all()) {
    const href = await img.evaluate((el) => el.closest('a')?.getAttribute('href'));
    expect(href).toMatch(new RegExp(`^${testBasePath}photos/[a-z0-9-]+/$`));
  }
  const [id] = await photoIds(page, '[data-gallery] a[data-photo]');
  await page.locator(`a[data-photo="${id}"]`).click();
  await expect(page).toHaveURL(photoUrl(id!));
  await expect(page.locator('.pswp')).toHaveCount(0);
  await context.close();
});

test('the open lightbox passes axe, and so does the page once it closes', async ({ page }) => {
  await page.goto(story);
  await page.locator('[data-gallery] a[data-photo]').first().click();
  await expect(lightbox(page)).toHaveClass(/pswp--open/);
  await page.waitForTimeout(400);
  const open = await new AxeBuilder({ page }).include('.pswp').analyze();
  expect(open.violations.map((v) => `${v.id}: ${v.nodes[0]?.target.join(' ')}`)).toEqual([]);
  await page.keyboard.press('Escape');
  await expect(lightbox(page)).toHaveCount(0);
  const closed = await new AxeBuilder({ page }).analyze();
  expect(closed.violations.map((v) => `${v.id}: ${v.nodes[0]?.target.join(' ')}`)).toEqual([]);
});

test('opening animates, except for visitors who ask for reduced motion', async ({ page }) => {
  /** Opens the first gallery photo; the most transitions and animations seen at once in the lightbox over 800 ms. */
  const motionWhileOpening = () =>
    page.evaluate(async () => {
      document.querySelector<HTMLElement>('[data-gallery] a[data-photo]')!.click();
      const most = { transitions: 0, any: 0 };
      const until = performance.now() + 800;
      while (performance.now() < until) {
        await new Promise(requestAnimationFrame);
        const running = document
          .getAnimations()
          .filter((a) => ((a.effect as KeyframeEffect | null)?.target as Element | null)?.closest('.pswp'));
        most.transitions = Math.max(most.transitions, running.filter((a) => a instanceof CSSTransition).length);
        most.any = Math.max(most.any, running.length);
      }
      return most;
    });
  await page.goto(story);
  expect((await motionWhileOpening()).transitions).toBeGreaterThan(0);
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto(story);
  expect(await motionWhileOpening()).toEqual({ transitions: 0, any: 0 });
});

test.describe('the address and the lightbox agree, whatever the timing', () => {
  /**
   * Where each Back is pressed: right after the tap (on a slow line, before the lightbox
   * code has even arrived), while the photo zooms in, or once it is open.
   */
  type Moment =
    | 'within 50 ms of the click'
    | 'within 50 ms of the click, on a slow line'
    | 'during the opening animation'
    | 'after the opening animation';
  const moments: Moment[] = [
    'within 50 ms of the click',
    'within 50 ms of the click, on a slow line',
    'during the opening animation',
    'after the opening animation',
  ];
  /** What the lightbox may be doing when that Back arrives. */
  const expected: Record<Moment, RegExp> = {
    'within 50 ms of the click': /^(?:not shown|opening)$/,
    'within 50 ms of the click, on a slow line': /^not shown$/,
    'during the opening animation': /^opening$/,
    'after the opening animation': /^open$/,
  };

  /**
   * The story, reached from the story list (so Back has somewhere to go), scrolled to
   * its gallery; then the first gallery photo is tapped and the test waits for `moment`.
   */
  async function openAt(page: Page, moment: Moment) {
    if (moment.endsWith('slow line'))
      await page.route(/lightbox-photoswipe\.[\w-]+\.js$/, async (route) => {
        await new Promise((resolve) => setTimeout(resolve, 400));
        await route.continue();
      });
    // The zooms run at a quarter of their speed, so that a Back lands inside one even on a busy machine.
    if (moment === 'during the opening animation') {
      const cdp = await page.context().newCDPSession(page);
      await cdp.send('Animation.enable');
      await cdp.send('Animation.setPlaybackRate', { playbackRate: 0.25 });
    }
    await page.goto('stories/');
    await page.goto(story);
    const storyUrl = page.url();
    const storyTitle = await page.title();
    const [id] = await photoIds(page, '[data-gallery] a[data-photo]');
    const photo = page.locator(`a[data-photo="${id}"]`);
    await photo.scrollIntoViewIfNeeded();
    await page.evaluate(() => window.scrollBy(0, 40));
    const scrollY = await page.evaluate(() => window.scrollY);
    expect(scrollY).toBeGreaterThan(0);
    // The test hears of the click the moment the page does, and the page notes whether the lightbox showed before the first Back.
    let clickedAt = 0;
    const clicked = new Promise<void>((resolve) =>
      page.exposeFunction('photoTapped', () => {
        clickedAt = Date.now();
        resolve();
      }),
    );
    await page.evaluate(() => {
      const w = window as unknown as { photoTapped: () => void; atFirstBack?: string };
      addEventListener('click', () => w.photoTapped(), { capture: true, once: true });
      addEventListener('popstate', () => {
        const shown = document.querySelector('.pswp');
        w.atFirstBack ??= !shown ? 'not shown' : shown.matches('[data-zoom="in"]') ? 'opening' : 'open';
      });
    });
    if (moment.startsWith('within 50 ms')) {
      const box = (await photo.boundingBox())!;
      await page.touchscreen.tap(box.x + box.width / 2, box.y + box.height / 2);
      await clicked;
    } else await photo.click();
    if (moment === 'during the opening animation') {
      // Shown and zooming in (or waiting a moment for the thumbnail to decode first).
      await expect(page.locator('.pswp[data-zoom="in"]')).toHaveCount(1);
    } else if (moment === 'after the opening animation') {
      await expect(lightbox(page)).toHaveClass(/pswp--open/);
      await expect(lightbox(page)).not.toHaveAttribute('data-zoom');
    }
    return { id: id!, storyUrl, storyTitle, scrollY, sinceClick: () => Date.now() - clickedAt };
  }

  /** What the lightbox was doing when the first Back arrived. */
  const atFirstBack = (page: Page) => page.evaluate(() => (window as unknown as { atFirstBack?: string }).atFirstBack);

  /** Closed, on the story's address and title, scrolled where the reader was, and it stays that way. */
  async function expectOnStory(page: Page, at: { storyUrl: string; storyTitle: string; scrollY: number }) {
    await expect(lightbox(page)).toHaveCount(0);
    await page.waitForTimeout(800); // nothing opens late
    await expect(lightbox(page)).toHaveCount(0);
    expect(page.url()).toBe(at.storyUrl);
    await expect(page).toHaveTitle(at.storyTitle);
    expect(await page.evaluate(() => window.scrollY)).toBe(at.scrollY);
  }

  /** Open, on the photo's address, and it stays that way. */
  async function expectOnPhoto(page: Page, id: string) {
    await expect(lightbox(page)).toHaveClass(/pswp--open/);
    await page.waitForTimeout(800);
    await expect(lightbox(page)).toHaveClass(/pswp--open/);
    await expect(page).toHaveURL(photoUrl(id));
  }

  for (const moment of moments) {
    test(`Back ${moment} closes the lightbox and leaves the reader where they were on the story`, async ({ page: first }) => {
      let page = first;
      let at = await openAt(page, moment);
      let sinceClick = at.sinceClick();
      // On a loaded machine the tap can reach the test too late for the case it is about: try again on a fresh page.
      for (let attempt = 1; moment.startsWith('within 50 ms') && sinceClick >= 50 && attempt < 5; attempt++) {
        page = await first.context().newPage();
        at = await openAt(page, moment);
        sinceClick = at.sinceClick();
      }
      await page.goBack();
      if (moment.startsWith('within 50 ms')) expect(sinceClick).toBeLessThan(50);
      expect(await atFirstBack(page)).toMatch(expected[moment]);
      await expectOnStory(page, at);
      // And the lightbox still opens afterwards.
      await page.locator(`a[data-photo="${at.id}"]`).click();
      await expectOnPhoto(page, at.id);
    });
  }

  for (const moment of ['during the opening animation', 'after the opening animation'] as const) {
    test(`two quick Backs ${moment} leave the story for the page before it`, async ({ page }) => {
      const at = await openAt(page, moment);
      await page.goBack();
      expect(await atFirstBack(page)).toMatch(expected[moment]);
      await page.goBack();
      await expect(page).toHaveURL(/\/stories\/$/);
      await expect(lightbox(page)).toHaveCount(0);
      await page.goForward();
      await expect(page).toHaveURL(at.storyUrl);
      await expectOnStory(page, at);
    });
  }

  for (const moment of ['during the opening animation', 'after the opening animation'] as const) {
    test(`Forward right after a Back ${moment} opens the photo again`, async ({ page }) => {
      const at = await openAt(page, moment);
      await page.goBack();
      await page.goForward();
      expect(await atFirstBack(page)).toMatch(expected[moment]);
      await expectOnPhoto(page, at.id);
      await page.goBack();
      await expectOnStory(page, at);
    });
  }

  test('a swipe during the closing animation, after Back or after the close button, changes nothing', async ({ page }) => {
    const at = await openAt(page, 'after the opening animation');
    await page.goBack();
    expect(await lightbox(page).getAttribute('data-zoom'), 'the closing zoom is running').toBe('out');
    await swipeLeft(page);
    await expectOnStory(page, at);

    await page.locator(`a[data-photo="${at.id}"]`).click();
    await expectOnPhoto(page, at.id);
    await page.locator('.pswp__button--close').click();
    expect(await lightbox(page).getAttribute('data-zoom'), 'the closing zoom is running').toBe('out');
    await swipeLeft(page);
    await page.keyboard.press('Escape');
    await expectOnStory(page, at);
  });
});
