/**
 * Calendar dates written in page text: "17 November 2020", "Tuesday, 17 November 2020",
 * "24 January, 2020", "November 17, 2020", "15-17 September 2010", "from 30 October to 3 November 2023",
 * "2 October 2023 to 3 October 2023", "01/03/2019" (day first), "2017-09-15". English, French, Spanish.
 */
export type CalendarDate = { year: number; month: number; day: number };
export type DateSpan = { start: CalendarDate; end: CalendarDate; text: string; yearInferred: boolean };

const MONTH_NAMES: Record<string, number> = {};
const MONTH_LISTS = [
  'january february march april may june july august september october november december',
  'janvier février mars avril mai juin juillet août septembre octobre novembre décembre',
  'enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre',
];
for (const list of MONTH_LISTS) list.split(' ').forEach((name, i) => (MONTH_NAMES[name] = i + 1));
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
  .join('|')})\\.?`;
const DAY = '(\\d{1,2})(?:st|nd|rd|th|er|º)?';
const YEAR = '((?:19|20)\\d{2})';
const DASH = '\\s*(?:[-–—]|to|au|al|a|até|bis)\\s*';

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
    // 15-17 September 2010 / 22 to 24 February 2023
    name: 'day-day-month-year',
    re: new RegExp(`${DAY}${DASH}${DAY}\\s+(?:de\\s+)?${MONTH},?\\s+(?:de\\s+)?${YEAR}`, 'i'),
    build: (m) => [date(m[4], m[3], m[1]), date(m[4], m[3], m[2])],
  },
  {
    // 17 November 2020 / 24 January, 2020 / 17 de noviembre de 2020
    name: 'day-month-year',
    re: new RegExp(`${DAY}\\s+(?:de\\s+)?${MONTH},?\\s+(?:de\\s+)?${YEAR}`, 'i'),
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
export function parseDateSpan(text: string): DateSpan | null {
  const first = findFirst(text);
  if (!first) return null;
  if (first.end) return { start: first.start, end: first.end, text: first.text, yearInferred: false };
  const after = first.index + first.text.length;
  const second = /^\s*(?:[-–—]|to|au|al|a|until|jusqu’au|hasta)\s*/i.test(text.slice(after))
    ? findFirst(text, after)
    : null;
  if (second && compareDates(second.start, first.start) >= 0) {
    return {
      start: first.start,
      end: second.start,
      text: text.slice(first.index, second.index + second.text.length),
      yearInferred: false,
    };
  }
  return { start: first.start, end: first.start, text: first.text, yearInferred: false };
}

/** `{2020, 11, 17}` → `2020-11-17`. */
export function toIsoDate(d: CalendarDate): string {
  return `${d.year}-${String(d.month).padStart(2, '0')}-${String(d.day).padStart(2, '0')}`;
}
