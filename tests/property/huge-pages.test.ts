// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { parsePage } from '../../utils/page/page-parser';
import { analysePage } from '../../utils/page/analyse-page';
import { EventRecordSchema } from '../../utils/event-record';
import { loadPageFixtures } from '../helpers/fixtures';

// 50 MB pages, read with batch mode's DOM (linkedom: happy-dom would take minutes just to build them). The
// extension's own run on a 50 MB page, in Chromium, is tests/e2e/huge-page.e2e.test.ts.
const seed = loadPageFixtures().find((f) => f.slug === 'seed');
const url = new URL(seed?.meta.url ?? '');
const withFiller = (filler: string) => (seed?.html ?? '').replace('</body>', `${filler}</body>`);

describe('50 MB pages', () => {
  it('560,000 paragraphs, each with a date and a time: read within the caps, the event still the page’s', () => {
    const para = '<p>Lorem ipsum dolor sit amet, 12 March 2019, consectetur adipiscing elit 10:00 CET. </p>';
    const record = analysePage(parsePage(withFiller(para.repeat(Math.ceil(50_000_000 / para.length)))), url);
    expect(EventRecordSchema.safeParse(record).success).toBe(true);
    expect(record.event?.start.iso).toBe('2020-11-17T13:00:00+01:00');
  }, 120_000);

  it('one 50 MB text node', () => {
    const record = analysePage(parsePage(withFiller(`<p>${'x'.repeat(50_000_000)}</p>`)), url);
    expect(EventRecordSchema.safeParse(record).success).toBe(true);
    expect(record.event?.start.date).toBe('2020-11-17');
  }, 120_000);
});
