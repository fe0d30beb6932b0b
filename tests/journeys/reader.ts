/**
 * Journeys on the bundled sample capture that both browsers run (docs/testing.md, "One journey, two browsers"):
 * the badge and the card, the popup in the reader's zone, the calendar exports, other captures, the toolbar popup.
 * The reader is in Seoul unless a journey takes the reader's row as a parameter.
 */
import ICAL from 'ical.js';
import { expect } from 'vitest';
import { captureTimeIn, dayIn } from './intl-expected';
import {
  byTestId,
  type BrowserUnderTest,
  type IndexRequests,
  type PageUnderTest,
  type TabUnderTest,
} from '../browsers/browser-under-test';
import { loadSample } from '../browsers/shared';

export const SAMPLE_TITLE = 'UNESCO learning cities’ meeting on educational planning, monitoring and evaluation';
export const SAMPLE_ORIGINAL =
  'https://uil.unesco.org/event/unesco-learning-cities-meeting-educational-planning-monitoring-and-evaluation';
const POLL = { timeout: 10_000 };

/** Opens a fixture capture (the sample by default) at its real address and waits for the extension's badge. */
export async function openCapture(b: BrowserUnderTest, slug = 'seed') {
  const sample = loadSample(slug);
  await b.serveCapture(sample.url, sample.html);
  const tab = await b.openTab(sample.url);
  return { tab, tabId: tab.tabId, badge: await b.waitForBadge(tab.tabId), sample };
}

/** The rows of the popup's time table. */
const rows = (popup: PageUnderTest) => popup.texts(`${byTestId('event-time')} tr`);

/** The tab is badged EVT and the card's host element is on the page (its content is in a closed shadow root). */
export async function badgeAndCard(b: BrowserUnderTest, tab: TabUnderTest): Promise<void> {
  expect(await b.waitForBadge(tab.tabId)).toBe('EVT');
  await tab.waitFor('event-lens-card');
}

/** The popup, for a reader in Seoul: the date once, the event's zone, the reader's, UTC, the capture, a zone added. */
export async function popupInSeoul(b: BrowserUnderTest, tabId: number): Promise<void> {
  const popup = await b.openPopupFor(tabId);
  await expect.poll(() => popup.text(byTestId('event-title')), POLL).toBe(SAMPLE_TITLE);
  expect(await popup.text(byTestId('event-date'))).toBe(await dayIn(popup, '2020-11-17'));
  expect(await rows(popup)).toEqual([
    expect.stringMatching(/^Paris(1:00\sPM–2:30\sPM|13:00–14:30)UTC\+1$/),
    expect.stringMatching(/^Your time \(Seoul\)(9:00\sPM–10:30\sPM|21:00–22:30)UTC\+9$/),
    expect.stringMatching(/^UTC(12:00\sPM–1:30\sPM|12:00–13:30)UTC$/),
  ]);
  expect(await popup.text(byTestId('capture-line'))).toContain(
    `Captured ${await captureTimeIn(popup, '2020-12-06T07:20:20Z')} on UNESCO Web Archive`,
  );
  await popup.click(`${byTestId('display-options')} summary`);
  await popup.fill(byTestId('zone-input'), 'Mexico');
  await popup.clickText('Add zone');
  await expect.poll(async () => (await rows(popup)).length, POLL).toBe(4);
  expect((await rows(popup))[3]).toMatch(/^Mexico City(6:00\sAM–7:30\sAM|06:00–07:30)UTC-6$/);
  await popup.close();
}

/** The .ics reads back at the right instant (ical.js), Google and Outlook get UTC, the reader's row is `readerTime`. */
export async function calendarExports(b: BrowserUnderTest, tabId: number, readerTime: RegExp): Promise<void> {
  const popup = await b.openPopupFor(tabId);
  await popup.waitFor(byTestId('calendar-buttons'));
  const { name, text } = await popup.download(byTestId('download-ics'), '.ics');
  expect(name).toMatch(/^unesco-learning-cities.*\.ics$/);
  const vevent = new ICAL.Component(ICAL.parse(text) as unknown[]).getFirstSubcomponent('vevent');
  if (!vevent) throw new Error('no VEVENT in the download');
  const event = new ICAL.Event(vevent);
  expect(event.summary).toBe(SAMPLE_TITLE);
  expect(event.startDate.toJSDate().toISOString()).toBe('2020-11-17T12:00:00.000Z');
  expect(event.endDate.toJSDate().toISOString()).toBe('2020-11-17T13:30:00.000Z');
  expect(event.description).toContain('Archived copy: https://webarchive.unesco.org/web/20201205001600/');

  const google = new URL((await popup.attribute(byTestId('google-calendar'), 'href')) ?? '');
  expect(google.searchParams.get('dates')).toBe('20201117T120000Z/20201117T133000Z');
  const outlook = new URL((await popup.attribute(byTestId('outlook-calendar'), 'href')) ?? '');
  expect([outlook.searchParams.get('startdt'), outlook.searchParams.get('enddt')]).toEqual([
    '2020-11-17T12:00:00Z',
    '2020-11-17T13:30:00Z',
  ]);
  // The reader sees the same instant in their own zone.
  expect((await rows(popup))[1]).toMatch(readerTime);
  await popup.close();
}

/** The toolbar popup, opened as a click on the icon would for the active tab, shows the tab's event. */
export async function toolbarPopup(b: BrowserUnderTest, tab: TabUnderTest): Promise<void> {
  const toolbar = await b.openToolbarPopup(tab);
  try {
    expect(await toolbar.textOf('event-title')).toBe(SAMPLE_TITLE);
    expect(await toolbar.textOf('event-location')).toContain('Online');
    expect(await toolbar.textOf('event-links')).toContain('zoom.us/meeting/register');
  } finally {
    await toolbar.close();
  }
}

/**
 * Other captures, with the indexes answering the sample's lists (`requests` counts what they were asked): counts,
 * the captures around the event, the timeline; each archive asked once, then answered from the cache.
 */
export async function otherCaptures(b: BrowserUnderTest, tabId: number, requests: IndexRequests): Promise<void> {
  const ia = byTestId('captures-internet-archive');
  const unesco = byTestId('captures-unesco');
  let popup = await b.openPopupFor(tabId);
  const at = (iso: string) => captureTimeIn(popup, iso);
  await popup.waitFor(`${ia} .capture-count`, 15_000).catch(async (err: unknown) => {
    throw new Error(`no capture count; the panel says: ${await popup.text(byTestId('captures'))}`, { cause: err });
  });
  await popup.waitFor(`${unesco} .capture-count`);
  expect(await popup.text(`${ia} .capture-count`)).toContain(
    `Internet Archive: 36 captures, ${await at('2020-10-20T10:09:00Z')} – ${await at('2024-02-09T10:44:00Z')}`,
  );
  expect(await popup.text(ia)).toContain('10 of them are redirects or errors');
  // The capture that is both the last before the event and the nearest its end is said once.
  expect(await popup.texts(`${ia} ${byTestId('nearest-captures')} div`)).toEqual([
    `Last before the event · Nearest the event’s end${await at('2020-11-17T02:15:00Z')}`,
    `First after the event starts${await at('2020-11-18T17:27:00Z')}`,
  ]);
  expect(await popup.attribute(`${ia} ${byTestId('nearest-captures')} a`, 'href')).toBe(
    `https://web.archive.org/web/20201117021505/${SAMPLE_ORIGINAL}`,
  );
  expect(await popup.text(`${unesco} .capture-count`)).toContain('UNESCO Web Archive: 4 captures');
  expect(await popup.attribute(`${unesco} ${byTestId('nearest-captures')} a`, 'href')).toBe(
    `https://webarchive.unesco.org/web/20201102101503/${SAMPLE_ORIGINAL}`,
  );
  // The timeline: a row per year, month initials on top, a legend; December 2020 lists this capture.
  const timeline = `${unesco} ${byTestId('capture-timeline')}`;
  expect(await popup.texts(`${timeline} text.year`)).toEqual(['2020', '2021']);
  expect(await popup.texts(`${timeline} ${byTestId('timeline-months')} text`)).toEqual('JFMAMJJASOND'.split(''));
  expect(await popup.text(`${unesco} ${byTestId('timeline-legend')}`)).toBe(' few captures  many  the event’s month');
  await popup.click(`${timeline} [data-month="2020-12"]`);
  await expect
    .poll(() => popup.texts(`${unesco} ${byTestId('month-captures')} li`), POLL)
    .toEqual([await at('2020-12-05T00:16:00Z'), `${await at('2020-12-06T07:20:00Z')} (this capture)`]);
  await popup.close();

  // However many popups were opened on the page before, each archive was asked once.
  expect([requests.internetArchive.length, requests.unesco.length]).toEqual([1, 1]);
  expect(requests.internetArchive[0]).toContain(`url=${encodeURIComponent(SAMPLE_ORIGINAL)}`);
  expect(requests.internetArchive[0]).toContain('collapse=digest');
  // Opened again: the answers come from the cache; nothing is sent.
  popup = await b.openPopupFor(tabId);
  await popup.waitFor(`${ia} .capture-count`);
  expect(await popup.text(ia)).toContain('kept from an earlier answer');
  expect([requests.internetArchive.length, requests.unesco.length]).toEqual([1, 1]);
  await popup.close();
}
