import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { applyCorrections } from '../utils/corrections';
import { EventRecordSchema } from '../utils/event-record';
import { loadCorrections, saveCorrections } from '../utils/storage';
import { fixtureRecord } from './helpers/records';

const seed = fixtureRecord('seed');

describe('applyCorrections', () => {
  it('moves the event to the zone the reader chose, at the offset of that date', () => {
    const r = applyCorrections(seed, { timeZone: 'Asia/Seoul' });
    expect(r.event?.start.iso).toBe('2020-11-17T13:00:00+09:00');
    expect(r.event?.end.iso).toBe('2020-11-17T14:30:00+09:00');
    expect(r.event?.timeZone).toMatchObject({ iana: 'Asia/Seoul', offset: '+09:00', basis: 'corrected' });
    expect(r.event?.sources.timeZone?.rule).toBe('corrected');
    expect(EventRecordSchema.safeParse(r).success).toBe(true);
  });

  it('changes times and title, and can make the event all-day', () => {
    const r = applyCorrections(seed, { title: 'Learning cities meeting', startTime: '14:00', endTime: '15:30' });
    expect(r.event).toMatchObject({
      title: 'Learning cities meeting',
      start: { time: '14:00', iso: '2020-11-17T14:00:00+01:00' },
    });
    const allDay = applyCorrections(seed, { startTime: null, endTime: null });
    expect(allDay.event).toMatchObject({ allDay: true, start: { time: null, iso: null } });
  });

  it('ignores an unknown zone and changes nothing without corrections', () => {
    expect(applyCorrections(seed, { timeZone: 'Mars/Olympus' }).event?.timeZone.iana).toBe('Europe/Paris');
    expect(applyCorrections(seed, null)).toBe(seed);
    expect(applyCorrections(seed, {})).toBe(seed);
  });
});

describe('stored corrections', () => {
  beforeEach(() => fakeBrowser.reset());

  it('are kept per page, and forgotten on request', async () => {
    await saveCorrections('https://a.unesco.org/e', { timeZone: 'Asia/Seoul' });
    await saveCorrections('https://b.unesco.org/e', { title: 'B' });
    expect(await loadCorrections('https://a.unesco.org/e')).toEqual({ timeZone: 'Asia/Seoul' });
    await saveCorrections('https://a.unesco.org/e', null);
    expect(await loadCorrections('https://a.unesco.org/e')).toBeNull();
    expect(await loadCorrections('https://b.unesco.org/e')).toEqual({ title: 'B' });
  });

  it('read a corrupted entry as none', async () => {
    await fakeBrowser.storage.local.set({ corrections: { 'https://a.unesco.org/e': { startTime: '99:99' } } });
    expect(await loadCorrections('https://a.unesco.org/e')).toBeNull();
  });
});
