/**
 * `npm run demo`: builds the extension, starts Chromium with it, and opens the bundled sample capture at its
 * real archive address (served locally: no internet needed), then the popup for that tab. The archives' capture
 * indexes answer from the sample's bundled lists (tests/fixtures/captures).
 *
 *   npm run demo                                  a browser window; close it to stop
 *   npm run demo -- --headless --screenshot out/  writes page.png and popup.png to out/ and exits
 *   add --timezone Asia/Seoul for a reader in Seoul, --dark for the dark theme
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
} from './browser';

const { values } = parseArgs({
  options: {
    headless: { type: 'boolean', default: false },
    screenshot: { type: 'string' },
    'no-build': { type: 'boolean', default: false },
    timezone: { type: 'string' },
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
      .catch(() => undefined);
    if (values.screenshot !== undefined) {
      const dir = resolve(values.screenshot);
      mkdirSync(dir, { recursive: true });
      await page.screenshot({ path: join(dir, 'page.png') });
      await popup.screenshot({ path: join(dir, 'popup.png'), fullPage: true });
      console.log(`Screenshots: ${join(dir, 'page.png')}, ${join(dir, 'popup.png')}`);
      return;
    }
    console.log('Close the browser window to stop.');
    await new Promise<void>((done) => browser.context.on('close', () => done()));
  } finally {
    await browser.close().catch(() => undefined);
  }
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exitCode = 1;
});
