import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { PopupView, type PopupState } from '../../components/PopupView';
import { calendarActions } from '../../utils/calendar/build-ics';
import { parseGetRecordResponse, type Request } from '../../utils/messages';
import { readerPreferences } from '../../utils/time/format-event-time';

/** The tab to show: `?tabId=N` (tests, and pages opened from the popup), else the active tab. */
async function targetTabId(): Promise<number | null> {
  const param = new URLSearchParams(location.search).get('tabId');
  if (param !== null && /^\d+$/.test(param)) return Number(param);
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id ?? null;
}

async function loadState(): Promise<PopupState> {
  const tabId = await targetTabId();
  if (tabId === null) return { kind: 'error', message: 'Event Lens could not tell which tab to look at.' };
  const request: Request = { type: 'tab:getRecord', tabId };
  const response = parseGetRecordResponse(await browser.runtime.sendMessage(request));
  if (!response)
    return { kind: 'error', message: 'The extension answered with something it cannot read. Try reloading the page.' };
  if (!response.ok) return { kind: 'error', message: response.error.message };
  const { record } = response.data;
  if (!record) return { kind: 'not-archived' };
  return record.event
    ? { kind: 'event', record, event: record.event, calendar: calendarActions(record, new Date()) }
    : { kind: 'no-event', record };
}

/** The popup's one container: asks the background for the tab's record and renders it. */
export function App() {
  const [state, setState] = useState<PopupState>({ kind: 'loading' });
  useEffect(() => {
    loadState().then(setState, (err: unknown) =>
      setState({ kind: 'error', message: err instanceof Error ? err.message : 'Something went wrong.' }),
    );
  }, []);
  return <PopupView state={state} prefs={readerPreferences()} />;
}
