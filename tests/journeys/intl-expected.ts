import { DateTime } from 'luxon';
import type { PageUnderTest } from '../browsers/browser-under-test';
import { CAPTURE, DAY } from '../../utils/time/format-event-time';

// What the extension's pages should write, asked of the browser's own Intl in its language (or `locale`; Arabic
// pages write `ar-u-nu-latn`: docs/i18n.md, "Numbers in Arabic") with the options the extension gives it
// (docs/i18n.md, "Dates and numbers"): a test states each browser's CLDR text, not a guess of it.

const inPage = (page: PageUnderTest, iso: string, options: Intl.DateTimeFormatOptions, locale?: string) =>
  page.formatDate(DateTime.fromISO(iso, { setZone: true }).toMillis(), options, locale);

/** A capture time (`2020-12-06T07:20:00Z`) as the page's locale writes it, in UTC: "Dec 6, 2020, 07:20 UTC". */
export const captureTimeIn = (page: PageUnderTest, iso: string, locale?: string): Promise<string> =>
  inPage(page, iso, { ...CAPTURE, timeZone: 'UTC' }, locale);

/** A day (`2020-11-17`) as the time table's date line writes it: "Tue, Nov 17, 2020". */
export const dayIn = (page: PageUnderTest, isoDate: string): Promise<string> =>
  inPage(page, `${isoDate}T12:00:00Z`, { ...DAY, timeZone: 'UTC' });

/** A day and a clock time in a zone, as one: "Tue, Nov 17, 2020, 9:00 PM" (12- or 24-hour as the locale has it). */
export const dayAndClockIn = (page: PageUnderTest, iso: string, timeZone: string): Promise<string> =>
  inPage(page, iso, { ...DAY, hour: 'numeric', minute: '2-digit', timeZone });
