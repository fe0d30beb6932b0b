import { describe, expect, it } from 'vitest';
import { decidePageRole } from '../../utils/detect/page-role';
import { parseHtml } from '../helpers/fixtures';

const top = { isTop: true };
const sub = { isTop: false };
const EVENT = 'https://en.unesco.org/events/learning-cities';

describe('decidePageRole', () => {
  it.each([
    ['a UNESCO capture, top frame', `https://webarchive.unesco.org/web/20201205001600/${EVENT}`, top],
    ['an Internet Archive capture', `https://web.archive.org/web/20201205001600/${EVENT}`, top],
    ['pywb’s content frame', `https://www.webarchive.org.uk/wayback/archive/20201205001600mp_/${EVENT}`, sub],
    ['a live UNESCO page', EVENT, top],
  ])('analyses %s', (_name, url, frame) => {
    expect(decidePageRole(new URL(url), frame, parseHtml('<p>x</p>')).analyse).toBe(true);
  });

  it.each([
    ['a capture of another site', 'https://web.archive.org/web/2020/https://example.org/events/x', top, 'not-unesco'],
    ['an iframe inside a capture', `https://web.archive.org/web/2020if_/${EVENT}`, sub, 'sub-frame'],
    ['a script or image URL', `https://web.archive.org/web/2020js_/${EVENT}`, top, 'sub-frame'],
    ['an iframe on a live page', EVENT, sub, 'sub-frame'],
    ['an archive’s own page', 'https://web.archive.org/web/*/en.unesco.org*', top, 'not-a-capture'],
    ['a live page elsewhere', 'https://example.org/', top, 'not-unesco'],
    [
      'a capture on a UNESCO-free address, without parsing it',
      'https://web.archive.org/web/2020/https://example.org/events/x',
      top,
      'not-unesco',
    ],
    [
      'an archive.today short id whose page does not say the original',
      'https://archive.ph/AbCd1',
      top,
      'unknown-original',
    ],
  ])('skips %s', (_name, url, frame, reason) => {
    expect(decidePageRole(new URL(url), frame, parseHtml('<p>x</p>'))).toEqual({ analyse: false, reason });
  });

  it('leaves pywb’s framed top document to the content frame', () => {
    const doc = parseHtml('<div id="wb_iframe_div"><iframe id="replay_iframe"></iframe></div>');
    expect(
      decidePageRole(new URL(`https://www.webarchive.org.uk/wayback/archive/20201205001600/${EVENT}`), top, doc),
    ).toEqual({
      analyse: false,
      reason: 'frame-host',
    });
  });

  it('reads an archive.today short id’s original from the page', () => {
    const doc = parseHtml(
      `<div id="HEADER"><input id="SHARE_LONGLINK" value="https://archive.ph/2020.12.05-001600/${EVENT}"><input name="q" value="${EVENT}"></div>`,
    );
    expect(decidePageRole(new URL('https://archive.ph/AbCd1'), top, doc)).toMatchObject({
      analyse: true,
      originalUrl: EVENT,
    });
  });
});
