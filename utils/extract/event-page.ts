/**
 * Document in, event out. Composes the field readers in a fixed order of evidence: labelled fields
 * ("Date:", "Where:", "When, local time:") first, then the body text. Pure: reads only its arguments,
 * never touches `window`/`location`, never mutates the document, never throws on page content.
 */
import type { EventDetails, EventLink, FieldName, FieldSource, NoEventReason } from '../event-record';
import { placeEventTimes } from '../time/event-zone';
import {
  compareDates,
  parseDateSpan,
  parseYearlessSpan,
  toIsoDate,
  type CalendarDate,
  type DateSpan,
} from './fields/dates';
import { readFromToBlock } from './fields/from-to-block';
import { findLabelled, LABELS } from './fields/labelled';
import { readLinks } from './fields/links';
import { readLocation } from './fields/location';
import { readStatus } from './fields/status';
import { readStructuredEvent, type StructuredEvent } from './fields/structured';
import { findTimeRange, isTimetableRow, type TimeRange } from './fields/times';
import { readTitle } from './fields/title';
import { readTextLines } from './page-text';
import { CONTENT_ROOTS, isInArchiveChrome, SITE_CHROME } from './selectors';

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
};

export type ExtractionResult = { ok: true; event: EventDetails } | { ok: false; reason: NoEventReason };

/** Lines that date the page itself, not the event. */
const PAGE_DATE_LINE =
  /\b(?:published|posted|last (?:update|modified)|updated|publié|mis à jour|publicado|actualizado|©)\b/i;
const ONLINE_LINK = /zoom\.us|teams\.microsoft|webex\.com|meet\.google|youtube\.com\/live/i;

/** Anchors such as Drupal's empty `<a id="main-content">` share the names of real containers. */
const MIN_ROOT_TEXT = 80;

/** Whether `el` holds at least `min` characters of text, reading no further than that. */
function hasText(el: Element, min: number): boolean {
  const walker = el.ownerDocument.createTreeWalker(el, 4 /* NodeFilter.SHOW_TEXT */);
  let count = 0;
  for (let n = walker.nextNode(); n && count < min; n = walker.nextNode()) count += (n.nodeValue ?? '').trim().length;
  return count >= min;
}

function contentRootOf(doc: Document): Element | null {
  for (const selector of CONTENT_ROOTS) {
    const el = doc.querySelector(selector);
    if (el && !isInArchiveChrome(el) && hasText(el, MIN_ROOT_TEXT)) return el;
  }
  return doc.body;
}

type DateReading = {
  span: DateSpan;
  line: string;
  rule: string;
  /** Index in `lines` of the line the date was read from (-1 for composed labelled values). */
  index: number;
  /** Times read with the dates (template B's from/to block, ISO runs). */
  times?: TimeReading;
};

type TimeReading = { range: TimeRange; line: string; rule: string };

/** Sentences that announce the event itself, in the site languages. */
const EVENT_CUE =
  /\b(?:will take place|will be held|takes? place|to be held|is held|join us|join the|invit(?:es?|ed|ing)|organi[sz](?:es?|ing)|will (?:meet|host|hold|open|celebrate|bring|convene|gather)|convenes?|aura lieu|se tiendra|se déroulera|organise|invite|tendrá lugar|se celebrará|se llevará a cabo|organiza|will be (?:organi[sz]ed|streamed|broadcast))\b/i;

/** A line that holds little besides its date (a publication date under a title, or a date header). */
function isStandalone(line: string, span: DateSpan): boolean {
  return line.length - span.text.length <= 16;
}

/**
 * The event's dates: a labelled field first (and template B's from/to block), else the best date in the body.
 * A date alone on its line near the title is usually the publication date: a date in a sentence announcing
 * the event, or next to a time, is preferred to it, and a date without a year takes its year from it.
 */
function readDates(lines: readonly string[], captureYear: number | null): DateReading | null {
  const labelled = findLabelled(lines, LABELS.date);
  const block = labelled ? readFromToBlock(lines, labelled.valueIndex) : null;
  if (labelled && block) {
    const rule = `labelled:${labelled.label}+from-to`;
    const line = `${labelled.label}: ${block.text}`;
    const times = block.startTime
      ? { range: { start: block.startTime, end: block.endTime, zoneText: null, text: block.text }, line, rule }
      : undefined;
    return { span: block.span, line, rule, index: labelled.valueIndex, ...(times && { times }) };
  }
  const fromLabel = labelled ? parseDateSpan(labelled.value) : null;
  if (labelled && fromLabel) {
    return { span: fromLabel, line: labelled.line, rule: `labelled:${labelled.label}`, index: labelled.valueIndex };
  }
  type Candidate = DateReading & { score: number };
  const candidates: Candidate[] = [];
  let reference: CalendarDate | null = null;
  const limit = Math.min(lines.length, 400);
  for (let index = 0; index < limit; index++) {
    const line = lines[index] ?? '';
    if (PAGE_DATE_LINE.test(line) || isTimetableRow(line)) continue;
    const span = parseDateSpan(line);
    if (!span) continue;
    reference ??= span.start;
    const standalone = isStandalone(line, span);
    let score = standalone ? (compareDates(span.start, span.end) === 0 ? -10 : 5) : 0;
    if (EVENT_CUE.test(line)) score += 20;
    if (findTimeRange(line.replace(span.text, ''))) score += 15;
    candidates.push({ span, line, index, score, rule: standalone ? 'body:date-line' : 'body:date-in-text' });
  }
  const yearFrom = reference
    ? `the page's own date (${toIsoDate(reference)})`
    : `the capture time (${String(captureYear)})`;
  reference ??= captureYear === null ? null : { year: captureYear, month: 1, day: 1 };
  if (reference) {
    for (let index = 0; index < limit; index++) {
      const line = lines[index] ?? '';
      if (!EVENT_CUE.test(line) || parseDateSpan(line)) continue;
      const span = parseYearlessSpan(line, reference);
      if (!span) continue;
      const score = 15 + (findTimeRange(line) ? 15 : 0);
      candidates.push({ span: { ...span, yearFrom }, line, index, score, rule: 'body:date-without-year' });
    }
  }
  let best: Candidate | null = null;
  for (const c of candidates)
    if (!best || c.score > best.score || (c.score === best.score && c.index < best.index)) best = c;
  if (!best) return null;
  const { span, line, rule, index } = best;
  const times = span.startTime
    ? { range: { start: span.startTime, end: span.endTime ?? null, zoneText: null, text: span.text }, line, rule }
    : undefined;
  return { span, line, rule, index, ...(times && { times }) };
}

function calendarDate(iso: string): CalendarDate {
  const [year = 0, month = 1, day = 1] = iso.split('-').map(Number);
  return { year, month, day };
}

/** Dates (and times, with their offset as a written zone) from machine-readable data. */
function datesFromStructured(s: StructuredEvent): DateReading {
  const start = calendarDate(s.start.date);
  const end = s.end ? calendarDate(s.end.date) : start;
  const span: DateSpan = { start, end: compareDates(end, start) >= 0 ? end : start, text: s.text, yearInferred: false };
  const rule = `structured:${s.rule}`;
  const zoneText = s.start.offset ? `UTC${s.start.offset}` : null;
  const times = s.start.time
    ? { range: { start: s.start.time, end: s.end?.time ?? null, zoneText, text: s.text }, line: s.text, rule }
    : undefined;
  return { span, line: s.text, rule, index: -1, ...(times && { times }) };
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

/**
 * The event's clock times, in order of evidence: the date's own line (from the date on), the line after it
 * (template A), a labelled "Time:", other lines naming the same day, then sentences announcing the event.
 * Programme timetables ("14h00-14h30") are never read. Also returns the other times the page gives for the
 * same day, so a conflict can be said.
 */
function readTimes(
  lines: readonly string[],
  dates: DateReading,
): { chosen: TimeReading | null; others: TimeReading[] } {
  const startIso = toIsoDate(dates.span.start);
  const candidates: [string, string][] = [];
  if (dates.times) candidates.push([dates.times.line, dates.times.rule]);
  const fromDate = dates.line.indexOf(dates.span.text);
  candidates.push([fromDate >= 0 ? dates.line.slice(fromDate) : dates.line, dates.rule]);
  const next = dates.index >= 0 ? lines[dates.index + 1] : undefined;
  if (next && !parseDateSpan(next)) candidates.push([next, `${dates.rule}+next-line`]);
  const labelledTime = findLabelled(lines, LABELS.time);
  if (labelledTime) candidates.push([labelledTime.value, `labelled:${labelledTime.label}`]);
  const sameDay: [string, string][] = [];
  const announcing: [string, string][] = [];
  // The event's own paragraphs come first; the first 200 lines hold them on every page seen.
  for (const line of lines.slice(0, 200)) {
    if (line === dates.line || isTimetableRow(line)) continue;
    const span = parseDateSpan(line);
    if (span && toIsoDate(span.start) === startIso) sameDay.push([line, 'body:line-with-date']);
    else if (!span && EVENT_CUE.test(line)) announcing.push([line, 'body:announcing-sentence']);
  }
  const ordered = [...candidates, ...sameDay, ...announcing];
  let chosen: TimeReading | null = null;
  const others: TimeReading[] = [];
  for (const [text, rule] of ordered) {
    const range = dates.times && text === dates.times.line ? dates.times.range : findTimeRange(text);
    if (!range) continue;
    if (!chosen) chosen = { range, line: text, rule };
    else if (rule === 'body:line-with-date') others.push({ range, line: text, rule });
  }
  if (!chosen) {
    // Nothing better: the programme's first and last rows bound the event ("unless nothing better exists").
    const rows = lines.slice(0, 400).filter(isTimetableRow);
    const first = rows[0] ? findTimeRange(rows[0]) : null;
    const last = rows.length > 1 ? findTimeRange(rows[rows.length - 1] ?? '') : first;
    if (first && last) {
      const range = {
        start: first.start,
        end: last.end ?? last.start,
        zoneText: first.zoneText ?? last.zoneText,
        text: `${rows[0] ?? ''} … ${rows[rows.length - 1] ?? ''}`,
      };
      chosen = { range, line: range.text, rule: 'body:programme-rows' };
    }
  }
  return { chosen, others };
}

export function extractEvent(doc: Document, ctx: PageContext): ExtractionResult {
  const root = contentRootOf(doc);
  if (!root) return { ok: false, reason: { code: 'not-an-event-page', message: 'The page has no content.' } };
  const skip = root === doc.body ? SITE_CHROME : null;
  const lines = readTextLines(root, skip);
  const structured = readStructuredEvent(doc, root);
  const textDates = readDates(lines, ctx.captureYear);
  const dates = structured ? datesFromStructured(structured) : textDates;
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
  if (dates.rule.startsWith('body:')) {
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
  const title = readTitle(doc, root, lines, structured?.name ?? null);
  if (!title)
    return {
      ok: false,
      reason: { code: 'no-title', message: 'The page states a date but has no heading or title to name the event.' },
    };

  const sources: Partial<Record<FieldName, FieldSource>> = {
    title: { text: title.title, rule: title.rule },
    start: { text: dates.line, rule: dates.rule },
  };
  const { chosen: times, others: otherTimes } = readTimes(lines, dates);
  if (times)
    sources.start = {
      text: times.line === dates.line ? dates.line : `${dates.line} · ${times.line}`,
      rule: times.rule === dates.rule ? dates.rule : `${dates.rule}; time: ${times.rule}`,
    };
  const links: EventLink[] = readLinks(root, ctx.pageUrl, ctx.originalUrl);
  // Template A's venue line sits after the date field as written, whichever reading gave the dates.
  const venueLine = textDates ? templateAVenue(lines, textDates, readTimes(lines, textDates).chosen) : null;
  const structuredVenue = structured?.locationText ? { text: structured.locationText, line: structured.text } : null;
  const location = readLocation(
    lines,
    links.some((l) => ONLINE_LINK.test(l.url)),
    venueLine ?? structuredVenue,
    structured?.mode ?? null,
  );
  if (location.sourceText) sources.location = { text: location.sourceText, rule: location.rule };

  const startDate = toIsoDate(dates.span.start);
  let endDate = toIsoDate(dates.span.end);
  const startTime = times?.range.start ?? null;
  const endTime = times?.range.end ?? null;
  const warnings = [...location.warnings];
  if (
    structured &&
    textDates?.rule.startsWith('labelled:') &&
    toIsoDate(textDates.span.start) !== toIsoDate(dates.span.start)
  ) {
    warnings.push(
      `The page's "${textDates.line.slice(0, 120)}" disagrees with its machine-readable date (${structured.start.date}); shown: the machine-readable one.`,
    );
  }
  // "22:00–02:00" on one day ends the next day.
  if (startTime && endTime && endDate === startDate && endTime < startTime) {
    endDate = nextDay(startDate);
    warnings.push(`The end time ${endTime} is earlier than the start ${startTime}: read as the next day.`);
  }
  const conflict = otherTimes.find(
    (o) => o.range.start !== startTime || (o.range.end !== null && o.range.end !== endTime),
  );
  if (times && conflict) {
    const other = `${conflict.range.start}${conflict.range.end ? `–${conflict.range.end}` : ''}`;
    warnings.push(
      `The page also gives ${other} for this day ("${conflict.line.slice(0, 120)}"); shown: ${startTime}${endTime ? `–${endTime}` : ''} (${times.rule}).`,
    );
  }
  // A zone written next to another mention of the same times counts ("on 22 May 2020 (4 p.m. -5 p.m., UTC+2)").
  // "When, local time:" (template A) is the zone as written, to be read as the venue's.
  const labelZone = /local time|heure locale|hora local/i.exec(textDates?.rule ?? '')?.[0] ?? null;
  const zoneText =
    times?.range.zoneText ??
    otherTimes.find((o) => o.range.zoneText && o.range.start === startTime)?.range.zoneText ??
    (startTime ? labelZone : null);
  const placed = placeEventTimes(startDate, startTime, endDate, endTime, {
    zoneText,
    venueText: location.location.text,
    site: ctx.site,
    online: location.location.mode === 'online',
  });
  if (placed.timeZone.text || placed.timeZone.basis !== 'none') {
    const zoneText = placed.timeZone.basis === 'venue' ? location.sourceText : (times?.range.text ?? null);
    sources.timeZone = { text: zoneText ?? '', rule: `zone:${placed.timeZone.basis}` };
  }
  if (endTime !== null || endDate !== startDate) sources.end = sources.start;
  const words = readStatus([title.title, dates.line]);
  const status =
    structured?.status && structured.status !== 'scheduled'
      ? { status: structured.status, text: structured.text }
      : words;
  if (status.text) sources.status = { text: status.text, rule: 'words:status' };
  if (links.length > 0)
    sources.links = { text: `${links.length} link(s) in the page content`, rule: 'content-anchors' };

  if (times?.rule === 'body:programme-rows')
    warnings.push('The page gives no time for the event itself; the times are those of its programme.');
  warnings.push(...placed.warnings);
  if (dates.span.yearInferred) {
    warnings.push(
      `The page gives no year for "${dates.span.text}"; the year ${dates.span.start.year} comes from ${dates.span.yearFrom ?? 'the page'}.`,
    );
  }
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

function nextDay(date: string): string {
  const [y = 0, m = 1, d = 1] = date.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d + 1)).toISOString().slice(0, 10);
}

/**
 * Drupal template A ("When, local time:" / "Tuesday, 28 April 2015 -" / "7:00pm to 9:00pm" / "France, Paris")
 * names the venue on the unlabelled line after the times.
 */
function templateAVenue(
  lines: readonly string[],
  dates: DateReading,
  times: TimeReading | null,
): { text: string; line: string } | null {
  if (!/local time|heure locale|hora local/i.test(dates.rule) || dates.index < 0) return null;
  const after = times?.rule.endsWith('+next-line') ? dates.index + 2 : dates.index + 1;
  const line = lines[after];
  if (!line || line.length > 100 || /[:：]/.test(line) || parseDateSpan(line) || findTimeRange(line)) return null;
  return { text: line, line };
}

function capSources(sources: Partial<Record<FieldName, FieldSource>>): Partial<Record<FieldName, FieldSource>> {
  const out: Partial<Record<FieldName, FieldSource>> = {};
  for (const [k, v] of Object.entries(sources) as [FieldName, FieldSource][])
    out[k] = { text: v.text.slice(0, 2000), rule: v.rule.slice(0, 80) };
  return out;
}
