/**
 * The library container's state (App.tsx): the events shown with the reader's corrections applied, the
 * selection, and deleting with a few seconds to take it back.
 */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { applyCorrections, type Corrections } from '../../utils/corrections';
import type { EventRecord } from '../../utils/event-record';
import { translateCount, type Translate } from '../../utils/i18n/translate';
import { queryLibrary, type LibraryQuery, type SavedEvent } from '../../utils/library/saved-events';
import { eventKey } from '../../utils/listing/chosen-event';
import { importSavedEvents, removeSavedEvents, type SaveOutcome } from '../../utils/storage';

/** How long a delete can be undone. */
const UNDO_MS = 8000;

export type Shown = { key: string; saved: SavedEvent; record: EventRecord; corrected: boolean };

/** The saved events that match the query, each as the reader corrected it. */
export function useShownEvents(
  events: readonly SavedEvent[],
  query: LibraryQuery,
  corrections: Readonly<Record<string, Corrections>>,
): Shown[] {
  // Kept from render to render (a citation is made again only when its record changes).
  return useMemo(
    () =>
      queryLibrary(events, query).map((saved) => {
        const key = eventKey(saved.record);
        const own = corrections[key] ?? null;
        return { key, saved, record: applyCorrections(saved.record, own), corrected: own !== null };
      }),
    [events, query, corrections],
  );
}

/** The events the reader selected (their keys): some added or taken away at once, or dropped once deleted. */
export function useSelection() {
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const select = (keys: readonly string[], on: boolean) => {
    const next = new Set(selected);
    for (const k of keys)
      if (on) next.add(k);
      else next.delete(k);
    setSelected(next);
  };
  const drop = (keys: readonly string[]) => setSelected(new Set([...selected].filter((k) => !keys.includes(k))));
  return { selected, select, drop };
}

/** Deleting, with a few seconds to take it back: the entries deleted are put back as they were. */
export function useUndoableDelete(t: Translate, setMessage: (m: string | null) => void) {
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
