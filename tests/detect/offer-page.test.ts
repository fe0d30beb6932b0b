import { describe, expect, it, vi } from 'vitest';
import {
  isFrameHostOrFrontPage,
  offerAgainWhenRestored,
  offerToBackground,
  originalPathOf,
  shouldOfferPage,
} from '../../utils/detect/offer-page';
import { isFrontOrIndexPath } from '../../utils/detect/unesco-site';
import { parseHtml } from '../helpers/fixtures';

const EVENT = 'https://en.unesco.org/events/learning-cities';
const frame = (isTop: boolean, doc: Document) => () => ({ isTop, doc });

// On the known archives and UNESCO's sites (archive hosts the user added run a script that offers every frame).
describe('shouldOfferPage', () => {
  const doc = parseHtml('<p>x</p>');
  const at = (href: string) => new URL(href);
  it.each([
    [`https://webarchive.unesco.org/web/2020/${EVENT}`, true],
    [`https://webarchive.unesco.org/web/2020/${EVENT.toUpperCase()}`, true],
    [`https://web.archive.org/web/2020/${encodeURIComponent(EVENT)}`, true],
    [EVENT, true],
    ['https://web.archive.org/web/2020/https://www.pokemon.com/us', false],
    ['https://wayback.archive-it.org/1234/2020/https://example.org/events/', false],
    ['https://archive.ph/AbCd1', false],
  ])('%s → %s', (href, expected) => {
    expect(shouldOfferPage(at(href), frame(true, doc))).toBe(expected);
  });

  it.each([
    'https://web.archive.org/web/2020/https://www.pokemon.com/us',
    // UNESCO's archive names UNESCO in its host, not in what it captured.
    'https://webarchive.unesco.org/web/2020if_/https://www.youtube.com/embed/abc',
    'https://webarchive.unesco.org/',
  ])('does not touch the frame or its document where the address rules UNESCO out: %s', (href) => {
    const untouchable = () => {
      throw new Error('the frame was asked for');
    };
    expect(shouldOfferPage(at(href), untouchable)).toBe(false);
  });

  it('offers a live UNESCO page’s top frame, not its sub-frames', () => {
    expect(shouldOfferPage(at(EVENT), frame(true, doc))).toBe(true);
    expect(shouldOfferPage(at(EVENT), frame(false, doc))).toBe(false);
  });

  it('leaves the address grammar to the background: frames inside a capture are offered and refused there', () => {
    expect(shouldOfferPage(at(`https://web.archive.org/web/2020if_/${EVENT}`), frame(false, doc))).toBe(true);
  });

  it('does not offer pywb’s framed top document', () => {
    const host = parseHtml('<div id="wb_iframe_div"><iframe id="replay_iframe"></iframe></div>');
    const href = `https://www.webarchive.org.uk/wayback/archive/20201205001600/${EVENT}`;
    expect(shouldOfferPage(at(href), frame(true, host))).toBe(false);
    expect(shouldOfferPage(at(href.replace('001600/', '001600mp_/')), frame(false, host))).toBe(true);
  });

  it('offers an archive.today short id only when its page names a UNESCO original', () => {
    const page = (original: string) =>
      parseHtml(
        `<div id="HEADER"><input id="SHARE_LONGLINK" value="https://archive.ph/2020.12.05-001600/${original}"></div>`,
      );
    expect(shouldOfferPage(at('https://archive.ph/AbCd1'), frame(true, page(EVENT)))).toBe(true);
    expect(shouldOfferPage(at('https://archive.ph/AbCd1'), frame(true, page('https://example.org/')))).toBe(false);
  });
});

describe('front pages and indexes are not offered (never one event; the popup reads them when opened)', () => {
  const doc = parseHtml('<p>x</p>');
  const at = (href: string) => new URL(href);
  const untouchable = () => {
    throw new Error('the frame was asked for');
  };

  it.each([
    'https://webarchive.unesco.org/web/20181215110241/https://en.unesco.org/events/',
    'https://webarchive.unesco.org/web/20181215110241/https://en.unesco.org/',
    'https://webarchive.unesco.org/web/20181215110241/https://en.unesco.org',
    'https://web.archive.org/web/2019/https://fr.unesco.org/evenements?page=2',
    `https://web.archive.org/web/2019/${encodeURIComponent('https://es.unesco.org/noticias/')}`,
    'https://wayback.archive-it.org/11915/20200101000000/http://www.unesco.org:80/en/home',
    'https://www.webarchive.org.uk/wayback/archive/20201205001600mp_/https://www.unesco.org/en/events',
    'https://en.unesco.org/events',
    'https://www.unesco.org/fr',
    'https://www.iode.org/index.php',
  ])('%s: decided from the address, the document untouched', (href) => {
    expect(shouldOfferPage(at(href), untouchable)).toBe(false);
  });

  it.each([
    'https://webarchive.unesco.org/web/2020/https://en.unesco.org/events/learning-cities',
    'https://webarchive.unesco.org/web/2020/https://en.unesco.org/node/281273',
    'https://webarchive.unesco.org/web/2020/https://en.unesco.org/?q=node/281273',
    'https://web.archive.org/web/2020/https://legacy.iode.org/index.php?option=com_oe&task=viewEventRecord&eventID=2512',
    'https://web.archive.org/web/2020/https://whc.unesco.org/en/events/701/',
    'https://articles.unesco.org/en/articles/unescos-information-all-programme-launches-inaugural-conference',
  ])('%s: an event or any other page is still offered', (href) => {
    expect(shouldOfferPage(at(href), frame(true, doc))).toBe(true);
  });

  it('an event address whose capture is the site’s front page (Drupal marks it on the body) is not offered', () => {
    const href = 'https://webarchive.unesco.org/web/2018/https://en.unesco.org/events/world-radio-day-2019';
    expect(shouldOfferPage(at(href), frame(true, parseHtml('<body class="html front i18n-en"><h1>UNESCO</h1>')))).toBe(
      false,
    );
    expect(shouldOfferPage(at(href), frame(true, parseHtml('<body class="path-frontpage"></body>')))).toBe(false);
    expect(shouldOfferPage(at(href), frame(true, parseHtml('<body class="html not-front node-type-event">')))).toBe(
      true,
    );
    expect(shouldOfferPage(at('https://en.unesco.org/events/x'), frame(true, parseHtml('<body class="front">')))).toBe(
      false,
    );
  });

  it('reads the original’s path and query out of a capture address', () => {
    expect(originalPathOf('/web/2018/https://en.unesco.org/events/')).toEqual({ path: '/events/', query: '' });
    expect(originalPathOf('/web/2018/http:/en.unesco.org')).toEqual({ path: '/', query: '' });
    expect(originalPathOf('/11915/2018/http://www.unesco.org:80/fr?page=2')).toEqual({ path: '/fr', query: '?page=2' });
    expect(originalPathOf(`/web/2018/${encodeURIComponent('https://fr.unesco.org/a?b=1')}`)).toEqual({
      path: '/a',
      query: '?b=1',
    });
    expect(originalPathOf('/web/2018/https://example.org/unesco-day')).toBeNull();
    expect(originalPathOf('/web/2018/https%3A%2F%2Fen.unesco.org%2F%E0%A4%A')).toBeNull();
    expect(originalPathOf('/web/2018/https://unesco.org.evil.example/')).toBeNull();
    expect(originalPathOf('/web/2018/https://en.unesco.org.:443/a#b')).toEqual({ path: '/a', query: '' });
    expect(originalPathOf('/web/2018/https://www.iode.org/index.php?x=1')).toEqual({
      path: '/index.php',
      query: '?x=1',
    });
  });

  it.each([
    ['/', '', true],
    ['/en/', '', true],
    ['/zh-hans/events', '', true],
    ['/fr/%C3%A9v%C3%A9nements/', '', true],
    ['/events', '?page=3', true],
    ['/events', '?page=3&lang=fr', false],
    ['/index.php', '?option=com_oe&eventID=1', false],
    ['/events/world-radio-day', '', false],
    ['/eventsx', '', false],
    ['/en/articles/launch', '', false],
    ['/%E0%A4%A', '', false],
    ['/fr/index.html', '', true],
    ['/en/home/', '', true],
    ['/pt-br', '', true],
    ['/en/fr', '', false],
    ['/events/en', '', false],
    ['/homepage', '', false],
    ['/iiep', '', false],
    ['/en-abcde', '', false],
    ['events', '', false],
    ['/news', '?page=2&q=radio', false],
    ['/news', '?', true],
  ])('isFrontOrIndexPath(%s, %s) → %s', (path, query, expected) => {
    expect(isFrontOrIndexPath(path, query)).toBe(expected);
  });

  it('isFrameHostOrFrontPage: the body’s front-page classes, and pywb’s frame host in a top frame only', () => {
    expect(isFrameHostOrFrontPage(parseHtml('<body class="front">'), false)).toBe(true);
    expect(isFrameHostOrFrontPage(parseHtml('<body class="frontier"><p class="front">'), true)).toBe(false);
    const host = parseHtml('<div id="wb_iframe_div"><iframe></iframe></div>');
    expect(isFrameHostOrFrontPage(host, true)).toBe(true);
    expect(isFrameHostOrFrontPage(host, false)).toBe(false);
  });
});

describe('offerToBackground', () => {
  it('asks the background to read the page', () => {
    const sendMessage = vi.fn(() => Promise.resolve());
    offerToBackground({ id: 'ext', sendMessage });
    expect(sendMessage).toHaveBeenCalledWith({ type: 'page:candidate' });
  });

  it('sends nothing from a script whose extension was updated or removed (no runtime id)', () => {
    const sendMessage = vi.fn(() => Promise.resolve());
    offerToBackground({ sendMessage });
    offerToBackground(undefined);
    expect(sendMessage).not.toHaveBeenCalled();
  });

  it('swallows a refused message (no background listening)', async () => {
    const refused = Promise.reject(new Error('Receiving end does not exist.'));
    offerToBackground({ id: 'ext', sendMessage: () => refused });
    await expect(refused).rejects.toThrow();
    await new Promise((r) => setTimeout(r, 0));
  });
});

describe('offerAgainWhenRestored', () => {
  it('offers the page again when the back/forward cache restores it, not on its first showing', () => {
    const offer = vi.fn();
    const target = new EventTarget();
    offerAgainWhenRestored(target, offer);
    const show = (persisted: boolean) => Object.assign(new Event('pageshow'), { persisted });
    target.dispatchEvent(show(false));
    expect(offer).not.toHaveBeenCalled();
    target.dispatchEvent(show(true));
    expect(offer).toHaveBeenCalledTimes(1);
  });
});
