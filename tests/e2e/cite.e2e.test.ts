import { readFileSync } from 'node:fs';
import { plugins } from '@citation-js/core';
import '@citation-js/plugin-ris';
import { parse as parseBibtex } from '@retorquere/bibtex-parser';
import { describe, expect, it } from 'vitest';
import { openPopupFor } from '../browsers/chromium';
import { SEED_CITATIONS } from '../citation/seed-citations';
import { openCaptureTab, saveFromPopup, useExtensionBrowser } from './helpers';

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

  it('cites a saved event in the library, and exports the selection as BibTeX, RIS and CSL-JSON', async () => {
    const browser = getBrowser();
    for (const slug of ['seed', 'wayback-drupal-template-a']) {
      const { page, tabId } = await openCaptureTab(browser, slug);
      await saveFromPopup(browser, tabId);
      await page.close();
    }
    const library = await browser.context.newPage();
    await library.goto(`chrome-extension://${browser.extensionId}/library.html`);
    await expect.poll(() => library.getByTestId('library-count').textContent()).toContain('2 of 2 events');
    await library.evaluate(catchClipboard);
    const seedItem = library.locator('li.saved-event', { hasText: 'UNESCO learning cities’ meeting' });
    await seedItem.getByTestId('cite-event').click();
    await expect
      .poll(() => seedItem.getByTestId('cite-text').inputValue(), { timeout: 20_000 })
      .toBe(SEED_CITATIONS.apa);
    await seedItem.getByTestId('cite-copy').click();
    await expect
      .poll(() => library.evaluate(() => (window as unknown as { copied: string[] }).copied))
      .toEqual([SEED_CITATIONS.apa]);

    await library.getByText('Select all shown').click();
    const exported = async (format: string) => {
      await library.getByTestId('export-format').selectOption(format);
      const [file] = await Promise.all([
        library.waitForEvent('download'),
        library.getByTestId('export-selected').click(),
      ]);
      return { name: file.suggestedFilename(), text: readFileSync(await file.path(), 'utf8') };
    };
    const bib = await exported('bibtex');
    expect(bib.name).toMatch(/^event-lens-references-\d{4}-\d{2}-\d{2}\.bib$/);
    const { entries, errors } = parseBibtex(bib.text);
    expect(errors).toEqual([]);
    expect(entries.map((e) => e.type)).toEqual(['online', 'online']);
    expect(new Set(entries.map((e) => e.key)).size).toBe(2);
    const ris = await exported('ris');
    expect(ris.name).toMatch(/\.ris$/);
    const fromRis = plugins.input.chain(ris.text, { generateGraph: false }) as { URL: string }[];
    expect(fromRis.map((i) => i.URL).sort()).toEqual(entries.map((e) => e.fields.url).sort());
    const csl = await exported('csl-json');
    expect(csl.name).toMatch(/\.json$/);
    expect((JSON.parse(csl.text) as { type: string }[]).map((i) => i.type)).toEqual(['webpage', 'webpage']);
    await library.close();
  });
});
