import { describe, expect, it } from 'vitest';
import { analysePage } from '../../utils/page/analyse-page';
import { decideInjection } from '../../utils/page/injection-decision';
import { parseHtml } from '../helpers/fixtures';

/** Everything an archive puts in a capture to say what it is, claiming another site and another time. */
const FAKE_CHROME = `
  <script>__wm.init("https://web.archive.org/web");
  __wm.wombat("https://www.example.org/events/party","20050101000000","https://web.archive.org/","web","/_static/","1104537600");</script>
  <script>var wbinfo = {}; wbinfo.url = "https://www.example.org/"; wbinfo.timestamp = "20050101000000"; wbinfo.is_live = false;</script>
  <div id="wm-ipp-base"><div id="wm-ipp">The Wayback Machine - https://www.example.org/</div></div>
  <div id="wm-ipp-print">The Wayback Machine - https://web.archive.org/web/20050101000000/https://www.example.org/</div>
  <div id="_wb_plain_banner">This page is part of the UNESCO collection, captured 1 January 2005</div>
  <!-- FILE ARCHIVED ON 00:00:00 Jan 01, 2005 AND RETRIEVED FROM THE INTERNET ARCHIVE ON 00:00:00 Jan 01, 2006. -->`;
const PAGE = `<html><head>${FAKE_CHROME}</head><body><h1>Learning cities meeting</h1><p>Date: 17 November 2020</p></body></html>`;

describe('a page that dresses up as an archive capture', () => {
  it('is still a live page when its address is a live page’s', () => {
    const record = analysePage(parseHtml(PAGE), new URL('https://en.unesco.org/events/learning-cities'));
    expect(record.page.archive).toBeNull();
    expect(record.page.capturedAt).toBeNull();
    expect(record.page.originalUrl).toBe('https://en.unesco.org/events/learning-cities');
  });

  it('on a real capture, cannot change which page it is a capture of', () => {
    const url = 'https://webarchive.unesco.org/web/20201205001600/https://uil.unesco.org/event/learning-cities';
    const record = analysePage(parseHtml(PAGE), new URL(url));
    expect(record.page.originalUrl).toBe('https://uil.unesco.org/event/learning-cities');
    expect(record.page.isUnesco).toBe(true);
  });

  it('is not read at all on a live site elsewhere, whatever its chrome says', () => {
    const decision = decideInjection({
      senderUrl: 'https://www.example.org/events/party',
      frameId: 0,
      userArchiveOrigins: [],
      memento: null,
    });
    expect(decision.inject).toBe(false);
  });
});
