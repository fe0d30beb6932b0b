import { DateTime } from 'luxon';
import type { Page } from 'playwright-core';
import { CAPTURE, DAY } from '../../utils/time/format-event-time';

// What the extension's pages should write, asked of the browser's own Intl in the page's locale (the browser's:
// docs/i18n.md, "Dates and numbers") with the options the extension gives it, so a test states Chromium's CLDR text
// rather than a guess of it.

/** `locale`: the browser's own by default; Arabic pages write `ar-u-nu-latn` (docs/i18n.md, "Numbers in Arabic"). */
function inPage(page: Page, iso: string, options: Intl.DateTimeFormatOptions, locale?: string): Promise<string> {
  const ms = DateTime.fromISO(iso, { setZone: true }).toMillis();
  const args = [ms, options, locale ?? null] as const;
  return page.evaluate(([at, opts, tag]) => new Intl.DateTimeFormat(tag ?? navigator.language, opts).format(at), args);
}

/** A capture time (`2020-12-06T07:20:00Z`) as the page's locale writes it, in UTC: "Dec 6, 2020, 07:20 UTC". */
export const captureTimeIn = (page: Page, iso: string, locale?: string): Promise<string> =>
  inPage(page, iso, { ...CAPTURE, timeZone: 'UTC' }, locale);

/** A day (`2020-11-17`) as the time table's date line writes it: "Tue, Nov 17, 2020". */
export const dayIn = (page: Page, isoDate: string): Promise<string> =>
  inPage(page, `${isoDate}T12:00:00Z`, { ...DAY, timeZone: 'UTC' });

/** A day and a clock time in a zone, as one: "Tue, Nov 17, 2020, 9:00 PM" (12- or 24-hour as the locale has it). */
export const dayAndClockIn = (page: Page, iso: string, timeZone: string): Promise<string> =>
  inPage(page, iso, { ...DAY, hour: 'numeric', minute: '2-digit', timeZone });
