/**
 * Dates and zone names in the reader's language, from luxon's and Intl's locale data (CLDR), never from
 * patterns of our own: "17 novembre 2020", "2020年11月17日", "17 نوفمبر 2020"; "heure d’Europe centrale".
 */
import { DateTime } from 'luxon';

/** An ISO day (`2020-11-17`) written in full in `locale`; the ISO text itself when it is not a date. */
export function formatLongDate(date: string, locale: string): string {
  const dt = DateTime.fromISO(date, { zone: 'UTC', locale });
  return dt.isValid ? dt.toLocaleString(DateTime.DATE_FULL) : date;
}

/**
 * An IANA zone as the reader's language names it ("Central European Time", "heure d’Europe centrale"), with
 * the zone's id beside it so the two can be checked against each other; the id alone when the language has no
 * name for it (`Etc/GMT+5`) or the id is unknown.
 */
export function zoneDisplayName(zone: string, locale: string, onDate?: string): string {
  const at = onDate ? DateTime.fromISO(onDate, { zone }) : DateTime.now().setZone(zone);
  if (!at.isValid) return zone;
  try {
    const parts = new Intl.DateTimeFormat(locale, { timeZone: zone, timeZoneName: 'longGeneric' }).formatToParts(
      at.toJSDate(),
    );
    const name = parts.find((p) => p.type === 'timeZoneName')?.value;
    return name && !/^(?:GMT|UTC)/.test(name) && name !== zone ? `${name} (${zone})` : zone;
  } catch {
    return zone;
  }
}
