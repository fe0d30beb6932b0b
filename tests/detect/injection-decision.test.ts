import { describe, expect, it } from 'vitest';
import { normalizeArchiveOrigin, originMatchPattern } from '../../utils/archives/user-archive-origin';
import { analyseOptionsFrom } from '../../utils/page/extraction-context';
import { decideInjection, framesToConsider } from '../../utils/page/injection-decision';

const memento = { originalUrl: 'https://en.unesco.org/events/x', capturedAt: '2020-12-06T07:20:20Z' };
const base = { frameId: 0, userArchiveOrigins: ['http://localhost:8080'], memento: null };

describe('decideInjection', () => {
  it.each([
    ['a capture on a built-in archive', 'https://webarchive.unesco.org/web/2020/https://en.unesco.org/events/x'],
    ['pywb’s content frame', 'https://www.webarchive.org.uk/wayback/archive/2020mp_/https://en.unesco.org/events/x'],
    ['an archive.today short id (its content script read the page)', 'https://archive.ph/AbCd1'],
    ['a live UNESCO page', 'https://en.unesco.org/events/x'],
    ['a capture on the user’s pywb', 'http://localhost:8080/my-coll/20201206072020/https://en.unesco.org/events/x'],
  ])('injects into %s', (_name, senderUrl) => {
    expect(decideInjection({ ...base, senderUrl }).inject).toBe(true);
  });

  it('injects where only the Memento headers say the page is a UNESCO capture (proxy-mode replay)', () => {
    const decision = decideInjection({ ...base, senderUrl: 'http://localhost:8080/some/path', memento });
    expect(decision).toEqual({ inject: true, context: { userArchiveOrigins: ['http://localhost:8080'], memento } });
  });

  it.each([
    ['a host the user did not add', 'http://localhost:3000/my-coll/2020/https://en.unesco.org/events/x', null],
    ['a user-host page that is not a capture', 'http://localhost:8080/about', null],
    ['a capture of another site', 'http://localhost:8080/my-coll/2020/https://example.org/', null],
    ['a memento of another site', 'http://localhost:8080/x', { ...memento, originalUrl: 'https://example.org/' }],
    ['no address', undefined, null],
    [
      'a built-in archive’s capture of another site',
      'https://web.archive.org/web/2020/https://example.org/?unesco',
      null,
    ],
    ['a built-in archive’s own page', 'https://web.archive.org/web/*/en.unesco.org*', null],
    ['a script captured from UNESCO', 'https://web.archive.org/web/2020js_/https://en.unesco.org/app.js', null],
    ['a capture that only names UNESCO in its query', 'https://web.archive.org/web/2020/https://x.org/?u=unesco', null],
  ])('does not inject into %s', (_name, senderUrl, m) => {
    expect(decideInjection({ ...base, senderUrl, memento: m }).inject).toBe(false);
  });

  it.each([
    ['an iframe inside a capture', 'https://web.archive.org/web/2020if_/https://en.unesco.org/events/x'],
    ['an iframe on a live UNESCO page', 'https://en.unesco.org/events/x'],
  ])('does not inject into %s (a sub-frame)', (_name, senderUrl) => {
    const topUrl = 'https://web.archive.org/web/2020/https://en.unesco.org/';
    expect(decideInjection({ ...base, senderUrl, frameId: 3, topUrl }).inject).toBe(false);
  });

  describe('a capture in a sub-frame: read only inside the same archive’s replay page', () => {
    const ukwa = 'https://www.webarchive.org.uk/wayback/archive';
    const content = `${ukwa}/20201206072020mp_/https://en.unesco.org/events/x`;
    it.each([
      ['pywb’s replay page', `${ukwa}/20201206072020/https://en.unesco.org/events/x`, content],
      [
        'the Australian Web Archive’s replay page, on its other host',
        'https://webarchive.nla.gov.au/awa/20201206072020/https://en.unesco.org/events/x',
        'https://web.archive.org.au/awa/20201206072020mp_/https://en.unesco.org/events/x',
      ],
      [
        'the user’s own pywb',
        'http://localhost:8080/my-coll/20201206072020/https://en.unesco.org/events/x',
        'http://localhost:8080/my-coll/20201206072020mp_/https://en.unesco.org/events/x',
      ],
    ])('reads it in %s', (_name, topUrl, senderUrl) => {
      expect(decideInjection({ ...base, senderUrl, frameId: 2, topUrl }).inject).toBe(true);
    });

    it.each([
      ['another site', 'https://evil.example/'],
      ['another archive’s capture', 'https://web.archive.org/web/2020/https://evil.example/'],
      ['a page of the archive that is not a replay page', 'https://www.webarchive.org.uk/'],
      ['an unknown top frame (a host the extension may not see)', undefined],
      ['an address that does not parse', 'not a url'],
    ])('does not read it framed by %s', (_name, topUrl) => {
      expect(decideInjection({ ...base, senderUrl: content, frameId: 2, topUrl })).toEqual({
        inject: false,
        reason: 'framed by another site',
      });
    });

    it('is a question for sub-frames only: a top frame needs no top address', () => {
      expect(decideInjection({ ...base, senderUrl: `${ukwa}/2020/https://en.unesco.org/events/x` }).inject).toBe(true);
    });
  });

  it('does not trust a Memento header over a built-in archive’s address', () => {
    const senderUrl = 'https://web.archive.org/web/2020/https://example.org/';
    expect(decideInjection({ ...base, senderUrl, memento }).inject).toBe(false);
  });
});

describe('originMatchPattern', () => {
  it('names the port where patterns may (Chromium), and covers the host on every port where not (Firefox)', () => {
    expect(originMatchPattern('http://localhost:8080', true)).toBe('http://localhost:8080/*');
    expect(originMatchPattern('http://localhost:8080', false)).toBe('http://localhost/*');
    expect(originMatchPattern('https://archive.example.edu', false)).toBe('https://archive.example.edu/*');
  });
});

describe('normalizeArchiveOrigin', () => {
  it.each([
    ['localhost:8080', 'http://localhost:8080'],
    ['http://localhost:8080/my-coll/', 'http://localhost:8080'],
    ['https://archive.example.edu', 'https://archive.example.edu'],
    ['  https://Archive.Example.edu/wayback/  ', 'https://archive.example.edu'],
  ])('%s → %s', (input, origin) => expect(normalizeArchiveOrigin(input)).toBe(origin));

  it.each([
    [''],
    ['javascript:alert(1)'],
    ['ftp://x.org'],
    ['https://web.archive.org'],
    ['http://user:pw@x.org'],
    ['http://'],
  ])('refuses %s', (input) => expect(normalizeArchiveOrigin(input)).toBeNull());
});

describe('analyseOptionsFrom', () => {
  it('gives the user’s archives as definitions and keeps the Memento headers’ answer', () => {
    const options = analyseOptionsFrom({ userArchiveOrigins: ['http://localhost:8080', 'javascript:x'], memento });
    expect(options.extraArchives?.map((a) => a.id)).toEqual(['pywb:localhost:8080']);
    expect(options.memento).toEqual(memento);
  });
});

describe('framesToConsider (page:read’s probe of each frame)', () => {
  const probe = (href: string, frameHost = false) => ({ href, frameHost });
  it('keeps valid probes in frame order, and leaves out pywb’s frame host as the top frame only', () => {
    expect(
      framesToConsider([
        { frameId: 7, result: probe('https://b.example/') },
        { frameId: 0, result: probe('https://top.example/', true) },
        { frameId: 3, result: probe('https://a.example/', true) },
      ]),
    ).toEqual([
      { frameId: 3, href: 'https://a.example/', topUrl: 'https://top.example/' },
      { frameId: 7, href: 'https://b.example/', topUrl: 'https://top.example/' },
    ]);
  });

  it.each([
    ['nothing', undefined],
    ['a bare address', 'https://a.example/'],
    ['a field too many', { ...probe('https://a.example/'), record: {} }],
    ['a wrong type', { href: 1, frameHost: false }],
  ])('drops a frame that hands back %s', (_name, result) => {
    expect(framesToConsider([{ frameId: 0, result }])).toEqual([]);
  });
});
