import type { BrowserContext } from 'playwright-core';
import {
  CHROME_BENCH_DIR,
  launchWithExtension,
  loadSample,
  openPopupFor,
  tabIdOf,
} from '../../tests/browsers/chromium';
import { figure, type Figure } from './figure';
import { backgroundReads, markSpan, nextRead } from './marks';

/** Time from opening the popup to its event card on screen (the card's Performance mark, from navigation). */
async function benchPopup(browser: Awaited<ReturnType<typeof launchWithExtension>>, url: string): Promise<Figure> {
  const seen = (await backgroundReads(browser)).length;
  const page = await browser.context.newPage();
  await page.goto(url, { waitUntil: 'load' });
  await nextRead(browser, seen);
  const tabId = await tabIdOf(browser, page);
  const samples: number[] = [];
  for (let run = 0; run < 15; run++) {
    const popup = await openPopupFor(browser, tabId);
    const handle = await popup.waitForFunction(
      () => performance.getEntriesByName('event-lens:popup:card')[0]?.startTime ?? false,
    );
    samples.push(Number(await handle.jsonValue()));
    await popup.close();
  }
  await page.close();
  return figure('popup: opening to the event card (Chromium)', 'ms', samples, 150);
}

/**
 * Serves a page cross-origin isolated (COOP and COEP headers): the page's clock, which the content script's
 * marks read, then counts in 5 µs steps instead of 100 µs, finer than the figures measured with it. Nothing the
 * content script does depends on these headers.
 */
async function servePrecisely(context: BrowserContext, url: string, html: string): Promise<void> {
  const { origin } = new URL(url);
  await context.route(`${origin}/**`, (route) =>
    route.request().url() === url
      ? route.fulfill({
          status: 200,
          contentType: 'text/html; charset=utf-8',
          body: html,
          headers: { 'cross-origin-opener-policy': 'same-origin', 'cross-origin-embedder-policy': 'require-corp' },
        })
      : route.fulfill({ status: 404, contentType: 'text/plain', body: 'Not in this archive' }),
  );
}

/** The content script, the page-source script and the background's read in Chromium on five kinds of page, and the popup. */
export async function benchContentScript(): Promise<Figure[]> {
  // The bench build: production builds do not time the content script (the timing itself would cost).
  const browser = await launchWithExtension({ headless: true, extensionDir: CHROME_BENCH_DIR });
  const home = loadSample('home-under-events');
  const eventAddress = home.url.replace('/events/', '/events/world-radio-day-2019');
  const pages = [
    {
      name: 'non-UNESCO capture',
      url: 'https://web.archive.org/web/20230421002644/https://www.pokemon.com/us',
      html: '<html><body><h1>Pokémon</h1><p>News 17 November 2020</p></body></html>',
      offered: false,
    },
    // Not offered (the address names an index; the body marks a front page): no messaging, no extractor.
    { name: 'UNESCO capture of an index, no event', ...home, offered: false },
    { name: 'UNESCO front page under an event address, no event', url: eventAddress, html: home.html, offered: false },
    // Offered: only reading the page tells there is no event (a listing under a news address).
    {
      name: 'UNESCO page read, no event',
      url: home.url.replace('/events/', '/news/unesco-highlights-2018'),
      html: home.html.replace('class="html front ', 'class="html not-front '),
      offered: true,
    },
    { name: 'UNESCO event capture', ...loadSample('seed'), offered: true },
  ];
  const out: Figure[] = [];
  try {
    for (const p of pages) {
      await servePrecisely(browser.context, p.url, p.html);
      const content: number[] = [];
      const check: number[] = [];
      const source: number[] = [];
      const reads: number[] = [];
      for (let run = 0; run < 40; run++) {
        const seen = (await backgroundReads(browser)).length;
        const page = await browser.context.newPage();
        await page.goto(p.url, { waitUntil: 'load' });
        content.push(await markSpan(page, 'content'));
        check.push(await markSpan(page, 'content-check'));
        if (p.offered) source.push(await markSpan(page, 'source'));
        const read = p.offered ? await nextRead(browser, seen) : null;
        if (read !== null) reads.push(read);
        await page.close();
      }
      // The target is for pages that are not read; a page that may hold an event is handed to the extractor,
      // and the browser's extension messaging, set up on its first use in the page, costs about 1.2 ms of it.
      out.push(figure(`content script (whole script), ${p.name} (Chromium)`, 'ms', content, p.offered ? null : 1));
      if (p.offered) out.push(figure(`content script, check before the message, ${p.name}`, 'ms', check, null));
      if (p.name === 'UNESCO event capture') out.push(await benchPopup(browser, p.url));
      if (p.offered) out.push(figure(`page source (injected, in the page), ${p.name} (Chromium)`, 'ms', source, null));
      if (p.offered) out.push(figure(`reading the page (background), ${p.name} (Chromium)`, 'ms', reads, 40));
    }
  } finally {
    await browser.close();
  }
  return out;
}
