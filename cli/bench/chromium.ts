import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { launchWithExtension, loadSample, PROJECT_ROOT, serveCapture } from '../browser';
import { figure, type Figure } from './figure';
import { markSpan } from './marks';

/**
 * The injected extractor in Chromium over every fixture page the content script offers (2 loads each): the
 * extraction as the product runs it, in the page, with the browser's own DOM.
 */
export async function benchExtractionChromium(): Promise<Figure[]> {
  const browser = await launchWithExtension({ headless: true });
  const samples: number[] = [];
  try {
    for (const slug of readdirSync(join(PROJECT_ROOT, 'tests', 'fixtures', 'pages'))) {
      const sample = loadSample(slug);
      await serveCapture(browser.context, sample.url, sample.html);
      for (let run = 0; run < 2; run++) {
        const page = await browser.context.newPage();
        await page.goto(sample.url, { waitUntil: 'load' });
        const span = await Promise.race([
          markSpan(page, 'analyse'),
          new Promise<null>((resolve) => setTimeout(() => resolve(null), 3000)),
        ]);
        if (span !== null) samples.push(span);
        await page.close();
      }
    }
  } finally {
    await browser.close();
  }
  return [
    figure(`extraction per page, fixtures (Chromium, injected; ${samples.length / 2} pages)`, 'ms', samples, null),
  ];
}
