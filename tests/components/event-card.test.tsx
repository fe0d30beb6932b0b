import { afterEach, describe, expect, it, vi } from 'vitest';
import { EventCard } from '../../components/EventCard';
import { calendarLinks } from '../../utils/calendar/calendar-links';
import type { EventDetails, EventRecord } from '../../utils/event-record';
import type { TimeFormatOptions } from '../../utils/time/format-event-time';
import { warning } from '../../utils/warnings/english';
import { english } from '../helpers/i18n';
import { fixtureRecord } from '../helpers/records';
import { mountIn } from './render';

const prefs: TimeFormatOptions = { readerZone: 'Asia/Seoul', locale: 'en-GB', hour12: false };
const seed = fixtureRecord('seed');
const seedEvent = seed.event as EventDetails;

afterEach(() => {
  document.body.textContent = '';
});

function card(record: EventRecord, event: EventDetails, extra: Partial<Parameters<typeof EventCard>[0]> = {}) {
  return mountIn(<EventCard t={english} record={record} event={event} prefs={prefs} calendar={null} {...extra} />);
}

const byTestId = (root: HTMLElement, id: string) => root.querySelector(`[data-testid="${id}"]`);

describe('EventCard', () => {
  it('says whether the page is a capture or live, and shows the status only when it is not scheduled', () => {
    const archived = card(seed, seedEvent);
    expect(archived.querySelector('.kicker')?.textContent).toBe('Archived UNESCO event');
    expect(archived.querySelector('.status')).toBeNull();
    document.body.textContent = '';
    const live = card({ ...seed, page: { ...seed.page, archive: null } }, { ...seedEvent, status: 'postponed' });
    expect(live.querySelector('.kicker')?.textContent).toBe('UNESCO event');
    expect(live.querySelector('.status')?.textContent).toBe('Postponed');
    document.body.textContent = '';
    expect(card(seed, { ...seedEvent, status: 'cancelled' }).querySelector('.status-cancelled')?.textContent).toBe(
      'Cancelled',
    );
  });

  it('says an assumed zone once, in the reader’s language, with the hint to correct it only when it can be', () => {
    const assumed: EventDetails = {
      ...seedEvent,
      timeZone: { ...seedEvent.timeZone, basis: 'site-default', iana: 'Europe/Paris' },
      warnings: [
        warning('zone-assumed', { zone: 'Europe/Paris', site: 'en.unesco.org' }),
        warning('end-next-day', { end: '02:00', start: '22:00' }),
      ],
    };
    const plain = card(seed, assumed);
    expect(byTestId(plain, 'zone-guessed')?.textContent?.trim()).toBe(
      'The page does not say which time zone; Europe/Paris is assumed.',
    );
    expect([...plain.querySelectorAll('[data-testid="event-warnings"] li')].map((li) => li.textContent)).toEqual([
      // The note's facts are set apart from the sentence with Unicode isolates (docs/i18n.md).
      'The end time \u206802:00\u2069 is earlier than the start \u206822:00\u2069: read as the next day.',
    ]);
    document.body.textContent = '';
    const correctable = card(seed, assumed, {
      correction: { original: assumed, corrections: null, choices: () => [], onSave: vi.fn(), onReset: vi.fn() },
    });
    expect(byTestId(correctable, 'zone-guessed')?.textContent).toContain('correct it below');
    expect(byTestId(correctable, 'corrections')).not.toBeNull();
    document.body.textContent = '';
    const unknown = card(seed, { ...assumed, timeZone: { ...assumed.timeZone, basis: 'none', iana: null } });
    expect(byTestId(unknown, 'zone-guessed')?.textContent?.trim()).toBe(
      'The page does not say which time zone, so the times are shown as written.',
    );
  });

  it('shows no note on a stated zone, and the extractor’s notes in the reader’s words', () => {
    const root = card(seed, seedEvent);
    expect(byTestId(root, 'zone-guessed')).toBeNull();
    expect(byTestId(root, 'event-warnings')?.textContent).toContain('describes an online event');
  });

  it('offers calendars, saving and copying only when the container gives their callbacks', () => {
    const bare = card(seed, seedEvent, { calendar: calendarLinks(seed) });
    for (const id of ['calendar-buttons', 'save-controls', 'copy-buttons', 'corrections']) {
      expect(byTestId(bare, id)).toBeNull();
    }
    document.body.textContent = '';
    const onDownloadIcs = vi.fn();
    const onCopyText = vi.fn();
    const full = card(seed, seedEvent, {
      calendar: calendarLinks(seed),
      onDownloadIcs,
      copy: { onCopyText, onCopyJson: vi.fn(), message: null },
      save: { saved: false, onToggle: vi.fn(), message: null, libraryUrl: 'library.html' },
    });
    (byTestId(full, 'download-ics') as HTMLButtonElement).click();
    expect(onDownloadIcs).toHaveBeenCalledTimes(1);
    (byTestId(full, 'copy-text') as HTMLButtonElement).click();
    expect(onCopyText).toHaveBeenCalledTimes(1);
    expect(byTestId(full, 'save-controls')).not.toBeNull();
  });
});
