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
import type { SourceOrigin } from '../event-record';
import { weighSentence } from './evidence';
import type { DateChoice, TimeKind, TimeReading } from './event-dates';
import { findDateSpans, findYearlessSpans, toIsoDate } from './fields/dates';
import { findLabelled, LABELS } from './fields/labelled';
import { findTimeRanges, isTimetableRow, type TimeRange } from './fields/times';
import { readableCount } from './event-page-text';
import { splitSentences } from './sentences';

type Candidate = { text: string; rule: string; origin: SourceOrigin; kind: TimeKind };

/** One range for a text: the first, or the span of several sessions listed together. */
function rangeOf(text: string): TimeRange | null {
  const ranges = findTimeRanges(text);
  const first = ranges[0];
  if (!first) return null;
  const last = ranges[ranges.length - 1];
  if (!last || last === first || ranges.some((r) => r.end === null)) return first;
  const between = text.slice(first.index, last.index);
  // Sessions joined by "and", commas or semicolons, not alternatives ("or").
  if (/\bor\b|\bou\b|\bo\b/i.test(between)) return first;
  return {
    ...first,
    end: last.end,
    zoneText: first.zoneText ?? last.zoneText,
    text: text.slice(first.index, last.index + last.text.length),
  };
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
