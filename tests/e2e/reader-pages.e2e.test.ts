import type { Locator } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openPopupFor } from '../browsers/chromium';
import { openCaptureTab, saveFromPopup, useExtensionBrowser } from './helpers';
import { captureTimeIn, dayIn } from './intl-expected';

// What a reader sees on the library and settings pages (issue 24 items 4, 5 and 8), and dates in notices in the
// reader's language (item 9).
const getBrowser = useExtensionBrowser({ timezone: 'Asia/Seoul' });

const box = async (l: Locator) => {
  const b = await l.boundingBox();
  if (!b) throw new Error('not shown');
  return b;
};

describe('the library', () => {
  it('lists a hybrid event as hybrid, in its zone and the reader’s, with its capture; rows act with buttons', async () => {
    const browser = getBrowser();
    const { page, tabId } = await openCaptureTab(browser);
    await saveFromPopup(browser, tabId);
    await page.close();
    // The saved record as a hybrid event (the sample is online): what the popup would call "Hybrid".
    await browser.serviceWorker.evaluate(async () => {
      const stored = (await chrome.storage.local.get('saved-events'))['saved-events'] as {
        events: { record: { event: { location: { mode: string } } } }[];
      };
      for (const e of stored.events) e.record.event.location.mode = 'hybrid';
      await chrome.storage.local.set({ 'saved-events': stored });
    });
    const library = await browser.context.newPage();
    await library.goto(`chrome-extension://${browser.extensionId}/library.html`);
    const item = library.locator('li.saved-event');
    await expect.poll(() => library.getByTestId('library-count').textContent()).toContain('1 of 1 event');
    expect(await library.getByTestId('library-count').textContent()).not.toContain('events');
    expect(await item.getByTestId('saved-where').textContent()).toContain('Hybrid (in person and online)');
    expect(await item.getByTestId('saved-when').textContent()).toBe(
      `${await dayIn(library, '2020-11-17')} · Paris 1:00 PM–2:30 PM · Your time (Seoul) 9:00 PM–10:30 PM`,
    );
    expect(await item.getByTestId('saved-capture').textContent()).toBe(
      `Captured ${await captureTimeIn(library, '2020-12-06T07:20:20Z')} on UNESCO Web Archive`,
    );
    // Row actions are buttons of a size one can hit, not tiny links.
    for (const action of await item.locator('.row-actions > *').all()) {
      expect(await action.getAttribute('class')).toContain('button');
      expect((await box(action)).height).toBeGreaterThanOrEqual(24);
    }

    // "Correct" opens the form at once: no second toggle.
    await item.getByTestId('edit-event').click();
    await item.getByTestId('correct-title').waitFor();
    expect(await item.locator('details.corrections').count()).toBe(0);
    await item.getByTestId('edit-event').click();

    // A delete can be taken back for a few seconds.
    await item.getByTestId('delete-event').click();
    await expect.poll(() => library.getByTestId('library-message').textContent()).toBe('Deleted 1 event.');
    await expect.poll(() => library.textContent('body')).toContain('No saved events yet');
    await library.getByTestId('library-undo').click();
    await expect.poll(() => library.getByTestId('library-count').textContent()).toContain('1 of 1 event');
    expect(await library.getByTestId('library-message').textContent()).toBe('Put back.');
    await library.close();
  });
});

describe('the settings page', () => {
  it('reads comfortably: no text under 12 px, a setting per line, labels above fields, one kind of button', async () => {
    const browser = getBrowser();
    const settings = await browser.context.newPage();
    await settings.setViewportSize({ width: 900, height: 900 });
    await settings.goto(`chrome-extension://${browser.extensionId}/options.html`);
    await settings.getByText('No archives added.').waitFor();
    const smallest = await settings.evaluate(() =>
      [...document.querySelectorAll('body *')]
        .filter((el) => [...el.childNodes].some((n) => n.nodeType === 3 && (n.textContent ?? '').trim() !== ''))
        .map((el) => ({ size: parseFloat(getComputedStyle(el).fontSize), where: el.outerHTML.slice(0, 80) }))
        .reduce((a, b) => (b.size < a.size ? b : a)),
    );
    expect(smallest.size, smallest.where).toBeGreaterThanOrEqual(12);
    // Each checkbox on its own line.
    const tops = await Promise.all((await settings.locator('label.check').all()).map(async (l) => (await box(l)).y));
    expect(new Set(tops.map(Math.round)).size).toBe(tops.length);
    // "Use this zone" appears only once something is typed.
    expect(await settings.getByRole('button', { name: 'Use this zone' }).count()).toBe(0);
    await settings.getByTestId('home-zone').fill('Tokyo');
    await settings.getByRole('button', { name: 'Use this zone' }).waitFor();
    const label = await box(settings.locator('label[for="home-zone"]'));
    expect(label.y + label.height).toBeLessThanOrEqual((await box(settings.getByTestId('home-zone'))).y + 1);
    // Every button looks like the others (no grey native "Add").
    const looks = await settings.evaluate(() =>
      [...document.querySelectorAll('button')]
        .filter((b) => b.offsetParent !== null)
        .map((b) => `${getComputedStyle(b).borderTopColor} ${getComputedStyle(b).borderRadius}`),
    );
    expect(new Set(looks).size).toBe(1);
    // The way to the saved events.
    await settings.getByTestId('options-library').click();
    await expect.poll(() => settings.url()).toMatch(/\/library\.html$/);
    await settings.close();
  });
});

describe('dates in notices', () => {
  const getFrench = useExtensionBrowser({ timezone: 'Europe/Madrid', language: 'fr' });

  it('follow the reader’s language, like the rest of the popup', async () => {
    const browser = getFrench();
    const { page, tabId } = await openCaptureTab(browser);
    const popup = await openPopupFor(browser, tabId);
    await popup.getByTestId('served-other').waitFor();
    expect(await popup.getByTestId('served-other').textContent()).toBe(
      `L’adresse demande la capture du ${await captureTimeIn(popup, '2020-12-05T00:16:00Z')} ; ` +
        `l’archive a servi celle du ${await captureTimeIn(popup, '2020-12-06T07:20:20Z')}.`,
    );
    expect(await popup.getByTestId('capture-line').textContent()).not.toContain('2020-12-05');
    await popup.close();
    await page.close();
  });
});
