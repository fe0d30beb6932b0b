import { describe, expect, it } from 'vitest';
import type { LinkResult } from '../utils/links/link-check-types';
import {
  CARD_TAGS,
  isCardElement,
  linkMark,
  overlayPosition,
  removeCardElements,
  shadowHost,
} from '../utils/page-card/overlays';
import { findTimeAnchor } from '../utils/page-card/time-anchor';
import { loadPageFixtures } from './helpers/fixtures';
import { fixtureRecord } from './helpers/records';

describe('findTimeAnchor', () => {
  it('finds the smallest element holding the event’s time as the page writes it, and only reads the page', () => {
    const doc = new DOMParser().parseFromString(
      '<body><div id="wm-ipp">captured 17 Nov 2020</div><main><ul><li>Date: <b>17 November 2020</b></li><li id="t">Time: 13:00 - 14:30 CET</li></ul></main></body>',
      'text/html',
    );
    const before = doc.body.innerHTML;
    expect(findTimeAnchor(doc, 'Time: 13:00 - 14:30 CET', () => false)?.id).toBe('t');
    expect(findTimeAnchor(doc, 'Time:   13:00 -\n14:30 CET', () => false)?.id).toBe('t');
    expect(findTimeAnchor(doc, 'nowhere to be found', () => false)).toBeNull();
    expect(findTimeAnchor(doc, 'ab', () => false)).toBeNull();
    expect(doc.body.innerHTML).toBe(before);
  });

  it('finds the sample’s time on the sample capture', () => {
    const fixture = loadPageFixtures().find((f) => f.slug === 'seed');
    const doc = new DOMParser().parseFromString(fixture?.html ?? '', 'text/html');
    const source = fixtureRecord('seed').event?.sources.start?.text ?? '';
    const el = findTimeAnchor(doc, source, () => false);
    expect(el?.textContent).toContain('17');
  });
});

describe('the card’s overlays', () => {
  const result = (verdict: LinkResult['verdict'], archivedUrl: string | null): LinkResult => ({
    url: 'https://uil.unesco.org/x',
    verdict,
    reason: 'ok',
    finalUrl: null,
    title: null,
    steps: [],
    archivedUrl,
    checkedAt: 0,
  });

  it('live in closed shadow roots the page cannot open, and go away together', () => {
    const doc = new DOMParser().parseFromString('<body><p>page</p></body>', 'text/html');
    for (const tag of CARD_TAGS) shadowHost(doc, tag, 'span{color:red}');
    const hosts = [...doc.querySelectorAll(CARD_TAGS.join(','))];
    expect(hosts).toHaveLength(CARD_TAGS.length);
    expect(hosts.every((h) => h.shadowRoot === null && isCardElement(h))).toBe(true);
    expect(isCardElement(doc.querySelector('p') as Element)).toBe(false);
    removeCardElements(doc);
    expect(doc.querySelectorAll(CARD_TAGS.join(','))).toHaveLength(0);
    expect(doc.body.innerHTML).toBe('<p>page</p>');
  });

  it('sit under their anchor or just after it, centred on its line, measured from the layer’s own corner', () => {
    const rect = { top: 100, bottom: 120, left: 10, right: 210 };
    // The layer sits at the page's origin: scrolled 500 px down, its corner is 500 px above the viewport.
    expect(overlayPosition(rect, { top: -500, left: 0 }, 'below')).toEqual({ top: 622, left: 10 });
    expect(overlayPosition(rect, { top: -500, left: -5 }, 'after')).toEqual({ top: 602, left: 217 });
  });

  it('mark a dead link with a link to its archived copy, opened apart; a live one with a plain mark', () => {
    const doc = new DOMParser().parseFromString('<body></body>', 'text/html');
    const gone = linkMark(doc, result('gone', 'https://web.archive.org/web/2020/https://uil.unesco.org/x'), 'Gone');
    expect(gone.tagName).toBe('A');
    expect(gone.getAttribute('href')).toBe('https://web.archive.org/web/2020/https://uil.unesco.org/x');
    expect(gone.getAttribute('rel')).toBe('noopener noreferrer');
    expect([gone.textContent, gone.getAttribute('aria-label'), gone.className]).toEqual(['✗', 'Gone', 'mark gone']);
    const live = linkMark(doc, result('live', 'https://web.archive.org/web/2020/https://uil.unesco.org/x'), 'Live');
    expect([live.tagName, live.textContent, live.hasAttribute('href')]).toEqual(['SPAN', '✓', false]);
  });

  it('point "moved" the way the page’s text runs', () => {
    const doc = new DOMParser().parseFromString('<body></body>', 'text/html');
    const moved = result('moved', 'https://web.archive.org/web/2020/https://uil.unesco.org/x');
    expect(linkMark(doc, moved, 'Moved').textContent).toBe('→');
    expect(linkMark(doc, moved, 'Moved', 'rtl').textContent).toBe('←');
    expect(linkMark(doc, result('live', 'https://uil.unesco.org/x'), 'Live', 'rtl').textContent).toBe('✓');
  });

  it('never link anywhere but http(s)', () => {
    const doc = new DOMParser().parseFromString('<body></body>', 'text/html');
    const mark = linkMark(doc, result('gone', 'javascript:alert(1)'), 'Gone');
    expect([mark.tagName, mark.hasAttribute('href')]).toEqual(['SPAN', false]);
  });
});
