import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openPopupFor, type ExtensionBrowser } from '../browsers/chromium';
import { inCardWorld, openCaptureTab, useExtensionBrowser } from './helpers';
import { dayIn } from './intl-expected';

// What a reader sees in the popup at its real width (400 px), issue 24 items 3, 4, 6 and 7, and issue 18's
// listing picker in the popup and on the page.
const getBrowser = useExtensionBrowser({ timezone: 'America/Argentina/Buenos_Aires' });

const box = async (l: Locator) => {
  const b = await l.boundingBox();
  if (!b) throw new Error('not shown');
  return b;
};

/** The tab's record, as the background keeps it, changed by `change` (a listing built by hand until the
 * extractor fills `events`). */
async function editTabRecord(browser: ExtensionBrowser, tabId: number, change: string): Promise<void> {
  await browser.serviceWorker.evaluate(`(async () => {
    const key = 'tab-record:${tabId}';
    const stored = (await chrome.storage.session.get(key))[key];
    const record = stored.record;
    ${change}
    await chrome.storage.session.set({ [key]: stored });
  })()`);
}

const LISTING = `record.events = [
  record.event,
  { ...record.event, title: 'Cities’ second meeting', start: { ...record.event.start, date: '2020-11-24', iso: '2020-11-24T13:00:00+01:00' }, end: { ...record.event.end, date: '2020-11-24', iso: '2020-11-24T14:30:00+01:00' } },
];`;

async function openSampleAndPopup(browser: ExtensionBrowser): Promise<{ page: Page; popup: Page; tabId: number }> {
  const { page, tabId } = await openCaptureTab(browser);
  const popup = await openPopupFor(browser, tabId);
  await popup.getByTestId('event-title').waitFor();
  return { page, popup, tabId };
}

describe('the popup, as a reader sees it', () => {
  it('says the date once, one row per zone with its place, times unbroken, the zone’s source beside the table', async () => {
    const browser = getBrowser();
    const { page, popup } = await openSampleAndPopup(browser);
    await popup.getByText('Other time zones and clock').click();
    await popup.getByTestId('zone-input').fill('Mexico');
    await popup.getByRole('button', { name: 'Add zone' }).click();
    await popup.getByTestId('hour-cycle').selectOption('h12');
    const table = popup.getByTestId('event-time');
    await expect.poll(() => table.locator('tr').count()).toBe(4);
    const when = `${await popup.getByTestId('event-date').textContent()} ${await table.textContent()}`;
    expect(when.split(await dayIn(popup, '2020-11-17'))).toHaveLength(2);
    expect(await table.locator('th').allTextContents()).toEqual([
      'Paris',
      'Your time (Buenos Aires)',
      'UTC',
      'Mexico City',
    ]);
    // Each time on one line, however long the place's name: no "2:30 / PM" break.
    for (const cell of await table.locator('td.clock').all()) {
      const lineHeight = await cell.evaluate((el) => parseFloat(getComputedStyle(el).lineHeight));
      expect((await box(cell)).height).toBeLessThan(lineHeight * 1.5);
    }
    // Where the zone came from sits right under the table, before the other zones' options.
    const caption = await box(popup.getByTestId('zone-source'));
    const lastRow = await box(table.locator('tr').last());
    expect(caption.y - (lastRow.y + lastRow.height)).toBeLessThan(8);
    expect(caption.y).toBeLessThan((await box(popup.getByTestId('display-options'))).y);
    await popup.close();
    await page.close();
  });

  it('corrects a date in a form whose labels sit above their fields and whose title takes the full width', async () => {
    const browser = getBrowser();
    const { page, popup } = await openSampleAndPopup(browser);
    await popup.getByText('Correct this event').click();
    const form = popup.locator('.correction-form');
    for (const field of await form.locator('.field').all()) {
      const label = await box(field.locator('label'));
      const input = await box(field.locator('input, textarea').first());
      expect(label.y + label.height).toBeLessThanOrEqual(input.y + 1);
    }
    const title = await box(popup.getByTestId('correct-title'));
    expect(title.width).toBeGreaterThan((await box(form)).width - 4);
    expect(await popup.getByTestId('correct-title').inputValue()).toBe(
      'UNESCO learning cities’ meeting on educational planning, monitoring and evaluation',
    );
    await popup.getByTestId('correct-start-date').fill('2020-11-18');
    await popup.getByTestId('correct-end-date').fill('2020-11-18');
    await popup.getByRole('button', { name: 'Save for this page' }).click();
    await expect.poll(() => popup.getByTestId('event-date').textContent()).toBe(await dayIn(popup, '2020-11-18'));
    await popup.getByRole('button', { name: 'Undo my corrections' }).click();
    await expect.poll(() => popup.getByTestId('event-date').textContent()).toBe(await dayIn(popup, '2020-11-17'));
    await popup.close();
    await page.close();
  });

  it('says where each field came from in plain words, in the record’s order, and each assumption once', async () => {
    const browser = getBrowser();
    const { page, popup, tabId } = await openSampleAndPopup(browser);
    await popup.getByText('Where each field came from').click();
    const lines = await popup.getByTestId('field-sources').locator('dt').allTextContents();
    expect(lines).toEqual(['Title', 'Date and time, End', 'Time', 'Time zone', 'Location', 'Links']);
    const text = (await popup.getByTestId('field-sources').textContent()) ?? '';
    expect(text).toContain('3 links');
    expect(text).not.toMatch(/labelled:|body:|content-anchors|link\(s\)|zone:stated/);
    await popup.close();

    // A zone assumed from the site: said once, in the reader's language, with the way to correct it.
    await editTabRecord(
      browser,
      tabId,
      `record.event.timeZone.basis = 'site-default';
       record.event.warnings.push({ code: 'zone-assumed', params: { zone: 'Europe/Paris', site: 'uil.unesco.org' },
         text: 'The page gives no time zone; assumed Europe/Paris, where uil.unesco.org is based.' });`,
    );
    const again = await openPopupFor(browser, tabId);
    await again.getByTestId('zone-guessed').waitFor();
    expect(await again.getByText(/which time zone|gives no time zone/).allTextContents()).toEqual([
      'The page does not say which time zone; Europe/Paris is assumed. If that is wrong, correct it below (“Correct this event”).',
    ]);
    await again.close();
    await page.close();
  });

  it('says plainly why a page holds no event, with its heading in line with the rest', async () => {
    const browser = getBrowser();
    const { page, tabId } = await openCaptureTab(browser, 'home-under-events');
    const popup = await openPopupFor(browser, tabId);
    const notice = popup.locator('.notice');
    await expect.poll(() => notice.locator('h2').textContent()).toBe('No event on this page');
    expect(await notice.textContent()).toContain('does not announce an event of its own');
    // The extractor's own wording is there for whoever wants it, folded.
    expect(await popup.getByTestId('detail').getAttribute('open')).toBeNull();
    const heading = await box(notice.locator('h2'));
    const capture = await box(popup.getByTestId('capture-line'));
    expect(Math.abs(heading.x - capture.x)).toBeLessThanOrEqual(1);
    await popup.close();
    await page.close();
  });

  it('lets the reader pick one of a listing’s events: the popup, its exports and the card on the page follow', async () => {
    const browser = getBrowser();
    const { page, tabId } = await openCaptureTab(browser);
    await editTabRecord(browser, tabId, LISTING);
    const popup = await openPopupFor(browser, tabId);
    const picker = popup.getByTestId('listing-picker');
    await expect.poll(() => picker.locator('label').textContent()).toBe('This page lists 2 events');
    // Above the card.
    expect((await box(picker)).y).toBeLessThan((await box(popup.getByTestId('event-title'))).y);
    await popup.getByTestId('listing-choice').selectOption('1');
    await expect.poll(() => popup.getByTestId('event-title').textContent()).toBe('Cities’ second meeting');
    expect(await popup.getByTestId('event-date').textContent()).toBe(await dayIn(popup, '2020-11-24'));
    const [download] = await Promise.all([popup.waitForEvent('download'), popup.getByTestId('download-ics').click()]);
    expect(download.suggestedFilename()).toBe('cities-second-meeting.ics');

    // The card on the page, handed the listing, says the same and offers the same choice.
    const record = await browser.serviceWorker.evaluate(
      async (key) => ((await chrome.storage.session.get(key))[key] as { record: unknown }).record,
      `tab-record:${tabId}`,
    );
    await browser.serviceWorker.evaluate(
      async ([id, data]) => {
        await chrome.scripting.executeScript({
          target: { tabId: id },
          func: (json: string) => ((globalThis as Record<string, unknown>).__eventLensCardData = json),
          args: [data],
        });
        await chrome.scripting.executeScript({ target: { tabId: id }, files: ['/card.js'] });
      },
      [tabId, JSON.stringify({ record, original: record, messages: null })] as const,
    );
    const cardText = () =>
      inCardWorld<string>(browser, tabId, "return globalThis.__eventLensCardRoot?.querySelector('aside')?.textContent");
    await expect.poll(cardText).toContain('This page lists 2 events');
    expect(await cardText()).toContain('Cities’ second meeting');
    await inCardWorld(
      browser,
      tabId,
      `const select = globalThis.__eventLensCardRoot.querySelector('[data-testid=listing-choice]');
       select.value = '0'; select.dispatchEvent(new Event('change', { bubbles: true }));`,
    );
    await expect.poll(cardText).toContain('UNESCO learning cities’ meeting');
    await expect.poll(() => popup.getByTestId('event-title').textContent()).toContain('UNESCO learning cities');
    await popup.close();
    await page.close();
  });
});
