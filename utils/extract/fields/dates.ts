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
import { findTimeRange } from './times';

export type { CalendarDate } from '../../time/calendar-date';
export { compareDates, toIsoDate } from '../../time/calendar-date';

/**
 * Where an inferred year was taken from: the page's own date, its first full date (both named), the capture's
 * date, the event's start (an end date), a listing's month heading, or the page at large.
 */
export type YearSource =
  { kind: 'page-date' | 'first-date'; date: string } | { kind: 'capture' | 'event-start' | 'heading' | 'page' };

export type DateSpan = {
  start: CalendarDate;
  end: CalendarDate;
  /** The text the dates were read from, as written. */
  text: string;
  /** Where `text` starts in the text it was found in. */
  index: number;
  yearInferred: boolean;
  /** Where an inferred year came from, for the note that says so. */
  yearFrom?: YearSource;
  /** Times written with the dates themselves ("2017-09-15 09:002017-10-30 18:00", "… 2015 - 10:00am to …"). */
  startTime?: string;
  endTime?: string;
};

/** A day and month without a year, as found; the caller decides the year. */
export type YearlessSpan = {
  start: { month: number; day: number };
  end: { month: number; day: number };
  text: string;
  index: number;
};

const MONTH_NAMES: Record<string, number> = {};
const MONTH_LISTS = [
  'january february march april may june july august september october november december',
  'janvier février mars avril mai juin juillet août septembre octobre novembre décembre',
  'enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre',
  // Arabic (Egypt, Gulf) and Levantine month names.
  'يناير فبراير مارس أبريل مايو يونيو يوليو أغسطس سبتمبر أكتوبر نوفمبر ديسمبر',
  'كانون_الثاني شباط آذار نيسان أيار حزيران تموز آب أيلول تشرين_الأول تشرين_الثاني كانون_الأول',
  // Russian, genitive (as in dates) and nominative.
  'января февраля марта апреля мая июня июля августа сентября октября ноября декабря',
  'январь февраль март апрель май июнь июль август сентябрь октябрь ноябрь декабрь',
];
for (const list of MONTH_LISTS) list.split(' ').forEach((name, i) => (MONTH_NAMES[name.replace('_', ' ')] = i + 1));
// Arabic pages of the UN write both names: "أيلول/سبتمبر", "أيلول (سبتمبر)".
const [EGYPTIAN, LEVANTINE] = [MONTH_LISTS[3], MONTH_LISTS[4]].map((l) =>
  (l ?? '').split(' ').map((n) => n.replace('_', ' ')),
);
LEVANTINE?.forEach((name, i) => {
  const other = EGYPTIAN?.[i];
  if (other)
    for (const joined of [`${name}/${other}`, `${name} / ${other}`, `${name} (${other})`]) MONTH_NAMES[joined] = i + 1;
});
const MONTH_VARIANTS: Record<string, number> = {
  إبريل: 4,
  ابريل: 4,
  اغسطس: 8,
  اكتوبر: 10,
  ماي: 5,
  يونيه: 6,
  يوليه: 7,
  jan: 1,
  janv: 1,
  feb: 2,
  févr: 2,
  fevrier: 2,
  mar: 3,
  apr: 4,
  avr: 4,
  jun: 6,
  jul: 7,
  juil: 7,
  aug: 8,
  aout: 8,
  sep: 9,
  sept: 9,
  setiembre: 9,
  oct: 10,
  nov: 11,
  dec: 12,
  déc: 12,
  decembre: 12,
  ene: 1,
  abr: 4,
  ago: 8,
  dic: 12,
};
Object.assign(MONTH_NAMES, MONTH_VARIANTS);

const WEEKDAY_NAMES = [
  'monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur thurs fri sat sun',
  'lundi mardi mercredi jeudi vendredi samedi dimanche',
  'lunes martes miércoles miercoles jueves viernes sábado sabado domingo',
  'понедельник вторник среда среду четверг пятница пятницу суббота субботу воскресенье',
]
  .join(' ')
  .split(' ');

const alternation = (names: Iterable<string>) =>
  [...names]
    .sort((a, b) => b.length - a.length)
    .map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('|');
/** A letter of the scripts month names are written in (the text is lower-cased before matching). */
const LETTER = 'a-zà-ÿāăąćčďđēęěğīıľłńňōőœřśşšţťūůűźżžа-яё\\u0621-\\u064a';
const LETTER_AFTER = `(?![${LETTER}])`;
const LATIN_CYRILLIC = 'a-zà-ÿāăąćčďđēęěğīıľłńňōőœřśşšţťūůűźżžа-яё';
const ARABIC = '\\u0621-\\u064a';
/**
 * A word that may be a month, checked against MONTH_NAMES when read (`monthNumber`): Latin or Cyrillic ("mars",
 * "sept.", "ноября"), or Arabic with its second word or its other name ("تشرين الثاني", "أيلول / سبتمبر"). A
 * word pattern, not an alternation of every name: each page runs the extractor in a fresh script context, where
 * V8 compiles every pattern anew, and an alternation of 150 names costs milliseconds to compile in each
 * (docs/extraction.md, "Speed").
 */
const MONTH = `(?<![${LETTER}])((?:[${LATIN_CYRILLIC}]{3,10}|[${ARABIC}]{2,8}(?: [${ARABIC}]{3,8})?(?:\\s?/\\s?[${ARABIC}]{3,8}| \\([${ARABIC}]{3,8}\\))?))\\.?${LETTER_AFTER}`;
const WD = `(?:(?:${alternation(WEEKDAY_NAMES)})\\.?${LETTER_AFTER},?\\s+)?`;
const DAY = '(\\d{1,2})(?:st|nd|rd|th|er|\\.?º|°)?';
const YEAR = '((?:19|20)\\d{2})(?!\\d)';
/** Between a day and its month: "17 November", "17 de noviembre", "11 of September". */
const D_M = '\\s*(?:(?:de|of)\\s+)?';
/** Between a month and its year: "November 2020", "Décembre, 2017", "diciembre del 2020". */
const M_Y = ',?\\s+(?:(?:de|del)\\s+)?';
const DASH = `\\s*(?:[-–—]|(?:to|through|thru|until|au|al|a|até|bis|по)${LETTER_AFTER})\\s*`;
const AND = `\\s*(?:(?:and|et|y|e|и)${LETTER_AFTER}|&|و)\\s*`;
const CONN = `(?:${DASH}|${AND})`;
const NOT_AFTER_DIGIT = '(?<![\\d/.:,-])';
/** Not inside a word. */
const NOT_IN_WORD = `(?<![${LETTER}])`;

type Pattern = { name: string; re: RegExp; build: (m: string[]) => [CalendarDate | null, CalendarDate | null] };
/** Patterns run on lower-cased text (`lowerCaseInPlace`): no `i` flag, no Unicode mode. */
const g = (source: string) => new RegExp(source, 'g');

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

function monthNumber(name: string | undefined): number | undefined {
  if (!name) return undefined;
  return /^\d+$/.test(name) ? Number(name) : MONTH_NAMES[name.toLowerCase().replace(/\.$/, '')];
}

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

/** Arabic-Indic and Persian digits → ASCII, so "١٢ نوفمبر ٢٠١٩" reads like "12 نوفمبر 2019" (same length). */
export function normalizeDigits(text: string): string {
  return text.replace(/[\u0660-\u0669\u06f0-\u06f9]/g, (d) => String((d.codePointAt(0) ?? 0) & 0xf));
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
