/**
 * Calendar dates written in page text: "17 November 2020", "Tuesday, 17 November 2020",
 * "24 January, 2020", "November 17, 2020", "15-17 September 2010", "from 30 October to 3 November 2023",
 * "2 October 2023 to 3 October 2023", "01/03/2019" (day first), "2017-09-15". English, French, Spanish.
 */
export type CalendarDate = { year: number; month: number; day: number };
export type DateSpan = {
  start: CalendarDate;
  end: CalendarDate;
  text: string;
  yearInferred: boolean;
  /** Where an inferred year came from, in words, for the warning. */
  yearFrom?: string;
  /** Times written as part of the dates themselves (ISO runs: "2017-09-15 09:002017-10-30 18:00"). */
  startTime?: string;
  endTime?: string;
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
for (const [variant, n] of Object.entries({
  إبريل: 4,
  ابريل: 4,
  اغسطس: 8,
  أغسطس: 8,
  اكتوبر: 10,
  ماي: 5,
  يونيه: 6,
  يوليه: 7,
}))
  MONTH_NAMES[variant] = n;
for (const [abbr, n] of Object.entries({
  jan: 1,
  feb: 2,
  mar: 3,
  apr: 4,
  jun: 6,
  jul: 7,
  aug: 8,
  sep: 9,
  sept: 9,
  oct: 10,
  nov: 11,
  dec: 12,
  fevrier: 2,
  aout: 8,
  decembre: 12,
  setiembre: 9,
}))
  MONTH_NAMES[abbr] = n;

const MONTH = `(${Object.keys(MONTH_NAMES)
  .sort((a, b) => b.length - a.length)
  .join('|')})\\.?(?![a-zà-ÿа-яё\\u0621-\\u064a])`;
const DAY = '(\\d{1,2})(?:st|nd|rd|th|er|º)?';
const YEAR = '((?:19|20)\\d{2})';
const DASH = '\\s*(?:[-–—]|to|au|al|a|até|bis|по|-)\\s*';
const AND = '\\s*(?:and|et|y|e|&|и|و)\\s*';
/** Between two full dates of a range, possibly after the first date's time ("2017-09-15 09:00 2017-10-30"). */
const SECOND_DATE_SEPARATOR =
  /^\s*(?:(?:[-–—]|to|au|al|a|until|till|jusqu[’']au|hasta|bis|по|至|بين)\s*|\d{1,2}[:.]\d{2}\s*(?:[-–—]\s*)?)/i;
/** An ISO date-time run, as the zh site renders it: "2017-09-15 09:002017-10-30 18:00". */
const ISO_RUN =
  /((?:19|20)\d{2})-(\d{2})-(\d{2})[ T](\d{2}):(\d{2})(?::\d{2})?\s*(?:[-–—]|to|至)?\s*((?:19|20)\d{2})-(\d{2})-(\d{2})[ T](\d{2}):(\d{2})/;

/** Named patterns, most specific first. Groups are mapped by `build`. */
const PATTERNS: {
  name: string;
  re: RegExp;
  build: (m: string[]) => [CalendarDate | null, CalendarDate | null] | null;
}[] = [
  {
    // 30 October to 3 November 2023 / 30 October - 3 November 2023
    name: 'day-month-day-month-year',
    re: new RegExp(`${DAY}\\s+(?:de\\s+)?${MONTH}${DASH}${DAY}\\s+(?:de\\s+)?${MONTH},?\\s+(?:de\\s+)?${YEAR}`, 'i'),
    build: (m) => [date(m[5], m[2], m[1]), date(m[5], m[4], m[3])],
  },
  {
    // 2 and 3 October 2023 / 25 et 26 avril 2022
    name: 'day-and-day-month-year',
    re: new RegExp(`${DAY}${AND}${DAY}\\s+(?:de\\s+)?${MONTH},?\\s+(?:de\\s+)?${YEAR}`, 'i'),
    build: (m) => [date(m[4], m[3], m[1]), date(m[4], m[3], m[2])],
  },
  {
    // 2019年11月12日 (zh), with an optional range end: 至 11月14日 / 至14日
    name: 'cjk',
    re: /((?:19|20)\d{2})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日(?:\s*(?:至|到|-|–|—)\s*(?:(\d{1,2})\s*月\s*)?(\d{1,2})\s*日)?/,
    build: (m) => [date(m[1], m[2], m[3]), m[5] ? date(m[1], m[4] || m[2], m[5]) : null],
  },
  {
    // 04/07-09-2023: days 4 to 7 of September 2023 (ich.unesco.org activity headers, DOM-NOTES.md §6)
    name: 'day-slash-day-month-year',
    re: /\b(\d{1,2})\/(\d{1,2})-(\d{1,2})-((?:19|20)\d{2})\b/,
    build: (m) => [date(m[4], m[3], m[1]), date(m[4], m[3], m[2])],
  },
  {
    // 15-17 September 2010 / 22 to 24 February 2023
    name: 'day-day-month-year',
    re: new RegExp(`${DAY}${DASH}${DAY}\\s+(?:de\\s+)?${MONTH},?\\s+(?:de\\s+)?${YEAR}`, 'i'),
    build: (m) => [date(m[4], m[3], m[1]), date(m[4], m[3], m[2])],
  },
  {
    // 17 November 2020 / 24 January, 2020 / 17 de noviembre de 2020
    name: 'day-month-year',
    // "12 تشرين الثاني (نوفمبر) 2019": Arabic pages give the other month name in brackets.
    re: new RegExp(`${DAY}\\s+(?:de\\s+)?${MONTH}(?:\\s*\\([^()\\d]{2,15}\\))?,?\\s+(?:de\\s+)?${YEAR}`, 'i'),
    build: (m) => [date(m[3], m[2], m[1]), null],
  },
  {
    // November 17, 2020
    name: 'month-day-year',
    re: new RegExp(`${MONTH}\\s+${DAY},?\\s+${YEAR}`, 'i'),
    build: (m) => [date(m[3], m[1], m[2]), null],
  },
  {
    // 2017-09-15
    name: 'iso',
    re: /\b((?:19|20)\d{2})-(\d{2})-(\d{2})/,
    build: (m) => [date(m[1], m[2], m[3]), null],
  },
  {
    // 01/03/2019 (UNESCO sites write day first)
    name: 'day-first-numeric',
    re: /\b(\d{1,2})[/.](\d{1,2})[/.]((?:19|20)\d{2})\b/,
    build: (m) => [date(m[3], m[2], m[1]), null],
  },
];

function date(y?: string, mon?: string, d?: string): CalendarDate | null {
  if (!y || !mon || !d) return null;
  const month = /^\d+$/.test(mon) ? Number(mon) : MONTH_NAMES[mon.toLowerCase().replace(/\.$/, '')];
  const year = Number(y);
  const day = Number(d);
  if (!month || month > 12 || day < 1) return null;
  const check = new Date(Date.UTC(year, month - 1, day));
  return check.getUTCMonth() === month - 1 ? { year, month, day } : null;
}

type Found = { start: CalendarDate; end: CalendarDate | null; index: number; text: string };

function findFirst(text: string, from = 0): Found | null {
  let best: Found | null = null;
  const rest = text.slice(from);
  for (const p of PATTERNS) {
    const m = p.re.exec(rest);
    if (!m) continue;
    const built = p.build(Array.from(m, (g) => g ?? ''));
    if (!built?.[0]) continue;
    const index = from + m.index;
    // Earliest match wins; at the same position the more specific (earlier-listed) pattern wins.
    if (!best || index < best.index) best = { start: built[0], end: built[1], index, text: m[0] };
  }
  return best;
}

export function compareDates(a: CalendarDate, b: CalendarDate): number {
  return a.year - b.year || a.month - b.month || a.day - b.day;
}

/**
 * The date span a piece of text states: a range pattern, or a first date followed by a second
 * (the end) within the same text. `null` when there is no full date.
 */
export function parseDateSpan(raw: string): DateSpan | null {
  const text = normalizeDigits(raw);
  const iso = ISO_RUN.exec(text);
  const first = findFirst(text);
  if (!first) return null;
  if (iso && iso.index === first.index) {
    const start = date(iso[1], iso[2], iso[3]);
    const end = date(iso[6], iso[7], iso[8]);
    if (start && end && compareDates(end, start) >= 0) {
      return {
        start,
        end,
        text: iso[0],
        yearInferred: false,
        startTime: `${iso[4]}:${iso[5]}`,
        endTime: `${iso[9]}:${iso[10]}`,
      };
    }
  }
  if (first.end) return { start: first.start, end: first.end, text: first.text, yearInferred: false };
  const after = first.index + first.text.length;
  const separator = SECOND_DATE_SEPARATOR.exec(text.slice(after));
  const second = separator ? findFirst(text, after) : null;
  // Only a weekday may stand between the separator and the end date ("- Friday, 17 September 2010").
  const between = second ? text.slice(after + (separator?.[0].length ?? 0), second.index) : '';
  if (second && /^(?:[^\s\d,]+,?\s*)?$/.test(between) && compareDates(second.start, first.start) >= 0) {
    return {
      start: first.start,
      end: second.start,
      text: text.slice(first.index, second.index + second.text.length),
      yearInferred: false,
    };
  }
  return { start: first.start, end: first.start, text: first.text, yearInferred: false };
}

/** Arabic-Indic and Persian digits → ASCII, so "١٢ نوفمبر ٢٠١٩" reads like "12 نوفمبر 2019". */
export function normalizeDigits(text: string): string {
  return text.replace(/[\u0660-\u0669\u06f0-\u06f9]/g, (d) => String((d.codePointAt(0) ?? 0) & 0xf));
}

/** A day and month without a year: "le 21 septembre", "On 25 and 26 April", "25 May". */
const DAY_MONTH = new RegExp(
  `(?<![\\d/.-])${DAY}(?:(?:${AND}|${DASH})${DAY})?\\s+(?:de\\s+)?${MONTH}(?!\\.?,?\\s*(?:de\\s+)?\\d)`,
  'i',
);

/**
 * A date span without a year, placed in the year that makes it fall on or after `reference` less two
 * months (pages announce events after they publish them). `null` when `text` has no day and month.
 */
export function parseYearlessSpan(raw: string, reference: CalendarDate): DateSpan | null {
  const text = normalizeDigits(raw);
  const m = DAY_MONTH.exec(text);
  if (!m) return null;
  const month = MONTH_NAMES[(m[3] ?? '').toLowerCase().replace(/\.$/, '')];
  if (!month) return null;
  const place = (year: number) => {
    const start = date(String(year), String(month), m[1]);
    const end = m[2] ? date(String(year), String(month), m[2]) : start;
    return start && end ? { start, end } : null;
  };
  let placed = place(reference.year);
  const twoMonthsBefore = { ...reference, month: reference.month - 2 };
  if (placed && compareDates(placed.start, twoMonthsBefore) < 0) placed = place(reference.year + 1);
  if (!placed || compareDates(placed.end, placed.start) < 0) return null;
  return { ...placed, text: m[0], yearInferred: true };
}

/** `{2020, 11, 17}` → `2020-11-17`. */
export function toIsoDate(d: CalendarDate): string {
  return `${d.year}-${String(d.month).padStart(2, '0')}-${String(d.day).padStart(2, '0')}`;
}
