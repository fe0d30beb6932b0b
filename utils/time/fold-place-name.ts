/** Lower case, no accents, hyphens and apostrophes as one shape: "Porto-Novo" and "porto novo" meet. */
export function foldPlaceName(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[’`]/g, "'")
    .replace(/[-‐–]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}
