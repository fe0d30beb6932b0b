import { describe, expect, it, vi } from 'vitest';
import { offerAgainWhenRestored, offerToBackground, shouldOfferPage } from '../../utils/detect/offer-page';
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
