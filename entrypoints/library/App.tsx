import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { LibraryView, type ExportFormat } from '../../components/LibraryView';
import { applyCorrections, type Corrections } from '../../utils/corrections';
import { downloadFile } from '../../utils/common/download';
import type { EventRecord } from '../../utils/event-record';
import { useCitation } from '../../utils/hooks/use-citation';
import { useStoredItem } from '../../utils/hooks/use-stored-item';
import { translateCount, type Translate } from '../../utils/i18n/translate';
import { eventsCsv } from '../../utils/library/events-csv';
import {
  DEFAULT_QUERY,
  exportJson,
  libraryFacets,
  MAX_SAVED_EVENTS,
  queryLibrary,
  type LibraryQuery,
  type SavedEvent,
} from '../../utils/library/saved-events';
import { readImportFile, readSavedList } from '../../utils/library/read-saved';
import { eventKey } from '../../utils/listing/chosen-event';
import {
  correctionsItem,
  displaySettingsItem,
  importSavedEvents,
  removeSavedEvents,
  saveCorrections,
  savedEventsItem,
  type SaveOutcome,
} from '../../utils/storage';
import { displayPreferences, zoneChoices } from '../../utils/time/format-event-time';

/** How long a delete can be undone. */
const UNDO_MS = 8000;

type Shown = { key: string; saved: SavedEvent; record: EventRecord; corrected: boolean };

/**
 * Writes the events shown or chosen as one file: a calendar, the records (as the reader sees them), a table, or
 * references (each accessed on the day it was saved) that Zotero and the like import as they are.
 */
async function exportFile(format: ExportFormat, items: readonly Shown[], title: string, lang: string): Promise<void> {
  const stamp = new Date().toISOString().slice(0, 10);
  const records = items.map((i) => i.record);
  if (format === 'bibtex' || format === 'ris' || format === 'csl-json') {
    const { citeRecords, CITATION_FILES } = await import('../../utils/citation/cite');
    const text = await citeRecords(
      items.map((i) => ({ record: i.record, accessedMs: i.saved.savedAt })),
      format,
      lang,
    );
    const file = CITATION_FILES[format];
    downloadFile(text, `event-lens-references-${stamp}.${file.extension}`, file.type);
  } else if (format === 'ics') {
    const { buildIcsCalendar } = await import('../../utils/calendar/build-ics');
    downloadFile(buildIcsCalendar(records, new Date(), title), `event-lens-events-${stamp}.ics`, 'text/calendar');
  } else if (format === 'json') {
    // The records as the reader sees them (corrections applied), so an import restores exactly that.
    const json = exportJson(
      items.map((i) => ({ savedAt: i.saved.savedAt, record: i.record })),
      new Date(),
    );
    downloadFile(json, `event-lens-events-${stamp}.json`, 'application/json');
  } else {
    downloadFile(eventsCsv(records), `event-lens-events-${stamp}.csv`, 'text/csv');
  }
}

/**
 * What an import says: how many came in (and were left out), or why nothing did. The file's size is checked
 * before it is read; an import that would not fit is refused whole, and no saved event is dropped to make room
 * (utils/library/saved-events.ts).
 */
async function importFile(file: Blob, t: Translate): Promise<string> {
  const parsed = await readImportFile(file);
  if (!parsed.ok) {
    const keys = {
      'not-json': 'libraryImportNotJson',
      'too-large': 'libraryImportTooLarge',
      unreadable: 'libraryImportUnreadable',
      'not-an-export': 'libraryImportNotExport',
    } as const;
    return t(keys[parsed.reason]);
  }
  const outcome = await importSavedEvents(parsed.events);
  if (outcome === 'quota') return t('savedQuota');
  if (outcome === 'full') {
    return t('libraryImportOverLimit', [String(parsed.events.length), String(MAX_SAVED_EVENTS)]);
  }
  const rejected = parsed.rejected > 0 ? ` ${translateCount(t, 'libraryImportRejected', parsed.rejected)}` : '';
  return `${translateCount(t, 'libraryImported', parsed.events.length)}${rejected}`;
}

/** Deleting, with a few seconds to take it back: the entries deleted are put back as they were. */
function useUndoableDelete(t: Translate, setMessage: (m: string | null) => void) {
  const [undo, setUndo] = useState<(() => void) | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  useEffect(() => () => clearTimeout(timer.current), []);
  const remove = (gone: readonly SavedEvent[]) => {
    const keys = gone.map((e) => eventKey(e.record));
    void removeSavedEvents(keys).then(() => {
      setMessage(translateCount(t, 'libraryDeleted', keys.length));
      clearTimeout(timer.current);
      setUndo(() => () => {
        clearTimeout(timer.current);
        setUndo(null);
        void importSavedEvents(gone).then((o: SaveOutcome) =>
          setMessage(o === 'saved' ? t('libraryRestored') : t(o === 'quota' ? 'savedQuota' : 'savedFull')),
        );
      });
      timer.current = setTimeout(() => setUndo(null), UNDO_MS);
    });
  };
  return { undo, remove };
}

/** The library page's one container: reads and writes the saved events and corrections, exports, imports. */
export function App({ t, locale }: { t: Translate; locale: string }) {
  const [stored] = useStoredItem(savedEventsItem);
  const [corrections] = useStoredItem(correctionsItem);
  const [settings] = useStoredItem(displaySettingsItem);
  const [query, setQuery] = useState<LibraryQuery>(DEFAULT_QUERY);
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [editing, setEditing] = useState<string | null>(null);
  const [citing, setCiting] = useState<string | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const deleting = useUndoableDelete(t, setMessage);

  const list = useMemo(() => readSavedList(stored.events), [stored]);
  // Kept from render to render (a citation is made again only when its record changes).
  const shown: Shown[] = useMemo(
    () =>
      queryLibrary(list.events, query).map((saved) => {
        const key = eventKey(saved.record);
        const own = corrections[key] ?? null;
        return { key, saved, record: applyCorrections(saved.record, own), corrected: own !== null };
      }),
    [list, query, corrections],
  );
  const byKey = new Map(shown.map((i) => [i.key, i]));
  const editingEvent = editing ? byKey.get(editing)?.saved.record.event : undefined;
  const pick = (keys: readonly string[]) => keys.map((k) => byKey.get(k)).filter((i) => i !== undefined);
  const prefs = displayPreferences(settings, (zone) => t('readerZone', zone), locale);
  const cited = citing ? byKey.get(citing) : undefined;
  // Accessed on the day it was saved: when the reader read the capture.
  const cite = useCitation(t, cited?.record ?? null, cited?.saved.savedAt ?? 0, prefs.locale);

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
      onSelect={(keys, on) => {
        const next = new Set(selected);
        for (const k of keys)
          if (on) next.add(k);
          else next.delete(k);
        setSelected(next);
      }}
      onDelete={(keys) => {
        deleting.remove(pick(keys).map((i) => i.saved));
        setSelected(new Set([...selected].filter((k) => !keys.includes(k))));
      }}
      onUndo={deleting.undo}
      onExport={(format, keys) => void exportFile(format, pick(keys), t('libraryTitle'), prefs.locale)}
      onImport={(file) => void importFile(file, t).then(setMessage)}
      editing={editing}
      onEdit={setEditing}
      correction={
        editing && editingEvent
          ? {
              original: editingEvent,
              corrections: corrections[editing] ?? null,
              choices: zoneChoices,
              onSave: (next: Corrections) => void saveCorrections(editing, next),
              onReset: () => void saveCorrections(editing, null),
            }
          : null
      }
      citing={cited ? citing : null}
      onCite={setCiting}
      cite={cited ? cite : null}
      message={message}
    />
  );
}
