import { DateTime } from 'luxon';
import type { Page } from 'puppeteer-core';
import { CAPTURE, DAY } from '../../utils/time/format-event-time';

// What the extension's pages should write, asked of Firefox's own Intl in the page's locale with the options the
// extension gives it (docs/i18n.md, "Dates and numbers"); tests/e2e/intl-expected.ts is Chromium's twin.

function inPage(page: Page, iso: string, options: Intl.DateTimeFormatOptions): Promise<string> {
  const ms = DateTime.fromISO(iso, { setZone: true }).toMillis();
  return page.evaluate((at, opts) => new Intl.DateTimeFormat(navigator.language, opts).format(at), ms, options);
}

/** A capture time (`2020-12-06T07:20:00Z`) as the page's locale writes it, in UTC. */
export const captureTimeIn = (page: Page, iso: string): Promise<string> =>
  inPage(page, iso, { ...CAPTURE, timeZone: 'UTC' });

/** A day (`2020-11-17`) as the time table's date line writes it. */
export const dayIn = (page: Page, isoDate: string): Promise<string> =>
  inPage(page, `${isoDate}T12:00:00Z`, { ...DAY, timeZone: 'UTC' });
