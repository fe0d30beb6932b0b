import { describe, expect, it } from 'vitest';
import { openPopupFor } from '../browsers/chromium';
import { openCaptureTab, useExtensionBrowser } from './helpers';
import { captureTimeIn } from './intl-expected';

const getBrowser = useExtensionBrowser({ timezone: 'Europe/Madrid', language: 'fr' });

describe('popup in the browser’s language', () => {
  it('a French browser gets the popup in French, dates and month names included', async () => {
    const browser = getBrowser();
    const { page, tabId, badge } = await openCaptureTab(browser);
    expect(badge).toBe('EVT');
    const popup = await openPopupFor(browser, tabId);
    await popup.getByTestId('event-time').waitFor();
    expect(await popup.getAttribute('html', 'lang')).toMatch(/^fr/);
    expect(await popup.locator('.kicker').textContent()).toBe('Événement UNESCO archivé');
    expect(await popup.getByTestId('event-date').textContent()).toBe('mar. 17 nov. 2020');
    expect(await popup.getByTestId('event-time').locator('tr').allTextContents()).toEqual([
      'Paris13:00–14:30UTC+1',
      'Votre heure (Madrid)13:00–14:30UTC+1',
      'UTC12:00–13:30UTC',
    ]);
    expect(await popup.getByTestId('capture-line').textContent()).toContain(
      `Capturé le ${await captureTimeIn(popup, '2020-12-06T07:20:20Z')}`,
    );
    await popup.getByRole('button', { name: 'Télécharger le .ics' }).waitFor();
    await popup.getByText('Corriger cet événement').click();
    await popup.getByRole('button', { name: 'Enregistrer pour cette page' }).waitFor();
    await popup.close();
    await page.close();
  });
});
