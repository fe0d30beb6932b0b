import { afterEach, describe, expect, it, vi } from 'vitest';
import { EventPlace } from '../../components/EventPlace';
import { FieldSourceList } from '../../components/FieldSourceList';
import { ListingPicker } from '../../components/ListingPicker';
import { SaveControls } from '../../components/SaveControls';
import { TimeTable } from '../../components/TimeTable';
import type { EventDetails } from '../../utils/event-record';
import { formatTimeRows } from '../../utils/time/format-event-time';
import { english, french } from '../helpers/i18n';
import { fixtureRecord } from '../helpers/records';
import { mountIn, settle } from './render';

const seed = fixtureRecord('seed').event as EventDetails;

afterEach(() => {
  document.body.textContent = '';
});

describe('TimeTable', () => {
  it('names each zone by its place, keeps a time whole, and says where the zone came from beside it', () => {
    const event = { ...seed, timeZone: { ...seed.timeZone, iana: 'America/Mexico_City' } };
    const times = formatTimeRows(
      { ...event, start: { ...seed.start, iso: '2020-11-17T13:00:00-06:00' }, end: { ...seed.end, iso: null } },
      { readerZone: 'Asia/Seoul', locale: 'en-US', hour12: true },
    );
    const root = mountIn(<TimeTable t={english} times={times} zoneSource="Time zone America/Mexico_City" />);
    const cells = [...root.querySelectorAll('tr')].map((tr) => [...tr.children].map((c) => c.textContent));
    expect(cells[0]).toEqual(['Mexico City', '1:00 PM', 'UTC-6']);
    expect(cells[1]).toEqual(['Your time (Seoul)', 'Wed, Nov 18, 4:00 AM', 'UTC+9 (another day)']);
    expect(root.querySelector('.clock')?.classList.contains('clock')).toBe(true);
    expect(root.querySelector('caption')?.textContent).toBe('Time zone America/Mexico_City');
  });

  it('says when there is no time to place', () => {
    const root = mountIn(<TimeTable t={english} times={{ rows: [], unplacedTimeText: '13:00' }} />);
    expect(root.textContent).toBe('13:00 (time zone unknown)');
  });
});

describe('EventPlace', () => {
  it('says how one attends and where, or that the page does not say', () => {
    const hybrid = { ...seed, location: { ...seed.location, mode: 'hybrid' as const, text: 'Bangkok, Thailand' } };
    expect(mountIn(<EventPlace t={english} event={hybrid} />).textContent).toBe(
      'Hybrid (in person and online) Bangkok, Thailand',
    );
    const none = { ...seed, location: { ...seed.location, mode: null, text: null, online: false } };
    expect(mountIn(<EventPlace t={english} event={none} />).textContent).toBe('Location not stated');
  });
});

describe('FieldSourceList', () => {
  it('says where each field came from in plain words, in the record’s order, never the rule', () => {
    const event: EventDetails = {
      ...seed,
      sources: {
        links: { text: '3 link(s) in the page content', rule: 'content-anchors', origin: 'page-links' },
        title: { text: 'Learning cities', rule: 'h1', origin: 'heading' },
        start: {
          text: 'When, local time: 17 November 2020',
          rule: 'labelled:When',
          origin: 'labelled-field',
          label: 'When, local time',
        },
        end: {
          text: 'When, local time: 17 November 2020',
          rule: 'labelled:When',
          origin: 'labelled-field',
          label: 'When, local time',
        },
        location: { text: 'will be held in Bangkok', rule: 'body:announce' },
      },
    };
    const root = mountIn(<FieldSourceList t={english} event={event} />);
    const lines = [...root.querySelectorAll('dl > div')].map((d) => d.textContent);
    expect(lines).toEqual([
      'Titlethe page’s heading: Learning cities',
      'Date and time, Endthe page’s “When, local time” field: When, local time: 17 November 2020',
      'Locationthe page’s text: will be held in Bangkok',
      'Linksthe links in the page’s content (3 links)',
    ]);
    expect(root.textContent).not.toMatch(/labelled:|content-anchors|body:|link\(s\)/);
    const fr = mountIn(<FieldSourceList t={french} event={event} />);
    expect(fr.textContent).toContain('le champ « When, local time » de la page');
  });
});

describe('ListingPicker', () => {
  it('says how many events the page lists, in the reader’s plural, and switches to the one chosen', async () => {
    const onChoose = vi.fn();
    const choices = ['Tue, 3 Mar 2020 · Opening', 'Wed, 4 Mar 2020 · Concert'];
    const root = mountIn(<ListingPicker t={english} id="l" choices={choices} chosen={1} onChoose={onChoose} />);
    expect(root.querySelector('label')?.textContent).toBe('This page lists 2 events');
    const select = root.querySelector('select') as HTMLSelectElement;
    expect(select.value).toBe('1');
    select.value = '0';
    select.dispatchEvent(new Event('change', { bubbles: true }));
    await settle();
    expect(onChoose).toHaveBeenCalledWith(0);
    expect(
      mountIn(<ListingPicker t={french} id="m" choices={choices} chosen={0} onChoose={onChoose} />).textContent,
    ).toContain('Cette page annonce 2 événements');
  });
});

describe('SaveControls', () => {
  it('offers to save, then says it is saved and offers to take it out', () => {
    const props = { message: null, libraryUrl: 'chrome-extension://x/library.html', onToggle: vi.fn() };
    expect(mountIn(<SaveControls t={english} saved={false} {...props} />).textContent).toBe('Save eventSaved events');
    const saved = mountIn(<SaveControls t={english} saved {...props} />);
    expect(saved.querySelector('[data-testid="saved-state"]')?.textContent).toBe('✓ Saved');
    saved.querySelector<HTMLButtonElement>('[data-testid="save-event"]')?.click();
    expect(props.onToggle).toHaveBeenCalled();
    expect(saved.querySelector('[data-testid="save-event"]')?.textContent).toBe('Remove from saved events');
  });
});
