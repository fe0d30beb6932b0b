import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { openPopupFor, waitFor } from '../browsers/firefox';
import { clickText, openCaptureTab, textOf, useFirefox } from './helpers';
import { captureTimeIn } from './intl-expected';

/**
 * Firefox speaks French only with its French language pack (Debian's `firefox-esr-l10n-fr`, which `npm test` and
 * `.ci/run` install with the browser); the extension's messages follow the browser's interface language.
 */
const FRENCH_LANGUAGE_PACK = '/usr/lib/firefox-esr/browser/extensions/langpack-fr@firefox-esr.mozilla.org.xpi';

const getFirefox = useFirefox({ timezone: 'Europe/Madrid', language: 'fr' });

describe('the popup in a French Firefox', () => {
  it('is in French, dates and month names included', async () => {
    expect(existsSync(FRENCH_LANGUAGE_PACK), 'apt-get install firefox-esr-l10n-fr').toBe(true);
    const ff = getFirefox();
    const { page, tabId, badge } = await openCaptureTab(ff);
    expect(badge).toBe('EVT');
    const popup = await openPopupFor(ff, tabId);
    await waitFor(popup, () => !!document.querySelector('[data-testid="event-time"]'));
    expect(await popup.$eval('html', (html) => html.lang)).toMatch(/^fr/);
    expect(await popup.$eval('.kicker', (el) => el.textContent)).toBe('Événement UNESCO archivé');
    expect(await textOf(popup, 'event-date')).toBe('mar. 17 nov. 2020');
    expect(await popup.$$eval('[data-testid="event-time"] tr', (trs) => trs.map((tr) => tr.textContent))).toEqual([
      'Paris13:00–14:30UTC+1',
      'Votre heure (Madrid)13:00–14:30UTC+1',
      'UTC12:00–13:30UTC',
    ]);
    expect(await textOf(popup, 'capture-line')).toContain(
      `Capturé le ${await captureTimeIn(popup, '2020-12-06T07:20:20Z')}`,
    );
    await clickText(popup, 'Corriger cet événement');
    await waitFor(popup, () =>
      [...document.querySelectorAll('button')].some((b) => b.textContent === 'Enregistrer pour cette page'),
    );
    await popup.close();
    await page.close();
  });
});
