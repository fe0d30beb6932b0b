import { useEffect, useMemo } from 'preact/hooks';
import { PopupView, type PopupState } from '../../components/PopupView';
import { calendarLinks } from '../../utils/calendar/calendar-links';
import { applyCorrections, type Corrections } from '../../utils/corrections';
import { downloadIcs } from '../../utils/common/download';
import { eventsOf, type EventRecord } from '../../utils/event-record';
import { listingChoices } from '../../utils/event-view/listing-choices';
import { useStoredItem } from '../../utils/hooks/use-stored-item';
import type { Translate } from '../../utils/i18n/translate';
import { chosenRecord, eventKey, validChoice } from '../../utils/listing/chosen-event';
import {
  chosenEventsItem,
  correctionsItem,
  displaySettingsItem,
  saveChosenEvent,
  saveCorrections,
  withExtraZone,
  withoutExtraZone,
} from '../../utils/storage';
import { displayPreferences, zoneChoices } from '../../utils/time/format-event-time';
import { useCopy } from './use-copy';
import { usePanels } from './use-panels';
import { useSave } from './use-save';
import { useTabRecord } from './use-tab-record';

/** What the popup shows for a record: its event (corrections applied), why it has none, or nothing at all. */
function stateOf(record: EventRecord | null): PopupState {
  if (!record) return { kind: 'not-archived' };
  return record.event
    ? { kind: 'event', record, event: record.event, calendar: calendarLinks(record) }
    : { kind: 'no-event', record };
}

/**
 * The popup's one container: the tab's record (`useTabRecord`), the event the reader chose on a listing page,
 * their corrections and settings (each one stored item), and what is derived from them once: the record shown
 * and its calendar links. The panels under the event (other captures, link check) come from `usePanels`.
 */
export function App({ t, locale }: { t: Translate; locale: string }) {
  const { tabId, tab } = useTabRecord();
  const [settings, saveSettings] = useStoredItem(displaySettingsItem);
  const [choices, , choicesRead] = useStoredItem(chosenEventsItem);
  const [allCorrections, , correctionsRead] = useStoredItem(correctionsItem);

  const read = tab.kind === 'read' ? tab.record : null;
  const chosen = read ? validChoice(read, choices[read.page.originalUrl]) : 0;
  const original = useMemo(() => read && chosenRecord(read, chosen), [read, chosen]);
  const key = original?.event ? eventKey(original) : null;
  const corrections = key === null ? null : (allCorrections[key] ?? null);
  // The event is shown once the reader's choice and corrections are known: never first as read, then changed.
  const ready = choicesRead && correctionsRead;
  const state: PopupState = useMemo(() => {
    if (tab.kind !== 'read') return tab;
    return ready ? stateOf(original && applyCorrections(original, corrections)) : { kind: 'loading' };
  }, [tab, original, corrections, ready]);
  const shown = state.kind === 'event' || state.kind === 'no-event' ? state.record : null;
  useEffect(() => {
    if (state.kind === 'event') performance.mark('event-lens:popup:card');
  }, [state.kind]);

  const prefs = displayPreferences(settings, (zone) => t('readerZone', zone), locale);
  const save = useSave(t, original, key);
  const copy = useCopy(t, state.kind === 'event' ? state.record : null, prefs);
  const panels = usePanels(t, prefs.locale, tabId, shown, key);
  const listed = read ? eventsOf(read) : [];
  const correct = (next: Corrections | null) => key !== null && void saveCorrections(key, next);
  return (
    <PopupView
      t={t}
      state={state}
      prefs={prefs}
      display={{
        extraZones: settings.extraZones,
        hourCycle: settings.hourCycle,
        choices: zoneChoices,
        onAddZone: (zone) => void saveSettings(withExtraZone(settings, zone)),
        onRemoveZone: (zone) => void saveSettings(withoutExtraZone(settings, zone)),
        onHourCycle: (hourCycle) => void saveSettings({ ...settings, hourCycle }),
      }}
      {...(read &&
        listed.length > 1 && {
          listing: {
            choices: listingChoices(listed, prefs),
            chosen,
            onChoose: (index: number) => void saveChosenEvent(read.page.originalUrl, index),
          },
        })}
      {...(state.kind === 'event' && { onDownloadIcs: () => void downloadIcs(state.record) })}
      {...(copy && { copy })}
      {...(save && { save })}
      {...(original?.event && {
        correction: {
          original: original.event,
          corrections,
          choices: zoneChoices,
          onSave: (next: Corrections) => correct(next),
          onReset: () => correct(null),
        },
      })}
      {...(panels && { panels })}
    />
  );
}
