/**
 * What the date readers are built from (docs/extraction.md, "Dates"): month and weekday names in the six UNESCO
 * languages, the pieces of the date patterns, the shapes a date is found in, and Arabic-Indic digits read as ASCII.
 * Patterns run on lower-cased text (`lowerCaseInPlace`): no `i` flag, no Unicode mode.
 */
import type { CalendarDate } from '../../time/calendar-date';

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

export const MONTH_NAMES: Record<string, number> = {};
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
export const LETTER = 'a-zà-ÿāăąćčďđēęěğīıľłńňōőœřśşšţťūůűźżžа-яё\\u0621-\\u064a';
export const LETTER_AFTER = `(?![${LETTER}])`;
const LATIN_CYRILLIC = 'a-zà-ÿāăąćčďđēęěğīıľłńňōőœřśşšţťūůűźżžа-яё';
const ARABIC = '\\u0621-\\u064a';
/**
 * A word that may be a month, checked against MONTH_NAMES when read (`monthNumber`): Latin or Cyrillic ("mars",
 * "sept.", "ноября"), or Arabic with its second word or its other name ("تشرين الثاني", "أيلول / سبتمبر"). A
 * word pattern, not an alternation of every name: each page runs the extractor in a fresh script context, where
 * V8 compiles every pattern anew, and an alternation of 150 names costs milliseconds to compile in each
 * (docs/extraction.md, "Speed").
 */
export const MONTH = `(?<![${LETTER}])((?:[${LATIN_CYRILLIC}]{3,10}|[${ARABIC}]{2,8}(?: [${ARABIC}]{3,8})?(?:\\s?/\\s?[${ARABIC}]{3,8}| \\([${ARABIC}]{3,8}\\))?))\\.?${LETTER_AFTER}`;
export const WD = `(?:(?:${alternation(WEEKDAY_NAMES)})\\.?${LETTER_AFTER},?\\s+)?`;
export const DAY = '(\\d{1,2})(?:st|nd|rd|th|er|\\.?º|°)?';
export const YEAR = '((?:19|20)\\d{2})(?!\\d)';
/** Between a day and its month: "17 November", "17 de noviembre", "11 of September". */
export const D_M = '\\s*(?:(?:de|of)\\s+)?';
/** Between a month and its year: "November 2020", "Décembre, 2017", "diciembre del 2020". */
export const M_Y = ',?\\s+(?:(?:de|del)\\s+)?';
const DASH = `\\s*(?:[-–—]|(?:to|through|thru|until|au|al|a|até|bis|по)${LETTER_AFTER})\\s*`;
const AND = `\\s*(?:(?:and|et|y|e|и)${LETTER_AFTER}|&|و)\\s*`;
export const CONN = `(?:${DASH}|${AND})`;
export const NOT_AFTER_DIGIT = '(?<![\\d/.:,-])';
/** Not inside a word. */
export const NOT_IN_WORD = `(?<![${LETTER}])`;

/** Patterns run on lower-cased text (`lowerCaseInPlace`): no `i` flag, no Unicode mode. */
export const g = (source: string) => new RegExp(source, 'g');

export function monthNumber(name: string | undefined): number | undefined {
  if (!name) return undefined;
  return /^\d+$/.test(name) ? Number(name) : MONTH_NAMES[name.toLowerCase().replace(/\.$/, '')];
}

/** Arabic-Indic and Persian digits → ASCII, so "١٢ نوفمبر ٢٠١٩" reads like "12 نوفمبر 2019" (same length). */
export function normalizeDigits(text: string): string {
  return text.replace(/[\u0660-\u0669\u06f0-\u06f9]/g, (d) => String((d.codePointAt(0) ?? 0) & 0xf));
}
