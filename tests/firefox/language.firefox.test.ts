import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { firefoxUnderTest } from '../browsers/firefox-under-test';
import { popupInFrench } from '../journeys/language';
import { openCapture } from '../journeys/reader';
import { useFirefox } from './helpers';

/**
 * Firefox speaks French only with its French language pack (Debian's `firefox-esr-l10n-fr`, which `npm test` and
 * `.ci/run` install with the browser); the extension's messages follow the browser's interface language.
 */
const FRENCH_LANGUAGE_PACK = '/usr/lib/firefox-esr/browser/extensions/langpack-fr@firefox-esr.mozilla.org.xpi';

const getFirefox = useFirefox({ timezone: 'Europe/Madrid', language: 'fr' });

describe('the popup in a French Firefox', () => {
  it('is in French, dates and month names included', async () => {
    expect(existsSync(FRENCH_LANGUAGE_PACK), 'apt-get install firefox-esr-l10n-fr').toBe(true);
    const browser = firefoxUnderTest(getFirefox());
    const { tab, badge } = await openCapture(browser);
    expect(badge).toBe('EVT');
    await popupInFrench(browser, tab.tabId);
    await tab.close();
  });
});
