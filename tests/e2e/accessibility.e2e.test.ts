import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openPopupFor, sampleCaptureIndexes, serveCaptureIndexes } from '../browsers/chromium';
import { openCaptureTab, useExtensionBrowser } from './helpers';

const getBrowser = useExtensionBrowser();

/** Serious and critical axe violations, as "rule: target" lines. */
async function seriousViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page: page }).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(' ')}`));
}

describe('accessibility (axe)', () => {
  it.each(['light', 'dark'] as const)(
    'the popup with the sample event and its other captures has no serious violations (%s)',
    async (scheme) => {
      const browser = getBrowser();
      const { page, tabId, badge } = await openCaptureTab(browser);
      expect(badge).toBe('EVT');
      await serveCaptureIndexes(browser.context, sampleCaptureIndexes());
      const popup = await openPopupFor(browser, tabId);
      await popup.emulateMedia({ colorScheme: scheme });
      await popup.getByTestId('event-title').waitFor();
      await popup.getByText('Other time zones and clock').click();
      // The other captures too: counts, the captures around the event, the timeline and a month's list.
      await popup.getByTestId('captures-unesco').locator('[data-month="2020-12"]').click();
      await popup.getByTestId('month-captures').waitFor();
      expect(await seriousViolations(popup)).toEqual([]);
      await popup.close();
      await page.close();
    },
  );

  it.each(['light', 'dark'] as const)('the settings page has no serious violations (%s)', async (scheme) => {
    const browser = getBrowser();
    const page = await browser.context.newPage();
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto(`chrome-extension://${browser.extensionId}/options.html`);
    await page.getByText('No archives added.').waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await page.close();
  });

  it.each(['light', 'dark'] as const)(
    'the library, with an event being corrected, and the popup’s correction form have none (%s)',
    async (scheme) => {
      const browser = getBrowser();
      const { page, tabId } = await openCaptureTab(browser);
      const popup = await openPopupFor(browser, tabId);
      // Saved once (the other scheme's run may have saved it already).
      const saved = await browser.serviceWorker.evaluate(async () => {
        const stored = (await chrome.storage.local.get('saved-events'))['saved-events'] as
          { events: unknown[] } | undefined;
        return stored?.events.length ?? 0;
      });
      if (saved === 0) {
        await popup.getByTestId('save-event').click();
        await popup.getByTestId('saved-state').waitFor();
      }
      await popup.emulateMedia({ colorScheme: scheme });
      await popup.getByText('Correct this event').click();
      await popup.getByText('Where each field came from').click();
      expect(await seriousViolations(popup)).toEqual([]);
      await popup.close();
      const library = await browser.context.newPage();
      await library.emulateMedia({ colorScheme: scheme });
      await library.goto(`chrome-extension://${browser.extensionId}/library.html`);
      await library.getByTestId('edit-event').click();
      await library.getByTestId('correct-title').waitFor();
      expect(await seriousViolations(library)).toEqual([]);
      await library.close();
      await page.close();
    },
  );
});
