/** The popup in a French browser, in both browsers (docs/testing.md, "One journey, two browsers"). */
import { expect } from 'vitest';
import { byTestId, type BrowserUnderTest } from '../browsers/browser-under-test';
import { captureTimeIn } from './intl-expected';

/** For a reader in Madrid whose browser speaks French: the popup in French, dates and month names included. */
export async function popupInFrench(b: BrowserUnderTest, tabId: number): Promise<void> {
  const popup = await b.openPopupFor(tabId);
  await popup.waitFor(byTestId('event-time'));
  expect(await popup.attribute('html', 'lang')).toMatch(/^fr/);
  expect(await popup.text('.kicker')).toBe('Événement UNESCO archivé');
  expect(await popup.text(byTestId('event-date'))).toBe('mar. 17 nov. 2020');
  expect(await popup.texts(`${byTestId('event-time')} tr`)).toEqual([
    'Paris13:00–14:30UTC+1',
    'Votre heure (Madrid)13:00–14:30UTC+1',
    'UTC12:00–13:30UTC',
  ]);
  expect(await popup.text(byTestId('capture-line'))).toContain(
    `Capturé le ${await captureTimeIn(popup, '2020-12-06T07:20:20Z')}`,
  );
  expect(await popup.text(byTestId('download-ics'))).toBe('Télécharger le .ics');
  await popup.clickText('Corriger cet événement');
  await expect.poll(() => popup.texts('button'), { timeout: 10_000 }).toContain('Enregistrer pour cette page');
  await popup.close();
}
