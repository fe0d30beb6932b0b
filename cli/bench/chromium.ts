import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import {
  CHROME_BENCH_DIR,
  launchWithExtension,
  loadSample,
  PROJECT_ROOT,
  serveCapture,
  stopServiceWorker,
  type ExtensionBrowser,
} from '../../tests/browsers/chromium';
import { figure, type Figure } from './figure';
import { backgroundReads, nextRead } from './marks';

/**
 * Loads `url` in a new tab and returns how long the background took to read it (null when it did not); `fresh`
 * when the service worker was just stopped, so that the read is the first of a new one.
 */
async function readOnce(browser: ExtensionBrowser, url: string, fresh = false): Promise<number | null> {
  const seen = fresh ? 0 : (await backgroundReads(browser)).length;
  const page = await browser.context.newPage();
  await page.goto(url, { waitUntil: 'load' });
  const span = await nextRead(browser, seen);
  await page.close();
  return span;
}

/**
 * Reading a page in Chromium as the product does it, over every fixture page the content script offers (2 loads
 * each): the frame's markup handed over by the injected page-source script, parsed and analysed in the background
 * (docs/extraction.md, "Where the page is read"). Then the first read after the background starts, when its
 * script context is fresh: the sample, with the service worker stopped before each load.
 */
export async function benchExtractionChromium(): Promise<Figure[]> {
  const browser = await launchWithExtension({ headless: true, extensionDir: CHROME_BENCH_DIR });
  const warm: number[] = [];
  const cold: number[] = [];
  try {
    for (const slug of readdirSync(join(PROJECT_ROOT, 'tests', 'fixtures', 'pages'))) {
      const sample = loadSample(slug);
      await serveCapture(browser.context, sample.url, sample.html);
      for (let run = 0; run < 2; run++) {
        const span = await readOnce(browser, sample.url);
        if (span !== null) warm.push(span);
      }
    }
    const seed = loadSample('seed');
    await serveCapture(browser.context, seed.url, seed.html);
    for (let run = 0; run < 8; run++) {
      await stopServiceWorker(browser);
      const span = await readOnce(browser, seed.url, true);
      if (span !== null) cold.push(span);
    }
  } finally {
    // Stopping the worker through the DevTools protocol may leave the context closing already.
    await browser.close().catch(() => undefined);
  }
  return [
    figure(`reading a page, fixtures (Chromium: markup to the background; ${warm.length / 2} pages)`, 'ms', warm, 40),
    figure('reading a page, first after the background starts (Chromium, sample)', 'ms', cold, null),
  ];
}
