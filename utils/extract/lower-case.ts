/**
 * Lower case that keeps every character where it was: the extractor matches lower-case patterns (without the
 * `i` flag, which costs V8 several times more to compile and run on big alternations, docs/extraction.md,
 * "Speed") and reads positions back in the original text. Latin, Latin Extended-A and Cyrillic capitals are
 * folded; a capital whose lower case is longer (the Turkish İ) is left as it is.
 */
const CAPITAL = /[A-Z\u00C0-\u00DE\u0100-\u017F\u0400-\u042F]/g;

export function lowerCaseInPlace(text: string): string {
  return text.replace(CAPITAL, (c) => {
    const lower = c.toLowerCase();
    return lower.length === 1 ? lower : c;
  });
}
