import { describe, expect, it } from 'vitest';
import { analysePage } from '../../utils/page/analyse-page';
import { definePywbArchive } from '../../utils/archives/pywb-archive';
import { loadPageFixtures, parseHtml } from '../helpers/fixtures';

const seed = loadPageFixtures().find((f) => f.slug === 'seed');
if (!seed) throw new Error('no seed fixture');
const ORIGINAL =
  'https://uil.unesco.org/event/unesco-learning-cities-meeting-educational-planning-monitoring-and-evaluation';

describe('captures on archives the user added', () => {
  it('reads a capture on the user’s own pywb', () => {
    const pywb = definePywbArchive('http://localhost:8080');
    const record = analysePage(
      parseHtml(seed.html),
      new URL(`http://localhost:8080/unesco/20201206072020/${ORIGINAL}`),
      {
        extraArchives: pywb ? [pywb] : [],
      },
    );
    expect(record.page.archive).toMatchObject({ id: 'pywb:localhost:8080', collection: { id: 'unesco' } });
    expect(record.event?.start.iso).toBe('2020-11-17T13:00:00+01:00');
  });

  it('reads a capture known only from its Memento headers (proxy-mode replay: the address is the original’s)', () => {
    const record = analysePage(
      parseHtml(
        seed.html.replace(
          /<div id="wm-disclaim">[\s\S]*?<\/div>\n<div id="wm-media-curtain">/,
          '<div id="wm-media-curtain">',
        ),
      ),
      new URL('http://localhost:8081/page'),
      {
        memento: { originalUrl: ORIGINAL, capturedAt: '2020-12-06T07:20:20Z' },
      },
    );
    expect(record.page).toMatchObject({
      originalUrl: ORIGINAL,
      archive: { id: 'memento:localhost:8081' },
      capturedAt: '2020-12-06T07:20:20Z',
      capturedAtSource: 'memento-header',
      isUnesco: true,
    });
    expect(record.event?.title).toContain('UNESCO learning cities');
  });
});
