/**
 * The page's own date: its publication header ("22.12.2016 - UNESCO Office in Jakarta"), a "Published" line, or a
 * lone date under the title. It is never the event's, but it gives a year to dates written without one and a day
 * to "today" (docs/extraction.md, "Choosing the event's date").
 */
import { compareDates, type CalendarDate } from '../time/calendar-date';
import { PAGE_DATE_LINE, PAGE_DATE_LINE_UNSPACED } from './cues';
import { findDateSpans, type DateSpan } from './fields/dates';
import { findTimeRanges, isTimetableRow } from './fields/times';

export type PageDate = { date: CalendarDate; index: number; text: string };

/** The old portal's publication header: "22.12.2016 - UNESCO Office in Jakarta", "15.07.2010 -". */
const PUBLICATION_HEADER = /^\d{1,2}\.\d{1,2}\.\d{4}\s*[-–](?:\s|$)/;

/**
 * A line that holds little besides its date (and its times): a date line under a title, a date header,
 * "March 15, 2022 @ 3:00 pm - 4:30 pm UTC", template A's "Tuesday, 28 April 2015 - 7:00pm to 9:00pm".
 */
export function isStandalone(line: string, span: DateSpan): boolean {
  let rest = line.replace(span.text, ' ');
  for (const t of findTimeRanges(rest)) rest = rest.replace(t.text, ' ');
  rest = rest.replace(/[\p{P}\s]+/gu, ' ').replace(/(?:^| )(?:at|to|from|de|à|a|@)(?= |$)/gi, ' ');
  return rest.trim().length <= 14;
}

/** Template A without its label: "05.05.2015 -" then "15:00 - 17:00" (ru.unesco.org, docs/extraction.md). */
function isTemplateADate(lines: readonly string[], index: number): boolean {
  return isTimetableRow(lines[index + 1] ?? '');
}

/** Whether line `index` is the old portal's publication header (and not template A's date above its times). */
export function isPublicationHeader(lines: readonly string[], index: number): boolean {
  return PUBLICATION_HEADER.test(lines[index] ?? '') && !isTemplateADate(lines, index);
}

/** A line that dates the page itself: "Published on", "Last updated", "发布日期". */
export const isPageDateLine = (line: string) => PAGE_DATE_LINE.test(line) || PAGE_DATE_LINE_UNSPACED.test(line);

/** The page's own date: its publication header or line, else a lone date near the title. `null` when none. */
export function readPageDate(lines: readonly string[], titleIndex: number): PageDate | null {
  const near = Math.max(titleIndex, 0) + 5;
  for (let i = 0; i < Math.min(lines.length, 30); i++) {
    const line = lines[i] ?? '';
    const span = findDateSpans(line, 1)[0];
    if (!span) continue;
    if (isPublicationHeader(lines, i) || (isPageDateLine(line) && line.length < 120))
      return { date: span.start, index: i, text: line };
    if (i <= near && i !== titleIndex && isStandalone(line, span) && compareDates(span.start, span.end) === 0)
      return { date: span.start, index: i, text: line };
  }
  return null;
}
