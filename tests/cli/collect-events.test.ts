import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CaptureRow, RevisitRow } from '../../utils/batch/capture-rows';
import { EventCollector } from '../../utils/batch/collect-events';
import type { EventRecord } from '../../utils/event-record';
import { fixtureRecord } from '../helpers/records';

const seed = fixtureRecord('seed');
const event = seed.event;
if (!event) throw new Error('the seed fixture has an event');

function capture(record: EventRecord, capturedAt: string, source: string, recordId: string | null = null): CaptureRow {
  return {
    kind: 'capture',
    source,
    from: 'warc',
    recordId,
    digest: null,
    record: { ...record, page: { ...record.page, capturedAt } },
  };
}

/** A page that lists three events (a month of side events), the second listed twice. */
const listing: EventRecord = {
  ...seed,
  events: [
    event,
    { ...event, title: 'Side event: cities and data', start: { ...event.start, date: '2020-11-18' } },
    { ...event, title: 'Side event: cities and data', start: { ...event.start, date: '2020-11-18' } },
  ],
};

describe('the batch collector', () => {
  it('gives each event of a page that lists several, each once, as a line of its own', () => {
    const collector = new EventCollector();
    collector.addCapture(capture(listing, '2020-12-06T07:20:20Z', 'a.warc.gz@0'));
    collector.addCapture(capture(listing, '2020-12-07T07:20:20Z', 'a.warc.gz@500'));
    const { events } = collector.finish();
    expect(events.map((e) => [e.record.event?.title, e.record.event?.start.date])).toEqual([
      [event.title, '2020-11-17'],
      ['Side event: cities and data', '2020-11-18'],
    ]);
    expect(events.every((e) => e.record.events === undefined)).toBe(true);
    expect(events.map((e) => e.seenIn)).toEqual([
      ['2020-12-06T07:20:20Z', '2020-12-07T07:20:20Z'],
      ['2020-12-06T07:20:20Z', '2020-12-07T07:20:20Z'],
    ]);
  });

  it('adds a revisit’s date to every event of its original, whichever order they come in', () => {
    const revisit: RevisitRow = {
      kind: 'revisit',
      source: 'b.warc@9',
      url: seed.page.originalUrl,
      capturedAt: '2021-01-01T00:00:00Z',
      refersTo: { recordId: '<urn:uuid:1>', url: null, date: null, digest: null },
    };
    const original = capture(listing, '2020-12-06T07:20:20Z', 'a.warc.gz@0', '<urn:uuid:1>');
    for (const order of [
      [revisit, original],
      [original, revisit],
    ]) {
      const collector = new EventCollector();
      for (const row of order) {
        if (row.kind === 'capture') collector.addCapture(row);
        else collector.addRevisit(row);
      }
      const { events, revisits } = collector.finish();
      expect(revisits).toEqual({ resolved: 1, unresolved: 0, examples: [] });
      expect(events.map((e) => e.seenIn)).toEqual([
        ['2020-12-06T07:20:20Z', '2021-01-01T00:00:00Z'],
        ['2020-12-06T07:20:20Z', '2021-01-01T00:00:00Z'],
      ]);
      expect(events[0]?.sources).toEqual(['a.warc.gz@0', 'b.warc@9']);
    }
  });

  it('gives the same lines whatever order the captures arrive in', () => {
    const rows = Array.from({ length: 60 }, (_, i) =>
      capture(
        i % 3 === 0 ? listing : seed,
        `2020-12-${String(1 + (i % 28)).padStart(2, '0')}T00:00:00Z`,
        `c.warc@${i}`,
      ),
    );
    const linesOf = (order: readonly CaptureRow[]) => {
      const collector = new EventCollector();
      for (const row of order) collector.addCapture(row);
      return collector.finish().events;
    };
    const expected = linesOf(rows);
    expect(expected[0]?.sources).toHaveLength(50);
    fc.assert(
      fc.property(fc.shuffledSubarray(rows, { minLength: rows.length }), (order) => {
        expect(linesOf(order)).toEqual(expected);
      }),
      { numRuns: 30 },
    );
  });
});
