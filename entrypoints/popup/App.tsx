import { PopupView } from '../../components/PopupView';
import type { Corrections } from '../../utils/corrections';
import { downloadIcs } from '../../utils/common/download';
import { eventsOf } from '../../utils/event-record';
import { listingChoices } from '../../utils/event-view/listing-choices';
import { useStoredItem } from '../../utils/hooks/use-stored-item';
import type { Translate } from '../../utils/i18n/translate';
import {
  displaySettingsItem,
  saveChosenEvent,
  saveCorrections,
  withExtraZone,
  withoutExtraZone,
} from '../../utils/storage';
import { displayPreferences } from '../../utils/time/reader-preferences';
import { zoneChoices } from '../../utils/time/zone-names';
import { useCopy } from './use-copy';
import { usePanels } from './use-panels';
import { useSave } from './use-save';
import { useShownRecord } from './use-shown-record';
import { useTabRecord } from './use-tab-record';

/**
 * The popup's one container: the tab's record (`useTabRecord`), the record shown for it (`useShownRecord`: the
 * event the reader chose on a listing page, with their corrections) and the reader's display settings. The
 * panels under the event (other captures, link check) come from `usePanels`.
 */
export function App({ t, locale }: { t: Translate; locale: string }) {
  const { tabId, tab } = useTabRecord();
  const [settings, saveSettings] = useStoredItem(displaySettingsItem);
  const { read, chosen, original, key, corrections, state } = useShownRecord(tab);
  const shown = state.kind === 'event' || state.kind === 'no-event' ? state.record : null;

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
