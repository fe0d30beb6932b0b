import { useState } from 'preact/hooks';
import type { Corrections } from '../utils/corrections';
import type { EventDetails } from '../utils/event-record';
import type { Translate } from '../utils/i18n/translate';
import { findZoneChoice } from '../utils/time/zone-names';
import { SubmitForm } from './SubmitForm';
import { ZoneInput, type ZoneChoice } from './ZoneInput';

type Props = {
  t: Translate;
  /** The event as read from the page, before corrections. */
  original: EventDetails;
  corrections: Corrections | null;
  /** Every zone the picker offers (asked for only when the zone field is first used). */
  choices: () => readonly ZoneChoice[];
  onSave: (corrections: Corrections) => void;
  onReset: () => void;
  /** The form alone, already open (the library opens it on "Correct"), rather than folded under a summary. */
  inline?: boolean;
};

type Fields = { title: string; zone: string; startDate: string; endDate: string; start: string; end: string };

/** The dates and times, two by two: start date and time, end date and time. */
const WHEN_FIELDS = [
  ['startDate', 'date', 'correctStartDate', 'correct-start-date'],
  ['start', 'time', 'correctStarts', 'correct-start'],
  ['endDate', 'date', 'correctEndDate', 'correct-end-date'],
  ['end', 'time', 'correctEnds', 'correct-end'],
] as const;

/** What the form starts with: the reader's corrections, else the page's reading. */
function fieldsOf(original: EventDetails, c: Corrections | null): Fields {
  return {
    title: c?.title ?? original.title,
    zone: c?.timeZone ?? original.timeZone.iana ?? '',
    startDate: c?.startDate ?? original.start.date,
    endDate: c?.endDate ?? original.end.date,
    start: (c?.startTime !== undefined ? c.startTime : original.start.time) ?? '',
    end: (c?.endTime !== undefined ? c.endTime : original.end.time) ?? '',
  };
}

/** What differs from the page's reading: only that is kept as a correction. */
function changes(f: Fields, original: EventDetails, zone: string | null): Corrections {
  const next: Corrections = {};
  if (f.title.trim() !== '' && f.title.trim() !== original.title) next.title = f.title.trim();
  if (zone !== null && zone !== original.timeZone.iana) next.timeZone = zone;
  if (f.startDate && f.startDate !== original.start.date) next.startDate = f.startDate;
  if (f.endDate && f.endDate !== original.end.date) next.endDate = f.endDate;
  if ((f.start || null) !== original.start.time) next.startTime = f.start || null;
  if ((f.end || null) !== original.end.time) next.endTime = f.end || null;
  return next;
}

/** Correct the title, dates, times or time zone before exporting; kept for this event. */
export function CorrectionForm({ t, original, corrections, choices, onSave, onReset, inline = false }: Props) {
  const [f, setFields] = useState<Fields>(() => fieldsOf(original, corrections));
  const [error, setError] = useState<string | null>(null);
  const set = (key: keyof Fields) => (e: { currentTarget: { value: string } }) =>
    setFields({ ...f, [key]: e.currentTarget.value });
  const save = () => {
    const typed = f.zone.trim();
    const match = typed === '' ? null : findZoneChoice(choices(), typed);
    if (typed !== '' && !match) return setError(t('noZoneCalled', typed));
    setError(null);
    onSave(changes(f, original, match?.zone ?? null));
  };
  const form = (
    <SubmitForm class="correction-form" onSubmit={save}>
      <div class="field full">
        <label class="field-label" for="correct-title">
          {t('correctTitle')}
        </label>
        <textarea id="correct-title" rows={2} value={f.title} onInput={set('title')} data-testid="correct-title" />
      </div>
      <WhenFields t={t} fields={f} set={set} />
      <ZoneInput
        id="correct-zone"
        label={t('correctZone')}
        value={f.zone}
        onInput={(zone) => setFields({ ...f, zone })}
        choices={choices}
        error={error}
        testId="correct-zone"
      />
      <FormButtons t={t} onReset={corrections ? onReset : null} />
    </SubmitForm>
  );
  if (inline)
    return (
      <div class="corrections" data-testid="corrections">
        {form}
      </div>
    );
  return (
    <details class="corrections" data-testid="corrections">
      <summary>{corrections ? t('correctedSummary') : t('correctSummary')}</summary>
      {form}
    </details>
  );
}

/** The dates and times, each with its label above it. */
function WhenFields(props: {
  t: Translate;
  fields: Fields;
  set: (key: keyof Fields) => (e: { currentTarget: { value: string } }) => void;
}) {
  return (
    <div class="field-grid">
      {WHEN_FIELDS.map(([key, type, label, id]) => (
        <div class="field" key={id}>
          <label class="field-label" for={id}>
            {props.t(label)}
          </label>
          <input id={id} type={type} value={props.fields[key]} onInput={props.set(key)} data-testid={id} />
        </div>
      ))}
    </div>
  );
}

/** Save, and undo the corrections when there are some (`onReset` is `null` when there are none). */
function FormButtons({ t, onReset }: { t: Translate; onReset: (() => void) | null }) {
  return (
    <div class="button-row">
      <button type="submit" class="button primary">
        {t('correctSave')}
      </button>
      {onReset && (
        <button type="button" class="button" onClick={onReset}>
          {t('correctUndo')}
        </button>
      )}
    </div>
  );
}
