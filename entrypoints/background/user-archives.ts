import { browser } from 'wxt/browser';
import { readMementoHeaders } from '../../utils/archives/memento-headers';
import { originMatchPattern } from '../../utils/archives/user-archive-origin';
import { loadUserArchiveOrigins, saveMemento } from '../../utils/storage';

const SCRIPT_ID = 'user-archives';
const CONTENT_SCRIPT = 'user-archive-capture.js';

/**
 * Runs the user-archive content script (every frame offered; the background decides) on the archive hosts
 * the user added and granted, and on nothing else. Called at start-up and whenever the list changes.
 */
export async function syncUserArchiveScripts(): Promise<void> {
  const origins = await loadUserArchiveOrigins();
  const granted = await Promise.all(
    origins.map((o) =>
      browser.permissions.contains({ origins: [originMatchPattern(o)] }).then((ok) => (ok ? o : null)),
    ),
  );
  const matches = granted.filter((o): o is string => o !== null).map(originMatchPattern);
  // Not registered yet (first run, or no archive of the reader's): nothing to unregister.
  await browser.scripting.unregisterContentScripts({ ids: [SCRIPT_ID] }).catch(() => undefined);
  if (matches.length === 0) return;
  await browser.scripting.registerContentScripts([
    {
      id: SCRIPT_ID,
      matches,
      js: [CONTENT_SCRIPT],
      allFrames: true,
      runAt: 'document_idle',
      persistAcrossSessions: true,
    },
  ]);
}

/**
 * Keeps what each frame's response said in its Memento headers, for the extractor (passive: reads headers of
 * requests the page made anyway). Only possible once the user granted `webRequest` with an archive host, and
 * only for hosts Event Lens may access. Registered synchronously at start-up so the worker wakes for it.
 */
export function watchMementoHeaders(): void {
  const onHeadersReceived = browser.webRequest?.onHeadersReceived;
  if (!onHeadersReceived || onHeadersReceived.hasListener(recordMementoHeaders)) return;
  onHeadersReceived.addListener(
    recordMementoHeaders,
    { urls: ['http://*/*', 'https://*/*'], types: ['main_frame', 'sub_frame'] },
    ['responseHeaders'],
  );
}

function recordMementoHeaders(details: {
  tabId: number;
  frameId: number;
  responseHeaders?: { name: string; value?: string }[];
}): undefined {
  if (details.tabId < 0) return;
  void saveMemento(details.tabId, details.frameId, readMementoHeaders(details.responseHeaders ?? []));
}
