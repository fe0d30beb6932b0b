import { useEffect, useMemo } from 'preact/hooks';
import type { PopupState } from '../../components/PopupView';
import { calendarLinks } from '../../utils/calendar/calendar-links';
import { applyCorrections } from '../../utils/corrections';
import type { EventRecord } from '../../utils/event-record';
import { useStoredItem } from '../../utils/hooks/use-stored-item';
import { chosenRecord, eventKey, validChoice } from '../../utils/listing/chosen-event';
import { chosenEventsItem, correctionsItem } from '../../utils/storage';
import type { TabRecord } from './use-tab-record';

/** What the popup shows for a record: its event (corrections applied), why it has none, or nothing at all. */
function stateOf(record: EventRecord | null): PopupState {
  if (!record) return { kind: 'not-archived' };
  return record.event
    ? { kind: 'event', record, event: record.event, calendar: calendarLinks(record) }
    : { kind: 'no-event', record };
}

/**
 * The record the popup shows for the tab's: the event the reader chose on a listing page (`chosen`, `original`),
 * with their corrections (`corrections`, stored under `key`) applied in `state`. The event is shown once the
 * choice and the corrections are known: never first as read, then changed.
 */
export function useShownRecord(tab: TabRecord) {
  const [choices, , choicesRead] = useStoredItem(chosenEventsItem);
  const [allCorrections, , correctionsRead] = useStoredItem(correctionsItem);
  const read = tab.kind === 'read' ? tab.record : null;
  const chosen = read ? validChoice(read, choices[read.page.originalUrl]) : 0;
  const original = useMemo(() => read && chosenRecord(read, chosen), [read, chosen]);
  const key = original?.event ? eventKey(original) : null;
  const corrections = key === null ? null : (allCorrections[key] ?? null);
  const ready = choicesRead && correctionsRead;
  const state: PopupState = useMemo(() => {
    if (tab.kind !== 'read') return tab;
    return ready ? stateOf(original && applyCorrections(original, corrections)) : { kind: 'loading' };
  }, [tab, original, corrections, ready]);
  useEffect(() => {
    if (state.kind === 'event') performance.mark('event-lens:popup:card');
  }, [state.kind]);
  return { read, chosen, original, key, corrections, state };
}
