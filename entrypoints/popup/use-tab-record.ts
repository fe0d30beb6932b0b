/**
 * The tab the popup shows and the record its page gave. The record is read straight from session storage, where
 * the background keeps it (validated there and again on this read): no round trip through a service worker that
 * may first have to start. A page still being read shows up as soon as the background stores it; a front page or
 * an index (not read as it loads) is read on demand.
 */
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { EventRecord } from '../../utils/event-record';
import { errorText } from '../../utils/error-text';
import type { MessageKey } from '../../utils/i18n';
import { parseReply, type ExtensionRequest } from '../../utils/messages';
import { loadTabRecord, watchTabRecord } from '../../utils/storage';

export type TabRecord =
  | { kind: 'loading' }
  | { kind: 'error'; message: MessageKey; detail?: string }
  /** `record` is `null` when the tab holds no UNESCO page (or one the extension may not read). */
  | { kind: 'read'; record: EventRecord | null };

/** The tab to show: `?tabId=N` (tests, and pages opened from the popup), else the active tab. */
async function targetTabId(): Promise<number | null> {
  const param = new URLSearchParams(location.search).get('tabId');
  if (param !== null && /^\d+$/.test(param)) return Number(param);
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id ?? null;
}

/** Asks the background to read the page in a tab that has no record yet; the failure's detail, or `null`. */
async function askRead(tabId: number): Promise<string | null> {
  const request: ExtensionRequest = { type: 'page:read', tabId };
  const response = parseReply('page:read', await browser.runtime.sendMessage(request));
  if (!response) return 'The extension answered with something it cannot read.';
  return response.ok ? null : response.error.message;
}

export function useTabRecord(): { tabId: number | null; tab: TabRecord } {
  const [tabId, setTabId] = useState<number | null>(null);
  const [tab, setTab] = useState<TabRecord>({ kind: 'loading' });
  useEffect(() => {
    let stopWatching: () => void = () => undefined;
    const show = (record: EventRecord | null) => setTab({ kind: 'read', record });
    const start = async () => {
      const id = await targetTabId();
      if (id === null) return setTab({ kind: 'error', message: 'errorNoTab' });
      setTabId(id);
      stopWatching = watchTabRecord(id, show);
      const record = await loadTabRecord(id);
      if (record) return show(record);
      const failed = await askRead(id);
      if (failed !== null) return setTab({ kind: 'error', message: 'errorBadAnswer', detail: failed });
      show(await loadTabRecord(id));
    };
    start().catch((err: unknown) => setTab({ kind: 'error', message: 'errorBadAnswer', detail: errorText(err) }));
    return () => stopWatching();
  }, []);
  return { tabId, tab };
}
