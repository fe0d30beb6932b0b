/**
 * Calendar dates written in page text, in the six UNESCO languages: "17 November 2020", "Tuesday, 17 November
 * 2020", "24 January, 2020", "November 17, 2020", "15-17 September 2010", "from 30 October to 3 November 2023",
 * "between 28 January and 9 February 2020", "del martes 3 al viernes 6 de marzo de 2020", "2-3 of November,
 * 2011", "6 de diciembre del 2020", "01/03/2019", "10-12-2019" (day first), "2017-09-15", "2019年11月12日",
 * "12 ноября 2019 года", "١٢ نوفمبر ٢٠١٩", and ranges whose ends carry a time ("Tuesday, 29 September 2015 -
 * 10:00am to Thursday, 1 October 2015 - 12:00pm"). Dates without a year ("le 21 septembre", "On February 1",
 * "du 12 au 15 mars") are found apart, and placed in a year by the caller (docs/extraction.md, "Dates"). One full
 * date's shapes are in full-dates.ts; this module joins them into ranges and reads every date of a text.
 */
import { compareDates, daysBetween } from '../../time/calendar-date';
import { lowerCaseInPlace } from '../lower-case';
import { remember } from '../remember';
import { LETTER_AFTER, normalizeDigits, WD, type DateSpan } from './date-patterns';
import { dateOf, findFirstFullDate, type Found, type Known } from './full-dates';
import { findTimeRange } from './times';

export type { CalendarDate } from '../../time/calendar-date';
export { compareDates, toIsoDate } from '../../time/calendar-date';
export { normalizeDigits, type DateSpan, type YearlessSpan, type YearSource } from './date-patterns';
export {
  findYearlessSpans,
  isWeekdayOnly,
  parseCompactItemDate,
  parseMonthHeading,
  parseYearlessSpan,
  placeYearless,
} from './yearless-dates';

/** An ISO date-time run, as the zh site renders it: "2017-09-15 09:002017-10-30 18:00". */
const ISO_RUN =
  /^((?:19|20)\d{2})-(\d{2})-(\d{2})[ t](\d{2}):(\d{2})(?::\d{2})?\s*(?:[-–—]|to|至)?\s*((?:19|20)\d{2})-(\d{2})-(\d{2})[ t](\d{2}):(\d{2})/;
/** A clock with minutes or am/pm ("10:00am", "08:00", "4 pm"): a lone number is never one here. */
const CLOCK_LITE = String.raw`\d{1,2}(?:\s?[:.h]\s?\d{2}\s*(?:[ap]\.?\s?m\.?)?|\s*[ap]\.?\s?m\.?)`;
/** Between the two full dates of a range: an optional time of the first, then "to", "–", "au", "/"… */
const RANGE_GAP = new RegExp(
  String.raw`^(\s*[-–—,]?\s*(?:(?:at|à|a las|de|from|@)\s*)?(?:${CLOCK_LITE})?)\s*(?:[-–—/]|(?:to|until|till|through|au|al|a|hasta|jusqu[’']au|bis|по)${LETTER_AFTER}|至)\s*${WD}`,
);
/** After the end date: its time ("… 1 October 2015 - 12:00pm"). */
const END_TIME = new RegExp(String.raw`^\s*[-–—,]?\s*(?:(?:at|à|a las|@)\s*)?(${CLOCK_LITE})`);
/** The longest a range written with two full dates runs (a year and a month). */
const MAX_RANGE_DAYS = 400;

/** A clock that stands for a time: minutes or am/pm ("10:00am", "17:55"), never a lone number. */
function clockOf(text: string): string | null {
  if (!/\d\s?[:.h]\s?\d{2}|\d\s*[ap]\.?\s?m\b/i.test(text)) return null;
  return findTimeRange(text.replace(/\s+(?=[:.]\d)|(?<=[:.])\s+/g, ''))?.start ?? null;
}

/** The full date or range that starts with `first`, extended by a second date written after it. */
function extend(text: string, first: Found): DateSpan {
  const base: DateSpan = {
    start: first.start,
    end: first.end ?? first.start,
    text: first.text,
    index: first.index,
    yearInferred: false,
  };
  const after = first.index + first.text.length;
  const iso = first.end ? null : ISO_RUN.exec(text.slice(first.index));
  if (iso) {
    const end = dateOf(iso[6], iso[7], iso[8]);
    if (end && compareDates(end, first.start) >= 0) {
      return { ...base, end, text: iso[0], startTime: `${iso[4]}:${iso[5]}`, endTime: `${iso[9]}:${iso[10]}` };
    }
  }
  if (first.end) return base;
  const gap = RANGE_GAP.exec(text.slice(after, after + 80));
  if (!gap) return base;
  // Read from the gap's end on its own: "24-11-2019/02-12-2019" has a slash right before the second date.
  const from = after + gap[0].length;
  const found = findFirstFullDate(text.slice(from, from + 60), 0);
  if (!found || found.index !== 0) return base;
  const second = { ...found, index: from };
  const days = daysBetween(first.start, second.start);
  if (days < 0 || days > MAX_RANGE_DAYS) return base;
  const secondEnd = second.index + second.text.length;
  const tail = second.end ? null : END_TIME.exec(text.slice(secondEnd, secondEnd + 24));
  const startTime = clockOf(gap[1] ?? '');
  const endTime = tail && startTime ? clockOf(tail[1] ?? '') : null;
  return {
    ...base,
    end: second.end ?? second.start,
    text: text.slice(first.index, secondEnd + (endTime && tail ? tail[0].length : 0)),
    ...(startTime && { startTime }),
    ...(endTime && { endTime }),
  };
}

/** Every date needs a year of four digits (or Arabic-Indic ones): most lines have none, and cost nothing. */
const MAY_HOLD_YEAR = /(?:19|20)\d\d|[\u0660-\u0669\u06f0-\u06f9]{4}/;
/** The most dates read from one text. */
const MAX_SPANS = 50;
// The same lines are read by several readers in one extraction, some for their first date only: each is
// scanned once, for all its dates.
const scanned = remember((raw) => scanDateSpans(raw, MAX_SPANS));

/** Every full date or range in `raw` (the first `limit`), left to right, none overlapping. */
export function findDateSpans(raw: string, limit = MAX_SPANS): DateSpan[] {
  return MAY_HOLD_YEAR.test(raw) ? scanned(raw).slice(0, limit) : [];
}

function scanDateSpans(raw: string, limit: number): DateSpan[] {
  const text = lowerCaseInPlace(normalizeDigits(raw));
  const out: DateSpan[] = [];
  const known: Known[] = [];
  for (let from = 0; out.length < limit;) {
    const first = findFirstFullDate(text, from, known);
    if (!first) break;
    const span = extend(text, first);
    out.push({ ...span, text: raw.slice(span.index, span.index + span.text.length) });
    from = span.index + span.text.length;
  }
  return out;
}

/** The first full date or range `raw` states, or `null`. */
export function parseDateSpan(raw: string): DateSpan | null {
  return findDateSpans(raw, 1)[0] ?? null;
}
