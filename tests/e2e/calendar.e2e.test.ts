import { readFile } from 'node:fs/promises';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { openPopupFor } from '../browsers/chromium';
import { openCaptureTab, useExtensionBrowser } from './helpers';
import { dayAndClockIn, dayIn } from './intl-expected';

const getBrowser = useExtensionBrowser({ timezone: 'America/New_York' });

describe('calendar export from the popup', () => {
  it('downloads an .ics that any calendar reads at the right instant, and links Google and Outlook in UTC', async () => {
    const browser = getBrowser();
    const { page, tabId, badge } = await openCaptureTab(browser);
    expect(badge).toBe('EVT');
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

  it('copies the event as text and the record as JSON', async () => {
    const browser = getBrowser();
    const { page, tabId, badge } = await openCaptureTab(browser);
    expect(badge).toBe('EVT');
    const popup = await openPopupFor(browser, tabId);
    await popup.getByTestId('copy-buttons').waitFor();
    // Headless Chromium grants no clipboard to extension pages: catch what the popup writes to it instead.
    await popup.evaluate(() => {
      const copied: string[] = [];
      (window as unknown as { copied: string[] }).copied = copied;
      navigator.clipboard.writeText = (text: string) => {
        copied.push(text);
        return Promise.resolve();
      };
    });
    const copied = () => popup.evaluate(() => (window as unknown as { copied: string[] }).copied);
    await popup.getByTestId('copy-text').click();
    await expect
      .poll(() => popup.getByTestId('copy-buttons').getByRole('status').textContent())
      .toContain('Copied as text.');
    const lines = (await copied())[0]?.split('\n') ?? [];
    expect(lines.slice(0, 2)).toEqual([
      'UNESCO learning cities’ meeting on educational planning, monitoring and evaluation',
      await dayIn(popup, '2020-11-17'),
    ]);
    // 12- or 24-hour, as the browser's language has it.
    const start = await dayAndClockIn(popup, '2020-11-17T12:00:00Z', 'Europe/Paris');
    expect(lines[2]).toMatch(new RegExp(`^Europe/Paris: ${start}–(2:30\\sPM|14:30) \\(UTC\\+1\\)$`));
    await popup.getByTestId('copy-json').click();
    await expect
      .poll(() => popup.getByTestId('copy-buttons').getByRole('status').textContent())
      .toContain('Copied the record as JSON.');
    const record = JSON.parse((await copied())[1] ?? '{}') as { event: { start: { iso: string } } };
    expect(record.event.start.iso).toBe('2020-11-17T13:00:00+01:00');
    await popup.close();
    await page.close();
  });
});
