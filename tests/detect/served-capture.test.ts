import { describe, expect, it } from 'vitest';
import { readServedCapture } from '../../utils/detect/served-capture';
import { parseHtml } from '../helpers/fixtures';

describe('readServedCapture', () => {
  it('reads the Archive-It banner, its collection name and number', () => {
    const doc = parseHtml(
      '<body><div id="wm-disclaim">You are viewing an archived web page, collected at the request of UNESCO using Archive-It. This page was captured on 07:20:20 Dec 06, 2020, and is part of the <a href="https://archive-it.org/collections/11915">UNESCO</a> collection.</div></body>',
    );
    expect(readServedCapture(doc)).toEqual({
      capturedAt: '2020-12-06T07:20:20Z',
      source: 'banner',
      collectionName: 'UNESCO',
      collectionId: '11915',
    });
  });

  it('reads the 2012 banner with doubled spaces and no wrapper', () => {
    const doc = parseHtml(
      '<body><div>You are viewing  an  archived web page, collected at the request of AUC using Archive-It. This page was captured  on 16:13:41 Jan 30, 2012, and is part of the Egypt Politics and Revolution collection.</div></body>',
    );
    expect(readServedCapture(doc)).toMatchObject({
      capturedAt: '2012-01-30T16:13:41Z',
      collectionName: 'Egypt Politics and Revolution',
    });
  });

  it('reads the Internet Archive’s __wm.wombat call', () => {
    const doc = parseHtml(
      '<head><script>__wm.init("https://web.archive.org/web");\n__wm.wombat("http://www.youtube.com:80/","20051102094522","https://web.archive.org/","web","/_static/","1130924722");</script></head>',
    );
    expect(readServedCapture(doc)).toMatchObject({ capturedAt: '2005-11-02T09:45:22Z', source: 'toolbar-script' });
  });

  it('reads the Internet Archive’s __wm.bt call', () => {
    const doc = parseHtml(
      '<body><script>__wm.bt(700,27,25,2,"web","https://www.pokemon.com/us","20230421002644",1996,"/_static/",[], false);</script></body>',
    );
    expect(readServedCapture(doc)).toMatchObject({ capturedAt: '2023-04-21T00:26:44Z', source: 'toolbar-script' });
  });

  it('reads #wm-ipp-print', () => {
    const doc = parseHtml(
      '<body><div id="wm-ipp-print">The Wayback Machine - https://web.archive.org/web/20230421002644/https://www.pokemon.com/us</div></body>',
    );
    expect(readServedCapture(doc)).toMatchObject({ capturedAt: '2023-04-21T00:26:44Z', source: 'toolbar-print' });
  });

  it('reads pywb’s wbinfo', () => {
    const doc = parseHtml('<head><script>wbinfo = {};\nwbinfo.timestamp = "20201206072020";</script></head>');
    expect(readServedCapture(doc)).toMatchObject({ capturedAt: '2020-12-06T07:20:20Z', source: 'wbinfo' });
  });

  it.each([
    ['FILE ARCHIVED ON 14:47:19 Mar 04, 2021 AND RETRIEVED FROM THE', '2021-03-04T14:47:19Z'],
    ['FILE ARCHIVED ON 9:05:01 Jan 9, 2010 AND RETRIEVED FROM THE', '2010-01-09T09:05:01Z'],
    ['FILE ARCHIVED ON 14:47:19 Okt 20, 2014 AND RETRIEVED FROM THE', '2014-10-20T14:47:19Z'],
  ])('reads the trailer comment "%s"', (text, iso) => {
    const doc = parseHtml(`<html><body><p>x</p></body></html><!-- ${text} -->`);
    expect(readServedCapture(doc)).toMatchObject({ capturedAt: iso, source: 'trailer' });
  });

  it('finds nothing on a page without archive chrome', () => {
    expect(readServedCapture(parseHtml('<body><p>captured on 07:20:20 Dec 06, 2020</p></body>'))).toBeNull();
  });
});
