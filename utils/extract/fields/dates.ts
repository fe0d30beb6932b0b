/**
 * Calendar dates written in page text, in the six UNESCO languages: "17 November 2020", "Tuesday, 17 November
 * 2020", "24 January, 2020", "November 17, 2020", "15-17 September 2010", "from 30 October to 3 November 2023",
 * "between 28 January and 9 February 2020", "del martes 3 al viernes 6 de marzo de 2020", "2-3 of November,
 * 2011", "6 de diciembre del 2020", "01/03/2019", "10-12-2019" (day first), "2017-09-15", "2019年11月12日",
 * "12 ноября 2019 года", "١٢ نوفمبر ٢٠١٩", and ranges whose ends carry a time ("Tuesday, 29 September 2015 -
 * 10:00am to Thursday, 1 October 2015 - 12:00pm"). Dates without a year ("le 21 septembre", "On February 1",
 * "du 12 au 15 mars") are found apart, and placed in a year by the caller (docs/extraction.md, "Dates").
 */
import { calendarDate, compareDates, daysBetween, type CalendarDate } from '../../time/calendar-date';
import { lowerCaseInPlace } from '../lower-case';
import { remember } from '../remember';
import {
  CONN,
  D_M,
  DAY,
  g,
  LETTER_AFTER,
  MONTH,
  M_Y,
  monthNumber,
  normalizeDigits,
  NOT_AFTER_DIGIT,
  WD,
  YEAR,
  type DateSpan,
} from './date-patterns';
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

type Pattern = { name: string; re: RegExp; build: (m: string[]) => [CalendarDate | null, CalendarDate | null] };

/** Full dates, most specific first: at the same position the earlier pattern wins. */
const PATTERNS: Pattern[] = [
  {
    // 30 October to 3 November 2023 / du 28 septembre au 2 octobre 2015 / 28 January and 9 February 2020
    name: 'day-month-day-month-year',
    re: g(`${NOT_AFTER_DIGIT}${DAY}${D_M}${MONTH},?${CONN}${WD}${DAY}${D_M}${MONTH}${M_Y}${YEAR}`),
    build: (m) => [date(m[5], m[2], m[1]), date(m[5], m[4], m[3])],
  },
  {
    // February 28 – March 2, 2020
    name: 'month-day-month-day-year',
    re: g(`${MONTH}\\s+${DAY}${CONN}${MONTH}\\s+${DAY},?\\s+${YEAR}`),
    build: (m) => [date(m[5], m[1], m[2]), date(m[5], m[3], m[4])],
  },
  {
    // 15-17 September 2010 / 2 and 3 October 2023 / del martes 3 al viernes 6 de marzo de 2020 / 2-3 of November, 2011
    name: 'day-day-month-year',
    re: g(`${NOT_AFTER_DIGIT}${DAY}${CONN}${WD}${DAY}${D_M}${MONTH}${M_Y}${YEAR}`),
    build: (m) => [date(m[4], m[3], m[1]), date(m[4], m[3], m[2])],
  },
  {
    // March 3-5, 2020
    name: 'month-day-day-year',
    re: g(`${MONTH}\\s+${DAY}${CONN}${DAY},?\\s+${YEAR}`),
    build: (m) => [date(m[4], m[1], m[2]), date(m[4], m[1], m[3])],
  },
  {
    // 2019年11月12日 (zh), with an optional range end: 至 11月14日 / 至14日
    name: 'cjk',
    re: /((?:19|20)\d{2})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日(?:\s*(?:至|到|-|–|—)\s*(?:(\d{1,2})\s*月\s*)?(\d{1,2})\s*日)?/g,
    build: (m) => [date(m[1], m[2], m[3]), m[5] ? date(m[1], m[4] || m[2], m[5]) : null],
  },
  {
    // 04/07-09-2023 and 17/21-11-2019: days 4 to 7 of September 2023 (ich.unesco.org, docs/extraction.md)
    name: 'day-slash-day-month-year',
    re: /(?<![\d/.])(\d{1,2})\/(\d{1,2})-(\d{1,2})-((?:19|20)\d{2})(?!\d)/g,
    build: (m) => [date(m[4], m[3], m[1]), date(m[4], m[3], m[2])],
  },
  {
    // 17 November 2020 / 24 January, 2020 / 17 de noviembre de 2020 / 12 تشرين الثاني (نوفمبر) 2019
    name: 'day-month-year',
    re: g(`${NOT_AFTER_DIGIT}${DAY}${D_M}${MONTH}(?:\\s*\\([^()\\d]{2,15}\\))?${M_Y}${YEAR}`),
    build: (m) => [date(m[3], m[2], m[1]), null],
  },
  {
    // November 17, 2020 / June 14th, 1950
    name: 'month-day-year',
    re: g(`${MONTH}\\s+${DAY},?\\s+${YEAR}`),
    build: (m) => [date(m[3], m[1], m[2]), null],
  },
  {
    // 2017-09-15, 2017/09/15, 2017.09.15 (year first: the month comes next in every usage)
    name: 'iso',
    re: /(?<![\d/.])((?:19|20)\d{2})([-/.])(\d{1,2})\2(\d{1,2})(?![\d/.]\d)/g,
    build: (m) => [date(m[1], m[3], m[4]), null],
  },
  {
    // 01/03/2019, 05.03.2016, 10-12-2019: UNESCO sites write the day first
    name: 'day-first-numeric',
    re: /(?<![\d/.:-])(\d{1,2})([/.-])(\d{1,2})\2((?:19|20)\d{2})(?!\d)/g,
    build: (m) => [date(m[4], m[3], m[1]), null],
  },
];

function date(y?: string, mon?: string, d?: string): CalendarDate | null {
  const month = monthNumber(mon);
  if (!y || !month || !d) return null;
  return calendarDate(Number(y), month, Number(d));
}

type Found = { start: CalendarDate; end: CalendarDate | null; index: number; text: string };

/**
 * What one pattern is known to hold from `from` on in one text: its first date there (`found`), or, with none
 * found, that it holds none before `clearTo`. A scan of a text asks for the first date again after each one it
 * takes; without this, every pattern would read the text again from there each time.
 */
type Known = { from: number; found: Found | null; clearTo: number };

/** The first date of `pattern` in `text` at or after `from` and before `before` (`null`: none there). */
function firstOf(
  pattern: Pattern,
  text: string,
  from: number,
  before: number,
  known: Known[],
  at: number,
): Found | null {
  const k = known[at];
  if (k && k.from <= from) {
    if (k.found && k.found.index >= from) return k.found.index < before ? k.found : null;
    if (!k.found && k.clearTo >= before) return null;
  }
  const re = pattern.re;
  re.lastIndex = k && !k.found && k.from <= from ? Math.max(from, k.clearTo) : from;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m.index >= before) {
      known[at] = { from, found: null, clearTo: m.index };
      return null;
    }
    const built = pattern.build(Array.from(m, (x) => x ?? ''));
    // An impossible end ("31 February") or an end before the start leaves the start alone.
    if (built[0]) {
      const end = built[1] && compareDates(built[1], built[0]) >= 0 ? built[1] : null;
      const found = { start: built[0], end, index: m.index, text: m[0] };
      known[at] = { from, found, clearTo: m.index };
      return found;
    }
    re.lastIndex = m.index + 1;
  }
  known[at] = { from, found: null, clearTo: Infinity };
  return null;
}

/** The first full date in `text` from `from` on: the earliest, and at one position the first pattern's. */
function findFirst(text: string, from: number, known: Known[] = []): Found | null {
  let best: Found | null = null;
  PATTERNS.forEach((pattern, at) => {
    best = firstOf(pattern, text, from, best?.index ?? Infinity, known, at) ?? best;
  });
  return best;
}

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
    const end = date(iso[6], iso[7], iso[8]);
    if (end && compareDates(end, first.start) >= 0) {
      return { ...base, end, text: iso[0], startTime: `${iso[4]}:${iso[5]}`, endTime: `${iso[9]}:${iso[10]}` };
    }
  }
  if (first.end) return base;
  const gap = RANGE_GAP.exec(text.slice(after, after + 80));
  if (!gap) return base;
  // Read from the gap's end on its own: "24-11-2019/02-12-2019" has a slash right before the second date.
  const from = after + gap[0].length;
  const found = findFirst(text.slice(from, from + 60), 0);
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
    const first = findFirst(text, from, known);
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
