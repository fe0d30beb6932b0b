import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, type ExtensionBrowser } from '../../cli/browser';

let browser: ExtensionBrowser;

beforeAll(async () => {
  browser = await launchWithExtension({ headless: true });
});

afterAll(async () => {
  await browser.close();
});

describe('settings page', () => {
  it('opens with no archives added and refuses an address that is not an archive host, without asking for access', async () => {
    const page = await browser.context.newPage();
    await page.goto(`chrome-extension://${browser.extensionId}/options.html`);
    await expect.poll(() => page.textContent('body')).toContain('No archives added.');
    await page.getByTestId('archive-host-input').fill('javascript:alert(1)');
    await page.getByRole('button', { name: 'Add' }).click();
    await expect.poll(() => page.getByRole('status').textContent()).toContain('is not the address of an archive host');
    await page.getByTestId('archive-host-input').fill('https://web.archive.org');
    await page.getByRole('button', { name: 'Add' }).click();
    await expect.poll(() => page.getByRole('status').textContent()).toContain('“https://web.archive.org” is not');
    const stored = await browser.serviceWorker.evaluate(() => chrome.storage.local.get('user-archives'));
    expect(stored['user-archives']).toBeUndefined();
    await page.close();
  });
});
