import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CHROME_EXTENSION_DIR, launchWithExtension } from '../browsers/chromium';
import { openCaptureTab, saveFromPopup } from './helpers';

const SEED_TITLE = 'UNESCO learning cities’ meeting on educational planning, monitoring and evaluation';

describe('an update of the extension', () => {
  it('keeps saved events and corrections, and moves and migrates the settings an earlier version kept', async () => {
    // A copy of the build, so that its version can be raised the way an update raises it.
    const dir = mkdtempSync(join(tmpdir(), 'event-lens-update-'));
    cpSync(CHROME_EXTENSION_DIR, dir, { recursive: true });
    const profile = mkdtempSync(join(tmpdir(), 'event-lens-profile-'));
    let browser = await launchWithExtension({ headless: true, extensionDir: dir, userDataDir: profile });
    try {
      const { page, tabId } = await openCaptureTab(browser);
      await saveFromPopup(browser, tabId);
      await page.close();
      const library = await browser.context.newPage();
      await library.goto(`chrome-extension://${browser.extensionId}/library.html`);
      const item = library.locator('li.saved-event', { hasText: SEED_TITLE });
      await item.getByTestId('edit-event').click();
      await item.getByTestId('correct-title').fill('Learning cities: planning meeting');
      await item.getByRole('button', { name: 'Save for this page' }).click();
      await library.locator('li.saved-event', { hasText: 'Learning cities: planning meeting' }).waitFor();
      await library.close();
      // Display settings as the first versions kept them: schema version 1 (no home zone), in local storage.
      await browser.serviceWorker.evaluate(() =>
        chrome.storage.local.set({
          'display-settings': { extraZones: ['Asia/Seoul'], hourCycle: 'h23' },
          'display-settings$': { v: 1 },
        }),
      );

      // The update: the browser closes, the extension's folder gets a newer version, the browser starts again on
      // the same profile and finds it (as an installed extension is updated: `runtime.onInstalled`, "update").
      await browser.close();
      const manifestFile = join(dir, 'manifest.json');
      const manifest = JSON.parse(readFileSync(manifestFile, 'utf8')) as { version: string };
      writeFileSync(manifestFile, JSON.stringify({ ...manifest, version: `${manifest.version}.1` }));
      browser = await launchWithExtension({ headless: true, extensionDir: dir, userDataDir: profile });
      const worker = browser.serviceWorker;
      expect(await worker.evaluate(() => chrome.runtime.getManifest().version)).toBe(`${manifest.version}.1`);

      await expect
        .poll(() => worker.evaluate(() => chrome.storage.sync.get('display-settings')))
        .toEqual({ 'display-settings': { extraZones: ['Asia/Seoul'], hourCycle: 'h23', homeZone: null } });
      const after = await browser.context.newPage();
      await after.goto(`chrome-extension://${browser.extensionId}/library.html`);
      await expect.poll(() => after.getByTestId('library-count').textContent()).toContain('1 of 1 event');
      expect(await after.locator('li.saved-event').textContent()).toContain('Learning cities: planning meeting');
    } finally {
      await browser.close();
      rmSync(dir, { recursive: true, force: true });
      rmSync(profile, { recursive: true, force: true });
    }
  }, 60_000);
});
