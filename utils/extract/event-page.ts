/**
 * Document in, event out (docs/extraction.md). Reads the page's text, its title, its dates (machine-readable,
 * labelled, or chosen from the body by their evidence), then the times, the place and the links of the event, and
 * composes the record with the source of every field. Pure: reads only its arguments, never touches
 * `window`/`location`, never mutates the document, never throws on page content.
 */
import type {
  EventDetails,
  EventLink,
  FieldName,
  FieldSource,
  NoEventReason,
  SourceOrigin,
  Warning,
} from '../event-record';
import { nextIsoDay, parseIsoDate } from '../time/calendar-date';
import { readEventDates, type DateChoice } from './event-dates';
import { readEventTimes } from './event-times';
import { readEventPage, type EventPage } from './event-page-text';
import { findDateSpans, toIsoDate, type DateSpan } from './fields/dates';
import { findLabelled, LABELS } from './fields/labelled';
import { readLinks } from './fields/links';
import { readLocation, type PlaceCandidate } from './fields/location';
import { isKnownPlace, isPlaceLine, placeInSentence, VENUE_WORD } from './fields/place-in-prose';
import { weighSentence } from './evidence';
import { splitSentences } from './sentences';
import { findPlaces } from '../time/venue-zones';
import { readStatus } from './fields/status';
import { readStructuredEvent, type StructuredEvent } from './fields/structured';
import { findTimeRange } from './fields/times';
import { readTitle, type TitleReading } from './fields/title';
import { readListing } from './listing';
import { readPageZoneStatement } from './zone-statement';
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
/** A list of speakers: "with Sylvia Schmelkes (Panelist), …", "Speakers: …". */
const SPEAKERS = /^(?:with|avec|con|featuring|speakers?|panelists?|intervenants?|ponentes?|moderat(?:or|ed by))\b/i;
/** A line of a site's menu ("Who We Are | What We Do | Get in Touch"): never the event's words. */
const MENU_LINE = /(?:\s\|\s.*){2,}/;

const noEvent = (code: NoEventReason['code'], message: string): ExtractionResult => ({
  ok: false,
  reason: { code, message },
});

/**
 * Drupal template A ("When, local time:" / "Tuesday, 28 April 2015 -" / "7:00pm to 9:00pm" / "France, Paris")
 * names the venue on the unlabelled line after the date and times (docs/extraction.md, "Templates").
 */
function templateAVenue(lines: readonly string[], dates: DateChoice): PlaceCandidate | null {
  if (!dates.templateA || dates.index < 0) return null;
  for (let i = dates.index + 1; i <= dates.index + 2; i++) {
    const line = lines[i];
    if (!line) return null;
    if (findTimeRange(line) && line.length < 40) continue;
    if (line.length > 100 || /[:：]/.test(line) || findDateSpans(line, 1).length > 0) return null;
    return { text: line, line, origin: 'venue-line', rule: 'template-a:venue-line' };
  }
  return null;
}

/** The lines that describe the event: its title, the lead, the dating line and those around it. */
function eventText(page: EventPage, title: TitleReading, dates: DateChoice): string {
  const near = new Set<number>(page.lead);
  const from = dates.scope?.from ?? dates.index - 1;
  const to = dates.scope ? dates.scope.to - 1 : dates.index + 8;
  if (dates.index >= 0) for (let i = from; i <= to; i++) near.add(i);
  const parts = [title.title, dates.line];
  for (const i of [...near].sort((a, b) => a - b)) {
    const line = page.lines[i];
    if (line && !MENU_LINE.test(line)) parts.push(line);
  }
  for (const label of [LABELS.place, LABELS.arrangement]) {
    const found = findLabelled(page.lines, label);
    if (found) parts.push(found.value);
  }
  return parts.join('\n').slice(0, 20_000);
}

/** The place candidates, in order of evidence (fields/location.ts). */
function placeCandidates(
  page: EventPage,
  title: TitleReading,
  dates: DateChoice,
  labelled: DateChoice | null,
  structured: StructuredEvent | null,
  pageTitle: TitleReading,
): PlaceCandidate[] {
  const out: PlaceCandidate[] = [];
  const venue = templateAVenue(page.lines, dates) ?? (labelled ? templateAVenue(page.lines, labelled) : null);
  if (venue) out.push(venue);
  if (structured?.locationText)
    out.push({
      text: structured.locationText,
      line: structured.text,
      origin: 'structured-data',
      rule: 'structured:location',
    });
  const dateline = dates.placeKind === 'dateline';
  if (dates.place && !dateline) {
    const weak = dates.origin === 'sentence';
    out.push({ text: dates.place, line: dates.line, origin: dates.origin, rule: `${dates.rule}:place`, weak });
  }
  // A news dateline's city: where the report was written, most often where the event was.
  if (dates.place && dateline)
    out.push({ text: dates.place, line: dates.line, origin: 'dateline', rule: 'body:dateline:place', weak: true });
  // A listing item's places come from its block first, then the page's lead; a page's event from the lead and
  // the lines around its date.
  const listed = dates.origin === 'listing-item';
  const around: number[] = [];
  const from = dates.scope?.from ?? dates.index - 2;
  const to = dates.scope ? dates.scope.to - 1 : dates.index + 6;
  if (dates.index >= 0) for (let i = from; i <= to; i++) around.push(i);
  const order = listed ? [...around, ...page.lead] : [...new Set([...page.lead, ...around])].sort((a, b) => a - b);
  for (const i of order) {
    const line = page.lines[i];
    if (!line || MENU_LINE.test(line)) continue;
    if (listed && i > dates.index && isVenueLine(line)) {
      out.push({ text: line.replace(/^[•·-]\s*/, ''), line, origin: 'listing-item', rule: 'listing:item-venue' });
      continue;
    }
    for (const sentence of splitSentences(line, i)) {
      // "with Sylvia Schmelkes (Panelist), … Professor at the University of Pennsylvania": who, not where.
      if (SPEAKERS.test(sentence.text)) continue;
      const evidence = weighSentence(sentence.text);
      if (!(evidence.announcing || evidence.reporting || evidence.eventNoun) || evidence.notAnEvent) continue;
      if (evidence.place && isKnownPlace(evidence.place))
        out.push({
          text: evidence.place,
          line: sentence.text,
          origin: 'sentence',
          rule: 'body:place-in-text',
          weak: true,
        });
    }
  }
  for (const t of [title, pageTitle]) {
    const inTitle = placeInSentence(t.title, true);
    if (inTitle) out.push({ text: inTitle, line: t.title, origin: t.origin, rule: `${t.rule}:place`, weak: true });
  }
  const placeLine = page.lines
    .slice(0, 400)
    .find((l) => isPlaceLine(l) && findPlaces(l).some((p) => p.kind === 'city'));
  if (placeLine)
    out.push({
      text: placeLine.replace(/[,;\s]+$/, ''),
      line: placeLine,
      origin: 'sentence',
      rule: 'body:place-line',
      weak: true,
    });
  return out;
}

/** "Salles Miró", "Room XI": a short line that is a venue and nothing else. */
function isVenueLine(line: string): boolean {
  const text = line.replace(/^[•·-]\s*/, '');
  // "Mr Carlos Hernando, coordinator, Human Rights Institute": a person, not a room.
  if (/^(?:mr|ms|mrs|dr|prof|h\.e|m|mme|sr|sra)\.?\s/i.test(text)) return false;
  return (
    text.length <= 60 && !/[:：]/.test(text) && VENUE_WORD.test(text) && /^\p{Lu}/u.test(text) && !findTimeRange(text)
  );
}

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

/** The note on a year the page does not give, naming where it was taken from. */
function yearWarning(span: DateSpan): Warning {
  const params = { text: span.text, year: String(span.start.year) };
  const from = span.yearFrom;
  if (from?.kind === 'capture') return warning('year-from-capture', params);
  if (from?.kind === 'page-date') return warning('year-from-page-date', { ...params, date: from.date });
  if (from?.kind === 'first-date') return warning('year-from-first-date', { ...params, date: from.date });
  return warning('year-inferred', params);
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
  const conflict = otherTimes.find(
    (o) => o.range.start !== startTime || (o.range.end !== null && o.range.end !== endTime),
  );
  if (times && conflict) {
    const other = `${conflict.range.start}${conflict.range.end ? `–${conflict.range.end}` : ''}`;
    const shown = `${startTime}${endTime ? `–${endTime}` : ''}`;
    warnings.push(warning('other-times', { other, line: conflict.line.slice(0, 120), shown, rule: times.rule }));
  }
  // A zone written next to another mention of the same times counts ("on 22 May 2020 (4 p.m. -5 p.m., UTC+2)");
  // "When, local time:" (template A) is the zone as written, to be read as the venue's.
  const zoneText =
    times?.range.zoneText ??
    otherTimes.find((o) => o.range.zoneText && o.range.start === startTime)?.range.zoneText ??
    (startTime
      ? (readPageZoneStatement(page.lines) ?? (dates.localTime || labelled?.localTime ? 'local time' : null))
      : null);
  // The zone is placed on the time line later (place-zone.ts): in the extension, by the background, where the
  // browser's time-zone data is already loaded (its first use in a page costs 50-100 ms).
  if (zoneText) sources.timeZone = source(times?.range.text ?? zoneText, 'zone:written', 'written-zone');
  if (dates.endText) sources.end = source(dates.endText, 'body:ends-on', 'sentence');
  else if (endTime !== null || endDate !== startDate) sources.end = sources.start;
  const words = readStatus([title.title, dates.line]);
  const status =
    structured?.status && structured.status !== 'scheduled'
      ? { status: structured.status, text: structured.text }
      : words;
  if (status.text) sources.status = source(status.text, 'words:status', 'status-words');
  if (links.length > 0)
    sources.links = source(`${links.length} link(s) in the page content`, 'content-anchors', 'page-links');

  if (times?.kind === 'programme') warnings.push(warning('programme-times'));
  if (dates.span.yearInferred) warnings.push(yearWarning(dates.span));
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
