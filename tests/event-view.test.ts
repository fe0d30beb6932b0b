import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import * as z from 'zod/mini';
import { applyCorrections } from '../utils/corrections';
import type { EventDetails, EventRecord } from '../utils/event-record';
import { eventNotes } from '../utils/event-view/event-notes';
import { pageNotes } from '../utils/event-view/page-notes';
import { translateCount, type Translate } from '../utils/i18n/translate';
import { savedKeys, withSaved, withoutSaved } from '../utils/library/saved-events';
import { chosenIndex, chosenRecord, eventKey, validChoice } from '../utils/listing/chosen-event';
import { loadChosenEvent, recentPageCheck, saveChosenEvent, savePageCheck, pageChecksItem } from '../utils/storage';
import { validatedItem } from '../utils/storage/validated-item';
import { formatTimeRows } from '../utils/time/format-event-time';
import { zonePlace } from '../utils/time/zone-names';
import { arabic, chinese, english, french, LOCALES, russian } from './helpers/i18n';
import { fixtureRecord } from './helpers/records';
import { warning } from '../utils/warnings/english';

const seed = fixtureRecord('seed');
const event = seed.event as EventDetails;
/** A listing page built by hand (until the extractor fills `events`): three events of one page. */
const listing: EventRecord = {
  ...seed,
  events: [
    event,
    { ...event, title: 'Second meeting', start: { ...event.start, date: '2020-11-18' } },
    { ...event, title: 'Third meeting', start: { ...event.start, date: '2020-11-19' } },
  ],
};

describe('plural forms (translateCount)', () => {
  it.each([
    [english, 0, 'Deleted 0 events.'],
    [english, 1, 'Deleted 1 event.'],
    [english, 2000, 'Deleted 2,000 events.'],
    [french, 0, '0 événement supprimé.'],
    [french, 1, '1 événement supprimé.'],
    [french, 2, '2 événements supprimés.'],
    [russian, 1, 'Удалено 1 мероприятие.'],
    [russian, 3, 'Удалено 3 мероприятия.'],
    [russian, 5, 'Удалено 5 мероприятий.'],
    [russian, 21, 'Удалено 21 мероприятие.'],
    [arabic, 0, 'لم تُحذف أي فعالية.'],
    [arabic, 1, 'حُذفت فعالية واحدة.'],
    [arabic, 2, 'حُذفت فعاليتان.'],
    [arabic, 3, 'حُذفت 3 فعاليات.'],
    [arabic, 11, 'حُذفت 11 فعالية.'],
    [arabic, 100, 'حُذفت 100 فعالية.'],
    [chinese, 2, '已删除 2 个活动。'],
  ])('%#: %s', (t, n, text) => expect(translateCount(t, 'libraryDeleted', n)).toBe(text));

  it('falls back to the "other" form a language file lacks (a Russian file without "few")', () => {
    const withoutFew: Translate = (key, subs) =>
      key === 'messagesLocale' ? 'ru' : key.endsWith('_few') ? key : english(key, subs);
    // Russian puts 3 in "few": there is no libraryDeleted_few here, so the "other" form is used.
    expect(new Intl.PluralRules('ru').select(3)).toBe('few');
    expect(translateCount(withoutFew, 'libraryDeleted', 3)).toBe('Deleted 3 events.');
  });

  it('every plural family has its "one" and "other" forms in every language', () => {
    for (const [lang, messages] of Object.entries(LOCALES)) {
      const families = Object.keys(messages).filter((k) => k.endsWith('_other') && k !== 'kind_other');
      expect(families.length, lang).toBeGreaterThan(5);
      for (const key of families) expect(messages[key.replace(/_other$/, '_one')], key).toBeDefined();
    }
  });
});

describe('the event chosen on a listing page', () => {
  it('replaces the record’s event, and keys what is kept for it', () => {
    const second = chosenRecord(listing, 1);
    expect(second.event?.title).toBe('Second meeting');
    expect(chosenIndex(second)).toBe(1);
    expect(eventKey(second)).toBe(`${seed.page.originalUrl}#event-2`);
    // The first event keeps the bare address, as every record saved before listings did.
    expect(eventKey(chosenRecord(listing, 0))).toBe(seed.page.originalUrl);
    expect(chosenRecord(listing, 99)).toBe(listing);
    // A choice the page no longer has (it lists fewer events now) falls back to the first.
    expect([validChoice(listing, 2), validChoice(listing, 3), validChoice(listing, undefined)]).toEqual([2, 0, 0]);
    expect(eventKey(seed)).toBe(seed.page.originalUrl);
  });

  it('lets the library keep two events of one page apart', () => {
    let saved = withSaved([], { savedAt: 1, record: chosenRecord(listing, 0) }) ?? [];
    saved = withSaved(saved, { savedAt: 2, record: chosenRecord(listing, 2) }) ?? [];
    expect(saved).toHaveLength(2);
    expect(savedKeys(saved)).toEqual(new Set([seed.page.originalUrl, `${seed.page.originalUrl}#event-3`]));
    expect(withoutSaved(saved, new Set([`${seed.page.originalUrl}#event-3`]))).toHaveLength(1);
    // A damaged entry never breaks the keying.
    expect(
      withoutSaved([{ record: { page: { originalUrl: 'x' }, event: {}, events: 'nope' } }], new Set()),
    ).toHaveLength(1);
  });

  beforeEach(() => fakeBrowser.reset());
  it('is remembered per page', async () => {
    await saveChosenEvent(seed.page.originalUrl, 2);
    await saveChosenEvent('https://other.unesco.org/', 1);
    expect(await loadChosenEvent(seed.page.originalUrl)).toBe(2);
    await saveChosenEvent(seed.page.originalUrl, 0);
    expect(await loadChosenEvent(seed.page.originalUrl)).toBe(0);
    expect(await loadChosenEvent('https://other.unesco.org/')).toBe(1);
  });
});

describe('each assumption said once', () => {
  it('drops the extractor’s note on an assumed zone when the translated one shows', () => {
    const assumed = {
      ...event,
      timeZone: { ...event.timeZone, basis: 'site-default' as const },
      warnings: [warning('zone-assumed', { zone: 'Europe/Paris', site: 'uil.unesco.org' }), warning('programme-times')],
    };
    expect(eventNotes(assumed)).toEqual({
      zoneAssumed: { zone: 'Europe/Paris' },
      warnings: [warning('programme-times')],
    });
    expect(eventNotes(event)).toEqual({ zoneAssumed: null, warnings: event.warnings });
  });

  it('says the served capture once, with its dates for the reader to format', () => {
    expect(pageNotes(seed.page)).toEqual({
      servedOther: { requested: '2020-12-05T00:16:00Z', served: '2020-12-06T07:20:20Z' },
      warnings: [],
    });
  });
});

describe('the time table', () => {
  it('names zones by their place', () => {
    expect(['America/Mexico_City', 'America/Argentina/Buenos_Aires', 'UTC', 'Etc/GMT+5'].map(zonePlace)).toEqual([
      'Mexico City',
      'Buenos Aires',
      'UTC',
      'GMT+5',
    ]);
  });

  it('keeps both days in each row of an event over several days', () => {
    const long = {
      ...event,
      end: { date: '2020-11-19', time: '17:00', iso: '2020-11-19T17:00:00+01:00' },
    };
    const rows = formatTimeRows(long, { readerZone: 'Europe/Paris', locale: 'en-GB', hour12: false }).rows;
    expect(rows[0]?.clock).toBe('Tue 17 Nov, 13:00 – Thu 19 Nov, 17:00');
  });
});

describe('corrections of dates', () => {
  it('move the event to the corrected days at the offset of those days, and say so in its sources', () => {
    const r = applyCorrections(seed, { startDate: '2021-06-01', endDate: '2021-06-01' });
    expect(r.event?.start).toEqual({ date: '2021-06-01', time: '13:00', iso: '2021-06-01T13:00:00+02:00' });
    expect(r.event?.sources.start).toMatchObject({ origin: 'corrected', text: '2021-06-01 13:00–14:30' });
    // An end before the corrected start moves with it.
    expect(applyCorrections(seed, { startDate: '2020-11-20' }).event?.end.date).toBe('2020-11-20');
  });
});

describe('stored items', () => {
  beforeEach(() => fakeBrowser.reset());
  it('read a damaged value as the fallback, and say so', async () => {
    const item = validatedItem('local:test-item', z.object({ n: z.number() }), {
      fallback: { n: 0 },
      version: 1,
      what: 'test item',
    });
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    await fakeBrowser.storage.local.set({ 'test-item': { n: 'three' } });
    expect(await item.load()).toEqual({ n: 0 });
    expect(warn).toHaveBeenCalledWith('Event Lens: ignoring unreadable test item');
    const seen: unknown[] = [];
    const stop = item.subscribe((v) => seen.push(v));
    await item.setValue({ n: 3 });
    await fakeBrowser.storage.local.set({ 'test-item': 'garbage' });
    stop();
    expect(seen).toEqual([{ n: 3 }, { n: 0 }]);
    warn.mockRestore();
  });

  it('keep a page’s latest link check for six hours, only http(s) archived copies', async () => {
    const result = {
      url: 'https://a.org/',
      verdict: 'gone' as const,
      reason: 'not-found' as const,
      finalUrl: null,
      title: null,
      steps: [],
      archivedUrl: 'javascript:alert(1)',
      checkedAt: 0,
    };
    await savePageCheck('https://p.unesco.org/', [result], 1000);
    const checks = await pageChecksItem.load();
    expect(recentPageCheck(checks, 'https://p.unesco.org/', 2000)?.marks).toEqual([
      { url: 'https://a.org/', verdict: 'gone', archivedUrl: null },
    ]);
    expect(recentPageCheck(checks, 'https://p.unesco.org/', 1000 + 6 * 3600 * 1000)).toBeNull();
  });
});
