import { afterEach, describe, expect, it, vi } from 'vitest';
import { SavedEventItem, type LibraryItem } from '../../components/SavedEventItem';
import type { EventDetails, EventRecord } from '../../utils/event-record';
import type { TimeFormatOptions } from '../../utils/time/format-event-time';
import { english } from '../helpers/i18n';
import { fixtureRecord } from '../helpers/records';
import { mountIn } from './render';

const prefs: TimeFormatOptions = { readerZone: 'Asia/Seoul', locale: 'en-GB', hour12: false };
const seed = fixtureRecord('seed');
const seedEvent = seed.event as EventDetails;

afterEach(() => {
  document.body.textContent = '';
});

function item(record: EventRecord, overrides: Partial<Parameters<typeof SavedEventItem>[0]> = {}) {
  const props = {
    t: english,
    prefs,
    item: { key: 'k', record, corrected: false } satisfies LibraryItem,
    selected: false,
    onSelect: vi.fn(),
    onDelete: vi.fn(),
    editing: false,
    onEdit: vi.fn(),
    correction: null,
    citing: false,
    onCite: vi.fn(),
    cite: null,
    ...overrides,
  };
  return { root: mountIn(<ul>{<SavedEventItem {...props} />}</ul>), props };
}

const text = (root: HTMLElement, id: string) => root.querySelector(`[data-testid="${id}"]`)?.textContent;

describe('SavedEventItem', () => {
  it('says when the event is in its zone and the reader’s, how one attends, the site and the capture', () => {
    const { root } = item(seed);
    expect(root.querySelector('h2')?.textContent).toBe(seedEvent.title);
    expect(text(root, 'saved-when')).toBe('Tue, 17 Nov 2020 · Paris 13:00–14:30 · Your time (Seoul) 21:00–22:30');
    expect(text(root, 'saved-where')).toBe('Online uil.unesco.org');
    expect(text(root, 'saved-capture')).toBe('Captured 6 Dec 2020, 07:20 UTC on UNESCO Web Archive');
    expect(root.querySelector('li')?.dataset.url).toBe(seed.page.originalUrl);
  });

  it('names an in-person place, says the event was corrected, and has no capture line for a live page', () => {
    const live: EventRecord = {
      ...seed,
      page: { ...seed.page, archive: null },
      event: { ...seedEvent, location: { ...seedEvent.location, online: false, mode: null, text: 'Hamburg, Germany' } },
    };
    const { root } = item(live, { item: { key: 'k', record: live, corrected: true } });
    expect(text(root, 'saved-where')).toBe(' Hamburg, Germany · uil.unesco.org · corrected');
    expect(text(root, 'saved-capture')).toBeUndefined();
    expect([...root.querySelectorAll('.row-actions a')].map((a) => a.textContent)).toEqual(['Open the page']);
  });

  it('selects, opens the correction form and deletes through its callbacks', () => {
    const { root, props } = item(seed, { selected: true });
    const box = root.querySelector<HTMLInputElement>('input.select') as HTMLInputElement;
    expect(box.checked).toBe(true);
    expect(box.getAttribute('aria-label')).toBe(`Select ${seedEvent.title}`);
    box.click();
    expect(props.onSelect).toHaveBeenLastCalledWith(false);
    const edit = root.querySelector<HTMLButtonElement>('[data-testid="edit-event"]') as HTMLButtonElement;
    expect(edit.getAttribute('aria-expanded')).toBe('false');
    edit.click();
    expect(props.onEdit).toHaveBeenLastCalledWith(true);
    root.querySelector<HTMLButtonElement>('[data-testid="delete-event"]')?.click();
    expect(props.onDelete).toHaveBeenCalledTimes(1);
    expect([...root.querySelectorAll('.row-actions a')].map((a) => a.getAttribute('href'))).toEqual([
      seed.page.originalUrl,
      seed.page.url,
    ]);
  });

  it('shows the correction form inline only while it is being corrected', () => {
    const correction = { original: seedEvent, corrections: null, choices: () => [], onSave: vi.fn(), onReset: vi.fn() };
    expect(item(seed, { correction }).root.querySelector('[data-testid="corrections"]')).toBeNull();
    document.body.textContent = '';
    const { root } = item(seed, { editing: true, correction });
    expect(root.querySelector('[data-testid="corrections"]')).not.toBeNull();
    expect(root.querySelector('[data-testid="edit-event"]')?.getAttribute('aria-expanded')).toBe('true');
  });

  it('renders nothing for a record without an event', () => {
    const { root } = item({ ...seed, event: null });
    expect(root.querySelector('li')).toBeNull();
  });
});
