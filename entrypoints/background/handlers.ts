import { browser } from 'wxt/browser';
import { badgeFor } from '../../utils/badge';
import { parseEventRecord, type EventRecord } from '../../utils/event-record';
import { EXTRACTION_CONTEXT_KEY, type ExtractionContext } from '../../utils/extraction-context';
import { decideInjection } from '../../utils/injection-decision';
import type { Handlers, SenderInfo } from '../../utils/messages';
import { capturesForPage } from '../../utils/captures/capture-service';
import {
  captureStore,
  loadCaptureSettings,
  loadMemento,
  loadTabRecord,
  loadUserArchiveOrigins,
  saveTabRecord,
} from '../../utils/storage';
import { toolbarButton } from './toolbar';

/** The extractor bundle (entrypoints/extractor.ts), injected into frames that hold a UNESCO page. */
const EXTRACTOR = '/extractor.js';

/** Keeps a tab's record and shows it on the toolbar badge. */
export async function recordTab(tabId: number, record: EventRecord): Promise<void> {
  await saveTabRecord(tabId, record);
  const badge = badgeFor(record);
  const button = toolbarButton();
  await button.setBadgeText({ tabId, text: badge?.text ?? '' });
  if (badge) {
    await button.setBadgeBackgroundColor({ tabId, color: badge.color });
    await button.setTitle({ tabId, title: badge.title });
  }
}

/** Each request type mapped to its utils/ function; thin by design. */
export const handlers: Handlers<SenderInfo> = {
  async 'page:candidate'(_req, sender) {
    const tabId = sender.tab?.id;
    if (tabId === undefined) throw new Error('page:candidate needs a tab');
    const frameId = sender.frameId ?? 0;
    const decision = decideInjection({
      senderUrl: sender.url,
      frameId,
      userArchiveOrigins: await loadUserArchiveOrigins(),
      memento: await loadMemento(tabId, frameId),
    });
    if (!decision.inject) return { stored: false };
    const target = { tabId, frameIds: [frameId] };
    // The context goes into the extension's isolated world of that frame, where the extractor reads it.
    await browser.scripting.executeScript({
      target,
      func: (key: string, context: ExtractionContext) => {
        (globalThis as Record<string, unknown>)[key] = context;
      },
      args: [EXTRACTION_CONTEXT_KEY, decision.context],
    });
    const [injection] = await browser.scripting.executeScript({ target, files: [EXTRACTOR] });
    // The result comes from a script running inside a page we do not control: validate it like any input.
    const record = parseEventRecord(injection?.result);
    if (!record) return { stored: false };
    await recordTab(tabId, record);
    return { stored: true };
  },
  async 'captures:get'(req) {
    // The page is the one this background read for that tab; a tab without a record has nothing to ask.
    const record = await loadTabRecord(req.tabId);
    if (!record) return { results: [] };
    const results = await capturesForPage(record.page, {
      fetch: (url, init) => fetch(url, init),
      store: captureStore,
      settings: await loadCaptureSettings(),
      now: () => Date.now(),
      refresh: req.refresh,
    });
    return { results };
  },
};
