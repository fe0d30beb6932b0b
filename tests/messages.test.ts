import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { handlers } from '../entrypoints/background/handlers';
import {
  dispatchMessage,
  isAllowedSender,
  parseGetRecordResponse,
  RequestSchema,
  type SenderInfo,
} from '../utils/messages';
import { fixtureRecord } from './helpers/records';

const own = { id: 'event-lens-id', origin: 'chrome-extension://event-lens-id/' };
const contentScript: SenderInfo = {
  id: own.id,
  url: 'https://webarchive.unesco.org/web/2020/https://uil.unesco.org/event/x',
  tab: { id: 7 },
};
const popup: SenderInfo = { id: own.id, url: `${own.origin}popup.html` };

describe('message protocol', () => {
  beforeEach(() => {
    vi.restoreAllMocks();
    fakeBrowser.reset();
  });

  it('round-trips a content script’s candidate into the popup through the real handlers', async () => {
    const record = fixtureRecord('seed');
    vi.spyOn(fakeBrowser.scripting, 'executeScript').mockResolvedValue([
      { frameId: 0, documentId: 'd', result: record },
    ] as never);
    const stored = await dispatchMessage(
      RequestSchema.parse({ type: 'page:candidate' }),
      contentScript,
      own,
      handlers,
      contentScript,
    );
    expect(stored).toEqual({ ok: true, data: { stored: true } });
    const answer = parseGetRecordResponse(
      await dispatchMessage({ type: 'tab:getRecord', tabId: 7 }, popup, own, handlers, popup),
    );
    expect(answer).toEqual({ ok: true, data: { record } });
  });

  it('answers null for a tab nothing was reported for', async () => {
    const answer = await dispatchMessage({ type: 'tab:getRecord', tabId: 99 }, popup, own, handlers, popup);
    expect(answer).toEqual({ ok: true, data: { record: null } });
  });

  it.each([
    ['an unknown type', { type: 'link:fetch', url: 'http://192.168.0.1/' }],
    ['a string', 'page:candidate'],
    ['null', null],
    ['a candidate with something smuggled in', { type: 'page:candidate', url: 'http://192.168.0.1/' }],
    ['a record pushed by a content script', { type: 'page:analysed', record: {} }],
    ['a negative tab id', { type: 'tab:getRecord', tabId: -1 }],
  ])('rejects %s as a bad request', async (_name, raw) => {
    expect(await dispatchMessage(raw, popup, own, handlers, popup)).toMatchObject({
      ok: false,
      error: { code: 'bad-request' },
    });
  });

  it('refuses a content script asking for another tab’s record', async () => {
    const answer = await dispatchMessage(
      { type: 'tab:getRecord', tabId: 3 },
      contentScript,
      own,
      handlers,
      contentScript,
    );
    expect(answer).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });

  it('refuses messages from other extensions and from web pages', () => {
    expect(isAllowedSender('page:candidate', { ...contentScript, id: 'someone-else' }, own.id, own.origin)).toBe(false);
    expect(isAllowedSender('tab:getRecord', { id: own.id, url: 'https://evil.example/' }, own.id, own.origin)).toBe(
      false,
    );
    expect(isAllowedSender('page:candidate', popup, own.id, own.origin)).toBe(false);
  });
});
