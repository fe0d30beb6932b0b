import { findZoneChoice } from '../utils/time/format-event-time';
import { useState } from 'preact/hooks';
import type { Translate } from '../utils/i18n';

export type DisplayOptionsProps = {
  t: Translate;
  extraZones: readonly string[];
  hourCycle: 'locale' | 'h12' | 'h23';
  /**
   * Every zone the picker offers, with a label people search by ("Seoul (Asia)"). Asked for only when the
   * reader opens the options: building and rendering 400 zones would slow the popup's first card.
   */
  choices: () => readonly { zone: string; label: string }[];
  onAddZone: (zone: string) => void;
  onRemoveZone: (zone: string) => void;
  onHourCycle: (cycle: 'locale' | 'h12' | 'h23') => void;
};

/** Other zones to show the event in (searchable, remembered) and the 12/24-hour clock. */
export function DisplayOptions({
  t,
  extraZones,
  hourCycle,
  choices,
  onAddZone,
  onRemoveZone,
  onHourCycle,
}: DisplayOptionsProps) {
  const [query, setQuery] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [zones, setZones] = useState<readonly { zone: string; label: string }[] | null>(null);
  const add = () => {
    const match = findZoneChoice(zones ?? choices(), query);
    if (!match) {
      setError(query.trim() ? t('noZoneCalled', query.trim()) : null);
      return;
    }
    setError(null);
    setQuery('');
    onAddZone(match.zone);
  };
  return (
    <details
      class="display-options"
      data-testid="display-options"
      onToggle={(e) => {
        if (e.currentTarget.open && !zones) setZones(choices());
      }}
    >
      <summary>{t('otherZonesSummary')}</summary>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          add();
        }}
      >
        <label>
          {t('addZoneLabel')}{' '}
          <input
            type="search"
            list="event-lens-zones"
            value={query}
            placeholder={t('zonePlaceholder')}
            onInput={(e) => setQuery(e.currentTarget.value)}
            data-testid="zone-input"
          />
        </label>
        <datalist id="event-lens-zones">
          {(zones ?? []).map((c) => (
            <option key={c.zone} value={c.label} />
          ))}
        </datalist>{' '}
        <button type="submit">{t('add')}</button>
      </form>
      {error && (
        <p class="warning" role="status">
          {error}
        </p>
      )}
      {extraZones.length > 0 && (
        <ul class="zones" data-testid="extra-zones">
          {extraZones.map((zone) => (
            <li key={zone}>
              {zone}{' '}
              <button type="button" onClick={() => onRemoveZone(zone)} aria-label={t('removeZone', zone)}>
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
      <label>
        {t('clock')}{' '}
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
    </details>
  );
}
