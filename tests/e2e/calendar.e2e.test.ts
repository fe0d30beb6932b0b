import { describe, expect, it } from 'vitest';
import { openPopupFor } from '../browsers/chromium';
import { chromiumUnderTest } from '../browsers/chromium-under-test';
import { calendarExports } from '../journeys/reader';
import { openCaptureTab, useExtensionBrowser } from './helpers';
import { dayAndClockIn, dayIn } from './intl-expected';

const getBrowser = useExtensionBrowser({ timezone: 'America/New_York' });

describe('calendar export from the popup', () => {
  it('downloads an .ics that any calendar reads at the right instant, and links Google and Outlook in UTC', async () => {
    const browser = getBrowser();
    const { page, tabId, badge } = await openCaptureTab(browser);
    expect(badge).toBe('EVT');
    // The reader in New York sees 07:00–08:30 their time, the same instant.
    await calendarExports(chromiumUnderTest(browser), tabId, /7:00\sAM–8:30\sAM|07:00–08:30/);
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
