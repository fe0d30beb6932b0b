import { beforeEach, describe, expect, it } from 'vitest';
import { openPopupFor, serveCaptureIndexes, stopServiceWorker } from '../browsers/chromium';
import { chromiumUnderTest } from '../browsers/chromium-under-test';
import { busyAndUnreachable } from '../journeys/quiet';
import { openCaptureTab, useExtensionBrowser } from './helpers';

// A browser of its own: nothing cached from the other captures tests.
const getBrowser = useExtensionBrowser();

describe('other captures when the archives fail', () => {
  // Backoffs are per archive (a 429 or a bot check is about this browser, not one page): each test starts as
  // a new browser session would, without them.
  beforeEach(async () => {
    await getBrowser().serviceWorker.evaluate(() =>
      chrome.storage.session.remove(['archive-backoff:internet-archive', 'archive-backoff:unesco']),
    );
  });

  it('says "busy, retry in N s" after a 429 and does not ask again before then; says "unreachable" apart', async () => {
    await busyAndUnreachable(chromiumUnderTest(getBrowser()));
  });

  it('says when an archive answers with a bot-check page instead of its index, and when there are no captures', async () => {
    const browser = getBrowser();
    const { page, tabId } = await openCaptureTab(browser, 'wayback-drupal-template-a');
    await serveCaptureIndexes(browser.context, {
      internetArchive: {
        status: 200,
        contentType: 'text/html',
        body: '<!DOCTYPE html><html><head><title>Session Verification</title></head><body>Checking…</body></html>',
      },
    });
    let popup = await openPopupFor(browser, tabId);
    const ia = popup.getByTestId('captures-internet-archive');
    await ia.locator('.capture-error').waitFor();
    expect(await ia.textContent()).toBe(
      'Internet Archive sent something that is not a list of captures (perhaps a bot check page).',
    );
    await popup.close();
    await page.close();
    await browser.serviceWorker.evaluate(() => chrome.storage.session.remove('archive-backoff:internet-archive'));

    // A live UNESCO page: only the Internet Archive is asked, and it has nothing.
    const live = await openCaptureTab(browser, 'live-en-unesco-template-b');
    await serveCaptureIndexes(browser.context, { internetArchive: '[]' });
    popup = await openPopupFor(browser, live.tabId);
    await popup.getByTestId('captures-internet-archive').locator('p').waitFor();
    expect(await popup.getByTestId('captures-internet-archive').textContent()).toBe(
      'Internet Archive: no captures of this page.',
    );
    expect(await popup.locator('[data-testid^="captures-"]').count()).toBe(2); // the panel and the one archive
    await popup.close();
    await live.page.close();
  });

  it('a query cut short by the background worker stopping fails cleanly, and asking again answers', async () => {
    const browser = getBrowser();
    const { page, tabId } = await openCaptureTab(browser, 'seed-wayback');
    let hang = true;
    await browser.context.route('https://web.archive.org/cdx/search/cdx?**', async (route) => {
      if (hang) return; // never answers while the worker is stopped under it
      await route.fulfill({ contentType: 'application/json', body: '[]' });
    });
    const popup = await openPopupFor(browser, tabId);
    await popup.getByTestId('captures').getByText('Asking the archives…').waitFor();
    await stopServiceWorker(browser);
    await expect.poll(() => popup.getByTestId('captures').textContent()).toContain('The archives could not be asked.');
    hang = false;
    await popup.getByTestId('captures-refresh').click();
    await expect
      .poll(() => popup.getByTestId('captures-internet-archive').textContent())
      .toBe('Internet Archive: no captures of this page.');
    await popup.close();
    await page.close();
  });
});
