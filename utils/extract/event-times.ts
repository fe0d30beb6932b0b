/**
 * The event's clock times, in order of evidence (docs/extraction.md, "Times"): the times written with the dates,
 * the rest of the date's line or sentence, the line after it (template A), a labelled "Time:", sentences naming
 * the same day, then sentences announcing the event. Programme timetables ("14h00-14h30") are read only when
 * nothing else gives a time, as the event's bounds. A sentence that lists several sessions ("from 10 a.m. to
 * 1 p.m. and 2.30 p.m. to 5.30 p.m.") gives the first start and the last end; a recurring session ("every day
 * between 2 and 3pm") is not the event's time. Also returns other times the page gives for the same day, so a
 * conflict can be said.
 */
import { parseIsoDate } from '../time/calendar-date';
import type { SourceOrigin, Warning } from '../event-record';
import { warning } from '../warnings/english';
import { weighSentence } from './evidence';
import type { DateChoice, TimeKind, TimeReading } from './event-dates';
import { findDateSpans, findYearlessSpans, toIsoDate, type DateSpan } from './fields/dates';
import { findLabelled, LABELS } from './fields/labelled';
import { findTimeRanges, isTimetableRow, type TimeRange } from './fields/times';
import { readableCount, type EventPage } from './event-page-text';
import { splitSentences } from './sentences';
import { readPageZoneStatement } from './zone-statement';

type Candidate = { text: string; rule: string; origin: SourceOrigin; kind: TimeKind };

/** One range for a text: the first, or the span of several sessions listed together. */
function rangeOf(text: string): TimeRange | null {
  const ranges = findTimeRanges(text);
  const first = ranges[0];
  if (!first) return null;
  const last = ranges[ranges.length - 1];
  if (!last || last === first || ranges.some((r) => r.end === null)) return first;
  const between = text.slice(first.index + first.text.length, last.index);
  // Sessions joined by "and", commas or semicolons, not alternatives ("or"), nor the same time in another zone
  // ("14:00–15:30 CET / 8:00–9:30 EST", "2 pm Paris time (8 am in New York)").
  if (/\bor\b|\bou\b|\bo\b/i.test(between) || isSameTimeElsewhere(first, last, between)) return first;
  return {
    ...first,
    end: last.end,
    zoneText: first.zoneText ?? last.zoneText,
    text: text.slice(first.index, last.index + last.text.length),
  };
}

/** A second range that gives the first one in another zone: both zones written and different, or a slash. */
function isSameTimeElsewhere(first: TimeRange, last: TimeRange, between: string): boolean {
  if (/^\s*[/|]\s*$|^\s*\(\s*$/.test(between)) return true;
  return first.zoneText !== null && last.zoneText !== null && first.zoneText !== last.zoneText;
}

/** Whether a sentence names the event's first day (in full, or by day and month). */
function namesDay(sentence: string, iso: string): boolean {
  const day = parseIsoDate(iso);
  if (findDateSpans(sentence, 5).some((s) => toIsoDate(s.start) === iso)) return true;
  return findYearlessSpans(sentence, 5).some((y) => y.start.month === day?.month && y.start.day === day.day);
}

/** The first run of timetable rows: a programme's first and last sessions. */
function programmeBounds(lines: readonly string[]): TimeReading | null {
  let first = -1;
  let last = -1;
  for (let i = 0; i < readableCount(lines, 400); i++) {
    const line = lines[i] ?? '';
    const row =
      isTimetableRow(line) ||
      /^[-–•]?\s*\d{1,2}(?:[:.h]\d{2})?\s*(?:[-–]\s*\d{1,2}(?:[:.h]\d{2})?\s*)?(?:[ap]\.?\s?m\.?)\s*:/i.test(line);
    if (row) {
      if (first < 0) first = i;
      last = i;
    } else if (first >= 0 && i - last > 2) break;
  }
  const start = first >= 0 ? findTimeRanges(lines[first] ?? '')[0] : undefined;
  const endRange = last >= 0 ? findTimeRanges(lines[last] ?? '')[0] : undefined;
  if (!start || !endRange) return null;
  const text = first === last ? (lines[first] ?? '') : `${lines[first] ?? ''} … ${lines[last] ?? ''}`;
  const range = {
    start: start.start,
    end: endRange.end ?? endRange.start,
    zoneText: start.zoneText ?? endRange.zoneText,
    text,
    index: 0,
  };
  return { range, line: text, rule: 'body:programme-rows', origin: 'programme', kind: 'programme' };
}

/**
 * The words before the date in the date's own sentence, when no other date stands there: "from 10 a.m. to
 * 12 p.m. EAT on 21 November 2022", "à 18h00, le 4 mars".
 */
function timeBeforeDate(dates: DateChoice): string | null {
  const sentence = splitSentences(dates.line, 0).find((s) => s.text.includes(dates.span.text));
  if (!sentence) return null;
  const before = sentence.text.slice(0, sentence.text.indexOf(dates.span.text));
  const otherDate = findDateSpans(before, 1).length > 0 || findYearlessSpans(before, 1).length > 0;
  return before.trim() === '' || otherDate ? null : before;
}

export type TimesResult = { chosen: TimeReading | null; others: TimeReading[] };

export function readEventTimes(lines: readonly string[], dates: DateChoice): TimesResult {
  const startIso = toIsoDate(dates.span.start);
  const candidates: Candidate[] = [];
  const fromDate = dates.line.indexOf(dates.span.text);
  candidates.push({
    text: fromDate >= 0 ? dates.line.slice(fromDate + (dates.times ? dates.span.text.length : 0)) : dates.line,
    rule: dates.rule,
    origin: dates.origin,
    kind: 'date-line',
  });
  const next = dates.index >= 0 ? lines[dates.index + 1] : undefined;
  if (next && findDateSpans(next, 1).length === 0 && next.length < 200)
    candidates.push({ text: next, rule: `${dates.rule}+next-line`, origin: dates.origin, kind: 'next-line' });
  const labelledTime = findLabelled(lines, LABELS.time);
  if (labelledTime)
    candidates.push({
      text: labelledTime.value,
      rule: `labelled:${labelledTime.label}`,
      origin: 'labelled-field',
      kind: 'labelled',
    });
  const before = timeBeforeDate(dates);
  if (before)
    candidates.push({ text: before, rule: `${dates.rule}+before-date`, origin: dates.origin, kind: 'date-line' });
  const sameDay: Candidate[] = [];
  const announcing: Candidate[] = [];
  // The event's own paragraphs come first; the first 200 lines hold them on every page seen.
  for (let i = 0; i < readableCount(lines, 200, 60_000); i++) {
    const line = lines[i] ?? '';
    if (isTimetableRow(line)) continue;
    for (const s of splitSentences(line, i)) {
      if (s.text === dates.line) continue;
      const evidence = weighSentence(s.text);
      if (evidence.recurring || evidence.notAnEvent) continue;
      if (namesDay(s.text, startIso))
        sameDay.push({ text: s.text, rule: 'body:line-with-date', origin: 'sentence', kind: 'same-day' });
      else if (
        evidence.announcing &&
        findDateSpans(s.text, 1).length === 0 &&
        findYearlessSpans(s.text, 1).length === 0
      )
        announcing.push({ text: s.text, rule: 'body:announcing-sentence', origin: 'sentence', kind: 'announcing' });
    }
  }
  let chosen: TimeReading | null = dates.times;
  const others: TimeReading[] = [];
  for (const c of [...candidates, ...sameDay, ...announcing]) {
    const range = rangeOf(c.text);
    if (!range) continue;
    const reading: TimeReading = { range, line: c.text, rule: c.rule, origin: c.origin, kind: c.kind };
    if (!chosen) chosen = reading;
    else if (c.kind === 'same-day') others.push(reading);
  }
  return { chosen: chosen ?? programmeBounds(lines), others };
}

/** The note when the page gives other times for the same day than the ones shown, or `null`. */
export function timesConflict(
  times: TimeReading | null,
  otherTimes: readonly TimeReading[],
  startTime: string | null,
  endTime: string | null,
): Warning | null {
  const conflict = otherTimes.find(
    (o) => o.range.start !== startTime || (o.range.end !== null && o.range.end !== endTime),
  );
  if (!times || !conflict) return null;
  const other = `${conflict.range.start}${conflict.range.end ? `–${conflict.range.end}` : ''}`;
  const shown = `${startTime}${endTime ? `–${endTime}` : ''}`;
  return warning('other-times', { other, line: conflict.line.slice(0, 120), shown, rule: times.rule });
}

/**
 * The zone as the page writes it for the event's times. A zone written next to another mention of the same times
 * counts ("on 22 May 2020 (4 p.m. -5 p.m., UTC+2)"); "When, local time:" (template A) is the zone as written, to be
 * read as the venue's.
 */
export function writtenZone(
  page: EventPage,
  dates: DateChoice,
  labelled: DateChoice | null,
  times: TimeReading | null,
  otherTimes: readonly TimeReading[],
  startTime: string | null,
): string | null {
  return (
    times?.range.zoneText ??
    otherTimes.find((o) => o.range.zoneText && o.range.start === startTime)?.range.zoneText ??
    (startTime
      ? (readPageZoneStatement(page.lines) ?? (dates.localTime || labelled?.localTime ? 'local time' : null))
      : null)
  );
}

/** Notes on how the times and the year were read: from a programme, a year taken from elsewhere. */
export function readingNotes(times: TimeReading | null, dates: DateChoice): Warning[] {
  const notes: Warning[] = [];
  if (times?.kind === 'programme') notes.push(warning('programme-times'));
  if (dates.span.yearInferred) notes.push(yearWarning(dates.span));
  return notes;
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
