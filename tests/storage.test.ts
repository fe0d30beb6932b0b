import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  captureSettingsItem,
  clearCachedData,
  captureStore,
  DEFAULT_DISPLAY_SETTINGS,
  displaySettingsItem,
  linkResultCache,
  loadDisplaySettings,
  loadSavedEvents,
  migrateDisplaySettingsV1,
  moveSettingsToSync,
  removeTabMementos,
  saveMemento,
  saveEvent,
} from '../utils/storage';
import { fixtureRecord } from './helpers/records';

describe('stored settings and data across versions', () => {
  beforeEach(() => {
    fakeBrowser.reset();
  });

  it('migrates version-1 display settings (no home zone) to version 2', async () => {
    await fakeBrowser.storage.sync.set({
      'display-settings': { extraZones: ['Asia/Seoul'], hourCycle: 'h23' },
      'display-settings$': { v: 1 },
    });
    // WXT runs the migrations when the extension starts (the item is defined); here, as an update would.
    await displaySettingsItem.migrate();
    expect(await loadDisplaySettings()).toEqual({ extraZones: ['Asia/Seoul'], hourCycle: 'h23', homeZone: null });
    expect(await fakeBrowser.storage.sync.get('display-settings$')).toEqual({ 'display-settings$': { v: 2 } });
    expect(migrateDisplaySettingsV1({ extraZones: [3, 'UTC'], hourCycle: 'weird' })).toEqual({
      extraZones: ['UTC'],
      hourCycle: 'locale',
      homeZone: null,
    });
  });

  it('moves settings an earlier version kept in local storage to sync storage, once', async () => {
    await fakeBrowser.storage.local.set({
      'display-settings': { extraZones: ['Africa/Nairobi'], hourCycle: 'h12' },
      'display-settings$': { v: 1 },
      'capture-settings': { askTabArchive: true, askInternetArchive: false },
    });
    await moveSettingsToSync();
    expect(await displaySettingsItem.getValue()).toEqual({
      extraZones: ['Africa/Nairobi'],
      hourCycle: 'h12',
      homeZone: null,
    });
    expect(await captureSettingsItem.getValue()).toEqual({ askTabArchive: true, askInternetArchive: false });
    expect(await fakeBrowser.storage.local.get(['display-settings', 'capture-settings'])).toEqual({});
    // Already in sync: a stale local copy does not overwrite it.
    await fakeBrowser.storage.local.set({ 'display-settings': { extraZones: [], hourCycle: 'locale' } });
    await moveSettingsToSync();
    expect((await displaySettingsItem.getValue()).extraZones).toEqual(['Africa/Nairobi']);
  });

  it('reads damaged settings as the defaults rather than failing', async () => {
    await fakeBrowser.storage.sync.set({ 'display-settings': { extraZones: 'nope' }, 'display-settings$': { v: 2 } });
    expect(await loadDisplaySettings()).toEqual(DEFAULT_DISPLAY_SETTINGS);
  });

  it('says so when the browser’s storage is full, and loses nothing already saved', async () => {
    expect(await saveEvent(fixtureRecord('seed'))).toBe('saved');
    const set = fakeBrowser.storage.local.set.bind(fakeBrowser.storage.local);
    fakeBrowser.storage.local.set = () => Promise.reject(new Error('QUOTA_BYTES quota exceeded'));
    try {
      expect(await saveEvent(fixtureRecord('live-en-unesco-template-b'))).toBe('quota');
    } finally {
      fakeBrowser.storage.local.set = set;
    }
    expect((await loadSavedEvents()).events.map((e) => e.record.page.site)).toEqual(['uil.unesco.org']);
  });

  it('clears cached answers, and only those', async () => {
    const list = {
      archiveId: 'internet-archive',
      archiveName: 'Internet Archive',
      originalUrl: 'https://en.unesco.org/x',
      captures: [],
      truncated: false,
      fetchedAt: '2026-12-01T00:00:00Z',
    };
    await captureStore.putCached(list, 1);
    await linkResultCache.put({
      url: 'https://en.unesco.org/x',
      verdict: 'live',
      reason: 'ok',
      finalUrl: null,
      title: null,
      steps: [],
      archivedUrl: null,
      checkedAt: 1,
    });
    await captureStore.putBackoff('internet-archive', {
      until: 10,
      strikes: 1,
      error: { kind: 'busy', retryAfterSeconds: 5 },
    });
    await saveEvent(fixtureRecord('seed'));
    await clearCachedData();
    expect(await captureStore.getCached('internet-archive', 'https://en.unesco.org/x')).toBeNull();
    expect(await linkResultCache.get('https://en.unesco.org/x')).toBeNull();
    expect(await captureStore.getBackoff('internet-archive')).toBeNull();
    expect((await loadSavedEvents()).events).toHaveLength(1);
  });

  it('forgets a closed tab’s Memento headers, every frame, and only that tab’s', async () => {
    const memento = { originalUrl: 'https://en.unesco.org/events/x', capturedAt: '2020-12-06T07:20:20Z' };
    await saveMemento(7, 0, memento);
    await saveMemento(7, 12, memento);
    await saveMemento(8, 0, memento);
    await removeTabMementos(7);
    expect(Object.keys(await fakeBrowser.storage.session.get(null)).sort()).toEqual(['memento:8:0']);
  });
});
