import { afterEach, describe, expect, it, vi } from 'vitest';
import { CaptureLine } from '../../components/CaptureLine';
import { aroundTheEvent } from '../../components/ArchiveCapturesBlock';
import { CaptureTimeline } from '../../components/CaptureTimeline';
import { LinkCheckPanel } from '../../components/LinkCheckPanel';
import type { Capture } from '../../utils/captures/capture';
import type { LinkResult } from '../../utils/links/link-check-types';
import { english, french } from '../helpers/i18n';
import { fixtureRecord } from '../helpers/records';
import { mountIn } from './render';

afterEach(() => {
  document.body.textContent = '';
});

const capture = (timestamp: string): Capture => ({
  timestamp,
  url: `https://web.archive.org/web/${timestamp}/https://uil.unesco.org/e`,
  status: 200,
});

describe('the captures around the event', () => {
  it('say a capture once, with every label it answers to', () => {
    const a = capture('20201117021505');
    const b = capture('20201118172700');
    expect(
      aroundTheEvent([
        ['Last before the event', a],
        ['First after the event starts', b],
        ['Nearest the event’s end', a],
      ]),
    ).toEqual([
      { labels: ['Last before the event', 'Nearest the event’s end'], capture: a },
      { labels: ['First after the event starts'], capture: b },
    ]);
    expect(aroundTheEvent([['Last before the event', null]])).toEqual([]);
  });
});

describe('CaptureTimeline', () => {
  it('labels the months in the reader’s language, and has a legend', () => {
    const props = {
      years: [{ year: 2020, months: [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 3, 1], notGood: Array<number>(12).fill(0) }],
      label: 'Captures by month',
      cellLabel: (y: number, m: number, n: number) => `${y}-${m + 1}: ${n}`,
      eventMonth: '202011',
      onMonth: vi.fn(),
    };
    const root = mountIn(<CaptureTimeline t={english} locale="en-GB" {...props} />);
    expect([...root.querySelectorAll('[data-testid="timeline-months"] text')].map((t) => t.textContent).join('')).toBe(
      'JFMAMJJASOND',
    );
    expect(root.querySelector('[data-testid="timeline-legend"]')?.textContent).toBe(
      ' few captures  many  the event’s month',
    );
    root.querySelector<SVGRectElement>('[data-month="2020-11"]')?.dispatchEvent(new Event('click', { bubbles: true }));
    expect(props.onMonth).toHaveBeenCalledWith(2020, 10);
    expect(root.querySelector('[data-month="2020-11"]')?.getAttribute('class')).toBe('cell event');
    const fr = mountIn(<CaptureTimeline t={french} locale="fr-FR" {...props} />);
    expect(fr.querySelector('[data-testid="timeline-legend"]')?.textContent).toContain('le mois de l’événement');
  });
});

describe('CaptureLine', () => {
  it('says, in the reader’s language and dates, when the archive served another capture', () => {
    const page = fixtureRecord('seed').page;
    const english_ = mountIn(<CaptureLine t={english} page={page} locale="en-GB" />);
    expect(english_.querySelector('[data-testid="served-other"]')?.textContent).toBe(
      'The address asks for the capture of 5 Dec 2020, 00:16 UTC; the archive served the one of 6 Dec 2020, 07:20 UTC.',
    );
    // Said once: the analysis's English note with ISO dates is not shown beside it.
    expect(english_.textContent).not.toContain('2020-12-05 00:16:00');
    const fr = mountIn(<CaptureLine t={french} page={page} locale="fr-FR" />);
    expect(fr.querySelector('[data-testid="served-other"]')?.textContent).toContain('5 déc. 2020, 00:16 UTC');
  });
});

describe('LinkCheckPanel', () => {
  const result = (url: string, verdict: LinkResult['verdict']): LinkResult => ({
    url,
    verdict,
    reason: verdict === 'live' ? 'ok' : 'not-found',
    finalUrl: null,
    title: null,
    steps: [
      {
        method: 'HEAD',
        status: 404,
        finalUrl: null,
        redirected: false,
        contentType: null,
        retryAfterSeconds: null,
        error: null,
      },
    ],
    archivedUrl: null,
    checkedAt: 0,
  });
  const handlers = { onCheck: vi.fn(), onCancel: vi.fn(), onExportCsv: vi.fn() };

  it('shows progress with a way to cancel, then each address with its verdict and a summary', () => {
    const labels = new Map([['https://a.org/', 'Registration: Register']]);
    const running = mountIn(
      <LinkCheckPanel
        t={english}
        labels={labels}
        state={{ kind: 'running', done: 1, total: 3, results: [result('https://a.org/', 'gone')] }}
        {...handlers}
      />,
    );
    expect(running.querySelector('[data-testid="link-check-progress"]')?.textContent).toContain('Checked 1 of 3');
    running.querySelector<HTMLButtonElement>('[data-testid="cancel-check"]')?.click();
    expect(handlers.onCancel).toHaveBeenCalled();
    const done = mountIn(
      <LinkCheckPanel
        t={english}
        labels={labels}
        state={{
          kind: 'done',
          cancelled: false,
          results: [
            result('https://a.org/', 'gone'),
            result('https://b.org/', 'live'),
            result('https://c.org/', 'live'),
          ],
        }}
        {...handlers}
      />,
    );
    expect(done.querySelector('[data-testid="link-summary"]')?.textContent).toBe('2 live, 1 gone');
    expect(done.querySelector('li')?.textContent).toContain('Registration: Register');
    done.querySelector<HTMLButtonElement>('[data-testid="export-csv"]')?.click();
    expect(handlers.onExportCsv).toHaveBeenCalled();
  });
});
