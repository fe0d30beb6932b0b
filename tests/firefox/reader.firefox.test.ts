import { beforeAll, describe, it } from 'vitest';
import type { IndexRequests } from '../browsers/browser-under-test';
import { firefoxUnderTest } from '../browsers/firefox-under-test';
import { sampleCaptureIndexes } from '../browsers/shared';
import {
  badgeAndCard,
  calendarExports,
  openCapture,
  otherCaptures,
  popupInSeoul,
  toolbarPopup,
} from '../journeys/reader';
import { useFirefox } from './helpers';

// The reader is in Seoul: 13:00 CET on 17 November 2020 is 21:00 there. The journeys are Chromium's too
// (tests/e2e/extension, calendar, captures).
const getFirefox = useFirefox({ timezone: 'Asia/Seoul' });
const browser = () => firefoxUnderTest(getFirefox());
// The archives answer from the start: every popup on the sample asks them, and keeps what they said.
let indexRequests: IndexRequests;
beforeAll(async () => {
  indexRequests = await browser().serveCaptureIndexes(sampleCaptureIndexes());
});

describe('reading the sample capture in Firefox', () => {
  it('badges the tab EVT and shows the card on the page', async () => {
    const { tab } = await openCapture(browser());
    await badgeAndCard(browser(), tab);
    await tab.close();
  });

  it('shows the event in the popup: the date once, the event’s zone, the reader’s, UTC, and a zone added', async () => {
    const { tab } = await openCapture(browser());
    await popupInSeoul(browser(), tab.tabId);
    await tab.close();
  });

  it('downloads an .ics that reads back at the right instant, and links Google and Outlook in UTC', async () => {
    const { tab } = await openCapture(browser());
    await calendarExports(browser(), tab.tabId, /^Your time \(Seoul\)(9:00\sPM–10:30\sPM|21:00–22:30)UTC\+9$/);
    await tab.close();
  });

  it('lists the other captures: counts, the captures around the event, a timeline by month', async () => {
    const { tab } = await openCapture(browser());
    await otherCaptures(browser(), tab.tabId, indexRequests);
    await tab.close();
  });

  it('opens the real toolbar popup for the active tab', async () => {
    const { tab } = await openCapture(browser());
    await toolbarPopup(browser(), tab);
    await tab.close();
  });
});
