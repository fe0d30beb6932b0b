/**
 * Full dates, with a day, a month and a year, in page text (docs/extraction.md, "Dates"): the table of the shapes
 * they are written in, and the search for the first one from a position. Ranges and times around them are read
 * by dates.ts.
 */
import { calendarDate, compareDates, type CalendarDate } from '../../time/calendar-date';
import { CONN, D_M, DAY, g, MONTH, M_Y, monthNumber, NOT_AFTER_DIGIT, WD, YEAR } from './date-patterns';

type Pattern = { name: string; re: RegExp; build: (m: string[]) => [CalendarDate | null, CalendarDate | null] };

/** Full dates, most specific first: at the same position the earlier pattern wins. */
const PATTERNS: Pattern[] = [
  {
    // 30 October to 3 November 2023 / du 28 septembre au 2 octobre 2015 / 28 January and 9 February 2020
    name: 'day-month-day-month-year',
    re: g(`${NOT_AFTER_DIGIT}${DAY}${D_M}${MONTH},?${CONN}${WD}${DAY}${D_M}${MONTH}${M_Y}${YEAR}`),
    build: (m) => [dateOf(m[5], m[2], m[1]), dateOf(m[5], m[4], m[3])],
  },
  {
    // February 28 – March 2, 2020
    name: 'month-day-month-day-year',
    re: g(`${MONTH}\\s+${DAY}${CONN}${MONTH}\\s+${DAY},?\\s+${YEAR}`),
    build: (m) => [dateOf(m[5], m[1], m[2]), dateOf(m[5], m[3], m[4])],
  },
  {
    // 15-17 September 2010 / 2 and 3 October 2023 / del martes 3 al viernes 6 de marzo de 2020 / 2-3 of November, 2011
    name: 'day-day-month-year',
    re: g(`${NOT_AFTER_DIGIT}${DAY}${CONN}${WD}${DAY}${D_M}${MONTH}${M_Y}${YEAR}`),
    build: (m) => [dateOf(m[4], m[3], m[1]), dateOf(m[4], m[3], m[2])],
  },
  {
    // March 3-5, 2020
    name: 'month-day-day-year',
    re: g(`${MONTH}\\s+${DAY}${CONN}${DAY},?\\s+${YEAR}`),
    build: (m) => [dateOf(m[4], m[1], m[2]), dateOf(m[4], m[1], m[3])],
  },
  {
    // 2019年11月12日 (zh), with an optional range end: 至 11月14日 / 至14日
    name: 'cjk',
    re: /((?:19|20)\d{2})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日(?:\s*(?:至|到|-|–|—)\s*(?:(\d{1,2})\s*月\s*)?(\d{1,2})\s*日)?/g,
    build: (m) => [dateOf(m[1], m[2], m[3]), m[5] ? dateOf(m[1], m[4] || m[2], m[5]) : null],
  },
  {
    // 04/07-09-2023 and 17/21-11-2019: days 4 to 7 of September 2023 (ich.unesco.org, docs/extraction.md)
    name: 'day-slash-day-month-year',
    re: /(?<![\d/.])(\d{1,2})\/(\d{1,2})-(\d{1,2})-((?:19|20)\d{2})(?!\d)/g,
    build: (m) => [dateOf(m[4], m[3], m[1]), dateOf(m[4], m[3], m[2])],
  },
  {
    // 17 November 2020 / 24 January, 2020 / 17 de noviembre de 2020 / 12 تشرين الثاني (نوفمبر) 2019
    name: 'day-month-year',
    re: g(`${NOT_AFTER_DIGIT}${DAY}${D_M}${MONTH}(?:\\s*\\([^()\\d]{2,15}\\))?${M_Y}${YEAR}`),
    build: (m) => [dateOf(m[3], m[2], m[1]), null],
  },
  {
    // November 17, 2020 / June 14th, 1950
    name: 'month-day-year',
    re: g(`${MONTH}\\s+${DAY},?\\s+${YEAR}`),
    build: (m) => [dateOf(m[3], m[1], m[2]), null],
  },
  {
    // 2017-09-15, 2017/09/15, 2017.09.15 (year first: the month comes next in every usage)
    name: 'iso',
    re: /(?<![\d/.])((?:19|20)\d{2})([-/.])(\d{1,2})\2(\d{1,2})(?![\d/.]\d)/g,
    build: (m) => [dateOf(m[1], m[3], m[4]), null],
  },
  {
    // 01/03/2019, 05.03.2016, 10-12-2019: UNESCO sites write the day first
    name: 'day-first-numeric',
    re: /(?<![\d/.:-])(\d{1,2})([/.-])(\d{1,2})\2((?:19|20)\d{2})(?!\d)/g,
    build: (m) => [dateOf(m[4], m[3], m[1]), null],
  },
];

/** The calendar date of a year, a month (a name or a number) and a day as found; `null` if there is none. */
export function dateOf(y?: string, mon?: string, d?: string): CalendarDate | null {
  const month = monthNumber(mon);
  if (!y || !month || !d) return null;
  return calendarDate(Number(y), month, Number(d));
}

export type Found = { start: CalendarDate; end: CalendarDate | null; index: number; text: string };

/**
 * What one pattern is known to hold from `from` on in one text: its first date there (`found`), or, with none
 * found, that it holds none before `clearTo`. A scan of a text asks for the first date again after each one it
 * takes; without this, every pattern would read the text again from there each time.
 */
export type Known = { from: number; found: Found | null; clearTo: number };

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
export function findFirstFullDate(text: string, from: number, known: Known[] = []): Found | null {
  let best: Found | null = null;
  PATTERNS.forEach((pattern, at) => {
    best = firstOf(pattern, text, from, best?.index ?? Infinity, known, at) ?? best;
  });
  return best;
}
