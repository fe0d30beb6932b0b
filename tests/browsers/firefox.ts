/**
 * A stock, headless Firefox (Debian's `firefox-esr`) with the built extension installed as a temporary add-on,
 * driven by puppeteer-core over WebDriver BiDi, with a local proxy for the internet (docs/testing.md,
 * "Firefox"). The helpers match `chromium.ts` by name and meaning, so a journey reads alike in both browsers.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { startLocalProxy, type LocalProxy, type ProxyAnswer } from './local-proxy';
import { browserPath, PROJECT_ROOT, type IndexAnswer } from './shared';

export { loadSample, ownPywbCapture, PROJECT_ROOT, sampleCaptureIndexes, type IndexAnswer } from './shared';

/** `wxt build -b firefox`: the package Firefox users install. */
export const FIREFOX_EXTENSION_DIR = join(PROJECT_ROOT, '.output', 'firefox-mv2');
/** `wxt build -b firefox --mode e2e`: the same, with the link check's host access granted up front. */
export const FIREFOX_E2E_GRANTS_DIR = join(PROJECT_ROOT, '.output', 'firefox-mv2-e2e');
/** The `moz-extension://` host, fixed by a preference so tests can open the extension's pages. */
const EXTENSION_UUID = '6c1d3e2a-0f4b-4c5d-9e8f-7a6b5c4d3e2f';

export type FirefoxWithExtension = {
  browser: Browser;
  proxy: LocalProxy;
  /** `moz-extension://<uuid>`, where the extension's pages are. */
  origin: string;
  /** An extension page kept open: it has the whole extension API, as Chromium's service worker has. */
  extensionPage: Page;
  /** Where downloads land, without asking. */
  downloadsDir: string;
  close(): Promise<void>;
};

export type FirefoxLaunchOptions = {
  extensionDir?: string;
  /** The reader's zone: Firefox takes it from the process's TZ. */
  timezone?: string;
  /** The languages the browser asks pages for ("fr"), and its interface language when it has that language. */
  language?: string;
};

function preferences(proxyPort: number, addonId: string, downloadsDir: string, language?: string) {
  return {
    'extensions.webextensions.uuids': JSON.stringify({ [addonId]: EXTENSION_UUID }),
    // The default from Firefox 153; ESR 140 needs it to let a test open the toolbar popup without a click.
    'extensions.openPopupWithoutUserGesture.enabled': true,
    // The extension's console output and uncaught errors on Firefox's stdout (seen with FIREFOX_DUMPIO=1).
    'devtools.console.stdout.content': true,
    'network.proxy.type': 1,
    'network.proxy.http': '127.0.0.1',
    'network.proxy.http_port': proxyPort,
    'network.proxy.ssl': '127.0.0.1',
    'network.proxy.ssl_port': proxyPort,
    // Firefox tries a request whose connection was dropped up to 10 times by default: one attempt, so that the
    // proxy counts the extension's requests, not the network layer's retries.
    'network.http.request.max-attempts': 1,
    // Loopback and private addresses go to the proxy too, so a test sees whether anything asked them.
    'network.proxy.allow_hijacking_localhost': true,
    'network.proxy.no_proxies_on': '',
    'browser.download.folderList': 2,
    'browser.download.dir': downloadsDir,
    'browser.download.useDownloadDir': true,
    'browser.download.always_ask_before_handling_new_types': false,
    'browser.download.alwaysOpenPanel': false,
    ...(language ? { 'intl.accept_languages': language, 'intl.locale.requested': language } : {}),
  };
}

/** Starts Firefox with the extension; every request goes to a local proxy that answers what the test serves. */
export async function launchFirefox(options: FirefoxLaunchOptions = {}): Promise<FirefoxWithExtension> {
  const extensionDir = options.extensionDir ?? FIREFOX_EXTENSION_DIR;
  const manifestPath = join(extensionDir, 'manifest.json');
  if (!existsSync(manifestPath)) {
    throw new Error(`No built extension in ${extensionDir}: run \`npx wxt build -b firefox\` first.`);
  }
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as {
    browser_specific_settings: { gecko: { id: string } };
  };
  const addonId = manifest.browser_specific_settings.gecko.id;
  const proxy = await startLocalProxy();
  const downloadsDir = mkdtempSync(join(tmpdir(), 'event-lens-downloads-'));
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: browserPath('Firefox', 'FIREFOX_PATH', '/usr/bin/firefox-esr', 'firefox-esr'),
    headless: true,
    // Lets the test session navigate a tab to the extension's moz-extension:// pages.
    args: ['--remote-allow-system-access'],
    acceptInsecureCerts: true,
    dumpio: process.env.FIREFOX_DUMPIO === '1',
    env: { ...process.env, ...(options.timezone ? { TZ: options.timezone } : {}) },
    extraPrefsFirefox: preferences(proxy.port, addonId, downloadsDir, options.language),
  });
  await browser.installExtension(extensionDir);
  const origin = `moz-extension://${EXTENSION_UUID}`;
  const extensionPage = await openPage(browser, `${origin}/options.html`);
  return {
    browser,
    proxy,
    origin,
    extensionPage,
    downloadsDir,
    async close() {
      await browser.close();
      await proxy.close();
      rmSync(downloadsDir, { recursive: true, force: true });
    },
  };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Opens `url` in a new tab and waits until it has loaded. BiDi reports no load of a moz-extension:// document,
 * so `page.goto` never settles there: it is started, not awaited, and the page's own state is polled.
 */
async function openPage(browser: Browser, url: string, viewport?: { width: number; height: number }): Promise<Page> {
  const page = await browser.newPage();
  // ESR 140 lacks a screen-orientation command puppeteer sends with the viewport; the size itself is applied.
  if (viewport) await page.setViewport(viewport).catch(() => undefined);
  // Deliberately not awaited (see above): the loop below is what waits, and it throws if nothing loads.
  page.goto(url, { timeout: 15_000 }).catch(() => undefined);
  const until = Date.now() + 15_000;
  while (Date.now() < until) {
    const state = await page.evaluate(() => `${location.href} ${document.readyState}`).catch(() => '');
    if (state === `${url} complete`) return page;
    await sleep(50);
  }
  throw new Error(`${url} did not load`);
}

/** Opens one of the extension's pages (`popup.html?tabId=3`, `library.html`) in a tab. */
export function openExtensionPage(
  ff: FirefoxWithExtension,
  path: string,
  viewport?: { width: number; height: number },
): Promise<Page> {
  return openPage(ff.browser, `${ff.origin}/${path}`, viewport);
}

/**
 * Polls `fn` in `page` until it returns a truthy value, and returns it. Puppeteer's `waitForFunction` builds a
 * function from text in the page, which an extension page's content security policy forbids.
 */
export async function waitFor<T>(page: Page, fn: () => T, timeoutMs = 10_000): Promise<NonNullable<Awaited<T>>> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const value = await page.evaluate(fn).catch(() => undefined);
    if (value) return value;
    if (Date.now() > until) throw new Error(`timed out waiting for ${fn.toString()}`);
    await sleep(50);
  }
}

/**
 * Serves `html` at `url`. Any other path on that host is a 404 (as for a capture's missing resources): the
 * proxy's answer to what no route serves, so routes added before or after for that host still count.
 */
export function serveCapture(ff: FirefoxWithExtension, url: string, html: string): void {
  ff.proxy.route((request) => (request.url === url ? { status: 200, body: html } : undefined));
}

function toProxyAnswer(answer: IndexAnswer): ProxyAnswer {
  if (typeof answer === 'string') return { status: 200, contentType: 'application/json', body: answer };
  if ('abort' in answer) return answer.abort === 'timedout' ? { hang: true } : { drop: true };
  return { contentType: 'text/plain', ...answer };
}

/** Answers the archives' capture indexes as `chromium.ts`'s function of the same name does, counting requests. */
export function serveCaptureIndexes(
  ff: FirefoxWithExtension,
  answers: { internetArchive?: IndexAnswer; unesco?: IndexAnswer },
): { requests: { internetArchive: string[]; unesco: string[] } } {
  const requests = { internetArchive: [] as string[], unesco: [] as string[] };
  const indexes = [
    { key: 'internetArchive', prefix: 'https://web.archive.org/cdx/search/cdx?', answer: answers.internetArchive },
    { key: 'unesco', prefix: 'https://webarchive.unesco.org/web/timemap/link/', answer: answers.unesco },
  ] as const;
  for (const { key, prefix, answer } of indexes) {
    if (answer === undefined) continue;
    ff.proxy.route((request) => {
      if (!request.url.startsWith(prefix)) return undefined;
      requests[key].push(request.url);
      return toProxyAnswer(answer);
    });
  }
  return { requests };
}

export * from './firefox-extension-api';

/** Opens the popup for `tabId` in a tab of its own, sized like the toolbar popup. */
export function openPopupFor(ff: FirefoxWithExtension, tabId: number): Promise<Page> {
  return openExtensionPage(ff, `popup.html?tabId=${tabId}`, { width: 400, height: 640 });
}

/**
 * The next file the browser saves in the downloads folder whose name ends with `suffix` (one not in `before`),
 * once complete: Firefox creates the file empty and writes a `.part` beside it until it is done.
 */
export async function nextDownload(
  ff: FirefoxWithExtension,
  suffix: string,
  before: readonly string[] = [],
): Promise<{ name: string; text: string }> {
  for (let i = 0; i < 150; i++) {
    const names = readdirSync(ff.downloadsDir);
    const name = names.find((f) => f.endsWith(suffix) && !before.includes(f));
    const done = name && !names.some((f) => f.endsWith('.part')) && statSync(join(ff.downloadsDir, name)).size > 0;
    if (name && done) return { name, text: readFileSync(join(ff.downloadsDir, name), 'utf8') };
    await sleep(100);
  }
  throw new Error(`no new ${suffix} downloaded`);
}
