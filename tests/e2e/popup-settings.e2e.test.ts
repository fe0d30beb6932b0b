import { describe, expect, it } from 'vitest';
import { loadSample, openPopupFor, serveCapture, tabIdOf } from '../browsers/chromium';
import { openCaptureTab, useExtensionBrowser } from './helpers';

const getBrowser = useExtensionBrowser({ timezone: 'Europe/London' });

describe('popup: other zones and the clock', () => {
  it('adds a zone found by its city, keeps it for next time, and switches to a 24-hour clock', async () => {
    const browser = getBrowser();
    const { page, tabId, badge } = await openCaptureTab(browser);
    expect(badge).toBe('EVT');

    let popup = await openPopupFor(browser, tabId);
    await popup.getByText('Other time zones and clock').click();
    await popup.getByTestId('zone-input').fill('Seoul');
    await popup.getByRole('button', { name: 'Add' }).click();
    await popup.getByTestId('hour-cycle').selectOption('h23');
    await expect
      .poll(() => popup.getByTestId('event-time').locator('tr').allTextContents())
      .toContain('Seoul21:00–22:30UTC+9');
    await popup.close();

    popup = await openPopupFor(browser, tabId);
    const rows = await (async () => {
      await popup.getByTestId('event-time').waitFor();
      return popup.getByTestId('event-time').locator('tr').allTextContents();
    })();
    expect(rows).toEqual([
      'Paris13:00–14:30UTC+1',
      'Your time (London)12:00–13:30UTC',
      'UTC12:00–13:30UTC',
      'Seoul21:00–22:30UTC+9',
    ]);
    await popup.close();
    await page.close();
  });

  it('keeps the reader’s correction of the zone for the page, until it is undone', async () => {
    const browser = getBrowser();
    const { page, tabId, badge } = await openCaptureTab(browser);
    expect(badge).toBe('EVT');

    let popup = await openPopupFor(browser, tabId);
    await popup.getByText('Correct this event').click();
    await popup.getByTestId('correct-zone').fill('Asia/Tokyo');
    await popup.getByRole('button', { name: 'Save for this page' }).click();
    await expect
      .poll(() => popup.getByTestId('event-time').locator('tr').first().textContent())
      .toBe('Tokyo13:00–14:30UTC+9');
    await popup.close();

    popup = await openPopupFor(browser, tabId);
    await expect
      .poll(() => popup.getByTestId('event-time').locator('tr').first().textContent())
      .toBe('Tokyo13:00–14:30UTC+9');
    expect(await popup.textContent('body')).toContain('as you corrected it');
    await popup.getByText('Corrected by you: change or undo').click();
    await popup.getByRole('button', { name: 'Undo my corrections' }).click();
    await expect
      .poll(() => popup.getByTestId('event-time').locator('tr').first().textContent())
      .toBe('Paris13:00–14:30UTC+1');
    await popup.close();
    await page.close();
  });

  it('opened before the page was read, the popup shows the event as soon as it is read', async () => {
    const browser = getBrowser();
    const sample = loadSample('seed');
    await serveCapture(browser.context, sample.url, sample.html);
    const page = await browser.context.newPage();
    const tabId = await tabIdOf(browser, page);
    const popup = await openPopupFor(browser, tabId);
    await popup.getByText('Not an archived UNESCO page').waitFor();
    await page.goto(sample.url);
    await popup.getByTestId('event-title').waitFor();
    expect(await popup.getByTestId('event-title').textContent()).toContain('UNESCO learning cities');
    await popup.close();
    await page.close();
  });
});
