/**
 * Puts the card on the page (in the bottom corner where the reader's lines end, left in Arabic; in a closed shadow
 * root: the page's styles and scripts cannot reach it), the converted time next to the page's own, and the latest link check's marks; keeps them in step with the
 * reader's choices made anywhere (the event chosen on a listing page, corrections, saving, a new check), and
 * takes everything away when the extension is updated or turned off. Nothing of the page is moved.
 */
import { h, render } from 'preact';
import { browser } from 'wxt/browser';
import { PageCard } from '../../components/PageCard';
import cardCss from '../../components/page-card.css?inline';
import { calendarLinks } from '../../utils/calendar/calendar-links';
import { applyCorrections } from '../../utils/corrections';
import { downloadIcs } from '../../utils/common/download';
import { eventsOf, type EventRecord, type PageInfo } from '../../utils/event-record';
import { listingChoices } from '../../utils/event-view/listing-choices';
import { languageOf, markLanguage, translatorFor } from '../../utils/i18n/page-translator';
import type { Translate } from '../../utils/i18n/translate';
import { savedKeys } from '../../utils/library/saved-events';
import { chosenRecord, eventKey, validChoice } from '../../utils/listing/chosen-event';
import type { ExtensionRequest } from '../../utils/messages';
import { cardWanted, readCardData } from '../../utils/page-card/card-data';
import { removeCardElements, shadowHost } from '../../utils/page-card/overlays';
import {
  captureStore,
  cardCollapsedItem,
  chosenEventsItem,
  correctionsItem,
  loadDisplaySettings,
  loadPageSettings,
  pageChecksItem,
  pageSettingsItem,
  recentPageCheck,
  removeSavedEvents,
  saveChosenEvent,
  saveEvent,
  savedEventsItem,
  type PageSettings,
  type StoredItem,
} from '../../utils/storage';
import { type TimeFormatOptions } from '../../utils/time/format-event-time';
import { displayPreferences } from '../../utils/time/reader-preferences';
import { textDirection } from '../../utils/i18n/ui-language';
import { showLinkMarks } from './link-marks';
import { overlayLayer } from './overlay-layer';
import { showTimeNote } from './time-note';

const expose = (name: string, value: unknown) => ((globalThis as Record<string, unknown>)[name] = value);

/** How many other captures are already known from an earlier look in the popup (the card never asks). */
async function knownCaptureCount(page: PageInfo): Promise<number | null> {
  const ids = [page.archive?.id, 'internet-archive'].filter((id): id is string => typeof id === 'string');
  // A cached list that cannot be read counts as unknown: the card only ever shows what it has.
  const cached = await Promise.all(ids.map((id) => captureStore.getCached(id, page.originalUrl).catch(() => null)));
  const known = cached.filter((c) => c !== null);
  return known.length > 0 ? known.reduce((n, c) => n + c.list.captures.length, 0) : null;
}

/** The reader's stored choices the card follows, each read once and then kept current. */
const WATCHED = {
  collapsed: cardCollapsedItem,
  choices: chosenEventsItem,
  corrections: correctionsItem,
  saved: savedEventsItem,
  checks: pageChecksItem,
};
type Watched = { [K in keyof typeof WATCHED]: (typeof WATCHED)[K] extends StoredItem<infer T> ? T : never };

async function watchAll(onChange: (state: Watched) => void): Promise<{ state: Watched; stop: () => void }> {
  const entries = Object.entries(WATCHED) as [keyof Watched, StoredItem<unknown>][];
  const values = await Promise.all(entries.map(([, item]) => item.load()));
  const state = Object.fromEntries(entries.map(([k], i) => [k, values[i]])) as Watched;
  const stops = entries.map(([k, item]) => item.subscribe((v) => onChange(Object.assign(state, { [k]: v }))));
  return { state, stop: () => stops.forEach((stop) => stop()) };
}

type Context = {
  original: EventRecord;
  settings: PageSettings;
  t: Translate;
  prefs: TimeFormatOptions;
  /** The card's closed root: where the download link is clicked, out of the page's sight. */
  cardRoot: ShadowRoot;
};

/** The record the card shows: the event the reader chose on a listing page, with their corrections. */
function shownRecord(ctx: Context, state: Watched): { key: string; original: EventRecord; record: EventRecord } {
  const original = chosenRecord(ctx.original, validChoice(ctx.original, state.choices[ctx.original.page.originalUrl]));
  const key = eventKey(original);
  return { key, original, record: applyCorrections(original, state.corrections[key] ?? null) };
}

export async function mountCard(): Promise<void> {
  const data = readCardData();
  if (!data) return;
  removeCardElements(document);
  const settings = await loadPageSettings();
  const page = data.original.page;
  if (!cardWanted(settings, page.site)) return;
  const { t, language, locale } = languageOf(translatorFor(data.messages));
  const prefs = displayPreferences(await loadDisplaySettings(), (zone) => t('readerZone', zone), locale);
  const captureCount = await knownCaptureCount(page);
  const card = shadowHost(document, 'event-lens-card', cardCss);
  // The host's direction sets the card's corner (page-card.css, `inset-inline-end`), the box's its own layout.
  card.host.dir = textDirection(language);
  markLanguage(card.box, language);
  const ctx: Context = { original: data.original, settings, t, prefs, cardRoot: card.root };
  const layer = overlayLayer(document);
  // Kept in the isolated world for the tests (the page itself cannot see a closed shadow root).
  expose('__eventLensCardRoot', card.root);
  expose('__eventLensOverlayRoot', layer.root);
  let noteFor: unknown = null;
  const draw = (state: Watched) => {
    const shown = shownRecord(ctx, state);
    const event = shown.record.event;
    if (!event) return;
    render(h(PageCard, cardProps(ctx, state, shown, captureCount, unmount)), card.box);
    if (noteFor !== event) showTimeNote(layer, event, ctx.prefs, t);
    noteFor = event;
    showLinkMarks(layer, recentPageCheck(state.checks, page.originalUrl), t);
  };
  const watched = await watchAll(draw);
  draw(watched.state);

  function unmount() {
    render(null, card.box);
    removeCardElements(document);
    layer.stop();
    watched.stop();
    clearInterval(alive);
  }
  // When the extension is updated or turned off, this script's connection ends: take everything away.
  const alive = setInterval(() => {
    if (!browser.runtime?.id) unmount();
  }, 2000);
}

function cardProps(
  ctx: Context,
  state: Watched,
  shown: ReturnType<typeof shownRecord>,
  captureCount: number | null,
  unmount: () => void,
) {
  const { t, original: page } = ctx;
  const url = page.page.originalUrl;
  const listed = eventsOf(page);
  const saved = savedKeys(state.saved.events).has(shown.key);
  return {
    t,
    event: shown.record.event as NonNullable<EventRecord['event']>,
    prefs: ctx.prefs,
    calendar: calendarLinks(shown.record),
    captureCount,
    listing:
      listed.length > 1
        ? {
            choices: listingChoices(listed, ctx.prefs),
            chosen: validChoice(page, state.choices[url]),
            onChoose: (i: number) => void saveChosenEvent(url, i),
          }
        : null,
    collapsed: state.collapsed,
    saved,
    onToggle: () => void cardCollapsedItem.setValue(!state.collapsed),
    onAddToCalendar: () => void downloadIcs(shown.record, ctx.cardRoot),
    onToggleSave: () => void (saved ? removeSavedEvents([shown.key]) : saveEvent(shown.original)),
    onDetails: () => {
      const message: ExtensionRequest = { type: 'card:openDetails' };
      // Nothing to do if the background cannot open it (the extension is being updated): the card stays.
      void browser.runtime.sendMessage(message).catch(() => undefined);
    },
    onHideSite: () => {
      const offSites = [...new Set([...ctx.settings.enrichmentOffSites, page.page.site])];
      void pageSettingsItem.setValue({ ...ctx.settings, enrichmentOffSites: offSites });
      unmount();
    },
  };
}
