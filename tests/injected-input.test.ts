import { afterEach, describe, expect, it } from 'vitest';
import { injectedArgs, setInjectedGlobal } from '../utils/page/injected-input';
import { CARD_DATA, readCardData } from '../utils/page-card/card-data';
import { fixtureRecord } from './helpers/records';

const eventRecord = () => fixtureRecord('seed');

describe('the card’s data, handed to the injected card', () => {
  const hand = (raw: string | undefined) => {
    (globalThis as Record<string, unknown>)[CARD_DATA.key] = raw;
  };
  afterEach(() => hand(undefined));

  it('reads back what the background handed, nulls included', () => {
    const record = eventRecord();
    setInjectedGlobal(...injectedArgs(CARD_DATA, { record, original: record, messages: null }));
    expect(readCardData()).toEqual({ record, original: record, messages: null });
  });

  it('reads back the messages of the language the reader chose', () => {
    const record = eventRecord();
    const messages = { cardDetails: { message: 'التفاصيل' } };
    setInjectedGlobal(...injectedArgs(CARD_DATA, { record, original: record, messages }));
    expect(readCardData()?.messages).toEqual(messages);
  });

  it.each([
    ['nothing', undefined],
    ['text that is not JSON', '{'],
    ['a record of the wrong shape', JSON.stringify({ record: { schemaVersion: 1 }, original: {} })],
    [
      'a record without an event',
      JSON.stringify({ record: { ...eventRecord(), event: null }, original: eventRecord() }),
    ],
    ['more than 5 MB', `"${'x'.repeat(5_000_001)}"`],
    [
      'messages of the wrong shape',
      JSON.stringify({ record: eventRecord(), original: eventRecord(), messages: { cardDetails: 'x' } }),
    ],
  ])('refuses %s', (_what, raw) => {
    hand(raw);
    expect(readCardData()).toBeNull();
  });
});
