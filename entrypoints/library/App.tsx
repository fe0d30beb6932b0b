import { useEffect, useState } from 'preact/hooks';
import { LibraryView, type ExportFormat } from '../../components/LibraryView';
import { buildIcsCalendar } from '../../utils/calendar/build-ics';
import { applyCorrections, type Corrections } from '../../utils/corrections';
import { downloadText } from '../../utils/download';
import type { Translate } from '../../utils/i18n';
import { eventsCsv } from '../../utils/library/events-csv';
import {
  DEFAULT_QUERY,
  exportJson,
  libraryFacets,
  MAX_SAVED_EVENTS,
  queryLibrary,
  readImportFile,
  type LibraryQuery,
  type SavedList,
} from '../../utils/library/saved-events';
import {
  correctionsItem,
  importSavedEvents,
  loadAllCorrections,
  loadDisplaySettings,
  loadSavedEvents,
  removeSavedEvents,
  saveCorrections,
  savedEventsItem,
  type DisplaySettings,
  DEFAULT_DISPLAY_SETTINGS,
} from '../../utils/storage';
import { displayPreferences, zoneChoices } from '../../utils/time/format-event-time';

/** The library page's one container: reads and writes the saved events and corrections, exports, imports. */
export function App({ t }: { t: Translate }) {
  const [list, setList] = useState<SavedList>({ events: [], unreadable: 0 });
  const [corrections, setCorrections] = useState<Record<string, Corrections>>({});
  const [settings, setSettings] = useState<DisplaySettings>(DEFAULT_DISPLAY_SETTINGS);
  const [query, setQuery] = useState<LibraryQuery>(DEFAULT_QUERY);
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [editing, setEditing] = useState<string | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  useEffect(() => {
    const reload = () => {
      void loadSavedEvents().then(setList);
      void loadAllCorrections().then(setCorrections);
    };
    reload();
    void loadDisplaySettings().then(setSettings);
    const stops = [savedEventsItem.watch(reload), correctionsItem.watch(reload)];
    return () => stops.forEach((stop) => stop());
  }, []);

  const prefs = displayPreferences(settings, (zone) => t('readerZone', zone));
  const shown = queryLibrary(list.events, query).map((e) => {
    const url = e.record.page.originalUrl;
    const own = corrections[url] ?? null;
    return { url, saved: e, record: applyCorrections(e.record, own), corrected: own !== null };
  });
  const byUrl = new Map(shown.map((i) => [i.url, i]));
  const editingItem = editing ? list.events.find((e) => e.record.page.originalUrl === editing) : undefined;
  const editingEvent = editingItem?.record.event;

  const exportFile = (format: ExportFormat, urls: readonly string[]) => {
    const items = urls.map((u) => byUrl.get(u)).filter((i) => i !== undefined);
    const stamp = new Date().toISOString().slice(0, 10);
    if (format === 'ics') {
      const ics = buildIcsCalendar(
        items.map((i) => i.record),
        new Date(),
        t('libraryTitle'),
      );
      downloadText(document, ics, `event-lens-events-${stamp}.ics`, 'text/calendar');
    } else if (format === 'json') {
      // The records as the reader sees them (corrections applied), so an import restores exactly that.
      const json = exportJson(
        items.map((i) => ({ savedAt: i.saved.savedAt, record: i.record })),
        new Date(),
      );
      downloadText(document, json, `event-lens-events-${stamp}.json`, 'application/json');
    } else {
      downloadText(document, eventsCsv(items.map((i) => i.record)), `event-lens-events-${stamp}.csv`, 'text/csv');
    }
  };

  // The file's size is checked before it is read; an import that would not fit is refused whole, and no saved
  // event is dropped to make room (utils/library/saved-events.ts).
  const importFile = async (file: Blob) => {
    const parsed = await readImportFile(file);
    if (!parsed.ok) {
      const keys = {
        'not-json': 'libraryImportNotJson',
        'too-large': 'libraryImportTooLarge',
        unreadable: 'libraryImportUnreadable',
        'not-an-export': 'libraryImportNotExport',
      } as const;
      setMessage(t(keys[parsed.reason]));
      return;
    }
    const outcome = await importSavedEvents(parsed.events);
    const rejected = parsed.rejected > 0 ? ` ${t('libraryImportRejected', String(parsed.rejected))}` : '';
    setMessage(
      outcome === 'saved'
        ? `${t('libraryImported', String(parsed.events.length))}${rejected}`
        : outcome === 'quota'
          ? t('savedQuota')
          : t('libraryImportOverLimit', [String(parsed.events.length), String(MAX_SAVED_EVENTS)]),
    );
  };

  return (
    <LibraryView
      t={t}
      prefs={prefs}
      items={shown}
      total={list.events.length}
      unreadable={list.unreadable}
      facets={libraryFacets(list.events)}
      query={query}
      onQuery={setQuery}
      selected={selected}
      onSelect={(urls, on) => {
        const next = new Set(selected);
        for (const u of urls)
          if (on) next.add(u);
          else next.delete(u);
        setSelected(next);
      }}
      onDelete={(urls) => {
        void removeSavedEvents(urls).then(() => {
          setSelected(new Set([...selected].filter((u) => !urls.includes(u))));
          setMessage(t('libraryDeleted', String(urls.length)));
        });
      }}
      onExport={exportFile}
      onImport={(file) => void importFile(file)}
      editing={editing}
      onEdit={setEditing}
      correction={
        editing && editingEvent
          ? {
              original: editingEvent,
              corrections: corrections[editing] ?? null,
              choices: zoneChoices,
              onSave: (next: Corrections) => void saveCorrections(editing, Object.keys(next).length > 0 ? next : null),
              onReset: () => void saveCorrections(editing, null),
            }
          : null
      }
      message={message}
    />
  );
}
