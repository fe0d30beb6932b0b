import { afterEach, describe, expect, it, vi } from 'vitest';
import { CapturesPanel } from '../../components/CapturesPanel';
import { LinkList } from '../../components/LinkList';
import type { ArchiveCaptures, CaptureError } from '../../utils/captures/capture';
import { DEFAULT_CAPTURE_SETTINGS } from '../../utils/captures/capture-settings';
import type { EventLink } from '../../utils/event-record';
import { english } from '../helpers/i18n';
import { mountIn } from './render';

afterEach(() => {
  document.body.textContent = '';
});

const panel = (results: readonly ArchiveCaptures[]) =>
  mountIn(
    <CapturesPanel
      t={english}
      locale="en-GB"
      state={{ kind: 'done', results }}
      eventStartMs={Date.UTC(2020, 10, 17, 12)}
      eventEndMs={Date.UTC(2020, 10, 17, 13, 30)}
      currentTimestamp="20201206072020"
      settings={DEFAULT_CAPTURE_SETTINGS}
      onSettings={vi.fn()}
      onRefresh={vi.fn()}
    />,
  );

describe('CapturesPanel', () => {
  it.each<[CaptureError, string]>([
    [{ kind: 'busy', retryAfterSeconds: 30 }, 'Internet Archive is busy; retry in 30 s.'],
    [{ kind: 'timeout', seconds: 15 }, 'Internet Archive did not answer within 15 s.'],
    [{ kind: 'http', status: 502 }, 'Internet Archive answered with an error (HTTP 502).'],
    [{ kind: 'unreachable', detail: 'x' }, 'Internet Archive could not be reached'],
    [{ kind: 'bad-response', detail: 'x' }, 'perhaps a bot check page'],
    [{ kind: 'no-index' }, 'publishes no list of captures'],
  ])('says each failure in its own words: %o', (error, text) => {
    const root = panel([{ ok: false, archiveId: 'internet-archive', archiveName: 'Internet Archive', error }]);
    expect(root.querySelector('.capture-error')?.textContent).toContain(text);
  });

  it('counts in the reader’s plural and says a capture around the event once', () => {
    const one = {
      timestamp: '20201117021505',
      url: 'https://web.archive.org/web/20201117021505/https://uil.unesco.org/e',
      status: 200,
    };
    const root = panel([
      {
        ok: true,
        cached: true,
        list: {
          archiveId: 'internet-archive',
          archiveName: 'Internet Archive',
          originalUrl: 'https://uil.unesco.org/e',
          captures: [one],
          truncated: false,
          fetchedAt: '2026-12-01T00:00:00Z',
        },
      },
    ]);
    expect(root.querySelector('.capture-count')?.textContent).toBe(
      'Internet Archive: 1 capture, 17 Nov 2020, 02:15 UTC (kept from an earlier answer)',
    );
    // Last before the event and nearest its end: the same capture, one line.
    expect([...root.querySelectorAll('[data-testid="nearest-captures"] dt')].map((d) => d.textContent)).toEqual([
      'Last before the event · Nearest the event’s end',
    ]);
  });
});

describe('LinkList', () => {
  it('lists registration first, each to its original address with the archived copy beside it', () => {
    const link = (kind: EventLink['kind'], url: string): EventLink => ({
      kind,
      url,
      text: kind,
      archivedUrl: `https://web.archive.org/web/2020/${url}`,
    });
    const root = mountIn(
      <LinkList
        t={english}
        links={[link('document', 'https://a.org/doc'), link('registration', 'https://zoom.us/r')]}
      />,
    );
    const items = [...root.querySelectorAll('li')];
    expect(items.map((li) => li.querySelector('.kind')?.textContent)).toEqual(['Registration', 'Document']);
    expect(items[0]?.querySelector('a')?.getAttribute('href')).toBe('https://zoom.us/r');
    expect(items[0]?.querySelector('a.archived')?.getAttribute('href')).toBe(
      'https://web.archive.org/web/2020/https://zoom.us/r',
    );
    expect(mountIn(<LinkList t={english} links={[]} />).textContent).toBe('');
  });
});
