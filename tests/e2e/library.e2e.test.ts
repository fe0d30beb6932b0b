import { readFileSync } from 'node:fs';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { openCaptureTab, saveFromPopup, useExtensionBrowser } from './helpers';

// Not a shared journey yet: Firefox's (tests/firefox/library) corrects in the popup and stops at the import; the
// two are to be merged into one.
const getBrowser = useExtensionBrowser({ timezone: 'Europe/Paris' });
const SEED_TITLE = 'UNESCO learning cities’ meeting on educational planning, monitoring and evaluation';

describe('saved events', () => {
  it('saves from the popup; the library searches, corrects, exports, deletes, imports, and survives a damaged entry', async () => {
    const browser = getBrowser();
    for (const slug of ['seed', 'wayback-drupal-template-a']) {
      const { page, tabId, badge } = await openCaptureTab(browser, slug);
      expect(badge).toBe('EVT');
      await saveFromPopup(browser, tabId);
      await page.close();
    }

    const library = await browser.context.newPage();
    await library.goto(`chrome-extension://${browser.extensionId}/library.html`);
    await expect.poll(() => library.getByTestId('library-count').textContent()).toContain('2 of 2 events');
    await library.getByTestId('library-search').fill('learning');
    await expect.poll(() => library.getByTestId('library-count').textContent()).toContain('1 of 2 events');
    await library.getByTestId('library-search').fill('');

    // Correct a title: kept with the page, shared with the popup.
    const seedItem = library.locator('li.saved-event', { hasText: SEED_TITLE });
    await seedItem.getByTestId('edit-event').click();
    await seedItem.getByTestId('correct-title').fill('Learning cities: planning meeting');
    await seedItem.getByRole('button', { name: 'Save for this page' }).click();
    const corrected = library.locator('li.saved-event', { hasText: 'Learning cities: planning meeting' });
    await corrected.waitFor();
    expect(await corrected.textContent()).toContain('corrected');

    // Export everything shown: a calendar, the records, a table.
    const download = async (format: string) => {
      await library.getByTestId('export-format').selectOption(format);
      const [file] = await Promise.all([library.waitForEvent('download'), library.getByTestId('export-all').click()]);
      return readFileSync(await file.path(), 'utf8');
    };
    const ics = await download('ics');
    const vevents = new ICAL.Component(ICAL.parse(ics) as unknown[]).getAllSubcomponents('vevent');
    expect(vevents.map((v) => new ICAL.Event(v).summary).sort()).toEqual(
      ['Learning cities: planning meeting', expect.stringContaining('70 years')].sort(),
    );
    const json = await download('json');
    expect((JSON.parse(json) as { events: unknown[] }).events).toHaveLength(2);
    const csv = await download('csv');
    expect(csv.split('\r\n')[0]).toMatch(/^title,start_date/);

    // Delete both, then import the export back.
    await library.getByText('Select all shown').click();
    await library.getByTestId('delete-selected').click();
    await expect.poll(() => library.textContent('body')).toContain('No saved events yet');
    await library.getByTestId('library-import').setInputFiles({
      name: 'events.json',
      mimeType: 'application/json',
      buffer: Buffer.from(json),
    });
    await expect.poll(() => library.getByTestId('library-message').textContent()).toBe('Imported 2 events.');
    await expect.poll(() => library.getByTestId('library-count').textContent()).toContain('2 of 2 events');

    // A file that is not an export is refused, and nothing changes.
    await library.getByTestId('library-import').setInputFiles({
      name: 'other.json',
      mimeType: 'application/json',
      buffer: Buffer.from('{"hello": "world"}'),
    });
    await expect
      .poll(() => library.getByTestId('library-message').textContent())
      .toBe('That file is not an Event Lens export.');

    // An export that would take the library past its 2,000 events is refused whole: the 2 saved ones stay.
    const exported = JSON.parse(json) as { events: { record: { page: { originalUrl: string } } }[] };
    const one = JSON.stringify(exported.events[0]);
    const many = Array.from({ length: 1999 }, (_, i) => {
      const event = JSON.parse(one) as (typeof exported.events)[number];
      event.record.page.originalUrl = `https://uil.unesco.org/event/copy-${i}`;
      return event;
    });
    await library.getByTestId('library-import').setInputFiles({
      name: 'big.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify({ ...exported, events: many })),
    });
    await expect
      .poll(() => library.getByTestId('library-message').textContent(), { timeout: 15_000 })
      .toMatch(/^Nothing was imported: the library holds at most 2000 events, and these 1999/);
    expect(await library.getByTestId('library-count').textContent()).toContain('2 of 2 events');

    // A damaged entry in storage: reported, kept, and the rest still shown.
    await browser.serviceWorker.evaluate(async () => {
      const stored = (await chrome.storage.local.get('saved-events'))['saved-events'] as { events: unknown[] };
      stored.events.push({ savedAt: 'never', record: { title: '<img src=x onerror=alert(1)>' } });
      await chrome.storage.local.set({ 'saved-events': stored });
    });
    await library.reload();
    await expect
      .poll(() => library.getByTestId('library-unreadable').textContent())
      .toContain('1 saved entry could not be read');
    expect(await library.getByTestId('library-count').textContent()).toContain('2 of 2 events');
    expect(await library.locator('img').count()).toBe(0);
    await library.close();
  });
});
