import { h, render } from 'preact';
import { browser } from 'wxt/browser';
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { PageCard } from '../components/PageCard';
import cardCss from '../components/page-card.css?inline';
import { calendarLinks } from '../utils/calendar/calendar-links';
import { unwrapHref } from '../utils/extract/fields/links';
import type { MessageKey } from '../utils/i18n';
import { browserTranslate } from '../utils/i18n';
import type { Request } from '../utils/messages';
import { CARD_DATA_KEY, cardWanted, readCardData } from '../utils/page-card/card-data';
import { isCardElement, linkMark, OVERLAY_CSS, pin, removeCardElements, shadowHost } from '../utils/page-card/overlays';
import { findTimeAnchor } from '../utils/page-card/time-anchor';
import {
  captureStore,
  linkResultCache,
  loadDisplaySettings,
  loadPageSettings,
  loadSavedEvents,
  pageSettingsItem,
  removeSavedEvents,
  saveEvent,
} from '../utils/storage';
import { storage } from '@wxt-dev/storage';
import { displayPreferences, formatEventTimes } from '../utils/time/format-event-time';

// Injected by the background into the frame it read, when that frame holds an event and the reader has the
// card on: the card (bottom right, in a closed shadow root: the page's styles and scripts cannot reach it),
// the converted time next to the page's own, and, after a link check, a mark on each checked link. Nothing is
// moved: everything sits above the page. It all goes away when the extension is updated or turned off.
const collapsedItem = storage.defineItem<boolean>('local:card-collapsed', { fallback: false });

export default defineUnlistedScript(() => {
  mount().catch((err: unknown) => {
    (globalThis as Record<string, unknown>).__eventLensCardError = err instanceof Error ? err.stack : String(err);
    console.warn('Event Lens: the card could not be shown', err);
  });
});

async function mount(): Promise<void> {
  const data = readCardData((globalThis as Record<string, unknown>)[CARD_DATA_KEY]);
  const record = data?.record;
  const event = record?.event;
  if (!data || !record || !event) return;
  removeCardElements(document);
  const settings = await loadPageSettings();
  if (!cardWanted(settings, record.page.site)) return;
  const getMessage = browser.i18n.getMessage.bind(browser.i18n) as (k: string, s?: string | string[]) => string;
  const t = browserTranslate(getMessage);
  const prefs = displayPreferences(await loadDisplaySettings(), (zone) => t('readerZone', zone));
  const times = formatEventTimes(event, prefs);
  const own = times.lines[0];
  const mine = times.lines.find((l) => l.label === prefs.readerLabel?.(prefs.readerZone)) ?? null;
  const cached = await Promise.all(
    [record.page.archive?.id, 'internet-archive']
      .filter((id): id is string => typeof id === 'string')
      .map((id) => captureStore.getCached(id, record.page.originalUrl).catch(() => null)),
  );
  const known = cached.filter((c) => c !== null);
  const captureCount = known.length > 0 ? known.reduce((n, c) => n + c.list.captures.length, 0) : null;

  const card = shadowHost(document, 'event-lens-card', cardCss);
  const overlays: { host: HTMLElement; anchor: Element; place: 'below' | 'after' }[] = [];
  // Kept in the isolated world for the tests (the page itself cannot see a closed shadow root).
  (globalThis as Record<string, unknown>).__eventLensCardRoot = card.root;
  let collapsed = await collapsedItem.getValue();
  const url = record.page.originalUrl;
  let saved = (await loadSavedEvents()).events.some((e) => e.record.page.originalUrl === url);
  const calendar = calendarLinks(record);
  const draw = () =>
    render(
      h(PageCard, {
        t,
        title: event.title,
        yourTime: mine ? `${mine.text} (${prefs.readerZone})` : null,
        eventTime: own ? `${own.text} (${own.label})` : times.dateText,
        captureCount,
        googleUrl: calendar?.googleUrl ?? null,
        collapsed,
        saved,
        onToggleSave: () => {
          const done = saved
            ? removeSavedEvents([url]).then(() => false)
            : saveEvent(data.original).then((o) => o === 'saved');
          void done.then((now) => {
            saved = now;
            draw();
          });
        },
        onToggle: () => {
          collapsed = !collapsed;
          void collapsedItem.setValue(collapsed);
          draw();
        },
        onAddToCalendar: () => void downloadIcs(),
        onDetails: () => {
          const message: Request = { type: 'card:openDetails' };
          void browser.runtime.sendMessage(message).catch(() => undefined);
        },
        onHideSite: () => {
          void pageSettingsItem.setValue({
            ...settings,
            enrichmentOffSites: [...new Set([...settings.enrichmentOffSites, record.page.site])],
          });
          unmount();
        },
      }),
      card.box,
    );
  const downloadIcs = async () => {
    const { buildIcs, icsFileName } = await import('../utils/calendar/build-ics');
    const ics = buildIcs(record, new Date());
    if (!ics) return;
    const url = URL.createObjectURL(new Blob([ics], { type: 'text/calendar' }));
    const link = document.createElement('a');
    link.href = url;
    link.download = icsFileName(record);
    card.root.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  };
  draw();

  // The converted time, right under the page's own.
  const anchor = event.sources.start ? findTimeAnchor(document, event.sources.start.text, isCardElement) : null;
  if (anchor && mine) {
    const note = shadowHost(document, 'event-lens-note', OVERLAY_CSS);
    const chip = document.createElement('span');
    chip.textContent = t('cardAnnotation', mine.text);
    chip.title = `${mine.text} (${prefs.readerZone})`;
    note.box.append(chip);
    (globalThis as Record<string, unknown>).__eventLensNoteRoot = note.root;
    overlays.push({ host: note.host, anchor, place: 'below' });
  }

  // Marks on the links a check judged (its verdicts are cached per address).
  const marks: HTMLElement[] = [];
  const drawMarks = async () => {
    for (const m of marks.splice(0)) m.remove();
    for (let i = overlays.length - 1; i >= 0; i--)
      if (overlays[i]?.host.tagName === 'EVENT-LENS-MARK') overlays.splice(i, 1);
    const anchors = [...document.querySelectorAll('a[href]')].slice(0, 2000);
    for (const a of anchors) {
      const unwrapped = unwrapHref(a.getAttribute('href') ?? '', location.href);
      if (!unwrapped) continue;
      const result = await linkResultCache.get(unwrapped.url).catch(() => null);
      if (!result) continue;
      const mark = shadowHost(document, 'event-lens-mark', OVERLAY_CSS);
      const verdictText = t(`verdict_${result.verdict.replace(/-/g, '_')}` as MessageKey);
      const el = linkMark(document, result, t('cardLinkMark', verdictText));
      mark.box.append(el);
      marks.push(mark.host);
      overlays.push({ host: mark.host, anchor: a, place: 'after' });
    }
    repin();
  };
  const repin = () => {
    for (const o of overlays) pin(o.host, o.anchor, o.place, { x: window.scrollX, y: window.scrollY });
  };
  repin();
  void drawMarks();
  const stopMarks = storage.watch('local:link-results', () => void drawMarks());
  const observer = new ResizeObserver(repin);
  observer.observe(document.documentElement);
  window.addEventListener('resize', repin);

  function unmount() {
    render(null, card.box);
    removeCardElements(document);
    observer.disconnect();
    window.removeEventListener('resize', repin);
    stopMarks();
    clearInterval(alive);
  }
  // When the extension is updated or turned off, this script's connection ends: take everything away.
  const alive = setInterval(() => {
    if (!browser.runtime?.id) unmount();
  }, 2000);
}
