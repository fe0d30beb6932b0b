import type { Page } from 'playwright-core';
import { chromiumPage } from '../browsers/chromium-under-test';
import * as expected from '../journeys/intl-expected';

// The dates the journeys expect (tests/journeys/intl-expected.ts), for tests that hold a Playwright page.

export const captureTimeIn = (page: Page, iso: string, locale?: string): Promise<string> =>
  expected.captureTimeIn(chromiumPage(page), iso, locale);

export const dayIn = (page: Page, isoDate: string): Promise<string> => expected.dayIn(chromiumPage(page), isoDate);

export const dayAndClockIn = (page: Page, iso: string, timeZone: string): Promise<string> =>
  expected.dayAndClockIn(chromiumPage(page), iso, timeZone);
