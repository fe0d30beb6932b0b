import { describe, expect, it } from 'vitest';
import { PLACE_NAMES, UNSPACED_NAMES } from '../../utils/time/place-index';
import { buildPlaceRows } from '../../utils/time/place-index-build';

describe('the written place index', () => {
  it('is what the tables, ICU’s names and countries-and-timezones give today (else run cli/generate-place-names.ts)', () => {
    const { names, unspaced } = buildPlaceRows();
    expect(PLACE_NAMES).toEqual(names);
    expect(UNSPACED_NAMES).toEqual(unspaced);
  });

  it('holds cities, countries and venues, each with its zone where it has one', () => {
    expect(PLACE_NAMES).toContain('paris\tc\tFR\tEurope/Paris');
    expect(PLACE_NAMES).toContain('kenya\tn\tKE\tAfrica/Nairobi');
    expect(PLACE_NAMES).toContain("maison de l'unesco\tv\t\tEurope/Paris");
    expect(PLACE_NAMES).toContain('united states of america\tn\tUS\t');
  });
});
