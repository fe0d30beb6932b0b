/** Real-shaped capture URLs per archive, and archive pages that are not captures (tests/archives/capture-urls.test.ts). */

type Case = {
  url: string;
  original: string | null;
  timestamp: string | null;
  modifier?: string;
  collection?: string | null;
};

/**
 * Real-shaped capture URLs per archive (docs/archives.md, "Which archive uses which prefix"); each is a negative for
 * the others.
 */
export const POSITIVES: Record<string, Case[]> = {
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
  'arquivo-pt': [
    {
      url: 'https://arquivo.pt/wayback/20200101000000/https://en.unesco.org/events/x',
      original: 'https://en.unesco.org/events/x',
      timestamp: '20200101000000',
    },
    {
      url: 'https://arquivo.pt/noFrame/replay/20200101000000mp_/https://en.unesco.org/',
      original: 'https://en.unesco.org/',
      timestamp: '20200101000000',
      modifier: 'mp_',
    },
  ],
  ukwa: [
    {
      url: 'https://www.webarchive.org.uk/wayback/archive/20200101000000mp_/https://en.unesco.org/',
      original: 'https://en.unesco.org/',
      timestamp: '20200101000000',
      modifier: 'mp_',
      collection: 'archive',
    },
    {
      url: 'https://www.webarchive.org.uk/wayback/en/archive/20200101000000/https://www.unesco.org/',
      original: 'https://www.unesco.org/',
      timestamp: '20200101000000',
    },
  ],
  loc: [
    {
      url: 'https://webarchive.loc.gov/all/20200101000000/https://en.unesco.org/',
      original: 'https://en.unesco.org/',
      timestamp: '20200101000000',
      collection: 'all',
    },
    {
      url: 'https://webarchive.loc.gov/legacy/20020915135846/http://www.csicop.org/si/2002-09/',
      original: 'http://www.csicop.org/si/2002-09/',
      timestamp: '20020915135846',
      collection: 'legacy',
    },
    {
      url: 'https://webarchive.loc.gov/lcwa0001/20100101000000/http://example.com/',
      original: 'http://example.com/',
      timestamp: '20100101000000',
      collection: 'lcwa0001',
    },
  ],
  awa: [
    {
      url: 'https://webarchive.nla.gov.au/awa/20200101000000/https://en.unesco.org/',
      original: 'https://en.unesco.org/',
      timestamp: '20200101000000',
      collection: 'awa',
    },
    {
      url: 'https://web.archive.org.au/awa/20200101000000mp_/https://en.unesco.org/',
      original: 'https://en.unesco.org/',
      timestamp: '20200101000000',
      modifier: 'mp_',
    },
  ],
  stanford: [
    {
      url: 'https://swap.stanford.edu/was/20200101000000/https://en.unesco.org/',
      original: 'https://en.unesco.org/',
      timestamp: '20200101000000',
      collection: 'was',
    },
    {
      url: 'https://swap.stanford.edu/20100101000000/http://www.stanford.edu/',
      original: 'http://www.stanford.edu/',
      timestamp: '20100101000000',
      collection: null,
    },
  ],
  vefsafn: [
    {
      url: 'https://vefsafn.is/20200101000000/https://en.unesco.org/',
      original: 'https://en.unesco.org/',
      timestamp: '20200101000000',
    },
    {
      url: 'http://wayback.vefsafn.is/wayback/20100101000000/http://www.mbl.is/',
      original: 'http://www.mbl.is/',
      timestamp: '20100101000000',
    },
  ],
  ukgwa: [
    {
      url: 'https://webarchive.nationalarchives.gov.uk/ukgwa/20200101000000/https://www.gov.uk/',
      original: 'https://www.gov.uk/',
      timestamp: '20200101000000',
      collection: 'ukgwa',
    },
    {
      url: 'https://webarchive.nationalarchives.gov.uk/20100101000000/http://www.direct.gov.uk/',
      original: 'http://www.direct.gov.uk/',
      timestamp: '20100101000000',
    },
  ],
  'perma-cc': [
    {
      url: 'https://rejouer.perma.cc/ABCD-1234/20200101000000mp_/https://en.unesco.org/events/x',
      original: 'https://en.unesco.org/events/x',
      timestamp: '20200101000000',
      modifier: 'mp_',
    },
  ],
  'archive-today': [
    {
      url: 'https://archive.ph/2012.05.30-154426/http://www.example.com/',
      original: 'http://www.example.com/',
      timestamp: '20120530154426',
    },
    {
      url: 'https://archive.is/20120530154426/http://www.example.com/page?x=1',
      original: 'http://www.example.com/page?x=1',
      timestamp: '20120530154426',
    },
    {
      url: 'https://archive.ph/o/AbCd1/https://en.unesco.org/events/x',
      original: 'https://en.unesco.org/events/x',
      timestamp: null,
    },
    { url: 'https://archive.ph/AbCd1', original: null, timestamp: null },
  ],
};

/** Archive pages that are not captures. */
export const NOT_CAPTURES = [
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
  'https://web.archive.org/web/timemap/link/https://en.unesco.org/',
  'https://webarchive.unesco.org/cdx?url=en.unesco.org',
  'https://arquivo.pt/wayback/timemap/link/https://en.unesco.org/',
  'https://arquivo.pt/',
  'https://www.webarchive.org.uk/wayback/archive/cdx?url=en.unesco.org',
  'https://webarchive.loc.gov/all/*/https://en.unesco.org/',
  'https://webarchive.loc.gov/',
  'https://swap.stanford.edu/',
  'https://vefsafn.is/',
  'https://webarchive.nationalarchives.gov.uk/search/results?q=x',
  'https://rejouer.perma.cc/',
  'https://perma.cc/ABCD-1234',
  'https://archive.ph/',
  'https://archive.ph/faq',
  'https://archive.ph/newest/https://en.unesco.org/',
  'https://archive.ph/https://en.unesco.org/*',
];
