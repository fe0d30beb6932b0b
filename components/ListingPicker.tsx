import type { Translate } from '../utils/i18n/translate';
import { translateCount } from '../utils/i18n/translate';

export type ListingPickerProps = {
  /** Each listed event as the reader recognises it ("Tue 3 Mar 2020 · Opening concert"), in the page's order. */
  choices: readonly string[];
  /** The one shown. */
  chosen: number;
  onChoose: (index: number) => void;
};

/** "This page lists 4 events": which one the card, the exports, saving and the link check are about. */
export function ListingPicker({ t, choices, chosen, onChoose, id }: ListingPickerProps & { t: Translate; id: string }) {
  return (
    <div class="listing-picker" data-testid="listing-picker">
      <label for={id}>{translateCount(t, 'listingCount', choices.length)}</label>
      <select
        id={id}
        value={String(chosen)}
        onChange={(e) => onChoose(Number(e.currentTarget.value))}
        data-testid="listing-choice"
      >
        {choices.map((label, i) => (
          <option key={i} value={String(i)}>
            {label}
          </option>
        ))}
      </select>
    </div>
  );
}
