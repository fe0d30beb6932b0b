import { describe, expect, it } from 'vitest';
import { analysePage } from '../../utils/page/analyse-page';
import { EventRecordSchema } from '../../utils/event-record';
import { loadPageFixtures, parseHtml } from '../helpers/fixtures';

/** Leaf paths of an expected record, so each field is its own test ("event.start.iso of seed"). */
function leaves(value: unknown, path: string[] = []): [string, unknown][] {
  if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
    return Object.entries(value).flatMap(([k, v]) => leaves(v, [...path, k]));
  }
  // A list of objects (a listing's `events`) is asserted item by item, and its length.
  if (Array.isArray(value) && value.some((v) => v !== null && typeof v === 'object')) {
    return [[`${path.join('.')}.length`, value.length], ...value.flatMap((v, i) => leaves(v, [...path, String(i)]))];
  }
  return [[path.join('.'), value]];
}

function at(value: unknown, path: string): unknown {
  return path
    .split('.')
    .reduce<unknown>(
      (v, k) => (v !== null && typeof v === 'object' ? (v as Record<string, unknown>)[k] : undefined),
      value,
    );
}

for (const fixture of loadPageFixtures()) {
  describe(`fixture ${fixture.slug}`, () => {
    const record = analysePage(parseHtml(fixture.html), new URL(fixture.meta.url));

    it('produces a record that passes its own schema', () => {
      expect(EventRecordSchema.safeParse(record).success).toBe(true);
    });

    for (const [path, expected] of leaves(fixture.expected)) {
      it(`${path} of ${fixture.slug}`, () => {
        expect(at(record, path)).toEqual(expected);
      });
    }
  });
}
