/**
 * Dates written without a year ("le 21 septembre", "On February 1", "du 12 au 15 mars", "11月18日"), month
 * headings of an events calendar, compact calendar items, and the year a year-less date is placed in
 * (docs/extraction.md, "Dates").
 */
import { calendarDate, compareDates, type CalendarDate } from '../../time/calendar-date';
import { lowerCaseInPlace } from '../lower-case';
import {
  CONN,
  D_M,
  DAY,
  LETTER,
  MONTH,
  monthNumber,
  normalizeDigits,
  NOT_AFTER_DIGIT,
  NOT_IN_WORD,
  g,
  WD,
  YEAR,
  type DateSpan,
  type YearlessSpan,
  type YearSource,
} from './date-patterns';

const YEARLESS_PATTERNS: {
  re: RegExp;
  build: (m: string[]) => [string, string, string, string] | null;
  /** The month must be written with a capital ("May 24", not "may"): checked in the original text. */
  capitalised?: boolean;
}[] = [
  {
    // du 28 septembre au 2 octobre / 28 January and 9 February (no year after)
    re: g(
      `${NOT_AFTER_DIGIT}${DAY}${D_M}${MONTH},?${CONN}${WD}${DAY}${D_M}${MONTH}(?!\\.?,?\\s*(?:(?:de|del|of)\\s+)?\\d)`,
    ),
    build: (m) => [m[1] ?? '', m[2] ?? '', m[3] ?? '', m[4] ?? ''],
  },
  {
    // le 21 septembre / On 25 and 26 April / du lundi 16 au lundi 23 septembre / 2nd December
    re: g(`${NOT_AFTER_DIGIT}${DAY}(?:${CONN}${WD}${DAY})?${D_M}${MONTH}(?!\\.?,?\\s*(?:(?:de|del|of)\\s+)?\\d)`),
    build: (m) => [m[1] ?? '', m[3] ?? '', m[2] || m[1] || '', m[3] ?? ''],
  },
  {
    // On February 1 / May 24-26 (capitalised month names only: "may" is also a verb)
    re: g(`${NOT_IN_WORD}${MONTH}\\s+${DAY}(?:${CONN}${DAY})?(?![\\d${LETTER}:]|,?\\s*(?:19|20)\\d{2})`),
    build: (m) => [m[2] ?? '', m[1] ?? '', m[3] || m[2] || '', m[1] ?? ''],
    capitalised: true,
  },
  {
    // 11月18日 (zh) without a year before it
    re: /(?<![年\d])(\d{1,2})\s*月\s*(\d{1,2})\s*日/g,
    build: (m) => [m[2] ?? '', m[1] ?? '', m[2] ?? '', m[1] ?? ''],
  },
];

/** Every day and month written without a year in `raw` ("le 21 septembre", "On February 1"), left to right. */
export function findYearlessSpans(raw: string, limit = 20): YearlessSpan[] {
  if (!/[\d\u0660-\u0669\u06f0-\u06f9]/.test(raw)) return [];
  const text = lowerCaseInPlace(normalizeDigits(raw));
  const found: YearlessSpan[] = [];
  for (const p of YEARLESS_PATTERNS) {
    p.re.lastIndex = 0;
    for (let m = p.re.exec(text); m && found.length < limit * 2; m = p.re.exec(text)) {
      if (p.capitalised && !/^[A-ZÀ-ÞА-ЯЁ]/.test(raw.charAt(m.index))) continue;
      const parts = p.build(Array.from(m, (x) => x ?? ''));
      const startMonth = monthNumber(parts?.[1]);
      const endMonth = monthNumber(parts?.[3]);
      if (!parts || !startMonth || !endMonth) continue;
      const start = { month: startMonth, day: Number(parts[0]) };
      const end = { month: endMonth, day: Number(parts[2]) };
      if (!calendarDate(2000, start.month, start.day) || !calendarDate(2000, end.month, end.day)) continue;
      if (found.some((f) => m.index < f.index + f.text.length && f.index < m.index + m[0].length)) continue;
      found.push({ start, end, text: raw.slice(m.index, m.index + m[0].length), index: m.index });
    }
  }
  return found.sort((a, b) => a.index - b.index).slice(0, limit);
}

/**
 * A year-less span placed in the year that makes it fall on or after `reference` less two months (pages announce
 * events after they publish them, and report them soon after); an end month before the start month runs into the
 * next year ("28 December to 3 January"). `null` when the day does not exist that year (29 February).
 */
export function placeYearless(span: YearlessSpan, reference: CalendarDate, yearFrom: YearSource): DateSpan | null {
  const place = (year: number) => {
    const start = calendarDate(year, span.start.month, span.start.day);
    const endYear = span.end.month < span.start.month ? year + 1 : year;
    const end = calendarDate(endYear, span.end.month, span.end.day);
    return start && end && compareDates(end, start) >= 0 ? { start, end } : null;
  };
  let placed = place(reference.year);
  const twoMonthsBefore = { ...reference, month: reference.month - 2 };
  if (placed && compareDates(placed.start, twoMonthsBefore) < 0) placed = place(reference.year + 1);
  if (!placed) return null;
  return { ...placed, text: span.text, index: span.index, yearInferred: true, yearFrom };
}

/** The first year-less span of `raw`, placed after `reference` (see `placeYearless`). */
export function parseYearlessSpan(raw: string, reference: CalendarDate): DateSpan | null {
  const first = findYearlessSpans(raw, 1)[0];
  return first ? placeYearless(first, reference, { kind: 'page' }) : null;
}

const MONTH_HEADING = new RegExp(`^${MONTH}\\s+(?:de\\s+)?${YEAR}$`);

/** A month heading of an events calendar: "Mars 2015", "September 2014", "Septiembre de 2014". */
export function parseMonthHeading(line: string): { month: number; year: number } | null {
  // A month's name and a year: short, and ending with the year (most lines are neither).
  if (line.length > 48 || !/\d\s*$/.test(line)) return null;
  const m = MONTH_HEADING.exec(lowerCaseInPlace(line.trim()));
  const month = monthNumber(m?.[1]);
  return m && month ? { month, year: Number(m[2]) } : null;
}

const COMPACT_ITEM = new RegExp(`^${WD}(\\d{1,2})(?:\\s*[-–]\\s*(\\d{1,2}))?\\/(\\d{1,2})(?!\\d|\\/)`);

/** "03-13/03 | Exposition", "Mercredi 04/03 | Conférence": a calendar item's days and month, no year. */
export function parseCompactItemDate(line: string): YearlessSpan | null {
  const m = COMPACT_ITEM.exec(lowerCaseInPlace(line.trim()));
  if (!m) return null;
  const month = Number(m[3]);
  const start = { month, day: Number(m[1]) };
  const end = { month, day: Number(m[2] ?? m[1]) };
  if (!calendarDate(2000, month, start.day) || !calendarDate(2000, month, end.day) || end.day < start.day) return null;
  return { start, end, text: m[0], index: 0 };
}

const WEEKDAY_ONLY = new RegExp(`^\\s*${WD}$`);

/** Whether `text` is nothing but a weekday ("Mercredi ", "Tuesday, "): what may stand before a date. */
export function isWeekdayOnly(text: string): boolean {
  return text.trim() === '' || WEEKDAY_ONLY.test(`${lowerCaseInPlace(text.trim())} `);
}
