/**
 * The event's dates, in order of evidence (docs/extraction.md): machine-readable data, then a labelled field
 * ("Date:", "When, local time:", template B's "When : from … to …"), then the body (`date-readings.ts`).
 */
import type { SourceOrigin } from '../event-record';
import { compareDates, parseIsoDate, type CalendarDate } from '../time/calendar-date';
import { chooseBodyReading } from './date-choice';
import type { BodyReading } from './date-drafts';
import { collectBodyReadings, findLaterEnd } from './date-readings';
import type { Evidence } from './evidence';
import { parseDateSpan, toIsoDate, type DateSpan } from './fields/dates';
import { readFromToBlock } from './fields/from-to-block';
import { findLabelled, LABELS } from './fields/labelled';
import type { StructuredEvent } from './fields/structured';
import { isTimetableRow, type TimeRange } from './fields/times';
import { readPageDate } from './page-date';

/** Where a time was read, for the composer (the `rule` string is for people and the command line only). */
export type TimeKind =
  'with-dates' | 'date-line' | 'next-line' | 'labelled' | 'same-day' | 'announcing' | 'programme' | 'listing';
export type TimeReading = { range: TimeRange; line: string; rule: string; origin: SourceOrigin; kind: TimeKind };

export type DateChoice = {
  span: DateSpan;
  origin: SourceOrigin;
  /** The page's label, for a labelled field ("When, local time"). */
  label: string | null;
  /** The text the dates were read from. */
  line: string;
  /** Index of that line in the page's lines (-1 for machine-readable data). */
  index: number;
  rule: string;
  /** Times read with the dates (template B's block, a range with a time on both ends, ISO runs). */
  times: TimeReading | null;
  /** A place written with the dates (a dateline's city, "Bonn, 24-25 May 2018", the dating sentence's). */
  place: string | null;
  /** How `place` was written: stated for the event, or a news dateline's city (where the report was written). */
  placeKind: 'stated' | 'dateline' | null;
  /** en.unesco.org's "When, local time" template: the venue line follows the date (and time) lines. */
  templateA: boolean;
  /** The label says the times are the venue's ("local time", "heure locale", "hora local"). */
  localTime: boolean;
  evidence: Evidence | null;
  /** The end was read from another sentence ("will close on 18 November") or its own field ("End date:"). */
  endText: string | null;
  /** The label of the end's own field, when it has one. */
  endLabel?: string;
  /** The lines that belong to this event alone (a listing item's block), when the page holds several. */
  scope?: { from: number; to: number };
};

export type DatesInput = {
  lines: readonly string[];
  structured: StructuredEvent | null;
  titleIndex: number;
  title: string | null;
  /** The first paragraphs after the title. */
  lead: readonly number[];
  eventPath: boolean;
  captureDate: CalendarDate | null;
  captureYear: number | null;
};

const LOCAL_TIME = /local time|heure locale|hora local|местное время|التوقيت المحلي|当地时间/i;

/** Times written with the dates themselves, read from `line` by `rule`. */
function timesWithDates(range: TimeRange, line: string, rule: string, origin: SourceOrigin): TimeReading {
  return { range, line, rule, origin, kind: 'with-dates' };
}

function timesOfSpan(span: DateSpan, line: string, rule: string, origin: SourceOrigin): TimeReading | null {
  if (!span.startTime) return null;
  const range = {
    start: span.startTime,
    end: span.endTime ?? null,
    zoneText: null,
    text: span.text,
    index: span.index,
  };
  return timesWithDates(range, line, rule, origin);
}

function choice(
  partial: Partial<DateChoice> & Pick<DateChoice, 'span' | 'origin' | 'line' | 'index' | 'rule'>,
): DateChoice {
  return {
    label: null,
    times: null,
    place: null,
    placeKind: null,
    templateA: false,
    localTime: false,
    evidence: null,
    endText: null,
    ...partial,
  };
}

/** Dates (and times, with their offset as a written zone) from machine-readable data. */
function fromStructured(s: StructuredEvent): DateChoice | null {
  const start = parseIsoDate(s.start.date);
  if (!start) return null;
  const endDate = s.end ? parseIsoDate(s.end.date) : null;
  const end = endDate && compareDates(endDate, start) >= 0 ? endDate : start;
  const span: DateSpan = { start, end, text: s.text, index: 0, yearInferred: false };
  const rule = `structured:${s.rule}`;
  const zoneText = s.start.offset ? `UTC${s.start.offset}` : null;
  const range = s.start.time
    ? { start: s.start.time, end: s.end?.time ?? null, zoneText, text: s.text, index: 0 }
    : null;
  const times = range && timesWithDates(range, s.text, rule, 'structured-data');
  return choice({ span, origin: 'structured-data', line: s.text, index: -1, rule, times });
}

/** The dates of one labelled field ("Date: 17 November 2020"), with the times written in them. */
function labelledChoice(
  field: { label: string; line: string; valueIndex: number },
  span: DateSpan,
  extra: Partial<DateChoice>,
): DateChoice {
  const rule = `labelled:${field.label}`;
  return choice({
    span,
    origin: 'labelled-field',
    label: field.label,
    line: field.line,
    index: field.valueIndex,
    rule,
    times: timesOfSpan(span, field.line, rule, 'labelled-field'),
    ...extra,
  });
}

/** "Start date: 2021-09-15" and "End date: 2021-09-17", two fields of one span (an end before the start is not). */
function fromStartAndEndLabels(lines: readonly string[]): DateChoice | null {
  const start = findLabelled(lines, LABELS.start);
  const startSpan = start ? parseDateSpan(start.value) : null;
  if (!start || !startSpan) return null;
  const end = findLabelled(lines, LABELS.end);
  const endSpan = end ? parseDateSpan(end.value) : null;
  const ends = end && endSpan && compareDates(endSpan.start, startSpan.start) >= 0 ? { end, endSpan } : null;
  const span: DateSpan = ends
    ? { ...startSpan, end: ends.endSpan.start, endTime: ends.endSpan.startTime ?? startSpan.endTime }
    : startSpan;
  return labelledChoice(start, span, ends ? { endText: ends.end.line, endLabel: ends.end.label } : {});
}

/** A labelled date field, template B's from/to block included. */
function fromLabel(lines: readonly string[]): DateChoice | null {
  const labelled = findLabelled(lines, LABELS.date);
  if (!labelled) return fromStartAndEndLabels(lines);
  const localTime = LOCAL_TIME.test(labelled.label);
  const block = readFromToBlock(lines, labelled.valueIndex);
  if (block) {
    const rule = `labelled:${labelled.label}+from-to`;
    const line = `${labelled.label}: ${block.text}`;
    const range = block.startTime
      ? { start: block.startTime, end: block.endTime, zoneText: null, text: block.text, index: 0 }
      : null;
    const times = range && timesWithDates(range, line, rule, 'labelled-field');
    return choice({
      span: block.span,
      origin: 'labelled-field',
      label: labelled.label,
      line,
      index: labelled.valueIndex,
      rule,
      times,
      localTime,
    });
  }
  const span = parseDateSpan(labelled.value);
  if (!span) return null;
  return labelledChoice(labelled, span, { templateA: localTime, localTime });
}

const BODY_ORIGIN: Record<BodyReading['origin'], SourceOrigin> = {
  title: 'heading',
  'place-date': 'dateline',
  'date-line': 'date-line',
  dateline: 'dateline',
  sentence: 'sentence',
};

function fromBody(input: DatesInput): DateChoice | null {
  const pageDate = readPageDate(input.lines, input.titleIndex);
  const captureDate =
    input.captureDate ?? (input.captureYear !== null ? { year: input.captureYear, month: 1, day: 1 } : null);
  const best = chooseBodyReading(collectBodyReadings({ ...input, captureDate }, pageDate));
  if (!best) return null;
  const origin = BODY_ORIGIN[best.origin];
  // Template A without its label: a date line, then a line of times, then the venue.
  const templateA = best.origin === 'date-line' && isTimetableRow(input.lines[best.index + 1] ?? '');
  let span = best.span;
  let endText: string | null = null;
  if (compareDates(span.start, span.end) === 0) {
    const later = findLaterEnd(input.lines, span.start);
    if (later) {
      span = { ...span, end: later.date };
      endText = later.text;
    }
  }
  return choice({
    span,
    origin,
    line: best.text,
    index: best.index,
    rule: best.rule,
    times: timesOfSpan(best.span, best.text, best.rule, origin),
    place: best.place,
    placeKind: best.place ? (best.origin === 'dateline' ? 'dateline' : 'stated') : null,
    templateA,
    evidence: best.evidence,
    endText,
  });
}

/** The event's dates, or `null` when the page dates no event. */
export function readEventDates(input: DatesInput): { chosen: DateChoice; labelled: DateChoice | null } | null {
  const labelled = fromLabel(input.lines);
  const structured = input.structured ? fromStructured(input.structured) : null;
  const chosen = structured ?? labelled ?? fromBody(input);
  return chosen ? { chosen, labelled } : null;
}

/** Whether two readings name the same first day. */
export function sameStart(a: DateChoice, b: DateChoice): boolean {
  return toIsoDate(a.span.start) === toIsoDate(b.span.start);
}
