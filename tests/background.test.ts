import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { handlers, recordTab } from '../entrypoints/background/handlers';
import { showAddressBadge } from '../entrypoints/background/toolbar';
import { addressBadgeFor, badgeFor } from '../utils/badge';
import type { SenderInfo } from '../utils/messages';
import { loadTabRecord, saveMemento, userArchivesItem } from '../utils/storage';
import { fixturePageSource, fixtureRecord } from './helpers/records';

// pywb-style framed replay: the capture is in a sub-frame (`mp_`), the tab on the archive's replay page.
const sender: SenderInfo = {
  id: 'x',
  url: 'https://webarchive.unesco.org/web/20201205001600mp_/https://uil.unesco.org/event/x',
  tab: { id: 5, url: 'https://webarchive.unesco.org/web/20201205001600/https://uil.unesco.org/event/x' },
  frameId: 3,
};

/** The page-source script's answer for a fixture page, loaded at the sender's address unless said. */
const pageSource = (slug: string, loaded = sender.url ?? '') => fixturePageSource(slug, loaded);

/** What scripting.executeScript would return after running the page-source script in the page. */
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

  it('reads a candidate frame’s markup in the background, stores the record and badges the tab', async () => {
    const inject = injectionReturns(pageSource('seed'));
    const setBadgeText = vi.spyOn(fakeBrowser.action, 'setBadgeText');
    expect(await handlers['page:candidate']({ type: 'page:candidate' }, sender)).toEqual({ stored: true });
    expect(inject).toHaveBeenCalledWith({ target: { tabId: 5, frameIds: [3] }, files: ['/page-source.js'] });
    const record = await loadTabRecord(5);
    expect(record?.page.url).toBe(sender.url);
    expect(record?.event?.title).toBe(fixtureRecord('seed').event?.title);
    expect(record?.event?.start).toEqual(fixtureRecord('seed').event?.start);
    expect(setBadgeText).toHaveBeenCalledWith({ tabId: 5, text: 'EVT' });
  });

  it('reads the page at the address it was loaded from, saying that its scripts moved it', async () => {
    const moved = 'https://webarchive.unesco.org/web/20201205001600mp_/https://uil.unesco.org/event/spoofed';
    injectionReturns({ ...pageSource('seed'), current: moved });
    expect(await handlers['page:candidate']({ type: 'page:candidate' }, sender)).toEqual({ stored: true });
    const record = await loadTabRecord(5);
    expect(record?.page.url).toBe(sender.url);
    expect(record?.page.warnings.map((w) => w.code)).toContain('address-changed');
  });

  it.each([
    ['nothing', undefined],
    ['a string', 'EVT'],
    ['a record instead of markup', fixtureRecord('seed')],
    ['markup without the address it was loaded from', { ...pageSource('seed'), loaded: undefined }],
    ['markup over the length the script sends', { ...pageSource('seed'), html: 'x'.repeat(4_000_001) }],
    ['a javascript: address', pageSource('seed', 'javascript:alert(1)')],
  ])('stores nothing when the page hands back %s', async (_name, result) => {
    injectionReturns(result);
    expect(await handlers['page:candidate']({ type: 'page:candidate' }, sender)).toEqual({ stored: false });
    expect(await loadTabRecord(5)).toBeNull();
  });

  it.each([
    ['an iframe inside a capture', 'https://webarchive.unesco.org/web/20201205001600if_/https://uil.unesco.org/x'],
    ['a capture of another site', 'https://web.archive.org/web/2020mp_/https://example.org/?from=unesco'],
  ])('does not inject into %s, whatever the content script offered', async (_name, url) => {
    const inject = injectionReturns(pageSource('seed'));
    expect(await handlers['page:candidate']({ type: 'page:candidate' }, { ...sender, url })).toEqual({
      stored: false,
    });
    expect(inject).not.toHaveBeenCalled();
  });

  it.each([
    ['another site', 'https://evil.example/'],
    ['another archive', 'https://web.archive.org/web/2020/https://evil.example/'],
    ['a host the extension may not see (no address)', undefined],
  ])('does not read, card or badge a capture framed by %s', async (_name, top) => {
    const inject = injectionReturns(pageSource('seed'));
    const setBadgeText = vi.spyOn(fakeBrowser.action, 'setBadgeText');
    const framed = { ...sender, tab: { id: 5, url: top } };
    expect(await handlers['page:candidate']({ type: 'page:candidate' }, framed)).toEqual({ stored: false });
    expect(inject).not.toHaveBeenCalled();
    expect(setBadgeText).not.toHaveBeenCalled();
  });

  it('does not inject into a page on a host the user never added', async () => {
    const inject = injectionReturns(pageSource('seed'));
    const stranger = { ...sender, url: 'http://localhost:9999/coll/2020/https://en.unesco.org/events/x' };
    expect(await handlers['page:candidate']({ type: 'page:candidate' }, stranger)).toEqual({ stored: false });
    expect(inject).not.toHaveBeenCalled();
  });

  it('reads a page on the user’s archive with what the frame’s Memento headers said', async () => {
    await userArchivesItem.setValue({ origins: ['http://localhost:8080'] });
    const memento = { originalUrl: 'https://en.unesco.org/events/x', capturedAt: '2020-12-06T07:20:20Z' };
    await saveMemento(5, 3, memento);
    const page = 'http://localhost:8080/some/page';
    injectionReturns(pageSource('seed', page));
    const user = { ...sender, url: page, tab: { id: 5, url: 'http://localhost:8080/' } };
    expect(await handlers['page:candidate']({ type: 'page:candidate' }, user)).toEqual({ stored: true });
    const record = await loadTabRecord(5);
    expect(record?.page.originalUrl).toBe(memento.originalUrl);
    expect(record?.page.capturedAt).toBe(memento.capturedAt);
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

  describe('page:read (the popup, on a tab that has no record: front pages and indexes)', () => {
    const HOME = 'https://webarchive.unesco.org/web/20181215110241/https://en.unesco.org/events/';
    const UKWA = 'https://www.webarchive.org.uk/wayback/archive';
    const probe = (href: string, frameHost = false) => ({ href, frameHost });
    /** The frames' own addresses (the first call), then the chosen frame's markup. */
    function frames(list: { frameId: number; result: unknown }[], source: unknown) {
      return vi
        .spyOn(fakeBrowser.scripting, 'executeScript')
        .mockResolvedValueOnce(list.map((f) => ({ ...f, documentId: 'd' })) as never)
        .mockResolvedValueOnce([{ frameId: 0, documentId: 'd', result: source }] as never);
    }

    it('finds the frame that holds the capture from each frame’s address and reads it, without a card', async () => {
      const inject = frames(
        [
          { frameId: 4, result: probe('https://webarchive.unesco.org/web/2018if_/https://www.youtube.com/embed/x') },
          { frameId: 0, result: probe(HOME) },
        ],
        pageSource('home-under-events', HOME),
      );
      expect(await handlers['page:read']({ type: 'page:read', tabId: 9 }, {})).toEqual({ stored: true });
      expect(inject).toHaveBeenNthCalledWith(1, expect.objectContaining({ target: { tabId: 9, allFrames: true } }));
      expect(inject).toHaveBeenNthCalledWith(2, { target: { tabId: 9, frameIds: [0] }, files: ['/page-source.js'] });
      expect(inject).toHaveBeenCalledTimes(2);
      const record = await loadTabRecord(9);
      expect(record?.page.url).toBe(HOME);
      expect(record?.noEvent?.code).toBe(fixtureRecord('home-under-events').noEvent?.code);
    });

    it('reads pywb’s content frame, not the frame host around it', async () => {
      const inject = frames(
        [
          { frameId: 0, result: probe(`${UKWA}/20201206072020/https://en.unesco.org/`, true) },
          // A frame host counts only as the top frame: inside the capture it is the captured page's own markup.
          { frameId: 2, result: probe(`${UKWA}/20201206072020mp_/https://en.unesco.org/`, true) },
        ],
        pageSource('home-under-events', `${UKWA}/20201206072020mp_/https://en.unesco.org/`),
      );
      expect(await handlers['page:read']({ type: 'page:read', tabId: 9 }, {})).toEqual({ stored: true });
      expect(inject).toHaveBeenNthCalledWith(
        1,
        expect.objectContaining({ args: ['#wb_iframe_div iframe, iframe#replay_iframe, iframe.wb_iframe'] }),
      );
      expect(inject).toHaveBeenNthCalledWith(2, { target: { tabId: 9, frameIds: [2] }, files: ['/page-source.js'] });
    });

    it.each([
      ['a tab the extension may not read (the browser refuses)', null],
      [
        'a capture of another site',
        [{ frameId: 0, result: probe('https://web.archive.org/web/2020/https://example.org/') }],
      ],
      ['a frame that hands back something else', [{ frameId: 0, result: HOME }]],
      ['a frame that hands back more', [{ frameId: 0, result: { ...probe(HOME), record: {} } }]],
    ])('reads nothing in %s', async (_name, list) => {
      const inject = vi.spyOn(fakeBrowser.scripting, 'executeScript');
      if (list === null) inject.mockRejectedValueOnce(new Error('Cannot access contents of the page.'));
      else inject.mockResolvedValueOnce(list.map((f) => ({ ...f, documentId: 'd' })) as never);
      expect(await handlers['page:read']({ type: 'page:read', tabId: 9 }, {})).toEqual({ stored: false });
      expect(inject).toHaveBeenCalledTimes(1);
      expect(await loadTabRecord(9)).toBeNull();
    });
  });

  describe('the badge from the address, as a tab starts loading', () => {
    it.each([
      ['https://webarchive.unesco.org/web/20181215110241/https://en.unesco.org/events/', 'ARC'],
      ['https://web.archive.org/web/2019/https%3A%2F%2Ffr.unesco.org%2F', 'ARC'],
      ['https://web.archive.org/web/2019/https://www.pokemon.com/us', null],
      ['https://en.unesco.org/events/x', null],
      ['https://archive.ph/AbCd1', null],
      ['https://web.archive.org/web/*/https://en.unesco.org/*', null],
      ['not an address', null],
      [undefined, null],
    ])('%s → %s', (url, text) => {
      expect(addressBadgeFor(url)?.text ?? null).toBe(text);
    });

    it('names the archive, and knows the archives the user added', () => {
      expect(addressBadgeFor('https://wayback.archive-it.org/11915/2020/https://en.unesco.org/')?.title).toBe(
        'Event Lens: archived UNESCO page (Archive-It)',
      );
      expect(addressBadgeFor('http://localhost:8080/coll/2020/https://en.unesco.org/')).toBeNull();
    });

    it('badges a tab from its address, clears it elsewhere, and leaves a page already read alone', async () => {
      const setBadgeText = vi.spyOn(fakeBrowser.action, 'setBadgeText');
      await userArchivesItem.setValue({ origins: ['http://localhost:8080'] });
      await showAddressBadge(5, 'http://localhost:8080/coll/2020/https://en.unesco.org/');
      expect(setBadgeText).toHaveBeenLastCalledWith({ tabId: 5, text: 'ARC' });
      await showAddressBadge(5, undefined);
      expect(setBadgeText).toHaveBeenLastCalledWith({ tabId: 5, text: '' });
      await recordTab(5, fixtureRecord('seed'));
      setBadgeText.mockClear();
      await showAddressBadge(5, 'http://localhost:8080/coll/2020/https://en.unesco.org/');
      expect(setBadgeText).not.toHaveBeenCalled();
    });
  });
});
