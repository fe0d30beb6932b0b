import { Cite, plugins } from '@citation-js/core';
import '@citation-js/plugin-ris';
import { parse as parseBibtex } from '@retorquere/bibtex-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import { formatCitations, risText, toCslItems, type CitationFormat } from '../../utils/citation/cite';
import type { CslItem } from '../../utils/citation/csl-item';
import { fixtureRecord } from '../helpers/records';
import { SEED_ACCESSED_MS, SEED_CITATIONS } from './seed-citations';

// citeproc-js is slow to start on a busy machine: the first style takes seconds.
const SLOW = 60_000;
let seed: CslItem[];
beforeAll(() => {
  seed = toCslItems([{ record: fixtureRecord('seed'), accessedMs: SEED_ACCESSED_MS }]);
});

/** What Citation.js renders for the same CSL-JSON, called directly with the style's CSL name. */
async function renderedByLibrary(items: CslItem[], template: string, lang = 'en-US'): Promise<string> {
  await import('../../utils/citation/citation-engine'); // registers the Chicago and MLA styles
  return (new Cite(items).format('bibliography', { format: 'text', template, lang }) as string).trim();
}

describe('citations of the seed capture in each style', () => {
  const styles: [CitationFormat, string][] = [
    ['apa', 'apa'],
    ['chicago', 'chicago'],
    ['mla', 'mla'],
    ['harvard', 'harvard1'],
  ];
  for (const [format, template] of styles) {
    it(
      `${format}: what the library renders for the same CSL-JSON, as the README shows it`,
      async () => {
        const ours = await formatCitations(seed, format, 'en');
        expect(ours).toBe(await renderedByLibrary(seed, template));
        expect(ours).toBe(SEED_CITATIONS[format]);
      },
      SLOW,
    );
  }

  it('uses the reader’s language for the style’s words where the library has it', async () => {
    const french = await formatCitations(seed, 'harvard', 'fr-CA');
    expect(french).toBe(await renderedByLibrary(seed, 'harvard1', 'fr-FR'));
    expect(french).not.toBe(SEED_CITATIONS.harvard);
    // A language without a CSL locale gets US English.
    expect(await formatCitations(seed, 'apa', 'de')).toBe(SEED_CITATIONS.apa);
  });

  it('gives CSL-JSON that reads back as the same items', async () => {
    const text = await formatCitations(seed, 'csl-json', 'en');
    expect(text).toBe(SEED_CITATIONS['csl-json']);
    expect(JSON.parse(text)).toEqual(seed);
  });
});

describe('BibLaTeX', () => {
  it('reads back with a BibTeX parser as an @online entry with the archive address and access date', async () => {
    const text = await formatCitations(seed, 'bibtex', 'en');
    expect(text).toBe(SEED_CITATIONS.bibtex);
    const { entries, errors } = parseBibtex(text);
    expect(errors).toEqual([]);
    expect(entries).toHaveLength(1);
    const [entry] = entries;
    expect(entry?.type).toBe('online');
    expect(entry?.key).toBe('uil2020learning');
    expect(entry?.fields).toMatchObject({
      title: 'UNESCO learning cities’ meeting on educational planning, monitoring and evaluation',
      author: [{ name: 'UNESCO Institute for Lifelong Learning' }],
      url: seed[0]?.URL,
      urldate: '2026-12-03',
      date: '2020-12-06',
      eventdate: '2020-11-17',
    });
    expect(entry?.fields.note).toContain('Original address: https://uil.unesco.org/event/');
  });

  it('writes a file of many entries with keys that do not repeat', async () => {
    const records = ['seed', 'seed-wayback', 'seed', 'corpus-007-whc-compact-range', 'family-labels-es-ich'];
    const items = toCslItems(records.map((slug) => ({ record: fixtureRecord(slug), accessedMs: SEED_ACCESSED_MS })));
    const { entries, errors } = parseBibtex(await formatCitations(items, 'bibtex', 'en'));
    expect(errors).toEqual([]);
    expect(entries.map((e) => e.type)).toEqual(Array(5).fill('online'));
    expect(new Set(entries.map((e) => e.key)).size).toBe(5);
    expect(entries.map((e) => e.fields.url)).toEqual(items.map((i) => i.URL));
  });
});

describe('RIS', () => {
  it('reads back as the same page, one tag a line, nothing cut', async () => {
    const text = await formatCitations(seed, 'ris', 'en');
    expect(text).toBe(SEED_CITATIONS.ris);
    for (const line of text.split('\n').slice(0, -1)) expect(line).toMatch(/^[A-Z][A-Z0-9] {2}- /);
    const [back] = plugins.input.chain(text, { generateGraph: false }) as Record<string, unknown>[];
    expect(back).toMatchObject({
      type: 'webpage',
      title: seed[0]?.title,
      URL: seed[0]?.URL,
      author: [{ literal: 'UNESCO Institute for Lifelong Learning' }],
      issued: { 'date-parts': [[2020, 12, 6]] },
    });
  });

  it('keeps long values on one line (the library’s own writer breaks them at 70 characters)', () => {
    const url = `https://example.org/${'a'.repeat(120)}`;
    expect(risText([{ TY: 'ELEC', UR: url, N1: 'two\nlines' }])).toBe(
      `TY  - ELEC\nUR  - ${url}\nN1  - two lines\nER  - \n`,
    );
  });
});
