import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { handlers, recordTab } from '../entrypoints/background/handlers';
import { badgeFor } from '../utils/badge';
import type { SenderInfo } from '../utils/messages';
import { loadTabRecord, saveMemento, userArchivesItem } from '../utils/storage';
import { fixtureRecord } from './helpers/records';

// pywb-style framed replay: the capture is in a sub-frame (`mp_`).
const sender: SenderInfo = {
  id: 'x',
  url: 'https://webarchive.unesco.org/web/20201205001600mp_/https://uil.unesco.org/event/x',
  tab: { id: 5 },
  frameId: 3,
};

/** What scripting.executeScript would return after running the extractor in the page. */
function injectionReturns(result: unknown) {
  return vi
    .spyOn(fakeBrowser.scripting, 'executeScript')
    .mockResolvedValue([{ frameId: 3, documentId: 'd', result }] as never);
}

describe('background', () => {
  beforeEach(() => {
    vi.restoreAllMocks();
    fakeBrowser.reset();
  });

  it('reads a candidate frame with the extractor, stores the record and badges the tab', async () => {
    const record = fixtureRecord('seed');
    const inject = injectionReturns(record);
    const setBadgeText = vi.spyOn(fakeBrowser.action, 'setBadgeText');
    expect(await handlers['page:candidate']({ type: 'page:candidate' }, sender)).toEqual({ stored: true });
    expect(inject).toHaveBeenCalledWith({ target: { tabId: 5, frameIds: [3] }, files: ['/extractor.js'] });
    expect(inject).toHaveBeenCalledWith(
      expect.objectContaining({
        target: { tabId: 5, frameIds: [3] },
        args: ['__eventLensExtractionContext', { userArchiveOrigins: [], memento: null }],
      }),
    );
    expect(await loadTabRecord(5)).toEqual(record);
    expect(setBadgeText).toHaveBeenCalledWith({ tabId: 5, text: 'EVT' });
  });

  it.each([
    ['nothing', undefined],
    ['a string', 'EVT'],
    [
      'a record with a javascript: link',
      { ...fixtureRecord('seed'), page: { ...fixtureRecord('seed').page, originalUrl: 'javascript:alert(1)' } },
    ],
  ])('stores nothing when the page hands back %s', async (_name, result) => {
    injectionReturns(result);
    expect(await handlers['page:candidate']({ type: 'page:candidate' }, sender)).toEqual({ stored: false });
    expect(await loadTabRecord(5)).toBeNull();
  });

  it.each([
    ['an iframe inside a capture', 'https://webarchive.unesco.org/web/20201205001600if_/https://uil.unesco.org/x'],
    ['a capture of another site', 'https://web.archive.org/web/2020mp_/https://example.org/?from=unesco'],
  ])('does not inject into %s, whatever the content script offered', async (_name, url) => {
    const inject = injectionReturns(fixtureRecord('seed'));
    expect(await handlers['page:candidate']({ type: 'page:candidate' }, { ...sender, url })).toEqual({
      stored: false,
    });
    expect(inject).not.toHaveBeenCalled();
  });

  it('does not inject into a page on a host the user never added', async () => {
    const inject = injectionReturns(fixtureRecord('seed'));
    const stranger = { ...sender, url: 'http://localhost:9999/coll/2020/https://en.unesco.org/events/x' };
    expect(await handlers['page:candidate']({ type: 'page:candidate' }, stranger)).toEqual({ stored: false });
    expect(inject).not.toHaveBeenCalled();
  });

  it('passes the user’s archives and the frame’s Memento headers to the extractor', async () => {
    await userArchivesItem.setValue({ origins: ['http://localhost:8080'] });
    const memento = { originalUrl: 'https://en.unesco.org/events/x', capturedAt: '2020-12-06T07:20:20Z' };
    await saveMemento(5, 3, memento);
    const inject = injectionReturns(fixtureRecord('seed'));
    const user = { ...sender, url: 'http://localhost:8080/some/page' };
    expect(await handlers['page:candidate']({ type: 'page:candidate' }, user)).toEqual({ stored: true });
    expect(inject).toHaveBeenCalledWith(
      expect.objectContaining({
        args: ['__eventLensExtractionContext', { userArchiveOrigins: ['http://localhost:8080'], memento }],
      }),
    );
  });

  it('clears the badge for a record that is not a UNESCO page', async () => {
    const setBadgeText = vi.spyOn(fakeBrowser.action, 'setBadgeText');
    const record = fixtureRecord('seed');
    await recordTab(5, { ...record, page: { ...record.page, isUnesco: false }, event: null });
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
