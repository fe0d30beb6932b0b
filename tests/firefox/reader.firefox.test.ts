import ICAL from 'ical.js';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  nextDownload,
  openPopupFor,
  openToolbarPopup,
  sampleCaptureIndexes,
  serveCaptureIndexes,
  waitFor,
} from '../browsers/firefox';
import { openCaptureTab, textOf, useFirefox } from './helpers';
import { captureTimeIn, dayIn } from './intl-expected';

// The reader is in Seoul: 13:00 CET on 17 November 2020 is 21:00 there.
const getFirefox = useFirefox({ timezone: 'Asia/Seoul' });
// The archives answer from the start: every popup on the sample asks them, and keeps what they said.
let indexRequests: { internetArchive: string[]; unesco: string[] };
beforeAll(() => {
  indexRequests = serveCaptureIndexes(getFirefox(), sampleCaptureIndexes()).requests;
});

const TITLE = 'UNESCO learning cities’ meeting on educational planning, monitoring and evaluation';

describe('reading the sample capture in Firefox', () => {
  it('badges the tab EVT and shows the card on the page', async () => {
    const { page, badge } = await openCaptureTab(getFirefox());
    expect(badge).toBe('EVT');
    // The card's host element; its content sits in a closed shadow root, which the page cannot read.
    await page.waitForSelector('event-lens-card', { timeout: 10_000 });
    await page.close();
  });

  it('shows the event in the popup: the date once, the event’s zone, the reader’s, UTC, and a zone added', async () => {
    const ff = getFirefox();
    const { page, tabId } = await openCaptureTab(ff);
    const popup = await openPopupFor(ff, tabId);
    await waitFor(popup, () => document.querySelector('[data-testid="event-title"]')?.textContent);
    expect(await textOf(popup, 'event-title')).toBe(TITLE);
    expect(await textOf(popup, 'event-date')).toBe(await dayIn(popup, '2020-11-17'));
    const rows = () => popup.$$eval('[data-testid="event-time"] tr', (trs) => trs.map((tr) => tr.textContent));
    expect(await rows()).toEqual([
      expect.stringMatching(/^Paris(1:00\sPM–2:30\sPM|13:00–14:30)UTC\+1$/),
      expect.stringMatching(/^Your time \(Seoul\)(9:00\sPM–10:30\sPM|21:00–22:30)UTC\+9$/),
      expect.stringMatching(/^UTC(12:00\sPM–1:30\sPM|12:00–13:30)UTC$/),
    ]);
    await popup.$eval('[data-testid="display-options"] summary', (el) => el.click());
    await popup.type('[data-testid="zone-input"]', 'Mexico');
    await popup.$$eval('button', (buttons) => buttons.find((b) => b.textContent === 'Add zone')?.click());
    await waitFor(popup, () => document.querySelectorAll('[data-testid="event-time"] tr').length === 4);
    expect((await rows())[3]).toMatch(/^Mexico City(6:00\sAM–7:30\sAM|06:00–07:30)UTC-6$/);
    await popup.close();
    await page.close();
  });

  it('downloads an .ics that reads back at the right instant, and links Google and Outlook in UTC', async () => {
    const ff = getFirefox();
    const { page, tabId } = await openCaptureTab(ff);
    const popup = await openPopupFor(ff, tabId);
    await waitFor(popup, () => !!document.querySelector('[data-testid="download-ics"]'));
    await popup.click('[data-testid="download-ics"]');
    const { name, text } = await nextDownload(ff, '.ics');
    expect(name).toMatch(/^unesco-learning-cities.*\.ics$/);
    const vevent = new ICAL.Component(ICAL.parse(text) as unknown[]).getFirstSubcomponent('vevent');
    if (!vevent) throw new Error('no VEVENT in the download');
    const event = new ICAL.Event(vevent);
    expect(event.summary).toBe(TITLE);
    expect(event.startDate.toJSDate().toISOString()).toBe('2020-11-17T12:00:00.000Z');
    expect(event.endDate.toJSDate().toISOString()).toBe('2020-11-17T13:30:00.000Z');
    expect(event.description).toContain('Archived copy: https://webarchive.unesco.org/web/20201205001600/');

    const href = (testId: string) => popup.$eval(`[data-testid="${testId}"]`, (a) => a.getAttribute('href') ?? '');
    const google = new URL(await href('google-calendar'));
    expect(google.searchParams.get('dates')).toBe('20201117T120000Z/20201117T133000Z');
    const outlook = new URL(await href('outlook-calendar'));
    expect([outlook.searchParams.get('startdt'), outlook.searchParams.get('enddt')]).toEqual([
      '2020-11-17T12:00:00Z',
      '2020-11-17T13:30:00Z',
    ]);
    await popup.close();
    await page.close();
  });

  it('lists the other captures: counts, the captures around the event, a timeline by month', async () => {
    const ff = getFirefox();
    const { page, tabId } = await openCaptureTab(ff);
    const popup = await openPopupFor(ff, tabId);
    const text = (selector: string) => popup.$eval(selector, (el) => el.textContent ?? '');
    const at = (iso: string) => captureTimeIn(popup, iso);
    const ia = '[data-testid="captures-internet-archive"]';
    await waitFor(
      popup,
      () => !!document.querySelector('[data-testid="captures-unesco"] .capture-count'),
      15_000,
    ).catch(async (err: unknown) => {
      throw new Error(`no count; the panel says: ${await textOf(popup, 'captures').catch(() => 'nothing')}`, {
        cause: err,
      });
    });
    await waitFor(popup, () => !!document.querySelector('[data-testid="captures-internet-archive"] .capture-count'));
    expect(await text(`${ia} .capture-count`)).toContain(
      `Internet Archive: 36 captures, ${await at('2020-10-20T10:09:00Z')} – ${await at('2024-02-09T10:44:00Z')}`,
    );
    expect(
      await popup.$$eval(`${ia} [data-testid="nearest-captures"] div`, (d) => d.map((e) => e.textContent)),
    ).toEqual([
      `Last before the event · Nearest the event’s end${await at('2020-11-17T02:15:00Z')}`,
      `First after the event starts${await at('2020-11-18T17:27:00Z')}`,
    ]);
    const unesco = '[data-testid="captures-unesco"]';
    expect(await text(`${unesco} .capture-count`)).toContain('UNESCO Web Archive: 4 captures');
    // December 2020 in the timeline lists this capture and the one before.
    await popup.click(`${unesco} [data-month="2020-12"]`);
    await waitFor(popup, () => document.querySelectorAll('[data-testid="month-captures"] li').length === 2);
    expect(await popup.$$eval('[data-testid="month-captures"] li', (li) => li.map((e) => e.textContent))).toEqual([
      await at('2020-12-05T00:16:00Z'),
      `${await at('2020-12-06T07:20:00Z')} (this capture)`,
    ]);
    // However many popups were opened on the page before, each archive was asked once.
    expect([indexRequests.internetArchive.length, indexRequests.unesco.length]).toEqual([1, 1]);
    await popup.close();
    await page.close();
  });

  it('opens the real toolbar popup for the active tab', async () => {
    const ff = getFirefox();
    const { page } = await openCaptureTab(ff);
    const toolbar = await openToolbarPopup(ff, page);
    expect(await toolbar.textOf('event-title')).toBe(TITLE);
    await page.close();
  });
});
