/**
 * Document in, event out (docs/extraction.md). Reads the page's text, its title, its dates (machine-readable,
 * labelled, or chosen from the body by their evidence), then the times, the place and the links of the event, and
 * composes the record with the source of every field. Pure: reads only its arguments, never touches
 * `window`/`location`, never mutates the document, never throws on page content.
 */
import type { EventDetails, EventLink, FieldName, FieldSource, NoEventReason, SourceOrigin } from '../event-record';
import { nextIsoDay, parseIsoDate } from '../time/calendar-date';
import { readEventDates, type DateChoice } from './event-dates';
import { readEventTimes, readingNotes, timesConflict, writtenZone } from './event-times';
import { readEventPage, type EventPage } from './event-page-text';
import { eventText, placeCandidates } from './event-place';
import { toIsoDate } from './fields/dates';
import { readLinks } from './fields/links';
import { readLocation } from './fields/location';
import { readStatus } from './fields/status';
import { readStructuredEvent, type StructuredEvent } from './fields/structured';
import { readTitle, type TitleReading } from './fields/title';
import { readListing } from './listing';
import { warning } from '../warnings/english';

export type PageContext = {
  /** The tab's URL: the base for relative links. */
  pageUrl: string;
  /** The live-web URL of the page. */
  originalUrl: string;
  /** Host of the original page. */
  site: string;
  /** The page's URL says it is an event page (`/event/...`). */
  eventPath: boolean;
  /** Year of the capture, for dates written without one when the page has no dated line. */
  captureYear: number | null;
  /** Day of the capture (`2020-12-06`), for telling a page's subject from history. */
  captureDate?: string | null;
};

/** Drupal marks a site's front page on its body (`front`, `path-frontpage`): never one event, never a listing. */
function isFrontPage(doc: Document, originalUrl: string): boolean {
  const classes = doc.body?.classList;
  if (classes && (classes.contains('front') || classes.contains('path-frontpage'))) return true;
  try {
    const url = new URL(originalUrl);
    return (
      /^\/(?:[a-z]{2}(?:-[a-z]{2,4})?\/?)?(?:index\.(?:html?|php))?$/i.test(url.pathname) && url.search.length <= 1
    );
  } catch {
    return false;
  }
}

export type ExtractionResult =
  { ok: true; event: EventDetails; events: EventDetails[] } | { ok: false; reason: NoEventReason };

const ONLINE_LINK = /zoom\.us|teams\.microsoft|webex\.com|meet\.google|youtube\.com\/live/i;
const noEvent = (code: NoEventReason['code'], message: string): ExtractionResult => ({
  ok: false,
  reason: { code, message },
});

function capSources(sources: Partial<Record<FieldName, FieldSource>>): Partial<Record<FieldName, FieldSource>> {
  const out: Partial<Record<FieldName, FieldSource>> = {};
  for (const [k, v] of Object.entries(sources) as [FieldName, FieldSource][])
    out[k] = {
      ...v,
      text: v.text.slice(0, 2000),
      rule: v.rule.slice(0, 80),
      ...(v.label && { label: v.label.slice(0, 80) }),
    };
  return out;
}

function source(text: string, rule: string, origin: SourceOrigin | null, label?: string | null): FieldSource {
  return { text, rule, ...(origin && { origin }), ...(label && { label }) };
}

/** The event of `dates`, with its times, place, zone, links and status. */
type EventInput = {
  page: EventPage;
  ctx: PageContext;
  /** The event's title: the page's, or a listing item's own. */
  title: TitleReading;
  /** The page's title (a listing's heading may name the venue: "événements culturels à la Maison de l'UNESCO"). */
  pageTitle: TitleReading;
  dates: DateChoice;
  labelled: DateChoice | null;
  structured: StructuredEvent | null;
};

/** The event's status: machine-readable data that says other than "scheduled", else the words of its title and date. */
function eventStatus(title: TitleReading, dates: DateChoice, structured: StructuredEvent | null) {
  return structured?.status && structured.status !== 'scheduled'
    ? { status: structured.status, text: structured.text }
    : readStatus([title.title, dates.line]);
}

function composeEvent({ page, ctx, title, pageTitle, dates, labelled, structured }: EventInput): EventDetails {
  const sources: Partial<Record<FieldName, FieldSource>> = {
    title: source(title.title, title.rule, title.origin),
    start: source(dates.line, dates.rule, dates.origin, dates.label),
  };
  const { chosen: times, others: otherTimes } = readEventTimes(page.lines, dates);
  if (times && times.line !== dates.line) sources.time = source(times.line, times.rule, times.origin);
  const links: EventLink[] = readLinks(page.root, ctx.pageUrl, ctx.originalUrl);
  const location = readLocation({
    lines: page.lines,
    candidates: placeCandidates(page, title, dates, labelled, structured, pageTitle),
    eventText: eventText(page, title, dates),
    hasOnlineLink: links.some((l) => ONLINE_LINK.test(l.url)),
    statedMode: structured?.mode ?? null,
  });
  if (location.sourceText)
    sources.location = source(location.sourceText, location.rule, location.origin, location.label);

  const startDate = toIsoDate(dates.span.start);
  let endDate = toIsoDate(dates.span.end);
  const startTime = times?.range.start ?? null;
  const endTime = times?.range.end ?? null;
  const warnings = [...location.warnings];
  if (structured && labelled && toIsoDate(labelled.span.start) !== startDate) {
    warnings.push(warning('date-disagrees', { line: labelled.line.slice(0, 120), date: structured.start.date }));
  }
  // "22:00–02:00" on one day ends the next day.
  if (startTime && endTime && endDate === startDate && endTime < startTime) {
    endDate = nextIsoDay(startDate);
    warnings.push(warning('end-next-day', { end: endTime, start: startTime }));
  }
  const conflict = timesConflict(times, otherTimes, startTime, endTime);
  if (conflict) warnings.push(conflict);
  const zoneText = writtenZone(page, dates, labelled, times, otherTimes, startTime);
  // The zone is placed on the time line later (place-zone.ts): in the extension, by the background, where the
  // browser's time-zone data is already loaded (its first use in a page costs 50-100 ms).
  if (zoneText) sources.timeZone = source(times?.range.text ?? zoneText, 'zone:written', 'written-zone');
  if (dates.endText)
    sources.end = dates.endLabel
      ? source(dates.endText, `labelled:${dates.endLabel}`, 'labelled-field', dates.endLabel)
      : source(dates.endText, 'body:ends-on', 'sentence');
  else if (endTime !== null || endDate !== startDate) sources.end = sources.start;
  const status = eventStatus(title, dates, structured);
  if (status.text) sources.status = source(status.text, 'words:status', 'status-words');
  if (links.length > 0)
    sources.links = source(`${links.length} link(s) in the page content`, 'content-anchors', 'page-links');

  warnings.push(...readingNotes(times, dates));
  return {
    title: title.title.slice(0, 2000),
    start: { date: startDate, time: startTime, iso: null },
    end: { date: endDate, time: endTime, iso: null },
    allDay: startTime === null,
    timeZone: { iana: null, offset: null, text: zoneText, basis: 'none' },
    location: location.location,
    links,
    status: status.status,
    sources: capSources(sources),
    warnings,
  };
}

export function extractEvent(doc: Document, ctx: PageContext): ExtractionResult {
  const page = readEventPage(doc);
  if (!page) return noEvent('not-an-event-page', 'The page has no content.');
  if (isFrontPage(doc, ctx.originalUrl))
    return noEvent('not-an-event-page', 'This is a site’s front page: it shows many things, not one event.');
  const structured = readStructuredEvent(doc, page.root);
  const title = readTitle(doc, page.root, page.lines, structured?.name ?? null, ctx.originalUrl);
  const titleIndex = title?.index ?? -1;
  page.lead = page.leadAfter(titleIndex);
  const captureDate = ctx.captureDate ? parseIsoDate(ctx.captureDate) : null;
  const listing = structured
    ? null
    : readListing(page.lines, { titleIndex, title: title?.title ?? null, eventPath: ctx.eventPath });
  const dated = listing
    ? { chosen: listing.items[0]?.dates ?? null, labelled: null }
    : readEventDates({
        lines: page.lines,
        structured,
        titleIndex,
        title: title?.title ?? null,
        lead: page.lead,
        eventPath: ctx.eventPath,
        captureDate,
        captureYear: ctx.captureYear,
      });
  if (!dated?.chosen) {
    return ctx.eventPath
      ? noEvent('no-date', 'This looks like an event page, but it gives no date Event Lens can read.')
      : noEvent('not-an-event-page', 'No event date on this page: it does not look like an event page.');
  }
  if (!title) return noEvent('no-title', 'The page states a date but has no heading or title to name the event.');
  if (listing) {
    const events = listing.items.map((item) => {
      const own: TitleReading | null = item.title
        ? { title: item.title, rule: 'listing:item-title', origin: 'listing-item', index: item.titleIndex }
        : null;
      return composeEvent({
        page,
        ctx,
        title: own ?? title,
        pageTitle: title,
        dates: item.dates,
        labelled: null,
        structured: null,
      });
    });
    const [first] = events;
    if (first) return { ok: true, event: first, events };
  }
  const event = composeEvent({
    page,
    ctx,
    title,
    pageTitle: title,
    dates: dated.chosen,
    labelled: dated.labelled,
    structured,
  });
  return { ok: true, event, events: [] };
}
