import { useState } from 'preact/hooks';
import type { Corrections } from '../utils/corrections';
import type { EventDetails } from '../utils/event-record';
import type { Translate } from '../utils/i18n';
import { findZoneChoice } from '../utils/time/format-event-time';

type Props = {
  t: Translate;
  /** The event as read from the page, before corrections. */
  original: EventDetails;
  corrections: Corrections | null;
  /** Every zone the picker offers (asked for only when the form opens). */
  choices: () => readonly { zone: string; label: string }[];
  onSave: (corrections: Corrections) => void;
  onReset: () => void;
  /** Shown opened (the library opens it on "Correct"). */
  open?: boolean;
};

/** Correct the title, time zone or times before exporting; kept for this page. */
export function CorrectionForm({ t, original, corrections, choices, onSave, onReset, open = false }: Props) {
  const [title, setTitle] = useState(corrections?.title ?? original.title);
  const [zone, setZone] = useState(corrections?.timeZone ?? original.timeZone.iana ?? '');
  const [start, setStart] = useState(corrections?.startTime ?? original.start.time ?? '');
  const [end, setEnd] = useState(corrections?.endTime ?? original.end.time ?? '');
  const [zones, setZones] = useState<readonly { zone: string; label: string }[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const save = () => {
    const z = zone.trim();
    const match = findZoneChoice(zones ?? choices(), z);
    if (z !== '' && !match) {
      setError(t('noZoneCalled', z));
      return;
    }
    setError(null);
    const next: Corrections = {};
    if (title.trim() !== '' && title.trim() !== original.title) next.title = title.trim();
    if (match && match.zone !== original.timeZone.iana) next.timeZone = match.zone;
    if ((start || null) !== original.start.time) next.startTime = start || null;
    if ((end || null) !== original.end.time) next.endTime = end || null;
    onSave(next);
  };
  return (
    <details
      class="corrections"
      open={open}
      data-testid="corrections"
      onToggle={(e) => {
        if (e.currentTarget.open && !zones) setZones(choices());
      }}
    >
      <summary>{corrections ? t('correctedSummary') : t('correctSummary')}</summary>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          save();
        }}
      >
        <label>
          {t('correctTitle')}{' '}
          <input
            type="text"
            value={title}
            onInput={(e) => setTitle(e.currentTarget.value)}
            data-testid="correct-title"
          />
        </label>
        <label>
          {t('correctZone')}{' '}
          <input
            type="search"
            list="event-lens-correction-zones"
            value={zone}
            onInput={(e) => setZone(e.currentTarget.value)}
            data-testid="correct-zone"
          />
        </label>
        <datalist id="event-lens-correction-zones">
          {(zones ?? []).map((c) => (
            <option key={c.zone} value={c.zone} label={c.label} />
          ))}
        </datalist>
        <label>
          {t('correctStarts')}{' '}
          <input
            type="time"
            value={start}
            onInput={(e) => setStart(e.currentTarget.value)}
            data-testid="correct-start"
          />
        </label>
        <label>
          {t('correctEnds')}{' '}
          <input type="time" value={end} onInput={(e) => setEnd(e.currentTarget.value)} data-testid="correct-end" />
        </label>
        {error && (
          <p class="warning" role="status">
            {error}
          </p>
        )}
        <button type="submit" class="button">
          {t('correctSave')}
        </button>{' '}
        {corrections && (
          <button type="button" class="button" onClick={onReset}>
            {t('correctUndo')}
          </button>
        )}
      </form>
    </details>
  );
}
