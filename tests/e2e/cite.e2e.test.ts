import { describe, expect, it } from 'vitest';
import { openPopupFor } from '../../cli/browser';
import { SEED_CITATIONS } from '../citation/seed-citations';
import { openCaptureTab, useExtensionBrowser } from './helpers';

const getBrowser = useExtensionBrowser();

/** Headless Chromium grants no clipboard to extension pages: keep what the page writes to it instead. */
const catchClipboard = () => {
  const copied: string[] = [];
  (window as unknown as { copied: string[] }).copied = copied;
  navigator.clipboard.writeText = (text: string) => {
    copied.push(text);
    return Promise.resolve();
  };
};

describe('citing the capture from the popup', () => {
  it('loads the citation library under the extension page’s CSP and copies the citation chosen', async () => {
    const browser = getBrowser();
    const { page, tabId, badge } = await openCaptureTab(browser);
    expect(badge).toBe('EVT');
    const popup = await openPopupFor(browser, tabId);
    const problems: string[] = [];
    popup.on('console', (m) => m.type() === 'error' && problems.push(m.text()));
    popup.on('pageerror', (e) => problems.push(e.message));
    await popup.evaluate(catchClipboard);
    const copied = () => popup.evaluate(() => (window as unknown as { copied: string[] }).copied);

    await popup.getByTestId('cite-panel').locator('summary').click();
    await expect.poll(() => popup.getByTestId('cite-text').inputValue(), { timeout: 20_000 }).toBe(SEED_CITATIONS.apa);
    await popup.getByTestId('cite-copy').click();
    await expect
      .poll(() => popup.getByTestId('cite-panel').getByRole('status').textContent())
      .toContain('Citation copied.');
    expect(await copied()).toEqual([SEED_CITATIONS.apa]);

    await popup.getByTestId('cite-format').selectOption('bibtex');
    const today = await popup.evaluate(() => {
      const d = new Date();
      return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
    });
    await expect.poll(() => popup.getByTestId('cite-text').inputValue()).toContain('@online{uil2020learning,');
    await popup.getByTestId('cite-copy').click();
    await expect.poll(async () => (await copied()).length).toBe(2);
    expect((await copied())[1]).toBe(SEED_CITATIONS.bibtex.replace('{2026-12-03}', `{${today}}`));
    expect(problems).toEqual([]);
    await popup.close();
    await page.close();
  });
});
