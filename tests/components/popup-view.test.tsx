import { render } from 'preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { PopupView, type PopupState } from '../../components/PopupView';
import { calendarLinks } from '../../utils/calendar/calendar-links';
import type { TimeFormatOptions } from '../../utils/time/format-event-time';
import { english, french } from '../helpers/i18n';
import { fixtureRecord } from '../helpers/records';

const prefs: TimeFormatOptions = { readerZone: 'Asia/Seoul', locale: 'en-GB', hour12: false };

function show(state: PopupState, p = prefs, t = english): HTMLElement {
  const root = document.createElement('div');
  document.body.append(root);
  render(<PopupView t={t} state={state} prefs={p} />, root);
  return root;
}

afterEach(() => {
  document.body.innerHTML = '';
});

describe('PopupView', () => {
  const record = fixtureRecord('seed');
  const event = record.event;
  if (!event) throw new Error('seed fixture has no event');

  it('shows the seed event in its own zone, the reader’s and UTC', () => {
    const root = show({ kind: 'event', record, calendar: null, event });
    expect(root.querySelector('[data-testid="event-title"]')?.textContent).toBe(event.title);
    expect(root.querySelector('[data-testid="event-date"]')?.textContent).toBe('Tue, 17 Nov 2020');
    const rows = Array.from(root.querySelectorAll('[data-testid="event-time"] tr')).map((tr) => tr.textContent);
    // One date line above; one row per zone: its place, the times there, the offset on that date.
    expect(rows).toEqual(['Paris13:00–14:30UTC+1', 'Your time (Seoul)21:00–22:30UTC+9', 'UTC12:00–13:30UTC']);
    expect(root.querySelector('[data-testid="zone-source"]')?.textContent).toBe(
      'Time zone Europe/Paris, written as “CET” (stated on the page)',
    );
    expect(root.textContent).toContain('written as “CET”');
    expect(root.querySelector('[data-testid="event-location"]')?.textContent).toContain('Online');
    expect(root.querySelector('[data-testid="capture-line"]')?.textContent).toContain(
      'Captured 6 Dec 2020, 07:20 UTC on UNESCO Web Archive (UNESCO collection)',
    );
  });

  it('marks a day change in the reader’s zone and uses a 12-hour clock when asked', () => {
    const root = show(
      { kind: 'event', record, calendar: null, event },
      { readerZone: 'Pacific/Kiritimati', locale: 'en-US', hour12: true },
    );
    const reader = root.querySelectorAll('[data-testid="event-time"] tr')[1]?.textContent;
    expect(reader).toBe('Your time (Kiritimati)Wed, Nov 18, 2:00 AM–3:30 AMUTC+14 (another day)');
  });

  it('lists the registration link first, to its original address, with the archived copy', () => {
    const root = show({ kind: 'event', record, calendar: null, event });
    const first = root.querySelector('[data-testid="event-links"] li');
    expect(first?.textContent).toContain('Registration');
    expect(first?.querySelector('a')?.getAttribute('href')).toBe(
      'https://zoom.us/meeting/register/tJIvce-uqT0pHNT2KJjq94ZM0cGcr-6unZni',
    );
    expect(first?.querySelector('a.archived')?.getAttribute('href')).toMatch(
      /^https:\/\/webarchive\.unesco\.org\/web\/20201206072020\//,
    );
  });

  it('offers the event to calendars: .ics download, Google, Outlook', () => {
    const calendar = calendarLinks(record);
    const onDownloadIcs = vi.fn();
    const root = document.createElement('div');
    document.body.append(root);
    render(
      <PopupView
        t={english}
        state={{ kind: 'event', record, event, calendar }}
        prefs={prefs}
        onDownloadIcs={onDownloadIcs}
      />,
      root,
    );
    root.querySelector<HTMLButtonElement>('[data-testid="download-ics"]')?.click();
    expect(onDownloadIcs).toHaveBeenCalled();
    expect(root.querySelector('[data-testid="google-calendar"]')?.getAttribute('href')).toContain(
      'dates=20201117T120000Z%2F20201117T133000Z',
    );
    expect(root.querySelector('[data-testid="outlook-calendar"]')?.getAttribute('href')).toContain(
      'startdt=2020-11-17T12%3A00%3A00Z',
    );
  });

  it('says when the time zone had to be assumed', () => {
    const guessed = { ...event, timeZone: { ...event.timeZone, basis: 'site-default' as const, text: null } };
    const root = show({ kind: 'event', record, calendar: null, event: guessed });
    expect(root.querySelector('[data-testid="zone-guessed"]')?.textContent).toContain('Europe/Paris is assumed');
    expect(
      show({ kind: 'event', record, calendar: null, event }).querySelector('[data-testid="zone-guessed"]'),
    ).toBeNull();
  });

  it('shows warnings in plain words', () => {
    const root = show({ kind: 'event', record, calendar: null, event });
    expect(root.querySelector('[data-testid="event-warnings"]')?.textContent).toContain('describes an online event');
  });

  it('shows a page without an event with the reason', () => {
    const root = show({
      kind: 'no-event',
      record: { ...record, event: null, noEvent: { code: 'no-date', message: 'No date here.' } },
    });
    expect(root.textContent).toContain('No event on this page');
    expect(root.textContent).toContain('No date here.');
  });

  it('shows an all-day event without inventing a time', () => {
    const allDay = {
      ...event,
      allDay: true,
      start: { date: '2020-11-17', time: null, iso: null },
      end: { date: '2020-11-18', time: null, iso: null },
    };
    const root = show({ kind: 'event', record, calendar: null, event: allDay });
    expect(root.querySelector('[data-testid="event-date"]')?.textContent).toBe('Tue, 17 Nov 2020 – Wed, 18 Nov 2020');
    expect(root.querySelector('[data-testid="event-time"]')?.textContent).toBe('All day (the page gives no time)');
  });

  it.each([
    [{ kind: 'loading' } as const, 'Reading this page'],
    [{ kind: 'not-archived' } as const, 'Not an archived UNESCO page'],
    [{ kind: 'error', message: 'errorBackground', detail: 'Boom.' } as const, 'Boom.'],
  ])('has a designed look for %o', (state, text) => {
    expect(show(state).textContent).toContain(text);
  });

  it('renders page text as text, never as markup', () => {
    const hostile = { ...event, title: '<img src=x onerror=alert(1)>Title' };
    const root = show({ kind: 'event', record, calendar: null, event: hostile });
    expect(root.querySelector('img')).toBeNull();
    expect(root.querySelector('[data-testid="event-title"]')?.textContent).toBe('<img src=x onerror=alert(1)>Title');
  });
});

describe('PopupView in the reader’s language', () => {
  const record = fixtureRecord('seed');
  const event = record.event;
  if (!event) throw new Error('seed fixture has no event');

  it('speaks French to a French browser, dates and the extractor’s notes included', () => {
    const root = show(
      { kind: 'event', record, calendar: calendarLinks(record), event },
      { readerZone: 'Asia/Seoul', locale: 'fr-FR', hour12: false, readerLabel: (z: string) => french('readerZone', z) },
      french,
    );
    expect(root.querySelector('.kicker')?.textContent).toBe('Événement UNESCO archivé');
    expect(root.querySelector('[data-testid="event-date"]')?.textContent).toBe('mar. 17 nov. 2020');
    expect(root.querySelectorAll('[data-testid="event-time"] tr')[1]?.textContent).toContain(
      'Votre heure (Seoul)21:00–22:30',
    );
    expect(root.textContent).toContain('Fuseau horaire Europe/Paris');
    expect(root.querySelector('[data-testid="event-location"]')?.textContent).toContain('En ligne');
    expect(root.querySelector('[data-testid="capture-line"]')?.textContent).toContain(
      'Capturé le 6 déc. 2020, 07:20 UTC',
    );
    const warnings = root.querySelector('[data-testid="event-warnings"]');
    expect(warnings?.getAttribute('lang')).toBeNull();
    // The page's own words are isolated from the sentence around them (U+2068 … U+2069).
    expect(warnings?.textContent?.replace(/[\u2068\u2069]/g, '')).toBe(
      'Le champ « Where » de la page indique « Event (Republic of Korea) », mais elle décrit un événement en ligne ; affiché en ligne.',
    );
    expect(warnings?.textContent).toContain('\u2068Event (Republic of Korea)\u2069');
    expect(root.textContent).not.toMatch(/Where each field|Time zone |Your time|describes an online event/);
  });

  it('gives the reason for a page without an event in French, with the English detail marked as such', () => {
    const root = show(
      { kind: 'no-event', record: { ...record, event: null, noEvent: { code: 'no-date', message: 'No date here.' } } },
      prefs,
      french,
    );
    expect(root.textContent).toContain('Aucun événement sur cette page');
    expect(root.textContent).toContain('aucune date lisible');
    expect(root.querySelector('[data-testid="detail"] [lang="en"]')?.textContent).toBe('No date here.');
  });
});
