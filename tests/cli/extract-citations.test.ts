// @vitest-environment node
import { Cite, plugins } from '@citation-js/core';
import '@citation-js/plugin-ris';
import { parse as parseBibtex } from '@retorquere/bibtex-parser';
import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { extractCommand } from '../helpers/batch-run';

const SEED = 'tests/fixtures/pages/seed/source.html';
const WHC = 'tests/fixtures/pages/corpus-007-whc-compact-range/source.html';
const WHC_URL = 'https://whc.unesco.org/en/events/701/';
const SEED_ARCHIVED =
  'https://webarchive.unesco.org/web/20201206072020/https://uil.unesco.org/event/unesco-learning-cities-meeting-educational-planning-monitoring-and-evaluation';

/** Two saved pages: the seed (its address read from the file) and a live page given its address. */
async function cite(format: string) {
  const seed = await extractCommand('--format', format, SEED);
  const whc = await extractCommand('--format', format, '--url', WHC_URL, WHC);
  expect([seed.status, whc.status]).toEqual([0, 0]);
  return [seed.stdout, whc.stdout] as const;
}

describe('extract --format bibtex|ris|csl', { timeout: 60_000 }, () => {
  it('bibtex: BibLaTeX @online entries that a BibTeX parser reads, accessed on the day of the run', async () => {
    const [seed, whc] = await cite('bibtex');
    const { entries, errors } = parseBibtex(`${seed}\n${whc}`);
    expect(errors).toEqual([]);
    expect(entries.map((e) => [e.type, e.fields.url])).toEqual([
      ['online', SEED_ARCHIVED],
      ['online', WHC_URL],
    ]);
    expect(entries[0]?.fields).toMatchObject({
      author: [{ name: 'UNESCO Institute for Lifelong Learning' }],
      date: '2020-12-06',
      urldate: DateTime.now().toISODate(),
    });
    expect(entries[1]?.fields.author).toEqual([{ name: 'UNESCO World Heritage Centre' }]);
  });

  it('ris: records that read back as the same pages', async () => {
    const [seed] = await cite('ris');
    expect(seed).toMatch(/^TY {2}- ELEC\n/);
    const [back] = plugins.input.chain(seed, { generateGraph: false }) as Record<string, unknown>[];
    expect(back).toMatchObject({ type: 'webpage', URL: SEED_ARCHIVED });
  });

  it('csl: CSL-JSON that the citation library takes as it is', async () => {
    const [seed] = await cite('csl');
    const items = JSON.parse(seed) as { URL: string; 'event-date': unknown }[];
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({ URL: SEED_ARCHIVED, 'event-date': { 'date-parts': [[2020, 11, 17]] } });
    expect(new Cite(items).format('bibliography', { format: 'text', template: 'apa' })).toContain(
      'UNESCO Institute for Lifelong Learning. (2020, December 6).',
    );
  });
});
