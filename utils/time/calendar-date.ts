/**
 * Calendar dates without a time or a zone (`2020-11-17`): the one place that does day arithmetic on them.
 * Proleptic Gregorian, computed in UTC so no zone or DST can shift a day.
 */
export type CalendarDate = { year: number; month: number; day: number };

/** A real day of the calendar (31 February is not), or `null`. */
export function calendarDate(year: number, month: number, day: number): CalendarDate | null {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return null;
  if (month < 1 || month > 12 || day < 1 || day > 31) return null;
  const check = new Date(Date.UTC(year, month - 1, day));
  return check.getUTCMonth() === month - 1 && check.getUTCDate() === day ? { year, month, day } : null;
}

/** `2020-11-17` → the date, or `null` when it is not one. */
export function parseIsoDate(iso: string): CalendarDate | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return m ? calendarDate(Number(m[1]), Number(m[2]), Number(m[3])) : null;
}

/** `{2020, 11, 17}` → `2020-11-17`. */
export function toIsoDate(d: CalendarDate): string {
  return `${String(d.year).padStart(4, '0')}-${String(d.month).padStart(2, '0')}-${String(d.day).padStart(2, '0')}`;
}

/** Negative, zero or positive as `a` is before, on or after `b`. */
export function compareDates(a: CalendarDate, b: CalendarDate): number {
  return a.year - b.year || a.month - b.month || a.day - b.day;
}

const dayNumber = (d: CalendarDate) => Date.UTC(d.year, d.month - 1, d.day) / 86_400_000;

/** Whole days from `a` to `b` (negative when `b` is earlier). */
export function daysBetween(a: CalendarDate, b: CalendarDate): number {
  return Math.round(dayNumber(b) - dayNumber(a));
}

/** The date `days` days after `d` (before, when negative). */
export function addDays(d: CalendarDate, days: number): CalendarDate {
  const t = new Date(Date.UTC(d.year, d.month - 1, d.day + days));
  return { year: t.getUTCFullYear(), month: t.getUTCMonth() + 1, day: t.getUTCDate() };
}

/** `2020-11-17` → `2020-11-18`. */
export function nextIsoDay(iso: string): string {
  const d = parseIsoDate(iso);
  return d ? toIsoDate(addDays(d, 1)) : iso;
}

/** Day of the week, 0 = Sunday … 6 = Saturday. */
export function weekday(d: CalendarDate): number {
  return new Date(Date.UTC(d.year, d.month - 1, d.day)).getUTCDay();
}

/** The instant of `hour`:00 UTC on that day, in milliseconds since the epoch. */
export function utcMs(d: CalendarDate, hour = 0): number {
  return Date.UTC(d.year, d.month - 1, d.day, hour);
}
