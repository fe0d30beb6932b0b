/**
 * Pages that list several events (docs/extraction.md, "Listings"): a month of cultural events ("Mars 2015" /
 * "03-13/03 | Exposition" / title), side events with their days ("Mercredi 17 novembre 2021" / "11 h - 12h30,
 * Miro Hall"), a series' debates ("24 May 2022: Learning at the Bottom of the Pyramid"), webinar sessions, a
 * filtered list of activities ("10-12-2019Bogota (Colombie)"). Each item is a date that starts a block, with a
 * title on its line or next to it. A page is a listing when it has two items or more and says it lists events
 * (its address or title), or its items do; sessions inside an event the page dates as a whole ("took place
 * 18-22 April 2022", then "19th April 2022 - …") are parts of that event, not a listing.
 */
import { compareDates, type CalendarDate } from '../time/calendar-date';
import { EVENT_NOUN, EVENT_NOUN_UNSPACED } from './cues';
import type { DateChoice, TimeReading } from './event-dates';
import { readableCount } from './event-page-text';
import {
  findDateSpans,
  isWeekdayOnly,
  parseCompactItemDate,
  parseMonthHeading,
  placeYearless,
  type DateSpan,
} from './fields/dates';
import { countLabelled, LABELS } from './fields/labelled';
import { isPlaceLine, placeBeforeDate } from './fields/place-in-prose';
import { findTimeRange } from './fields/times';
import { isSiteName } from './fields/title';
import { LOWER_LETTER } from '../common/letters';
import { lowerCaseInPlace } from './lower-case';

export type ListingItem = { title: string | null; titleIndex: number; dates: DateChoice };
export type Listing = { items: ListingItem[] };

type Anchor = { index: number; span: DateSpan; rest: string };

const MAX_ITEMS = 60;
/** The old portal's publication header ("22.12.2016 - UNESCO Office in Jakarta") is no item. */
const PUBLICATION_HEADER = /^\d{1,2}\.\d{1,2}\.\d{4}\s*[-–](?:\s|$)/;
/** A title that says the page lists events: "Strategic debates", "Evénements parallèles", "GNLC Webinars". */
const LISTING_TITLE = new RegExp(
  `(?<![${LOWER_LETTER}])(?:events|événements|évènements|eventos|webinars|webinaires|debates|débats|side events|calendar|calendrier|calendario|agenda|programme|program|programa|parallèles|sessions|series|série|serie|activities|activités|actividades|meetings|réunions|reuniones|conferences|conférences|workshops|ateliers|talleres|exhibitions|expositions|manifestations|мероприятия)(?![${LOWER_LETTER}])`,
);
/** "Topic: Human & civil rights protection", "Region: World": a field of the item, not its title. */
const FIELD_LINE =
  /^(?:topic|theme|thème|tema|region|région|región|time|heure|hora|type|type of event|language|languages|langue|langues|idioma|speakers?|intervenants?|moderator|modérateur|contact|registration|inscription|venue|where|when|date|sector|secteur|organi[sz]er|organisateur|format|duration|durée|audience|public|country|pays)\s*[:：]\s/i;
/** What follows a date at the start of an item's line: ":", "|", "-", or a place glued to it. */
const AFTER_DATE = /^\s*(?:[:|–—-]\s*)?/;

function titleLike(line: string | undefined): boolean {
  if (!line) return false;
  const min = /[\u3400-\u9fff]/.test(line) ? 6 : 12;
  return (
    line.length >= min &&
    line.length <= 250 &&
    !/[:：]\s*$/.test(line) &&
    !FIELD_LINE.test(line) &&
    !Object.values(LABELS).some((re) => re.test(line)) &&
    !/^(?:with|avec|con|lien|link|watch|more|read|voir|ver)\b/i.test(line) &&
    findDateSpans(line, 1).length === 0 &&
    !findTimeRange(line) &&
    !isSiteName(line) &&
    !parseMonthHeading(line) &&
    !/^(?:mr|ms|mrs|dr|prof|h\.e\.|m\.|mme|sr|sra)\.?\s/i.test(line)
  );
}

/** Lines that start with a date: each one begins an item. */
function anchorsOf(lines: readonly string[]): Anchor[] {
  const anchors: Anchor[] = [];
  let heading: { month: number; year: number } | null = null;
  for (let i = 0; i < readableCount(lines, 600, 200_000) && anchors.length < MAX_ITEMS; i++) {
    const line = lines[i] ?? '';
    const month = parseMonthHeading(line);
    if (month) {
      heading = month;
      continue;
    }
    const span = findDateSpans(line, 1)[0];
    if (span && isWeekdayOnly(line.slice(0, span.index)) && !PUBLICATION_HEADER.test(line)) {
      anchors.push({ index: i, span, rest: line.slice(span.index + span.text.length) });
      continue;
    }
    const compact = heading ? parseCompactItemDate(line) : null;
    if (compact && heading) {
      const reference: CalendarDate = { year: heading.year, month: heading.month, day: 1 };
      const placed = placeYearless(compact, reference, { kind: 'heading' });
      if (placed)
        anchors.push({ index: i, span: { ...placed, yearInferred: false }, rest: line.slice(compact.text.length) });
    }
  }
  return anchors;
}

type Side = 'line' | 'before' | 'after';

/** Where the item anchored at `a` may have its title: after its date on the line, the line before or after. */
function titleCandidates(
  lines: readonly string[],
  a: Anchor,
  previous: number,
): Partial<Record<Side, { title: string; index: number }>> {
  const out: Partial<Record<Side, { title: string; index: number }>> = {};
  const rest = a.rest.replace(AFTER_DATE, '').trim();
  if (/^\s*[:|]/.test(a.rest) || /^\s*[-–—]\s/.test(a.rest)) {
    const afterBar = rest.replace(/^[^|]*\|\s*/, '');
    if (titleLike(rest) && !/^\p{Ll}/u.test(rest)) out.line = { title: rest, index: a.index };
    else if (afterBar !== rest && titleLike(afterBar)) out.line = { title: afterBar, index: a.index };
  }
  // The line before, past a field label standing alone ("When, local time:").
  let b = a.index - 1;
  if (/[:：]\s*$/.test(lines[b] ?? '')) b--;
  const before = lines[b];
  if (before && b > previous && titleLike(before)) out.before = { title: before, index: b };
  const after = lines[a.index + 1];
  if (after && titleLike(after)) out.after = { title: after, index: a.index + 1 };
  return out;
}

/** The side every item has its title on (the page's layout), or `null` when the items do not agree. */
function layoutOf(candidates: readonly Partial<Record<Side, unknown>>[]): Side | null {
  for (const side of ['line', 'before', 'after'] as const) if (candidates.every((c) => c[side])) return side;
  return null;
}

/** The item's own times: on its date line, or in the lines of its block. */
function itemTimes(lines: readonly string[], from: number, to: number): TimeReading | null {
  for (let i = from; i < to && i <= from + 4; i++) {
    const line = lines[i] ?? '';
    const range = findTimeRange(i === from ? line.replace(/^\S+\s+\S+\s+\S+/, '') : line);
    if (range && (i === from || line.length < 120 || /^(?:time|heure|hora)\s*:/i.test(line))) {
      return { range, line, rule: 'listing:item-time', origin: 'listing-item', kind: 'listing' };
    }
  }
  return null;
}

/** "11 h - 12h30, Miro Hall", "10-12-2019Bogota (Colombie)": the place written in the item's date or time line. */
function itemPlace(lines: readonly string[], a: Anchor, times: TimeReading | null): string | null {
  const glued = /^(\p{Lu}[^|:]{1,60})$/u.exec(a.rest.trim());
  if (glued?.[1] && !/[.!?]$/.test(glued[1])) return glued[1];
  if (times) {
    const after = times.line.slice(times.line.indexOf(times.range.text) + times.range.text.length);
    const place = /^\s*,\s*(\p{Lu}[^,.;]{1,60})$/u.exec(after)?.[1];
    if (place) return place.trim();
  }
  const written = placeBeforeDate(lines[a.index]?.slice(0, a.span.index) ?? '');
  if (written) return written;
  // Template A's venue line, unlabelled, after the item's date ("Cork, Ireland").
  const venue = lines.slice(a.index + 1, a.index + 3).find((l) => isPlaceLine(l));
  return venue ? venue.replace(/[,;\s]+$/, '') : null;
}

/** Whether the page dates one event that holds every item (its sessions). */
function isSessionsOfOneEvent(lines: readonly string[], titleIndex: number, anchors: readonly Anchor[]): boolean {
  const top = lines.slice(Math.max(titleIndex, 0), Math.max(titleIndex, 0) + 8).join('\n');
  return findDateSpans(top, 10).some(
    (s) =>
      compareDates(s.start, s.end) < 0 &&
      anchors.every((a) => compareDates(s.start, a.span.start) <= 0 && compareDates(a.span.end, s.end) <= 0),
  );
}

export function readListing(
  lines: readonly string[],
  context: { titleIndex: number; title: string | null; eventPath: boolean },
): Listing | null {
  // One labelled date is one event's; a label repeated item after item ("When, local time:") is a listing's.
  if (countLabelled(lines, LABELS.date) === 1) return null;
  // "Start date:" and "End date:" once each are one event's two ends.
  if (countLabelled(lines, LABELS.start) === 1 && countLabelled(lines, LABELS.end) <= 1) return null;
  const anchors = anchorsOf(lines);
  if (anchors.length < 2) return null;
  const candidates = anchors.map((a, k) => titleCandidates(lines, a, anchors[k - 1]?.index ?? -1));
  const layout = layoutOf(candidates);
  const items: ListingItem[] = [];
  for (let k = 0; k < anchors.length; k++) {
    const a = anchors[k];
    if (!a) continue;
    const next = anchors[k + 1]?.index ?? Math.min(lines.length, a.index + 30);
    const title = layout ? (candidates[k]?.[layout] ?? null) : null;
    const times = itemTimes(lines, a.index, next);
    const place = itemPlace(lines, a, times);
    const dates: DateChoice = {
      span: a.span,
      origin: 'listing-item',
      label: null,
      line: lines[a.index] ?? '',
      index: a.index,
      rule: 'listing:item',
      times,
      place,
      placeKind: place ? 'stated' : null,
      scope: {
        from: title?.index !== undefined && title.index >= 0 && title.index < a.index ? title.index : a.index,
        to: next,
      },
      templateA: false,
      localTime: false,
      evidence: null,
      endText: null,
    };
    items.push({ title: title?.title ?? null, titleIndex: title?.index ?? -1, dates });
  }
  // An item's lines end where the next item's begin: its title, when the title stands before its date.
  for (let k = 0; k + 1 < items.length; k++) {
    const item = items[k];
    const next = items[k + 1];
    if (item?.dates.scope && next && next.titleIndex > item.dates.index)
      item.dates.scope = { ...item.dates.scope, to: Math.min(item.dates.scope.to, next.titleIndex) };
  }
  if (items.length < 2) return null;
  if (isSessionsOfOneEvent(lines, context.titleIndex, anchors)) return null;
  const aboutEvents =
    context.eventPath ||
    LISTING_TITLE.test(lowerCaseInPlace(context.title ?? '')) ||
    items.every(
      (i) => i.dates.times !== null && (EVENT_NOUN.test(i.title ?? '') || EVENT_NOUN_UNSPACED.test(i.title ?? '')),
    );
  return aboutEvents ? { items } : null;
}
