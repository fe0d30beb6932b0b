import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analysePage } from '../../utils/page/analyse-page';
import type { EventRecord } from '../../utils/event-record';
import { FIXTURES, loadPageFixtures, parseHtml } from '../helpers/fixtures';

/** The corpus's human reading of a page (docs/extraction.md, "Scoring"), copied next to the fixture. */
type Truth = Record<string, unknown> & { acceptable_alternatives?: Record<string, unknown> };
/**
 * Where this project knowingly reads a page otherwise than the corpus does, the value it gives and why
 * (truth.json `accepted_here`): asserted exactly, so a change is noticed.
 */
type Accepted = Record<string, { value: unknown; reason: string }>;

const FIELDS: [string, (r: EventRecord) => unknown][] = [
  ['title', (r) => r.event?.title ?? null],
  ['start_date', (r) => r.event?.start.date ?? null],
  ['end_date', (r) => r.event?.end.date ?? null],
  ['start_time', (r) => r.event?.start.time ?? null],
  ['end_time', (r) => r.event?.end.time ?? null],
  ['time_zone_text', (r) => (r.event?.start.time ? r.event.timeZone.text : null)],
  ['iana_zone', (r) => (r.event?.start.time ? r.event.timeZone.iana : null)],
  ['utc_offset_at_event', (r) => (r.event?.start.time ? r.event.timeZone.offset : null)],
  ['online', (r) => r.event?.location.online ?? null],
  ['attendance_mode', (r) => r.event?.location.mode ?? null],
  ['registration_url', (r) => r.event?.links.find((l) => l.kind === 'registration')?.url ?? null],
];

for (const fixture of loadPageFixtures()) {
  const truthFile = join(FIXTURES, 'pages', fixture.slug, 'truth.json');
  if (!existsSync(truthFile)) continue;
  const { truth, accepted_here: accepted = {} } = JSON.parse(readFileSync(truthFile, 'utf8')) as {
    truth: Truth;
    accepted_here?: Accepted;
  };
  const record = analysePage(parseHtml(fixture.html), new URL(fixture.meta.url));

  describe(`${fixture.slug} agrees with the corpus reading`, () => {
    if (truth.start_date === null) {
      it('has no event (the page gives no full date)', () => expect(record.event).toBeNull());
      return;
    }
    for (const [field, read] of FIELDS) {
      if (!(field in truth)) continue;
      it(field, () => {
        const actual = read(record);
        const mine = accepted[field];
        if (mine) {
          expect(actual, mine.reason).toEqual(mine.value);
          return;
        }
        const alternatives = truth.acceptable_alternatives ?? {};
        const ok = [truth[field], ...(field in alternatives ? [alternatives[field]] : [])];
        if (field === 'title' && typeof truth.event_name === 'string') ok.push(truth.event_name);
        expect(ok, `${field} of ${fixture.slug}: got ${JSON.stringify(actual)}`).toContainEqual(actual);
      });
    }
  });
}
