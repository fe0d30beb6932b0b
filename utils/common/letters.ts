/**
 * Letters of the scripts UNESCO's six languages are written in, as a character class's contents: the lower-case
 * ones (for text lower-cased in place) and both cases. Explicit ranges rather than `\p{L}`: a Unicode property
 * class, above all under the `i` flag, costs V8 milliseconds to compile in each page's fresh script context
 * (docs/extraction.md, "Speed").
 */
export const LOWER_LETTER =
  'a-z\\u00df-\\u00f6\\u00f8-\\u00ff\\u0100-\\u017f\\u0430-\\u044f\\u0451\\u0621-\\u064a\\u3400-\\u9fff';
export const LETTER = `A-Z\\u00c0-\\u00d6\\u00d8-\\u00de\\u0410-\\u042f\\u0401${LOWER_LETTER}`;
/** Capital letters of those scripts (Latin Extended-A's capitals and small letters alternate: all are taken). */
export const CAPITAL_LETTER = 'A-Z\\u00c0-\\u00d6\\u00d8-\\u00de\\u0100-\\u017f\\u0410-\\u042f\\u0401';
