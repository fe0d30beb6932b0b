import { describe, expect, it } from 'vitest';
import { EventRecordSchema, WarningCodeSchema, type WarningCode } from '../../utils/event-record';
import { readSavedList } from '../../utils/library/read-saved';
import { migrateSavedEventsV1 } from '../../utils/storage/record-upgrade';
import { upgradeRecord } from '../../utils/storage/record-upgrade';
import { warning, type WarningParams } from '../../utils/warnings/english';
import { legacyWarning } from '../../utils/warnings/legacy';
import { warningText } from '../../utils/warnings/localise';
import { LOCALES } from '../helpers/i18n';
import { fixtureRecord } from '../helpers/records';
import { fileTranslate } from '../../utils/i18n/translate';

/** Facts of the kind the extractor gives for each code. */
const SAMPLES: Record<Exclude<WarningCode, 'note'>, WarningParams> = {
  'capture-address-unknown': {},
  'served-other-capture': { requested: '2020-12-05T00:16:00Z', served: '2020-12-06T07:20:20Z' },
  'address-changed': { address: 'https://web.archive.org/web/2020/https://uil.unesco.org/event/x' },
  'page-cut': {},
  'date-disagrees': { line: 'Date: 18 November 2020', date: '2020-11-17' },
  'end-next-day': { end: '02:00', start: '22:00' },
  'other-times': { other: '14:00–15:30', line: 'Time: 14:00–15:30', shown: '13:00–14:30', rule: 'labelled:time' },
  'programme-times': {},
  'year-inferred': { text: '17 November', year: '2020' },
  'year-from-page-date': { text: '17 November', year: '2020', date: '2020-10-01' },
  'year-from-first-date': { text: '17 November', year: '2020', date: '2020-11-16' },
  'year-from-capture': { text: '17 November', year: '2020' },
  'online-placeholder': { label: 'Where', place: 'Event (Republic of Korea)' },
  'online-placeholder-unlabelled': { place: 'Event (Republic of Korea)' },
  'zone-assumed': { zone: 'Europe/Paris', site: 'uil.unesco.org' },
  'zone-assumed-written': { written: 'local time', zone: 'Europe/Paris', site: 'uil.unesco.org' },
  'zone-unknown': {},
  'time-repeated': { time: '02:30', date: '2020-10-25', zone: 'Europe/Paris' },
  'time-skipped': { time: '02:30', date: '2020-03-29', zone: 'Europe/Paris', readAs: '03:30' },
  'zone-season-summer': { written: 'CET', date: '2020-06-10', zone: 'Europe/Paris', offset: '+02:00' },
  'zone-season-standard': { written: 'CEST', date: '2020-11-17', zone: 'Europe/Paris', offset: '+01:00' },
};
const CODES = Object.keys(SAMPLES) as Exclude<WarningCode, 'note'>[];

describe('the extractor’s notes as codes', () => {
  it('has a sample for every code but the uncoded note', () => {
    expect(CODES.sort()).toEqual(WarningCodeSchema.options.filter((c) => c !== 'note').sort());
  });

  it.each(CODES)('%s: the English sentence an older version wrote reads back into the same code and facts', (code) => {
    const coded = warning(code, SAMPLES[code]);
    expect(legacyWarning(coded.text)).toEqual(coded);
  });

  it('keeps a sentence no code reads, word for word, as a note', () => {
    expect(legacyWarning('Something an old version said.')).toEqual({
      code: 'note',
      params: {},
      text: 'Something an old version said.',
    });
  });
});

/** The seed record as version 1 stored it: notes as sentences. */
function schemaOneRecord() {
  const current = fixtureRecord('seed');
  return {
    ...current,
    schemaVersion: 1,
    page: { ...current.page, warnings: current.page.warnings.map((w) => w.text) },
    event: current.event && { ...current.event, warnings: current.event.warnings.map((w) => w.text) },
    events: current.events?.map((e) => ({ ...e, warnings: e.warnings.map((w) => w.text) })),
  };
}

describe('records saved before the codes', () => {
  it('upgrade to the current schema with the notes the extractor writes today', () => {
    const upgraded = upgradeRecord(schemaOneRecord());
    expect(EventRecordSchema.safeParse(upgraded).success).toBe(true);
    expect(upgraded).toEqual(fixtureRecord('seed'));
  });

  it('are read from the library and from an export, and the stored list is migrated', () => {
    const entry = { savedAt: 1, record: schemaOneRecord() };
    expect(readSavedList([entry])).toEqual({ events: [{ savedAt: 1, record: fixtureRecord('seed') }], unreadable: 0 });
    const migrated = migrateSavedEventsV1({ events: [entry, 'not a record'] });
    expect(migrated.events).toEqual([{ savedAt: 1, record: fixtureRecord('seed') }, 'not a record']);
  });

  it('leave a current record as it is', () => {
    const current = fixtureRecord('seed');
    expect(upgradeRecord(current)).toBe(current);
  });
});

/** The reader's locale for each messages file, as the extension's pages use them. */
const READER_LOCALE: Record<string, string> = {
  ar: 'ar-u-nu-latn',
  en: 'en-GB',
  es: 'es',
  fr: 'fr',
  ru: 'ru',
  zh_CN: 'zh-CN',
};

describe.each(Object.keys(LOCALES))('the notes in %s', (lang) => {
  const t = fileTranslate(LOCALES[lang] ?? {});
  const locale = READER_LOCALE[lang] ?? 'en';

  it.each(CODES)('%s is a sentence of its own with every fact in it', (code) => {
    const text = warningText(t, warning(code, SAMPLES[code]), locale);
    expect(text).not.toMatch(/warning_|\$/);
    for (const [name, value] of Object.entries(SAMPLES[code])) {
      // Dates, instants and zones are written for the reader; the page's own words stay as they were.
      if (['line', 'text', 'place', 'label', 'written', 'time', 'end', 'start'].includes(name))
        expect(text, name).toContain(value);
    }
  });

  it('writes dates in the reader’s language', () => {
    const text = warningText(t, warning('year-from-page-date', SAMPLES['year-from-page-date']), locale);
    const expected: Record<string, RegExp> = {
      ar: /1 أكتوبر 2020/,
      en: /1 October 2020/,
      es: /1 de octubre de 2020/,
      fr: /1 octobre 2020/,
      ru: /1 октября 2020/,
      zh_CN: /2020年10月1日/,
    };
    expect(text).toMatch(expected[lang] ?? /never/);
  });
});
