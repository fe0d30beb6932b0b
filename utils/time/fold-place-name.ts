/** Lower case, no accents, hyphens and apostrophes as one shape: "Porto-Novo" and "porto novo" meet. */
export function foldPlaceName(text: string): string {
  // Most words are plain ASCII letters, which fold to their lower case (the place walk folds every word).
  if (/^[A-Za-z0-9]+$/.test(text)) return text.toLowerCase();
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[’`]/g, "'")
    .replace(/[-‐–]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}
