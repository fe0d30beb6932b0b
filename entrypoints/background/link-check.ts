import { browser, type Browser } from 'wxt/browser';
import { errorText } from '../../utils/error-text';
import { nearestArchivedCopy } from '../../utils/captures/capture-service';
import { msToTimestamp } from '../../utils/captures/capture';
import { checkLinks } from '../../utils/links/link-check';
import { ANY_SITE } from '../../utils/links/site-access';
import { eventOverMs, linkTargets, offsetDateTimeMs } from '../../utils/links/link-targets';
import { LINK_CHECK_PORT, LinkCheckRequestSchema, isOwnPagePort, type LinkCheckEvent } from '../../utils/messages';
import { chosenRecord } from '../../utils/listing/chosen-event';
import { captureStore, linkResultCache, loadChosenEvent, loadTabRecord } from '../../utils/storage';

/**
 * What the browser saw of the worker's own requests (`tabId: -1`: never a tab's), when the reader allowed
 * `webRequest`: the network error (`net::ERR_NAME_NOT_RESOLVED`), the only way to tell a name that no longer
 * resolves (gone) from a refused connection; and the redirects it followed, which fetch does not show
 * (docs/security.md, "Redirects"). Both keyed by the address the request started from.
 */
const netErrors = new Map<string, string>();
const redirectChains = new Map<string, { start: string; hops: string[] }>();
const hopsByStart = new Map<string, string[]>();
let watchingErrors = false;

function startOf(requestId: string, url: string): string {
  return redirectChains.get(requestId)?.start ?? url;
}

async function watchNetErrors(): Promise<boolean> {
  if (watchingErrors) return true;
  const allowed = await browser.permissions.contains({ permissions: ['webRequest'] }).catch(() => false);
  if (!allowed || !browser.webRequest?.onErrorOccurred) return false;
  // The worker's fetches are `xmlhttprequest`s outside any tab. Firefox honours the filter's `tabId: -1`;
  // Chromium reads -1 there as "any tab" (seen in Chromium 156), so each listener checks it too.
  const filter = { urls: ['http://*/*', 'https://*/*'], types: ['xmlhttprequest' as const], tabId: -1 };
  browser.webRequest.onBeforeRedirect.addListener((details) => {
    if (details.tabId !== -1) return;
    if (redirectChains.size > 500) redirectChains.clear();
    if (hopsByStart.size > 500) hopsByStart.clear();
    const chain = redirectChains.get(details.requestId) ?? { start: details.url, hops: [] };
    chain.hops.push(details.redirectUrl);
    redirectChains.set(details.requestId, chain);
    hopsByStart.set(chain.start, chain.hops);
  }, filter);
  browser.webRequest.onErrorOccurred.addListener((details) => {
    if (details.tabId !== -1) return;
    if (netErrors.size > 500) netErrors.clear();
    netErrors.set(startOf(details.requestId, details.url), details.error);
    redirectChains.delete(details.requestId);
  }, filter);
  watchingErrors = true;
  return true;
}

/** The redirects the browser followed for the last request that started at `url`. */
function redirectHopsOf(url: string): readonly string[] {
  return hopsByStart.get(url) ?? [];
}

/** The error for `url`, waiting a moment for the event (it may arrive just after fetch rejects). */
async function netErrorFor(url: string): Promise<string | null> {
  for (let i = 0; i < 6; i++) {
    const error = netErrors.get(url) ?? netErrors.get(`${url}/`);
    if (error) return /NAME_NOT_RESOLVED|NAME_RESOLUTION_FAILED/.test(error) ? 'name-not-resolved' : 'connection';
    await new Promise((r) => setTimeout(r, 50));
  }
  return null;
}

async function runCheck(tabId: number, post: (event: LinkCheckEvent) => void, signal: AbortSignal): Promise<void> {
  const read = await loadTabRecord(tabId);
  // On a page that lists several events, the one the reader chose (utils/listing/chosen-event.ts).
  const record = read && chosenRecord(read, await loadChosenEvent(read.page.originalUrl));
  if (!record) return post({ type: 'failed', code: 'no-record', detail: 'This tab has no page Event Lens read.' });
  if (!(await browser.permissions.contains(ANY_SITE))) {
    return post({ type: 'failed', code: 'no-permission', detail: 'Access to websites was not granted.' });
  }
  const errors = await watchNetErrors();
  const capturedMs = record.page.capturedAt ? offsetDateTimeMs(record.page.capturedAt) : null;
  const atMs = capturedMs ?? Date.now();
  const results = await checkLinks(linkTargets(record), {
    fetch: (url, init) => fetch(url, init),
    now: () => Date.now(),
    signal,
    cache: linkResultCache,
    eventEndMs: eventOverMs(record),
    ...(errors && { netError: netErrorFor, redirectHops: redirectHopsOf }),
    findCapture: (url) =>
      nearestArchivedCopy(url, atMs, {
        fetch: (u, init) => fetch(u, init),
        store: captureStore,
        now: () => Date.now(),
      }),
    // The Internet Archive replays the capture nearest the time asked for.
    fallbackCopy: (url) => `https://web.archive.org/web/${msToTimestamp(atMs)}/${url}`,
    onResult: (result, done, total) => post({ type: 'progress', done, total, result }),
  });
  post({ type: 'done', results });
}

/** Link checks over ports from the extension's own pages only; one check per port, stopped when it closes. */
export function listenForLinkChecks(own: { id: string; origin: string }): void {
  browser.runtime.onConnect.addListener((port: Browser.runtime.Port) => {
    if (port.name !== LINK_CHECK_PORT) return;
    if (!isOwnPagePort(port.sender, own.id, own.origin)) {
      port.disconnect();
      return;
    }
    const controller = new AbortController();
    let started = false;
    port.onDisconnect.addListener(() => controller.abort());
    const post = (event: LinkCheckEvent) => {
      try {
        if (!controller.signal.aborted) port.postMessage(event);
      } catch {
        controller.abort();
      }
    };
    port.onMessage.addListener((raw: unknown) => {
      const parsed = LinkCheckRequestSchema.safeParse(raw);
      if (!parsed.success) return;
      if (parsed.data.type === 'cancel') return controller.abort();
      if (started) return;
      started = true;
      runCheck(parsed.data.tabId, post, controller.signal).catch((err: unknown) =>
        post({ type: 'failed', code: 'internal', detail: errorText(err) }),
      );
    });
  });
}
