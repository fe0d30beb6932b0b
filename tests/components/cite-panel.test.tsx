import { afterEach, describe, expect, it, vi } from 'vitest';
import { CitePanel } from '../../components/CitePanel';
import { english, french } from '../helpers/i18n';
import { mountIn, settle } from './render';

afterEach(() => {
  document.body.textContent = '';
});

const props = {
  id: 'cite',
  format: 'apa' as const,
  onFormat: () => undefined,
  onOpen: () => undefined,
  onCopy: () => undefined,
  message: null,
};

describe('CitePanel', () => {
  it('asks for the citation only when opened, and offers every format', async () => {
    const onOpen = vi.fn();
    const root = mountIn(<CitePanel t={english} {...props} citation={{ kind: 'idle' }} onOpen={onOpen} />);
    expect(onOpen).not.toHaveBeenCalled();
    const details = root.querySelector('details');
    if (!details) throw new Error('no panel');
    details.open = true; // the browser then fires `toggle`
    await settle();
    expect(onOpen).toHaveBeenCalled();
    expect(root.textContent).toContain('Preparing the citation…');
    const options = [...root.querySelectorAll('option')].map((o) => [o.value, o.textContent]);
    expect(options).toEqual([
      ['apa', 'APA (7th edition)'],
      ['chicago', 'Chicago (author-date)'],
      ['mla', 'MLA (9th edition)'],
      ['harvard', 'Harvard'],
      ['bibtex', 'BibTeX (BibLaTeX @online)'],
      ['ris', 'RIS (Zotero, EndNote, Mendeley)'],
      ['csl-json', 'CSL-JSON'],
    ]);
    expect(root.querySelector<HTMLButtonElement>('[data-testid="cite-copy"]')?.disabled).toBe(true);
  });

  it('shows the citation made, copies it on one click, and says the format chosen', () => {
    const onCopy = vi.fn();
    const onFormat = vi.fn();
    const root = mountIn(
      <CitePanel
        t={french}
        {...props}
        open
        citation={{ kind: 'ready', text: 'UNESCO. (2020).' }}
        onCopy={onCopy}
        onFormat={onFormat}
        message="Citation copiée."
      />,
    );
    expect(root.querySelector('textarea')?.value).toBe('UNESCO. (2020).');
    expect(root.querySelector('summary')?.textContent).toBe('Citer cette capture');
    root.querySelector<HTMLButtonElement>('[data-testid="cite-copy"]')?.click();
    expect(onCopy).toHaveBeenCalledOnce();
    expect(root.querySelector('[role="status"]')?.textContent).toContain('Citation copiée.');
    const select = root.querySelector('select');
    if (!select) throw new Error('no format choice');
    select.value = 'ris';
    select.dispatchEvent(new Event('change'));
    expect(onFormat).toHaveBeenCalledWith('ris');
  });

  it('says so when the citation could not be made', () => {
    const root = mountIn(<CitePanel t={english} {...props} open citation={{ kind: 'failed' }} />);
    expect(root.textContent).toContain('The citation could not be made.');
    expect(root.querySelector('textarea')).toBeNull();
  });
});
