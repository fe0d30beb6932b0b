import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analysePage } from '../../utils/analyse-page';
import { FIXTURES, loadPageFixtures, parseHtml } from '../helpers/fixtures';

/** The corpus's human reading of a page (shared/corpus/README.md), copied next to the fixture. */
type Truth = {
  title: string | null;
  start_date: string | null;
  end_date: string | null;
  start_time: string | null;
  end_time: string | null;
  time_zone_text: string | null;
  iana_zone: string | null;
  utc_offset_at_event: string | null;
  online: boolean;
  attendance_mode: string | null;
  registration_url: string | null;
};

for (const fixture of loadPageFixtures()) {
  const truthFile = join(FIXTURES, 'pages', fixture.slug, 'truth.json');
  if (!existsSync(truthFile)) continue;
  const { truth } = JSON.parse(readFileSync(truthFile, 'utf8')) as { truth: Truth };
  describe(`${fixture.slug} agrees with the corpus reading`, () => {
    const event = analysePage(parseHtml(fixture.html), new URL(fixture.meta.url)).event;
    it.each([
      ['title', () => event?.title, truth.title],
      ['start date', () => event?.start.date, truth.start_date],
      ['end date', () => event?.end.date, truth.end_date],
      ['start time', () => event?.start.time, truth.start_time],
      ['end time', () => event?.end.time, truth.end_time],
      ['zone as written', () => event?.timeZone.text, truth.time_zone_text],
      ['IANA zone', () => event?.timeZone.iana, truth.iana_zone],
      ['offset on the day', () => event?.timeZone.offset, truth.utc_offset_at_event],
      ['online', () => event?.location.online, truth.online],
      ['attendance mode', () => event?.location.mode, truth.attendance_mode],
      [
        'registration link',
        () => event?.links.find((l) => l.kind === 'registration')?.url ?? null,
        truth.registration_url,
      ],
    ] as const)('%s', (_name, actual, expected) => {
      expect(actual()).toEqual(expected);
    });
  });
}
