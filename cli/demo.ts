/**
 * `npm run demo`: builds the extension, starts Chromium with it, and opens the bundled sample capture at its
 * real archive address (served locally: no internet needed), then the popup for that tab. The archives' capture
 * indexes answer from the sample's bundled lists (tests/fixtures/captures).
 *
 *   npm run demo                                  a browser window; close it to stop
 *   npm run demo -- --headless --screenshot out/  writes page.png, popup.png, library.png and settings.png to
 *                                                 out/ and exits
 *   add --timezone Asia/Seoul for a reader in Seoul, --dark for the dark theme, --language ar for a browser in
 *   Arabic (any of the six: ar, en, es, fr, ru, zh-CN)
 *
 * Chromium: /usr/bin/chromium, or $CHROME_PATH.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import {
  launchWithExtension,
  loadSample,
  openPopupFor,
  PROJECT_ROOT,
  sampleCaptureIndexes,
  serveCapture,
  serveCaptureIndexes,
  tabIdOf,
  waitForBadge,
  type ExtensionBrowser,
} from '../tests/browsers/chromium';
import type { Page } from 'playwright-core';

const { values } = parseArgs({
  options: {
    headless: { type: 'boolean', default: false },
    screenshot: { type: 'string' },
    'no-build': { type: 'boolean', default: false },
    timezone: { type: 'string' },
    language: { type: 'string' },
    dark: { type: 'boolean', default: false },
  },
});

async function main(): Promise<void> {
  if (!values['no-build']) {
    console.log('Building the extension (wxt build)…');
    execFileSync('npx', ['wxt', 'build'], { cwd: PROJECT_ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
  }
  const headless = values.headless || values.screenshot !== undefined;
  if (!headless && !process.env.DISPLAY && process.platform === 'linux') {
    console.error('No display here. Run `npm run demo -- --headless --screenshot out/` to get PNGs instead.');
    process.exitCode = 2;
    return;
  }
  const sample = loadSample();
  const browser = await launchWithExtension({
    headless,
    timezone: values.timezone,
    language: values.language,
    colorScheme: values.dark ? 'dark' : 'light',
  });
  try {
    await serveCapture(browser.context, sample.url, sample.html);
    const page = browser.context.pages()[0] ?? (await browser.context.newPage());
    await page.goto(sample.url);
    const tabId = await tabIdOf(browser, page);
    const badge = await waitForBadge(browser, tabId);
    // The archives' capture indexes, answered from the bundled sample lists (no internet here either).
    await serveCaptureIndexes(browser.context, sampleCaptureIndexes());
    console.log(`Sample capture: ${sample.url}`);
    console.log(`Toolbar badge: ${badge === '' ? '(none: the content script did not recognise the page)' : badge}`);
    const popup = await openPopupFor(browser, tabId);
    await popup.getByTestId('event-title').waitFor({ timeout: 10_000 });
    console.log(`Popup: ${await popup.getByTestId('event-title').textContent()}`);
    await popup.getByTestId('captures-internet-archive').locator('.capture-count').waitFor({ timeout: 10_000 });
    // The card Event Lens puts on the page itself (bottom right), for the page screenshot.
    await page
      .locator('event-lens-card')
      .waitFor({ state: 'attached', timeout: 10_000 })
      // A page without a card is still shown; the screenshot says what is there.
      .catch(() => undefined);
    if (values.screenshot !== undefined) {
      const files = await takeScreenshots(browser, page, popup, resolve(values.screenshot));
      console.log(`Screenshots: ${files.join(', ')}`);
      return;
    }
    console.log('Close the browser window to stop.');
    await new Promise<void>((done) => browser.context.on('close', () => done()));
  } finally {
    // Closing a browser that already went away (the reader closed its window) is done.
    await browser.close().catch(() => undefined);
  }
}

/**
 * page.png (the capture scrolled to the event's time, with the card and the converted time), popup.png, then,
 * with the event saved from the popup, library.png and settings.png (whole pages, at a laptop's width).
 */
async function takeScreenshots(browser: ExtensionBrowser, page: Page, popup: Page, dir: string): Promise<string[]> {
  mkdirSync(dir, { recursive: true });
  const path = (name: string) => join(dir, name);
  await page.evaluate(() => {
    const time = [...document.querySelectorAll('li, p')].find((el) => /\d{1,2}[:.]\d{2}/.test(el.textContent ?? ''));
    time?.scrollIntoView({ block: 'center' });
  });
  await page.waitForTimeout(300);
  await page.screenshot({ path: path('page.png') });
  await popup.screenshot({ path: path('popup.png'), fullPage: true });
  await popup.getByTestId('save-event').click();
  await popup.getByTestId('saved-state').waitFor({ timeout: 5000 });
  for (const [name, url] of [
    ['library.png', `chrome-extension://${browser.extensionId}/library.html`],
    ['settings.png', `chrome-extension://${browser.extensionId}/options.html`],
  ] as const) {
    const tab = await browser.context.newPage();
    await tab.setViewportSize({ width: 960, height: 720 });
    await tab.goto(url);
    await tab.locator('main').waitFor();
    await tab.waitForTimeout(300);
    await tab.screenshot({ path: path(name), fullPage: true });
    await tab.close();
  }
  return ['page.png', 'popup.png', 'library.png', 'settings.png'].map(path);
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exitCode = 1;
});
