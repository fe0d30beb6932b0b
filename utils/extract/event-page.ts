/**
 * Document in, event out. Composes the field readers in a fixed order of evidence: labelled fields
 * ("Date:", "Where:", "When, local time:") first, then the body text. Pure: reads only its arguments,
 * never touches `window`/`location`, never mutates the document, never throws on page content.
 */
import type { EventDetails, EventLink, FieldName, FieldSource, NoEventReason } from '../event-record';
import { placeEventTimes } from '../time/event-zone';
import { parseDateSpan, toIsoDate, type DateSpan } from './fields/dates';
import { readFromToBlock } from './fields/from-to-block';
import { findLabelled, LABELS } from './fields/labelled';
import { readLinks } from './fields/links';
import { readLocation } from './fields/location';
import { readStatus } from './fields/status';
import { findTimeRange, type TimeRange } from './fields/times';
import { readTitle } from './fields/title';
import { readTextLines } from './page-text';
import { CONTENT_ROOTS, isInArchiveChrome, SITE_CHROME } from './selectors';

export type ExtractionContext = {
  /** The tab's URL: the base for relative links. */
  pageUrl: string;
  /** The live-web URL of the page. */
  originalUrl: string;
  /** Host of the original page. */
  site: string;
  /** The page's URL says it is an event page (`/event/...`). */
  eventPath: boolean;
};

export type ExtractionResult = { ok: true; event: EventDetails } | { ok: false; reason: NoEventReason };

/** Lines that date the page itself, not the event. */
const PAGE_DATE_LINE =
  /\b(?:published|posted|last (?:update|modified)|updated|publié|mis à jour|publicado|actualizado|©)\b/i;
const ONLINE_LINK = /zoom\.us|teams\.microsoft|webex\.com|meet\.google|youtube\.com\/live/i;

/** Anchors such as Drupal's empty `<a id="main-content">` share the names of real containers. */
const MIN_ROOT_TEXT = 80;

function contentRootOf(doc: Document): Element | null {
  for (const selector of CONTENT_ROOTS) {
    const el = doc.querySelector(selector);
    if (el && !isInArchiveChrome(el) && (el.textContent ?? '').trim().length >= MIN_ROOT_TEXT) return el;
  }
  return doc.body;
}

type DateReading = {
  span: DateSpan;
  line: string;
  rule: string;
  /** Times read with the dates (template B's from/to block). */
  times?: { range: TimeRange; line: string; rule: string };
};

function readDates(lines: readonly string[]): DateReading | null {
  const labelled = findLabelled(lines, LABELS.date);
  const block = labelled ? readFromToBlock(lines, labelled.valueIndex) : null;
  if (labelled && block) {
    const rule = `labelled:${labelled.label}+from-to`;
    const line = `${labelled.label}: ${block.text}`;
    const times = block.startTime
      ? { range: { start: block.startTime, end: block.endTime, zoneText: null, text: block.text }, line, rule }
      : undefined;
    return { span: block.span, line, rule, ...(times && { times }) };
  }
  const fromLabel = labelled ? parseDateSpan(labelled.value) : null;
  if (labelled && fromLabel) return { span: fromLabel, line: labelled.line, rule: `labelled:${labelled.label}` };
  for (const line of lines) {
    if (PAGE_DATE_LINE.test(line)) continue;
    const span = parseDateSpan(line);
    if (span) return { span, line, rule: 'body:first-date' };
  }
  return null;
}

/** A page with this many different dates and no labelled one is a listing (events, news), not an event. */
const LISTING_DATES = 4;

function countDistinctDates(lines: readonly string[]): number {
  const seen = new Set<string>();
  for (const line of lines.slice(0, 400)) {
    const span = parseDateSpan(line);
    if (span) seen.add(toIsoDate(span.start));
    if (seen.size >= LISTING_DATES) break;
  }
  return seen.size;
}

function readTimes(
  lines: readonly string[],
  dates: DateReading,
): { range: TimeRange; line: string; rule: string } | null {
  const labelledTime = findLabelled(lines, LABELS.time);
  const candidates: [string, string][] = [[dates.line.slice(dates.line.indexOf(dates.span.text)), dates.rule]];
  if (labelledTime) candidates.push([labelledTime.value, `labelled:${labelledTime.label}`]);
  const dateIndex = lines.indexOf(dates.line);
  // Drupal template A puts the time range on the line after the date ("Tuesday, 28 April 2015 -" / "7:00pm to 9:00pm").
  if (dateIndex >= 0 && lines[dateIndex + 1]) candidates.push([lines[dateIndex + 1] ?? '', `${dates.rule}+next-line`]);
  for (const line of lines)
    if (line !== dates.line && line.includes(dates.span.text)) candidates.push([line, 'body:line-with-date']);
  for (const [text, rule] of candidates) {
    const range = findTimeRange(text);
    if (range) return { range, line: text, rule };
  }
  return null;
}

export function extractEvent(doc: Document, ctx: ExtractionContext): ExtractionResult {
  const root = contentRootOf(doc);
  if (!root) return { ok: false, reason: { code: 'not-an-event-page', message: 'The page has no content.' } };
  const skip = root === doc.body ? SITE_CHROME : null;
  const lines = readTextLines(root, skip);
  const dates = readDates(lines);
  if (!dates) {
    return ctx.eventPath
      ? {
          ok: false,
          reason: {
            code: 'no-date',
            message: 'This looks like an event page, but it gives no date Event Lens can read.',
          },
        }
      : {
          ok: false,
          reason: {
            code: 'not-an-event-page',
            message: 'No event date on this page: it does not look like an event page.',
          },
        };
  }
  if (dates.rule === 'body:first-date') {
    const listed = countDistinctDates(lines);
    if (listed >= LISTING_DATES) {
      return {
        ok: false,
        reason: {
          code: 'not-an-event-page',
          message: `This page lists ${listed} different dates and names none as its own: it looks like a listing or home page, not one event.`,
        },
      };
    }
  }
  const title = readTitle(doc, root, lines);
  if (!title)
    return {
      ok: false,
      reason: { code: 'no-title', message: 'The page states a date but has no heading or title to name the event.' },
    };

  const sources: Partial<Record<FieldName, FieldSource>> = {
    title: { text: title.title, rule: title.rule },
    start: { text: dates.line, rule: dates.rule },
  };
  const times = dates.times ?? readTimes(lines, dates);
  if (times)
    sources.start = {
      text: times.line === dates.line ? dates.line : `${dates.line} · ${times.line}`,
      rule: `${dates.rule}; time: ${times.rule}`,
    };
  const links: EventLink[] = readLinks(root, ctx.pageUrl, ctx.originalUrl);
  const location = readLocation(
    lines,
    links.some((l) => ONLINE_LINK.test(l.url)),
  );
  if (location.sourceText) sources.location = { text: location.sourceText, rule: location.rule };

  const startDate = toIsoDate(dates.span.start);
  const endDate = toIsoDate(dates.span.end);
  const startTime = times?.range.start ?? null;
  // An end time without an end date belongs to the start day unless the span says otherwise.
  const endTime = times?.range.end ?? null;
  const placed = placeEventTimes(startDate, startTime, endDate, endTime, {
    zoneText: times?.range.zoneText ?? null,
    venueText: location.location.text,
    site: ctx.site,
    online: location.location.mode === 'online',
  });
  if (placed.timeZone.text || placed.timeZone.basis !== 'none') {
    const zoneText = placed.timeZone.basis === 'venue' ? location.sourceText : (times?.range.text ?? null);
    sources.timeZone = { text: zoneText ?? '', rule: `zone:${placed.timeZone.basis}` };
  }
  if (endTime !== null || endDate !== startDate) sources.end = sources.start;
  const status = readStatus([title.title, dates.line]);
  if (status.text) sources.status = { text: status.text, rule: 'words:status' };
  if (links.length > 0)
    sources.links = { text: `${links.length} link(s) in the page content`, rule: 'content-anchors' };

  const warnings = [...location.warnings, ...placed.warnings];
  if (dates.span.yearInferred) warnings.push('The page gives no year for the event; the year was inferred.');
  return {
    ok: true,
    event: {
      title: title.title.slice(0, 2000),
      start: placed.start,
      end: placed.end,
      allDay: startTime === null,
      timeZone: placed.timeZone,
      location: location.location,
      links,
      status: status.status,
      sources: capSources(sources),
      warnings,
    },
  };
}

function capSources(sources: Partial<Record<FieldName, FieldSource>>): Partial<Record<FieldName, FieldSource>> {
  const out: Partial<Record<FieldName, FieldSource>> = {};
  for (const [k, v] of Object.entries(sources) as [FieldName, FieldSource][])
    out[k] = { text: v.text.slice(0, 2000), rule: v.rule.slice(0, 80) };
  return out;
}
