import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { handlers } from '../entrypoints/background/handlers';
import { badgeFor } from '../utils/badge';
import type { SenderInfo } from '../utils/messages';
import { loadTabRecord } from '../utils/storage';
import { fixtureRecord } from './helpers/records';

const sender: SenderInfo = { id: 'x', tab: { id: 5 } };

describe('background', () => {
  beforeEach(() => fakeBrowser.reset());

  it('stores the record per tab and sets the badge for an archived UNESCO event', async () => {
    const setBadgeText = vi.spyOn(fakeBrowser.action, 'setBadgeText');
    const record = fixtureRecord('seed');
    await handlers['page:analysed']({ type: 'page:analysed', record }, sender);
    expect(await loadTabRecord(5)).toEqual(record);
    expect(setBadgeText).toHaveBeenCalledWith({ tabId: 5, text: 'EVT' });
  });

  it('clears the badge for a record that is not a UNESCO page', async () => {
    const setBadgeText = vi.spyOn(fakeBrowser.action, 'setBadgeText');
    const record = fixtureRecord('seed');
    const other = { ...record, page: { ...record.page, isUnesco: false }, event: null };
    await handlers['page:analysed']({ type: 'page:analysed', record: other }, sender);
    expect(setBadgeText).toHaveBeenCalledWith({ tabId: 5, text: '' });
  });

  it('badges live UNESCO event pages, but not live UNESCO pages without an event', () => {
    const record = fixtureRecord('seed');
    const live = { ...record, page: { ...record.page, archive: null } };
    expect(badgeFor(live)?.title).toMatch(/UNESCO event \(live page\)/);
    expect(badgeFor({ ...live, event: null })).toBeNull();
  });

  it('treats a corrupted stored entry as absent instead of trusting it', async () => {
    await fakeBrowser.storage.session.set({ 'tab-record:5': { version: 1, record: { hacked: true } } });
    expect(await loadTabRecord(5)).toBeNull();
  });

  it('says ARC for an archived UNESCO page without an event', () => {
    const record = fixtureRecord('seed');
    expect(badgeFor({ ...record, event: null, noEvent: { code: 'no-date', message: 'x' } })?.text).toBe('ARC');
  });
});
