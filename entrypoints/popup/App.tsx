import { useEffect, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { CapturesState } from '../../components/CapturesPanel';
import type { LinkCheckState } from '../../components/LinkCheckPanel';
import { PopupView, type PopupState } from '../../components/PopupView';
import { DEFAULT_CAPTURE_SETTINGS, type CaptureSettings } from '../../utils/captures/capture-service';
import { calendarLinks } from '../../utils/calendar/calendar-links';
import { applyCorrections, type Corrections } from '../../utils/corrections';
import { eventAsText } from '../../utils/calendar/event-text';
import type { EventRecord } from '../../utils/event-record';
import type { Translate } from '../../utils/i18n';
import { downloadText } from '../../utils/download';
import { linkResultsCsv } from '../../utils/links/links-csv';
import {
  LINK_CHECK_PORT,
  LinkCheckEventSchema,
  parseCapturesResponse,
  parseReadResponse,
  type LinkCheckRequest,
  type Request,
} from '../../utils/messages';
import {
  captureSettingsItem,
  DEFAULT_DISPLAY_SETTINGS,
  DEFAULT_PAGE_SETTINGS,
  loadPageSettings,
  type PageSettings,
  loadCaptureSettings,
  displaySettingsItem,
  loadCorrections,
  loadDisplaySettings,
  loadSavedEvents,
  loadTabRecord,
  removeSavedEvents,
  saveEvent,
  savedEventsItem,
  saveCorrections,
  watchTabRecord,
  type DisplaySettings,
} from '../../utils/storage';
import { displayPreferences, isoToEpochMs, zoneChoices } from '../../utils/time/format-event-time';

/** The tab to show: `?tabId=N` (tests, and pages opened from the popup), else the active tab. */
async function targetTabId(): Promise<number | null> {
  const param = new URLSearchParams(location.search).get('tabId');
  if (param !== null && /^\d+$/.test(param)) return Number(param);
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id ?? null;
}

/**
 * What the popup shows for a tab's record. The record is read straight from session storage, where the
 * background keeps it (validated there and again on this read): no round trip through a service worker
 * that may first have to start.
 */
function stateOf(record: EventRecord | null): PopupState {
  if (!record) return { kind: 'not-archived' };
  return record.event
    ? { kind: 'event', record, event: record.event, calendar: calendarLinks(record) }
    : { kind: 'no-event', record };
}

/**
 * Asks the background for the other captures of the tab's page (it queries the archives' indexes, or answers
 * from its cache). Sent only from here: nothing leaves the browser until the popup is open on a page.
 */
async function askCaptures(tabId: number, refresh: boolean): Promise<CapturesState> {
  const request: Request = { type: 'captures:get', tabId, refresh };
  const response = parseCapturesResponse(await browser.runtime.sendMessage(request));
  if (!response) return { kind: 'failed', detail: 'The extension answered with something it cannot read.' };
  if (!response.ok) return { kind: 'failed', detail: response.error.message };
  return { kind: 'done', results: response.data.results };
}

/** Asks the background to read the page in a tab that has no record yet. */
async function askRead(tabId: number): Promise<{ kind: 'done' } | { kind: 'failed'; detail: string }> {
  const request: Request = { type: 'page:read', tabId };
  const response = parseReadResponse(await browser.runtime.sendMessage(request));
  if (!response) return { kind: 'failed', detail: 'The extension answered with something it cannot read.' };
  return response.ok ? { kind: 'done' } : { kind: 'failed', detail: response.error.message };
}

/** The permission a link check needs, asked in the click itself (browsers require a user gesture). */
const LINK_CHECK_PERMISSIONS = { origins: ['http://*/*', 'https://*/*'], permissions: ['webRequest' as const] };

/**
 * Writes the event's .ics and hands it to the browser as a download. The writer is loaded only now: most
 * openings of the popup never need it, and the card shows sooner without it.
 */
async function downloadIcs(record: EventRecord): Promise<void> {
  const { icsDataUrl, icsFileName } = await import('../../utils/calendar/build-ics');
  const href = icsDataUrl(record, new Date());
  if (!href) return;
  const link = document.createElement('a');
  link.href = href;
  link.download = icsFileName(record);
  link.click();
}

/**
 * The popup's one container: asks the background for the tab's record, keeps the display settings and the
 * reader's corrections, and derives what is shown (the record with the corrections applied).
 */
export function App({ t }: { t: Translate }) {
  const [loaded, setLoaded] = useState<PopupState>({ kind: 'loading' });
  const [corrections, setCorrections] = useState<Corrections | null>(null);
  const [settings, setSettings] = useState<DisplaySettings>(DEFAULT_DISPLAY_SETTINGS);
  const [copyMessage, setCopyMessage] = useState<string | null>(null);
  const [tabId, setTabId] = useState<number | null>(null);
  const [captures, setCaptures] = useState<CapturesState>({ kind: 'loading' });
  const [captureSettings, setCaptureSettings] = useState<CaptureSettings>(DEFAULT_CAPTURE_SETTINGS);
  const [linkCheck, setLinkCheck] = useState<LinkCheckState>({ kind: 'idle' });
  const [pageSettings, setPageSettings] = useState<PageSettings>(DEFAULT_PAGE_SETTINGS);
  const [savedUrls, setSavedUrls] = useState<ReadonlySet<string>>(new Set());
  const [saveMessage, setSaveMessage] = useState<string | null>(null);
  const port = useRef<ReturnType<typeof browser.runtime.connect> | null>(null);
  useEffect(() => {
    let stopWatching: () => void = () => undefined;
    const show = (record: EventRecord | null) => {
      const next = stateOf(record);
      setLoaded(next);
      if (next.kind === 'event') void loadCorrections(next.record.page.originalUrl).then(setCorrections);
    };
    targetTabId()
      .then(async (tabId) => {
        if (tabId === null) return setLoaded({ kind: 'error', message: 'errorNoTab' });
        setTabId(tabId);
        // A page still being read when the popup opened shows up as soon as the background stores it.
        stopWatching = watchTabRecord(tabId, show);
        const record = await loadTabRecord(tabId);
        if (record) return show(record);
        // Front pages and indexes are not read as they load: have the page read now (a tab the extension may
        // not read, or with no UNESCO page in it, is left as it is).
        const read = await askRead(tabId);
        if (read.kind === 'failed') return setLoaded({ kind: 'error', message: 'errorBadAnswer', detail: read.detail });
        show(await loadTabRecord(tabId));
      })
      .catch((err: unknown) =>
        setLoaded({
          kind: 'error',
          message: 'errorBadAnswer',
          detail: err instanceof Error ? err.message : String(err),
        }),
      );
    void loadDisplaySettings().then(setSettings);
    void loadCaptureSettings().then(setCaptureSettings);
    void loadPageSettings().then(setPageSettings);
    const readSaved = () =>
      void loadSavedEvents().then((l) => setSavedUrls(new Set(l.events.map((e) => e.record.page.originalUrl))));
    readSaved();
    const stopSaved = savedEventsItem.watch(readSaved);
    const stopSettings = displaySettingsItem.watch(() => void loadDisplaySettings().then(setSettings));
    return () => {
      stopWatching();
      stopSettings();
      stopSaved();
    };
  }, []);
  const original = loaded.kind === 'event' ? loaded.record : null;
  const shown = original ? applyCorrections(original, corrections) : null;
  const state: PopupState = shown?.event
    ? { kind: 'event', record: shown, event: shown.event, calendar: calendarLinks(shown) }
    : loaded;
  useEffect(() => {
    if (state.kind === 'event') performance.mark('event-lens:popup:card');
  }, [state.kind]);
  const pageUrl = loaded.kind === 'event' || loaded.kind === 'no-event' ? loaded.record.page.originalUrl : null;
  const fetchCaptures = (refresh: boolean) => {
    if (tabId === null) return;
    setCaptures({ kind: 'loading' });
    askCaptures(tabId, refresh).then(setCaptures, (err: unknown) =>
      setCaptures({ kind: 'failed', detail: err instanceof Error ? err.message : String(err) }),
    );
  };
  // Once per page shown (a page still being read asks when its record arrives).
  useEffect(() => {
    if (pageUrl !== null) fetchCaptures(false);
  }, [pageUrl, tabId]);
  const correct = (next: Corrections | null) => {
    if (!original) return;
    setCorrections(next && Object.keys(next).length > 0 ? next : null);
    void saveCorrections(original.page.originalUrl, next);
  };
  const correction = original?.event && {
    original: original.event,
    corrections,
    choices: zoneChoices,
    onSave: (next: Corrections) => correct(next),
    onReset: () => correct(null),
  };
  const save = (next: DisplaySettings) => {
    setSettings(next);
    void displaySettingsItem.setValue(next);
  };
  const prefs = displayPreferences(settings, (zone) => t('readerZone', zone));
  const display = {
    extraZones: settings.extraZones,
    hourCycle: settings.hourCycle,
    choices: zoneChoices,
    onAddZone: (zone: string) =>
      save({ ...settings, extraZones: [...new Set([...settings.extraZones, zone])].slice(0, 12) }),
    onRemoveZone: (zone: string) => save({ ...settings, extraZones: settings.extraZones.filter((z) => z !== zone) }),
    onHourCycle: (hourCycle: DisplaySettings['hourCycle']) => save({ ...settings, hourCycle }),
  };
  const record = state.kind === 'event' ? state.record : null;
  const copyOut = (text: string | null, done: 'copiedText' | 'copiedJson') => {
    if (text === null) return;
    navigator.clipboard.writeText(text).then(
      () => setCopyMessage(t(done)),
      () => setCopyMessage(t('copyRefused')),
    );
  };
  const copy = record && {
    onCopyText: () => copyOut(eventAsText(record, prefs, t), 'copiedText'),
    onCopyJson: () => copyOut(JSON.stringify(record, null, 2), 'copiedJson'),
    message: copyMessage,
  };
  const shownRecord = state.kind === 'event' || state.kind === 'no-event' ? state.record : null;
  const event = shownRecord?.event ?? null;
  const capturesProps = shownRecord && {
    state: captures,
    eventStartMs: event?.start.iso ? isoToEpochMs(event.start.iso) : null,
    eventEndMs: event?.end.iso ? isoToEpochMs(event.end.iso) : null,
    currentTimestamp: shownRecord.page.capturedAt
      ? shownRecord.page.capturedAt.replace(/\D/g, '').slice(0, 14)
      : (shownRecord.page.captureTimestamp?.padEnd(14, '0') ?? null),
    settings: captureSettings,
    onSettings: (next: CaptureSettings) => {
      setCaptureSettings(next);
      void captureSettingsItem.setValue(next).then(() => fetchCaptures(false));
    },
    onRefresh: () => fetchCaptures(true),
  };
  const labels = new Map<string, string>();
  if (shownRecord) {
    labels.set(shownRecord.page.originalUrl, t('linksThisPage'));
    for (const l of shownRecord.event?.links ?? [])
      if (!labels.has(l.url)) labels.set(l.url, `${t(`kind_${l.kind}`)}: ${l.text}`);
  }
  /** Runs the check in the background over a port; the access was granted already. */
  const runLinkCheck = (tab: number) => {
    const connection = browser.runtime.connect({ name: LINK_CHECK_PORT });
    port.current = connection;
    const collected: LinkCheckState & { kind: 'running' } = { kind: 'running', done: 0, total: 0, results: [] };
    setLinkCheck(collected);
    connection.onMessage.addListener((raw: unknown) => {
      const parsed = LinkCheckEventSchema.safeParse(raw);
      if (!parsed.success) return;
      const event = parsed.data;
      if (event.type === 'progress') {
        setLinkCheck((prev) =>
          prev.kind === 'running'
            ? { kind: 'running', done: event.done, total: event.total, results: [...prev.results, event.result] }
            : prev,
        );
      } else if (event.type === 'done') {
        setLinkCheck({ kind: 'done', results: event.results, cancelled: false });
        connection.disconnect();
      } else {
        setLinkCheck({
          kind: 'failed',
          message: event.code === 'no-permission' ? 'linksPermissionRefused' : 'linksFailed',
          detail: event.detail,
        });
        connection.disconnect();
      }
    });
    // The background's worker stopped (MV3 may stop it; an update restarts it): keep what was answered and say
    // so; checking again finishes the job from the cache, asking only what is not known yet.
    connection.onDisconnect.addListener(() => {
      if (port.current === connection) port.current = null;
      setLinkCheck((prev) =>
        prev.kind === 'running' ? { kind: 'done', results: prev.results, cancelled: false, interrupted: true } : prev,
      );
    });
    const start: LinkCheckRequest = { type: 'start', tabId: tab };
    connection.postMessage(start);
  };
  const startLinkCheck = () => {
    if (tabId === null) return;
    // Asked first, inside the click: the browser shows its prompt only the first time.
    browser.permissions.request(LINK_CHECK_PERMISSIONS).then(
      (granted) =>
        granted ? runLinkCheck(tabId) : setLinkCheck({ kind: 'failed', message: 'linksPermissionRefused' }),
      (err: unknown) =>
        setLinkCheck({
          kind: 'failed',
          message: 'linksFailed',
          detail: err instanceof Error ? err.message : String(err),
        }),
    );
  };
  // "Check links as soon as the popup opens" (a setting, off by default): only when access was granted before.
  useEffect(() => {
    if (!pageSettings.autoCheckLinks || pageUrl === null || tabId === null || linkCheck.kind !== 'idle') return;
    void browser.permissions.contains(LINK_CHECK_PERMISSIONS).then((granted) => {
      if (granted) runLinkCheck(tabId);
    });
  }, [pageSettings.autoCheckLinks, pageUrl, tabId]);
  const cancelLinkCheck = () => {
    port.current?.disconnect();
    port.current = null;
    setLinkCheck((prev) => ({ kind: 'done', results: prev.kind === 'running' ? prev.results : [], cancelled: true }));
  };
  const saveProps = original && {
    saved: savedUrls.has(original.page.originalUrl),
    message: saveMessage,
    libraryUrl: browser.runtime.getURL('/library.html'),
    onToggle: () => {
      const url = original.page.originalUrl;
      if (savedUrls.has(url)) {
        void removeSavedEvents([url]).then(() => setSaveMessage(null));
        return;
      }
      // The record as read; the reader's corrections stay with the page and apply in the library too.
      void saveEvent(original).then((outcome) =>
        setSaveMessage(outcome === 'saved' ? null : t(outcome === 'quota' ? 'savedQuota' : 'savedFull')),
      );
    },
  };
  const linkCheckProps = shownRecord && {
    state: linkCheck,
    labels,
    onCheck: startLinkCheck,
    onCancel: cancelLinkCheck,
    onExportCsv: () => {
      if (linkCheck.kind !== 'done') return;
      const host = new URL(shownRecord.page.originalUrl).hostname;
      downloadText(document, linkResultsCsv(linkCheck.results, labels), `event-lens-links-${host}.csv`, 'text/csv');
    },
  };
  return (
    <PopupView
      t={t}
      state={state}
      prefs={prefs}
      display={display}
      {...(record && { onDownloadIcs: () => void downloadIcs(record) })}
      {...(copy && { copy })}
      {...(correction && { correction })}
      {...(capturesProps && { captures: capturesProps })}
      {...(linkCheckProps && { linkCheck: linkCheckProps })}
      {...(saveProps && { save: saveProps })}
    />
  );
}
