/**
 * Saving the event shown to the library (the record as read: the reader's corrections stay with the event and
 * apply in the library too), or taking it out; the library is watched, so a change made elsewhere shows here.
 */
import { useMemo, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { EventRecord } from '../../utils/event-record';
import { useStoredItem } from '../../utils/hooks/use-stored-item';
import type { Translate } from '../../utils/i18n/translate';
import { savedKeys } from '../../utils/library/saved-events';
import { removeSavedEvents, saveEvent, savedEventsItem } from '../../utils/storage';

/** `original`: the record as read, with the chosen event; `key`: that event's key (`null` without an event). */
export function useSave(t: Translate, original: EventRecord | null, key: string | null) {
  const [stored, , loaded] = useStoredItem(savedEventsItem);
  const [message, setMessage] = useState<string | null>(null);
  const keys = useMemo(() => savedKeys(stored.events), [stored]);
  // Offered once the library has been read: never "Save" first, then "Saved".
  if (!original || key === null || !loaded) return null;
  const saved = keys.has(key);
  return {
    saved,
    message,
    libraryUrl: browser.runtime.getURL('/library.html'),
    onToggle: () => {
      if (saved) return void removeSavedEvents([key]).then(() => setMessage(null));
      void saveEvent(original).then((outcome) =>
        setMessage(outcome === 'saved' ? null : t(outcome === 'quota' ? 'savedQuota' : 'savedFull')),
      );
    },
  };
}
