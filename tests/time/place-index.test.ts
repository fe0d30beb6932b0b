import { describe, expect, it } from 'vitest';
import { PLACE_FIRST_WORDS_JSON, PLACE_NAMES_JSON, UNSPACED_NAMES } from '../../utils/time/place-index';
import { buildPlaceRows } from '../../utils/time/place-index-build';

const names = JSON.parse(PLACE_NAMES_JSON) as Record<string, string>;

describe('the written place index', () => {
  it('is what the tables, ICU’s names and countries-and-timezones give today (else run cli/generate-place-names.ts)', () => {
    const built = buildPlaceRows();
    expect(names).toEqual(built.names);
    expect(JSON.parse(PLACE_FIRST_WORDS_JSON)).toEqual(built.firstWords);
    expect(UNSPACED_NAMES).toEqual(built.unspaced);
  });

  it('holds cities, countries and venues, each with its zone where it has one', () => {
    expect(names['paris']).toBe('c\tFR\tEurope/Paris');
    expect(names['kenya']).toBe('n\tKE\tAfrica/Nairobi');
    expect(names["maison de l'unesco"]).toBe('v\t\tEurope/Paris');
    expect(names['united states of america']).toBe('n\tUS\t');
  });

  it('knows how many words a name starting with a word may have', () => {
    const firstWords = JSON.parse(PLACE_FIRST_WORDS_JSON) as Record<string, number>;
    expect(firstWords['united']).toBeGreaterThanOrEqual(4);
    expect(firstWords['paris']).toBeUndefined();
  });
});
