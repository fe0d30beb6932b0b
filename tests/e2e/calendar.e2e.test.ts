import { readFile } from 'node:fs/promises';
import ICAL from 'ical.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  launchWithExtension,
  loadSample,
  openPopupFor,
  serveCapture,
  tabIdOf,
  waitForBadge,
  type ExtensionBrowser,
} from '../../cli/browser';

let browser: ExtensionBrowser;

beforeAll(async () => {
  browser = await launchWithExtension({ headless: true, timezone: 'America/New_York' });
});

afterAll(async () => {
  await browser.close();
});

describe('calendar export from the popup', () => {
  it('downloads an .ics that any calendar reads at the right instant, and links Google and Outlook in UTC', async () => {
    const sample = loadSample();
    await serveCapture(browser.context, sample.url, sample.html);
    const page = await browser.context.newPage();
    await page.goto(sample.url);
    const tabId = await tabIdOf(browser, page);
    expect(await waitForBadge(browser, tabId)).toBe('EVT');
    const popup = await openPopupFor(browser, tabId);
    await popup.getByTestId('calendar-buttons').waitFor();

    const [download] = await Promise.all([popup.waitForEvent('download'), popup.getByTestId('download-ics').click()]);
    expect(download.suggestedFilename()).toMatch(/^unesco-learning-cities.*\.ics$/);
    const ics = await readFile(await download.path(), 'utf8');
    const vevent = new ICAL.Component(ICAL.parse(ics) as unknown[]).getFirstSubcomponent('vevent');
    if (!vevent) throw new Error('no VEVENT in the download');
    const event = new ICAL.Event(vevent);
    expect(event.startDate.toJSDate().toISOString()).toBe('2020-11-17T12:00:00.000Z');
    expect(event.endDate.toJSDate().toISOString()).toBe('2020-11-17T13:30:00.000Z');
    expect(event.description).toContain('Archived copy: https://webarchive.unesco.org/web/20201205001600/');

    const google = new URL((await popup.getByTestId('google-calendar').getAttribute('href')) ?? '');
    expect(google.searchParams.get('dates')).toBe('20201117T120000Z/20201117T133000Z');
    const outlook = new URL((await popup.getByTestId('outlook-calendar').getAttribute('href')) ?? '');
    expect([outlook.searchParams.get('startdt'), outlook.searchParams.get('enddt')]).toEqual([
      '2020-11-17T12:00:00Z',
      '2020-11-17T13:30:00Z',
    ]);
    // The reader in New York sees 07:00–08:30 their time, the same instant.
    expect(await popup.getByTestId('event-time').locator('tr').nth(1).textContent()).toMatch(
      /7:00\sAM–8:30\sAM|07:00–08:30/,
    );
    await popup.close();
    await page.close();
  });
});
