import { browser } from 'wxt/browser';
import { badgeFor } from '../../utils/badge';
import { parseEventRecord, type EventRecord } from '../../utils/event-record';
import { EXTRACTION_CONTEXT_KEY, type ExtractionContext } from '../../utils/extraction-context';
import { applyCorrections } from '../../utils/corrections';
import { decideInjection } from '../../utils/injection-decision';
import { CARD_DATA_KEY, cardWanted } from '../../utils/page-card/card-data';
import type { Handlers, SenderInfo } from '../../utils/messages';
import { capturesForPage } from '../../utils/captures/capture-service';
import {
  captureStore,
  loadCaptureSettings,
  loadCorrections,
  loadPageSettings,
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

/** The card (entrypoints/card.ts), injected into the frame just read when it holds an event. */
const CARD = '/card.js';

/** Puts the in-page card on the frame, with the reader's corrections, unless the reader turned it off. */
async function showCard(target: { tabId: number; frameIds: number[] }, record: EventRecord): Promise<void> {
  if (!cardWanted(await loadPageSettings(), record.page.site)) return;
  const shown = applyCorrections(record, await loadCorrections(record.page.originalUrl));
  await browser.scripting.executeScript({
    target,
    func: (key: string, data: string) => {
      (globalThis as Record<string, unknown>)[key] = data;
    },
    // As JSON text: the browser's argument passing drops object keys whose value is null.
    args: [CARD_DATA_KEY, JSON.stringify({ record: shown, original: record })],
  });
  await browser.scripting.executeScript({ target, files: [CARD] });
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
    if (record.event) await showCard(target, record).catch(() => undefined);
    return { stored: true };
  },
  async 'card:openDetails'(_req, sender) {
    // Only ever the sender's own tab: a page cannot ask for another tab's details.
    const tabId = sender.tab?.id;
    if (tabId === undefined) return { opened: false };
    await browser.tabs.create({ url: browser.runtime.getURL(`/popup.html?tabId=${tabId}`) });
    return { opened: true };
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
