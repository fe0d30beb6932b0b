import { useMemo, useState } from 'preact/hooks';
import { LibraryView } from '../../components/LibraryView';
import type { Corrections } from '../../utils/corrections';
import type { EventDetails } from '../../utils/event-record';
import { useCitation } from '../../utils/hooks/use-citation';
import { useStoredItem } from '../../utils/hooks/use-stored-item';
import type { Translate } from '../../utils/i18n/translate';
import { DEFAULT_QUERY, libraryFacets, type LibraryQuery } from '../../utils/library/saved-events';
import { readSavedList } from '../../utils/library/read-saved';
import { correctionsItem, displaySettingsItem, saveCorrections, savedEventsItem } from '../../utils/storage';
import { displayPreferences } from '../../utils/time/reader-preferences';
import { zoneChoices } from '../../utils/time/zone-names';
import { exportFile, importFile } from './library-files';
import { useSelection, useShownEvents, useUndoableDelete } from './use-library-events';

/** The correction form's props for the event being corrected (`key`), or `null` when none is. */
function correctionOf(key: string | null, original: EventDetails | null | undefined, own: Corrections | null) {
  if (!key || !original) return null;
  return {
    original,
    corrections: own,
    choices: zoneChoices,
    onSave: (next: Corrections) => void saveCorrections(key, next),
    onReset: () => void saveCorrections(key, null),
  };
}

/** The library page's one container: reads and writes the saved events and corrections, exports, imports. */
export function App({ t, locale }: { t: Translate; locale: string }) {
  const [stored] = useStoredItem(savedEventsItem);
  const [corrections] = useStoredItem(correctionsItem);
  const [settings] = useStoredItem(displaySettingsItem);
  const [query, setQuery] = useState<LibraryQuery>(DEFAULT_QUERY);
  const selection = useSelection();
  const [editing, setEditing] = useState<string | null>(null);
  const [citing, setCiting] = useState<string | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const deleting = useUndoableDelete(t, setMessage);

  const list = useMemo(() => readSavedList(stored.events), [stored]);
  const shown = useShownEvents(list.events, query, corrections);
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
      selected={selection.selected}
      onSelect={selection.select}
      onDelete={(keys) => {
        deleting.remove(pick(keys).map((i) => i.saved));
        selection.drop(keys);
      }}
      onUndo={deleting.undo}
      onExport={(format, keys) => void exportFile(format, pick(keys), t('libraryTitle'), prefs.locale)}
      onImport={(file) => void importFile(file, t).then(setMessage)}
      editing={editing}
      onEdit={setEditing}
      correction={correctionOf(editing, editingEvent, editing ? (corrections[editing] ?? null) : null)}
      citing={cited ? citing : null}
      onCite={setCiting}
      cite={cited ? cite : null}
      message={message}
    />
  );
}
