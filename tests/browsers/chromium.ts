/**
 * Chromium with the built extension loaded, and captures served at their real archive addresses with no
 * network (docs/testing.md, "Chromium"). Shared by `npm run demo`, the benchmarks and the
 * real-browser tests so all run the extension exactly as a user's browser would. Its Firefox counterpart is
 * `firefox.ts`; what both use is in `shared.ts`.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { browserPath, PROJECT_ROOT, type IndexAnswer } from './shared';

export { loadSample, ownPywbCapture, PROJECT_ROOT, sampleCaptureIndexes, type IndexAnswer } from './shared';

export const CHROME_EXTENSION_DIR = join(PROJECT_ROOT, '.output', 'chrome-mv3');
/** The build for link-check tests: any host granted up front (`wxt build --mode e2e`). */
export const CHROME_E2E_GRANTS_DIR = join(PROJECT_ROOT, '.output', 'chrome-mv3-e2e');
/** `wxt build --mode bench`: the production build plus the content script's timings (the only difference). */
export const CHROME_BENCH_DIR = join(PROJECT_ROOT, '.output', 'chrome-mv3-bench');

export type ExtensionBrowser = {
  context: BrowserContext;
  serviceWorker: Worker;
  extensionId: string;
  userDataDir: string;
  close(): Promise<void>;
};

export type LaunchOptions = {
  headless: boolean;
  extensionDir?: string;
  /** The reader's zone: Chromium takes it from the process's TZ (Playwright's timezoneId does not reach the popup). */
  timezone?: string;
  colorScheme?: 'light' | 'dark';
  /**
   * The browser's language ("fr"), which the extension's own text follows. Chromium on Linux takes it from the
   * LANGUAGE environment variable; `--lang` is for the other systems.
   */
  language?: string;
  /**
   * Host names sent to a local server (`host → port`), past the request routing: for what routing cannot fake,
   * such as real HTTP redirects answered to the extension's service worker.
   */
  localHosts?: Record<string, number>;
  /**
   * A profile to start from and leave in place (a browser restarted on the same profile, as across an update);
   * by default a fresh one, deleted on close.
   */
  userDataDir?: string;
  /** Lets pages go into the back/forward cache, which Playwright turns off by default. */
  backForwardCache?: boolean;
};

/** Starts Chromium with the extension and blocks every request that a test or the demo does not serve. */
export async function launchWithExtension(options: LaunchOptions): Promise<ExtensionBrowser> {
  const extensionDir = options.extensionDir ?? CHROME_EXTENSION_DIR;
  if (!existsSync(join(extensionDir, 'manifest.json'))) {
    throw new Error(`No built extension in ${extensionDir}: run \`npx wxt build\` first.`);
  }
  const userDataDir = options.userDataDir ?? mkdtempSync(join(tmpdir(), 'event-lens-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: browserPath('Chromium', 'CHROME_PATH', '/usr/bin/chromium', 'chromium'),
    headless: options.headless,
    acceptDownloads: true,
    ...(options.backForwardCache ? { ignoreDefaultArgs: ['--disable-back-forward-cache'] } : {}),
    viewport: { width: 1100, height: 900 },
    colorScheme: options.colorScheme ?? 'light',
    env: {
      ...process.env,
      ...(options.timezone ? { TZ: options.timezone } : {}),
      ...(options.language ? { LANGUAGE: options.language } : {}),
    },
    ...(options.language ? { locale: options.language } : {}),
    args: [
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      // Lets `openToolbarPopup` reach the real toolbar popup, a target the persistent context does not list.
      '--remote-debugging-port=0',
      ...(options.language ? [`--lang=${options.language}`] : []),
      ...(options.localHosts
        ? [
            `--host-resolver-rules=${Object.entries(options.localHosts)
              .map(([host, port]) => `MAP ${host} 127.0.0.1:${port}`)
              .join(', ')}`,
          ]
        : []),
    ],
  });
  // Nothing leaves the machine: every request not served by a route below is refused. Routes registered
  // later take precedence, so this catch-all is the fallback.
  const local = new Set(Object.keys(options.localHosts ?? {}));
  await context.route(
    (url) => (url.protocol === 'http:' || url.protocol === 'https:') && !local.has(url.hostname),
    (route) => route.abort('internetdisconnected'),
  );
  const serviceWorker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(serviceWorker.url()).host;
  return {
    context,
    serviceWorker,
    extensionId,
    userDataDir,
    async close() {
      await context.close();
      if (!options.userDataDir) rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

/** Serves `html` at `url` (any other path on that host is a 404, as for a capture's missing resources). */
export async function serveCapture(context: BrowserContext, url: string, html: string): Promise<void> {
  const { origin } = new URL(url);
  await context.route(`${origin}/**`, (route) => {
    const requested = route.request().url();
    if (requested === url) return route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html });
    return route.fulfill({ status: 404, contentType: 'text/plain', body: 'Not in this archive' });
  });
}

/** The id of the tab showing `page`, read by the extension itself (it is the active tab after bringToFront). */
export async function tabIdOf(browser: ExtensionBrowser, page: Page): Promise<number> {
  await page.bringToFront();
  const id = await browser.serviceWorker.evaluate(async () => {
    const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
    return tab?.id ?? null;
  });
  if (id === null) throw new Error('No active tab');
  return id;
}

/** The toolbar badge text of a tab. */
export async function badgeText(browser: ExtensionBrowser, tabId: number): Promise<string> {
  return browser.serviceWorker.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId);
}

/**
 * Waits until the page in `tabId` has been read (the background keeps a record for the tab), or `timeoutMs`
 * passes; returns the badge then. (A capture of a UNESCO page is badged `ARC` from its address before.)
 */
export async function waitForBadge(browser: ExtensionBrowser, tabId: number, timeoutMs = 10_000): Promise<string> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const read = await browser.serviceWorker.evaluate(
      async (key) => (await chrome.storage.session.get(key))[key] !== undefined,
      `tab-record:${tabId}`,
    );
    if (read || Date.now() > until) return badgeText(browser, tabId);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** Opens the popup for `tabId` in a tab of its own, sized like the toolbar popup. */
export async function openPopupFor(browser: ExtensionBrowser, tabId: number): Promise<Page> {
  const popup = await browser.context.newPage();
  await popup.setViewportSize({ width: 400, height: 640 });
  await popup.goto(`chrome-extension://${browser.extensionId}/popup.html?tabId=${tabId}`);
  return popup;
}

/**
 * Opens the toolbar popup exactly as a click on the extension's icon would, for the active tab `page`, and
 * returns it (docs/testing.md, "Chromium", "The real toolbar popup"). Close the returned connection when done.
 */
export async function openToolbarPopup(
  browser: ExtensionBrowser,
  page: Page,
): Promise<{ popup: Page; disconnect: () => Promise<void> }> {
  await page.bringToFront();
  await browser.serviceWorker.evaluate(() => chrome.action.openPopup());
  const port = (await readFile(join(browser.userDataDir, 'DevToolsActivePort'), 'utf8')).split('\n')[0];
  const cdp = await chromium.connectOverCDP(`http://127.0.0.1:${port}`);
  const until = Date.now() + 10_000;
  for (;;) {
    const popup = cdp
      .contexts()
      .flatMap((c) => c.pages())
      .find((p) => p.url().endsWith('/popup.html'));
    if (popup) return { popup, disconnect: () => cdp.close() };
    if (Date.now() > until) throw new Error('The toolbar popup did not open');
    await new Promise((r) => setTimeout(r, 100));
  }
}

/**
 * Fakes the archives' capture indexes the background asks (the Internet Archive's CDX server, UNESCO's
 * TimeMaps) at the network boundary, and counts the requests each gets. Register after `serveCapture` for
 * the same host: later routes win.
 */
export async function serveCaptureIndexes(
  context: BrowserContext,
  answers: { internetArchive?: IndexAnswer; unesco?: IndexAnswer },
): Promise<{ requests: { internetArchive: string[]; unesco: string[] } }> {
  const requests = { internetArchive: [] as string[], unesco: [] as string[] };
  const answer = async (route: Parameters<Parameters<BrowserContext['route']>[1]>[0], a: IndexAnswer) => {
    if (typeof a === 'string') return route.fulfill({ status: 200, contentType: 'application/json', body: a });
    if ('abort' in a) return route.abort(a.abort);
    return route.fulfill({
      status: a.status,
      body: a.body ?? '',
      contentType: a.contentType ?? 'text/plain',
      ...(a.headers && { headers: a.headers }),
    });
  };
  const ia = answers.internetArchive;
  if (ia !== undefined) {
    await context.route('https://web.archive.org/cdx/search/cdx?**', (route) => {
      requests.internetArchive.push(route.request().url());
      return answer(route, ia);
    });
  }
  const unesco = answers.unesco;
  if (unesco !== undefined) {
    await context.route('https://webarchive.unesco.org/web/timemap/link/**', (route) => {
      requests.unesco.push(route.request().url());
      return answer(route, unesco);
    });
  }
  return { requests };
}

/**
 * Stops the extension's background service worker, as Chrome does to an idle MV3 worker or on an update
 * (through the browser's DevTools protocol). The next extension event starts it again.
 */
export async function stopServiceWorker(browser: ExtensionBrowser): Promise<void> {
  const port = (await readFile(join(browser.userDataDir, 'DevToolsActivePort'), 'utf8')).split('\n')[0];
  const cdp = await chromium.connectOverCDP(`http://127.0.0.1:${port}`);
  try {
    const session = await cdp.newBrowserCDPSession();
    const { targetInfos } = (await session.send('Target.getTargets')) as {
      targetInfos: { targetId: string; type: string; url: string }[];
    };
    const worker = targetInfos.find(
      (t) => t.type === 'service_worker' && t.url.startsWith(`chrome-extension://${browser.extensionId}/`),
    );
    if (!worker) throw new Error('the extension has no running service worker');
    await session.send('Target.closeTarget', { targetId: worker.targetId });
  } finally {
    await cdp.close();
  }
}
