import { describe, expect, it } from 'vitest';
import { citeCapture, toCslItems, type CitationFormat } from '../../utils/citation/cite';
import { analysePage } from '../../utils/page/analyse-page';
import { loadPageFixtures, parseHtml } from '../helpers/fixtures';

// A capture with no event is cited too, by the page's own title (docs/citations.md, "A page without an event"):
// the obituary fixture as the Internet Archive served it on 17 November 2020.
const ORIGINAL = 'https://en.unesco.org/news/memoriam-professor-ana-maria-quispe';
const ARCHIVED = `https://web.archive.org/web/20201117093012/${ORIGINAL}`;
const TITLE =
  'In memoriam: Professor Ana María Quispe | United Nations Educational, Scientific and Cultural Organization';
const ACCESSED_MS = Date.UTC(2026, 11, 3, 12);
const SLOW = 60_000;

function obituaryCapture() {
  const fixture = loadPageFixtures().find((f) => f.slug === 'negative-obituary');
  if (!fixture) throw new Error('no fixture negative-obituary');
  return analysePage(parseHtml(fixture.html), new URL(ARCHIVED));
}

describe('citing a capture that holds no event', () => {
  const record = obituaryCapture();
  const cite = (format: CitationFormat) => citeCapture({ record, accessedMs: ACCESSED_MS }, format, 'en');

  it('is a capture without an event, with the document’s title kept', () => {
    expect(record.event).toBeNull();
    expect(record.page.archive?.name).toBe('Internet Archive');
    expect(record.page.title).toBe(TITLE);
  });

  it.each(['apa', 'chicago', 'mla', 'harvard'] as const)(
    '%s: the title, UNESCO as author, the archive’s address and the capture’s year',
    async (format) => {
      const text = await cite(format);
      expect(text).toContain('UNESCO');
      expect(text.toLowerCase()).toContain('in memoriam: professor ana maría quispe'); // title case is the style's
      expect(text).toContain(ARCHIVED);
      expect(text).toContain('2020');
    },
    SLOW,
  );

  it(
    'BibLaTeX: an @online entry with its title, address, access date and capture date, and no event date',
    async () => {
      const text = await cite('bibtex');
      expect(text).toMatch(/^@online\{unesco2020memoriam,/);
      expect(text).toContain(`url = {${ARCHIVED}}`);
      expect(text).toContain('urldate = {2026-12-03}');
      expect(text).toContain('date = {2020-11-17}');
      expect(text).toContain(`Original address: ${ORIGINAL}`);
      expect(text).not.toContain('eventdate');
    },
    SLOW,
  );

  it(
    'RIS: the title, the address and the archive, no event',
    async () => {
      const text = await cite('ris');
      expect(text).toContain('TY  - ELEC');
      expect(text).toContain(`UR  - ${ARCHIVED}`);
      expect(text).toMatch(/^TI {2}- In memoriam: Professor Ana María Quispe/m);
      expect(text).toContain('Internet Archive');
    },
    SLOW,
  );

  it(
    'CSL-JSON: every fact of the capture, and no event date or place',
    async () => {
      const [item] = JSON.parse(await cite('csl-json')) as Record<string, unknown>[];
      expect(item).toMatchObject({
        type: 'webpage',
        title: TITLE,
        author: [{ literal: 'UNESCO' }],
        URL: ARCHIVED,
        archive: 'Internet Archive',
        issued: { 'date-parts': [[2020, 11, 17]] },
        accessed: { 'date-parts': [[2026, 12, 3]] },
      });
      expect(item?.note).toContain(`Original address: ${ORIGINAL}`);
      expect(item).not.toHaveProperty('event-date');
      expect(item).not.toHaveProperty('event-place');
    },
    SLOW,
  );

  it('stays out of exports of many records, which cite events', () => {
    expect(toCslItems([{ record, accessedMs: ACCESSED_MS }])).toEqual([]);
  });
});
