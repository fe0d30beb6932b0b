import { useState } from 'preact/hooks';
import type { Translate } from '../utils/i18n/translate';
import { findZoneChoice, zonePlace } from '../utils/time/zone-names';
import { SubmitForm } from './SubmitForm';
import { ZoneInput, type ZoneChoice } from './ZoneInput';

export type DisplayOptionsProps = {
  t: Translate;
  extraZones: readonly string[];
  hourCycle: 'locale' | 'h12' | 'h23';
  /** Every zone the picker offers (asked for only when the reader first uses the field). */
  choices: () => readonly ZoneChoice[];
  onAddZone: (zone: string) => void;
  onRemoveZone: (zone: string) => void;
  onHourCycle: (cycle: 'locale' | 'h12' | 'h23') => void;
  /** Shown as a section of its own (the settings page) rather than folded under a summary (the popup). */
  inline?: boolean;
};

/** Other zones to show the event in (searchable, remembered) and the 12/24-hour clock. */
export function DisplayOptions(props: DisplayOptionsProps) {
  const { t, extraZones, hourCycle, choices, onAddZone, onRemoveZone, onHourCycle } = props;
  const [query, setQuery] = useState('');
  const [error, setError] = useState<string | null>(null);
  const add = () => {
    const match = findZoneChoice(choices(), query);
    if (!match) return setError(query.trim() ? t('noZoneCalled', query.trim()) : null);
    setError(null);
    setQuery('');
    onAddZone(match.zone);
  };
  const body = (
    <>
      <SubmitForm class="zone-add" onSubmit={add}>
        <ZoneInput
          id={props.inline ? 'settings-extra-zone' : 'popup-extra-zone'}
          label={t('addZoneLabel')}
          value={query}
          onInput={setQuery}
          choices={choices}
          placeholder={t('zonePlaceholder')}
          error={error}
          testId="zone-input"
        />
        <button type="submit" class="button">
          {t('addZone')}
        </button>
      </SubmitForm>
      <ExtraZones t={t} zones={extraZones} onRemove={onRemoveZone} />
      <label class="field">
        <span class="field-label">{t('clock')}</span>
        <select
          value={hourCycle}
          onChange={(e) => onHourCycle(e.currentTarget.value as 'locale' | 'h12' | 'h23')}
          data-testid="hour-cycle"
        >
          <option value="locale">{t('clockLocale')}</option>
          <option value="h23">{t('clock24')}</option>
          <option value="h12">{t('clock12')}</option>
        </select>
      </label>
    </>
  );
  if (props.inline) return <div class="display-options">{body}</div>;
  return (
    <details class="display-options" data-testid="display-options">
      <summary>{t('otherZonesSummary')}</summary>
      {body}
    </details>
  );
}

/** The zones added, each a chip with its place's name and a labelled button to take it away. */
function ExtraZones({ t, zones, onRemove }: { t: Translate; zones: readonly string[]; onRemove: (z: string) => void }) {
  if (zones.length === 0) return null;
  return (
    <ul class="chips" data-testid="extra-zones">
      {zones.map((zone) => (
        <li key={zone} class="chip" title={zone}>
          {zonePlace(zone)}
          <button type="button" class="chip-remove" onClick={() => onRemove(zone)} aria-label={t('removeZone', zone)}>
            ×
          </button>
        </li>
      ))}
    </ul>
  );
}
