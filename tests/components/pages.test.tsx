import { afterEach, describe, expect, it, vi } from 'vitest';
import { LibraryView } from '../../components/LibraryView';
import { PageCard } from '../../components/PageCard';
import { calendarLinks } from '../../utils/calendar/calendar-links';
import type { EventDetails, EventRecord } from '../../utils/event-record';
import { DEFAULT_QUERY } from '../../utils/library/saved-events';
import type { TimeFormatOptions } from '../../utils/time/format-event-time';
import { english } from '../helpers/i18n';
import { fixtureRecord } from '../helpers/records';
import { warning } from '../../utils/warnings/english';
import { mountIn, settle } from './render';

const prefs: TimeFormatOptions = {
  readerZone: 'Asia/Seoul',
  locale: 'en-GB',
  hour12: false,
  readerLabel: (zone) => english('readerZone', zone),
};
const seed = fixtureRecord('seed');
const hybrid: EventRecord = {
  ...seed,
  event: { ...(seed.event as EventDetails), location: { ...(seed.event as EventDetails).location, mode: 'hybrid' } },
};

afterEach(() => {
  document.body.textContent = '';
});

function library(overrides: Partial<Parameters<typeof LibraryView>[0]> = {}) {
  const props = {
    t: english,
    prefs,
    items: [{ key: 'k', record: hybrid, corrected: false }],
    total: 1,
    unreadable: 0,
    facets: { years: [2020], sites: ['uil.unesco.org'] },
    query: DEFAULT_QUERY,
    onQuery: vi.fn(),
    selected: new Set<string>(),
    onSelect: vi.fn(),
    onDelete: vi.fn(),
    onExport: vi.fn(),
    onImport: vi.fn(),
    editing: null,
    onEdit: vi.fn(),
    correction: null,
    citing: null,
    onCite: vi.fn(),
    cite: null,
    message: null,
    onUndo: null,
    ...overrides,
  };
  return { root: mountIn(<LibraryView {...props} />), props };
}

describe('LibraryView', () => {
  it('says a hybrid event is hybrid, when it is in its zone and the reader’s, and when it was captured', () => {
    const { root } = library();
    expect(root.querySelector('[data-testid="saved-where"]')?.textContent).toContain('Hybrid (in person and online)');
    expect(root.querySelector('[data-testid="saved-when"]')?.textContent).toBe(
      'Tue, 17 Nov 2020 · Paris 13:00–14:30 · Your time (Seoul) 21:00–22:30',
    );
    expect(root.querySelector('[data-testid="saved-capture"]')?.textContent).toBe(
      'Captured 6 Dec 2020, 07:20 UTC on UNESCO Web Archive',
    );
    expect(root.querySelector('[data-testid="library-count"]')?.textContent).toContain('1 of 1 event');
  });

  it('has buttons for each row’s actions; Correct opens the form at once', () => {
    const { root, props } = library();
    const actions = [...root.querySelectorAll('.row-actions > *')].map((el) => [el.tagName, el.className]);
    expect(actions.every(([, cls]) => cls?.includes('button'))).toBe(true);
    root.querySelector<HTMLButtonElement>('[data-testid="edit-event"]')?.click();
    expect(props.onEdit).toHaveBeenCalledWith('k');
    root.querySelector<HTMLButtonElement>('[data-testid="delete-event"]')?.click();
    expect(props.onDelete).toHaveBeenCalledWith(['k']);
    const editing = library({
      editing: 'k',
      correction: {
        original: hybrid.event as EventDetails,
        corrections: null,
        choices: () => [],
        onSave: vi.fn(),
        onReset: vi.fn(),
      },
    }).root;
    expect(editing.querySelector('[data-testid="corrections"]')?.tagName).toBe('DIV');
    expect(editing.querySelector('[data-testid="correct-title"]')).not.toBeNull();
  });

  it('cites a row: Cite asks for it, and the panel opens under that row only', () => {
    const { root, props } = library();
    expect(root.querySelector('[data-testid="cite-panel"]')).toBeNull();
    root.querySelector<HTMLButtonElement>('[data-testid="cite-event"]')?.click();
    expect(props.onCite).toHaveBeenCalledWith('k');
    const cite = {
      format: 'bibtex' as const,
      citation: { kind: 'ready' as const, text: '@online{uil2020learning,}' },
      onOpen: vi.fn(),
      onFormat: vi.fn(),
      onCopy: vi.fn(),
      message: null,
    };
    const citing = library({ citing: 'k', cite }).root;
    expect(citing.querySelector('[data-testid="cite-event"]')?.getAttribute('aria-expanded')).toBe('true');
    expect(citing.querySelector<HTMLDetailsElement>('[data-testid="cite-panel"]')?.open).toBe(true);
    expect(citing.querySelector('textarea')?.value).toBe('@online{uil2020learning,}');
  });

  it('exports references for reference managers', () => {
    const { root, props } = library({ selected: new Set(['k']) });
    const formats = [...root.querySelectorAll('[data-testid="export-format"] option')].map((o) =>
      o.getAttribute('value'),
    );
    expect(formats).toEqual(['ics', 'json', 'csv', 'bibtex', 'ris', 'csl-json']);
    const select = root.querySelector<HTMLSelectElement>('[data-testid="export-format"]');
    if (!select) throw new Error('no format choice');
    select.value = 'ris';
    select.dispatchEvent(new Event('change'));
    return settle().then(() => {
      root.querySelector<HTMLButtonElement>('[data-testid="export-selected"]')?.click();
      expect(props.onExport).toHaveBeenCalledWith('ris', ['k']);
    });
  });

  it('offers to undo a delete while it can', () => {
    const onUndo = vi.fn();
    const { root } = library({ message: 'Deleted 1 event.', onUndo });
    expect(root.querySelector('[data-testid="library-message"]')?.textContent).toBe('Deleted 1 event.');
    root.querySelector<HTMLButtonElement>('[data-testid="library-undo"]')?.click();
    expect(onUndo).toHaveBeenCalled();
  });
});

describe('PageCard', () => {
  const event = seed.event as EventDetails;
  const handlers = {
    onToggle: vi.fn(),
    onAddToCalendar: vi.fn(),
    onToggleSave: vi.fn(),
    onDetails: vi.fn(),
    onHideSite: vi.fn(),
  };
  it('says what the popup says, with the same calendar choices', () => {
    const root = mountIn(
      <PageCard
        t={english}
        event={event}
        prefs={prefs}
        calendar={calendarLinks(seed)}
        captureCount={4}
        listing={null}
        collapsed={false}
        saved={false}
        {...handlers}
      />,
    );
    expect(root.querySelector('.location')?.textContent).toBe('Online');
    expect([...root.querySelectorAll('tr')].map((r) => r.textContent)).toEqual([
      'Paris13:00–14:30UTC+1',
      'Your time (Seoul)21:00–22:30UTC+9',
      'UTC12:00–13:30UTC',
    ]);
    expect(root.querySelector('[data-testid="card-notes"]')?.textContent).toContain('describes an online event');
    expect([...root.querySelectorAll('.actions .button')].map((b) => b.textContent)).toEqual([
      'Download .ics',
      'Google',
      'Outlook',
      'Save event',
    ]);
    expect(root.textContent).toContain('4 other captures known');
  });

  it('offers the listing’s events, and says an assumed zone once', () => {
    const assumed = {
      ...event,
      timeZone: { ...event.timeZone, basis: 'site-default' as const },
      warnings: [warning('zone-assumed', { zone: 'Europe/Paris', site: 'uil.unesco.org' })],
    };
    const onChoose = vi.fn();
    const root = mountIn(
      <PageCard
        t={english}
        event={assumed}
        prefs={prefs}
        calendar={null}
        captureCount={1}
        listing={{ choices: ['a', 'b', 'c'], chosen: 2, onChoose }}
        collapsed={false}
        saved
        {...handlers}
      />,
    );
    expect(root.querySelector('[data-testid="listing-picker"] label')?.textContent).toBe('This page lists 3 events');
    const notes = [...root.querySelectorAll('[data-testid="card-notes"] li')].map((li) => li.textContent);
    expect(notes).toEqual(['The page does not say which time zone; Europe/Paris is assumed.']);
    expect(root.textContent).toContain('1 other capture known');
    expect(root.querySelector('[data-testid="card-save"]')?.textContent).toBe('Remove from saved events');
  });
});
