import { useState } from 'preact/hooks';

export type ZoneChoice = { zone: string; label: string };

type Props = {
  /** The field's id (also names its list of zones). */
  id: string;
  label: string;
  value: string;
  onInput: (value: string) => void;
  /**
   * Every zone offered, with a label people search by ("Seoul (Asia)"). Asked for only when the field is first
   * used: building and rendering 400 zones would slow the popup's first card.
   */
  choices: () => readonly ZoneChoice[];
  placeholder?: string;
  /** Why the typed zone was not taken ("No time zone called …"), shown under the field and tied to it. */
  error?: string | null;
  hint?: string;
  testId: string;
  onBlur?: () => void;
};

/** A time-zone field: its label above it, a searchable list of every zone, and what went wrong under it. */
export function ZoneInput({ id, label, value, onInput, choices, placeholder, error, hint, testId, onBlur }: Props) {
  const [zones, setZones] = useState<readonly ZoneChoice[] | null>(null);
  const described = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ');
  return (
    <div class="field">
      <label class="field-label" for={id}>
        {label}
      </label>
      <input
        id={id}
        type="search"
        list={`${id}-zones`}
        value={value}
        placeholder={placeholder}
        autocomplete="off"
        aria-invalid={error ? true : undefined}
        aria-describedby={described || undefined}
        onFocus={() => zones === null && setZones(choices())}
        onInput={(e) => onInput(e.currentTarget.value)}
        {...(onBlur && { onBlur })}
        data-testid={testId}
      />
      <datalist id={`${id}-zones`}>
        {(zones ?? []).map((c) => (
          <option key={c.zone} value={c.zone} label={c.label} />
        ))}
      </datalist>
      {hint && (
        <p class="hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      {error && (
        <p class="field-error" id={`${id}-error`} role="status">
          {error}
        </p>
      )}
    </div>
  );
}
