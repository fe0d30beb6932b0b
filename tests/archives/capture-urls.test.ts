import { describe, expect, it } from 'vitest';
import { ARCHIVES, parseCaptureUrl } from '../../utils/archives/registry';

type Case = { url: string; original: string; timestamp: string | null; modifier?: string; collection?: string | null };

/** Real-shaped capture URLs per archive (PROTOCOLS.md A, DOM-NOTES.md §1.4); each is a negative for the others. */
const POSITIVES: Record<string, Case[]> = {
  unesco: [
    {
      url: 'https://webarchive.unesco.org/web/20201205001600/https://uil.unesco.org/event/unesco-learning-cities-meeting-educational-planning-monitoring-and-evaluation',
      original:
        'https://uil.unesco.org/event/unesco-learning-cities-meeting-educational-planning-monitoring-and-evaluation',
      timestamp: '20201205001600',
    },
    {
      url: 'https://webarchive.unesco.org/web/20200326080816/https:/en.unesco.org/events/Paris',
      original: 'https://en.unesco.org/events/Paris',
      timestamp: '20200326080816',
    },
    {
      url: 'https://webarchive.unesco.org/20160807000909/http://www.unesco.org/new/en/communication-and-information/events/',
      original: 'http://www.unesco.org/new/en/communication-and-information/events/',
      timestamp: '20160807000909',
    },
    {
      url: 'https://webarchive.unesco.org/web/20151214225822/http:/portal.unesco.org/ci/en/ev.php-URL_ID=30811&URL_DO=DO_TOPIC&URL_SECTION=201.html',
      original: 'http://portal.unesco.org/ci/en/ev.php-URL_ID=30811&URL_DO=DO_TOPIC&URL_SECTION=201.html',
      timestamp: '20151214225822',
    },
    {
      url: 'https://webarchive.unesco.org/web/20230926050719/https://en.example.org/cultnatlaws/list?x=1#top',
      original: 'https://en.example.org/cultnatlaws/list?x=1#top',
      timestamp: '20230926050719',
    },
  ],
  'internet-archive': [
    {
      url: 'https://web.archive.org/web/20230421002644/https://www.unesco.org/en/articles/x',
      original: 'https://www.unesco.org/en/articles/x',
      timestamp: '20230421002644',
    },
    {
      url: 'https://web.archive.org/web/20051102094522/http://www.youtube.com:80/',
      original: 'http://www.youtube.com/',
      timestamp: '20051102094522',
    },
    {
      url: 'https://web.archive.org/web/20101112030201id_/http://en.unesco.org/events',
      original: 'http://en.unesco.org/events',
      timestamp: '20101112030201',
      modifier: 'id_',
    },
    {
      url: 'https://web.archive.org/web/202204/https://atom.io/docs',
      original: 'https://atom.io/docs',
      timestamp: '202204',
    },
    {
      url: 'https://web.archive.org/web/https://www.wikipedia.org/',
      original: 'https://www.wikipedia.org/',
      timestamp: null,
    },
    {
      url: 'https://web.archive.org/web/2019/en.unesco.org/events',
      original: 'http://en.unesco.org/events',
      timestamp: '2019',
    },
    {
      url: 'https://web.archive.org/web/20200101000000/https%3A%2F%2Fen.unesco.org%2Fevents',
      original: 'https://en.unesco.org/events',
      timestamp: '20200101000000',
    },
  ],
  'archive-it': [
    {
      url: 'https://wayback.archive-it.org/2358/20120130161341/http://www.tahrirdocuments.org/page',
      original: 'http://www.tahrirdocuments.org/page',
      timestamp: '20120130161341',
      collection: '2358',
    },
    {
      url: 'https://wayback.archive-it.org/all/20200101000000id_/https://en.unesco.org/',
      original: 'https://en.unesco.org/',
      timestamp: '20200101000000',
      modifier: 'id_',
      collection: 'all',
    },
  ],
};

/** Archive pages that are not captures. */
const NOT_CAPTURES = [
  'https://webarchive.unesco.org/#!/search?query=',
  'https://webarchive.unesco.org/',
  'https://webarchive.unesco.org/web/*/https://en.unesco.org/events',
  'https://web.archive.org/web/2020*/https://en.unesco.org/events',
  'https://web.archive.org/web/*/en.unesco.org*',
  'https://web.archive.org/',
  'https://web.archive.org/details/texts',
  'https://web.archive.org/web/20200101000000/javascript:alert(1)',
  'https://wayback.archive-it.org/2358/*/http://www.tahrirdocuments.org/',
  'https://wayback.archive-it.org/',
  'https://en.unesco.org/events/some-event',
  'https://example.org/web/20200101000000/https://en.unesco.org/',
];

describe('capture URLs', () => {
  for (const [archiveId, cases] of Object.entries(POSITIVES)) {
    describe(archiveId, () => {
      it.each(cases)('$url', (c) => {
        const capture = parseCaptureUrl(new URL(c.url));
        expect(capture, `${c.url} should be a ${archiveId} capture`).not.toBeNull();
        expect(capture?.archiveId).toBe(archiveId);
        expect(capture?.originalUrl).toBe(c.original);
        expect(capture?.timestamp).toBe(c.timestamp);
        expect(capture?.modifier).toBe(c.modifier ?? '');
        if (c.collection !== undefined) expect(capture?.collectionId).toBe(c.collection);
      });
    });
  }

  // Every archive's positives are negatives for every other archive: a parser that grows too broad fails here.
  for (const archive of ARCHIVES) {
    const others = Object.entries(POSITIVES)
      .filter(([id]) => id !== archive.id)
      .flatMap(([, cases]) => cases.map((c) => c.url));
    it.each(others)(`${archive.id} does not claim %s`, (url) => {
      expect(archive.parseCaptureUrl(new URL(url)), `${archive.id} wrongly claims ${url}`).toBeNull();
    });
  }

  it.each(NOT_CAPTURES)('%s is not a capture', (url) => {
    expect(parseCaptureUrl(new URL(url))).toBeNull();
  });

  it('lists match patterns for every archive host', () => {
    for (const archive of ARCHIVES) expect(archive.matches.length).toBeGreaterThan(0);
  });
});
