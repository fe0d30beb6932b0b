import { browser } from 'wxt/browser';
import { badgeFor } from '../../utils/badge';
import type { EventRecord } from '../../utils/event-record';
import { analyseOptionsFrom, type ExtractionContext } from '../../utils/page/extraction-context';
import { injectedArgs, setInjectedGlobal } from '../../utils/page/injected-input';
import { analysePageSource } from '../../utils/page/read-page-source';
import { applyCorrections } from '../../utils/corrections';
import { REPLAY_FRAME_SELECTOR } from '../../utils/detect/offer-page';
import { decideInjection, framesToConsider } from '../../utils/page/injection-decision';
import { chosenMessages } from '../../utils/i18n/page-translator';
import { CARD_DATA, cardWanted } from '../../utils/page-card/card-data';
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
import { markRead } from './bench-marks';
import { showBadge } from './toolbar';

/** The script that hands back a frame's markup (entrypoints/page-source.ts), injected into UNESCO pages' frames. */
const PAGE_SOURCE = '/page-source.js';

/** Keeps a tab's record and shows it on the toolbar badge. */
export async function recordTab(tabId: number, record: EventRecord): Promise<void> {
  await saveTabRecord(tabId, record);
  await showBadge(tabId, badgeFor(record));
}

/** The card (entrypoints/card.ts), injected into the frame just read when it holds an event. */
const CARD = '/card.js';

/** Puts the in-page card on the frame, with the reader's corrections, unless the reader turned it off. */
async function showCard(target: { tabId: number; frameIds: number[] }, record: EventRecord): Promise<void> {
  if (!cardWanted(await loadPageSettings(), record.page.site)) return;
  const shown = applyCorrections(record, await loadCorrections(record.page.originalUrl));
  await browser.scripting.executeScript({
    target,
    func: setInjectedGlobal,
    args: injectedArgs(CARD_DATA, { record: shown, original: record, messages: await chosenMessages() }),
  });
  await browser.scripting.executeScript({ target, files: [CARD] });
}

/**
 * Reads one frame: its markup comes back from the injected script and is analysed here (docs/extraction.md,
 * "Where the page is read"), then kept as the tab's record; on request, puts the card on the page when there is
 * an event.
 */
async function readFrame(
  target: { tabId: number; frameIds: number[] },
  context: ExtractionContext,
  options: { card: boolean } = { card: false },
): Promise<boolean> {
  const startedAt = performance.now();
  const [injection] = await browser.scripting.executeScript({ target, files: [PAGE_SOURCE] });
  // The result comes from a script running inside a page we do not control: validated like any input.
  const record = analysePageSource(injection?.result, analyseOptionsFrom(context));
  if (!record) return false;
  markRead(startedAt);
  await recordTab(target.tabId, record);
  // The card is extra: a frame that went away or refuses the card leaves the record and the badge as they are.
  if (options.card && record.event) await showCard(target, record).catch(() => undefined);
  return true;
}

/** Each request type mapped to its utils/ function; thin by design. */
export const handlers: Handlers<SenderInfo> = {
  async 'page:candidate'(_req, sender) {
    const tabId = sender.tab?.id;
    if (tabId === undefined) throw new Error('page:candidate needs a tab');
    const frameId = sender.frameId ?? 0;
    // The tab's address is known only on hosts the extension may see: a capture framed by any other site has
    // none here, and is not read (decideInjection).
    const decision = decideInjection({
      senderUrl: sender.url,
      frameId,
      topUrl: sender.tab?.url,
      userArchiveOrigins: await loadUserArchiveOrigins(),
      memento: await loadMemento(tabId, frameId),
    });
    if (!decision.inject) return { stored: false };
    return { stored: await readFrame({ tabId, frameIds: [frameId] }, decision.context, { card: true }) };
  },
  async 'page:read'(req) {
    // Each frame's address as its document was loaded (its navigation entry, read in the extension's isolated
    // world: the page's `history.pushState` moves `location`, not this), and whether it is pywb's frame host
    // (the capture is in its iframe); frames of hosts the extension may not read are left out by the browser,
    // and a tab whose top frame it may not read refuses the call.
    const frames = await browser.scripting
      .executeScript({
        target: { tabId: req.tabId, allFrames: true },
        func: (replayFrame: string) => ({
          href: performance.getEntriesByType('navigation')[0]?.name ?? '',
          frameHost: document.querySelector(replayFrame) !== null,
        }),
        args: [REPLAY_FRAME_SELECTOR],
      })
      .catch(() => []);
    const userArchiveOrigins = await loadUserArchiveOrigins();
    for (const { frameId, href, topUrl } of framesToConsider(frames)) {
      const decision = decideInjection({
        senderUrl: href,
        frameId,
        topUrl,
        userArchiveOrigins,
        memento: await loadMemento(req.tabId, frameId),
      });
      // Asked for from the popup: the record is what is wanted, not the card on the page.
      if (decision.inject)
        return { stored: await readFrame({ tabId: req.tabId, frameIds: [frameId] }, decision.context) };
    }
    return { stored: false };
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
