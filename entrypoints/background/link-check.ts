import { browser, type Browser } from 'wxt/browser';
import { nearestArchivedCopy } from '../../utils/captures/capture-service';
import { msToTimestamp } from '../../utils/captures/capture';
import { checkLinks } from '../../utils/links/link-check';
import { eventOverMs, linkTargets, offsetDateTimeMs } from '../../utils/links/link-targets';
import { LINK_CHECK_PORT, LinkCheckRequestSchema, isOwnPagePort, type LinkCheckEvent } from '../../utils/messages';
import { chosenRecord } from '../../utils/listing/chosen-event';
import { captureStore, linkResultCache, loadChosenEvent, loadTabRecord } from '../../utils/storage';

/** The permission a check needs: reaching any http(s) host (optional; the popup asks for it on the first check). */
export const ANY_HOST = { origins: ['http://*/*', 'https://*/*'] };

/**
 * The browser's network errors for the worker's own requests (`net::ERR_NAME_NOT_RESOLVED`), when the reader
 * allowed `webRequest`: the only way to tell a name that no longer resolves (gone) from a refused connection.
 */
const netErrors = new Map<string, string>();
let watchingErrors = false;

async function watchNetErrors(): Promise<boolean> {
  if (watchingErrors) return true;
  const allowed = await browser.permissions.contains({ permissions: ['webRequest'] }).catch(() => false);
  if (!allowed || !browser.webRequest?.onErrorOccurred) return false;
  browser.webRequest.onErrorOccurred.addListener(
    (details) => {
      if (netErrors.size > 500) netErrors.clear();
      netErrors.set(details.url, details.error);
    },
    { urls: ['http://*/*', 'https://*/*'] },
  );
  watchingErrors = true;
  return true;
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
  if (!(await browser.permissions.contains(ANY_HOST))) {
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
    ...(errors && { netError: netErrorFor }),
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
        post({ type: 'failed', code: 'internal', detail: err instanceof Error ? err.message : String(err) }),
      );
    });
  });
}
