import { describe, expect, it } from 'vitest';
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
