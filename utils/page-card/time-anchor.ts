/**
 * Where on the page the event's time is written, so the converted time can sit next to it: the smallest
 * element whose text contains the source text the extractor recorded for the start. Document in, element out;
 * the page is only read.
 */
const norm = (s: string) => s.replace(/\s+/g, ' ').trim().toLowerCase();
const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'HEAD', 'TITLE']);
const MAX_ELEMENTS = 20_000;

/**
 * The source may join several pieces of the page (`Date: 17 November 2020 · 17 November 2020, 13:00–14.30h`):
 * the piece with a clock time is looked for first, then the others.
 */
export function findTimeAnchor(doc: Document, sourceText: string, ignore: (el: Element) => boolean): Element | null {
  const pieces = sourceText.split(' · ');
  const ordered = [...pieces.filter((p) => /\d[:.h]\d/.test(p)), ...pieces.filter((p) => !/\d[:.h]\d/.test(p))];
  for (const piece of ordered) {
    const found = findText(doc, piece, ignore);
    if (found) return found;
  }
  return null;
}

function findText(doc: Document, text: string, ignore: (el: Element) => boolean): Element | null {
  // A long piece (a whole "Date: … Time: …" block) is matched by its start.
  const needle = norm(text).slice(0, 60);
  if (needle.length < 4 || !doc.body) return null;
  let best: Element | null = null;
  let bestLength = Infinity;
  const all = doc.body.getElementsByTagName('*');
  for (let i = 0; i < all.length && i < MAX_ELEMENTS; i++) {
    const el = all[i] as Element;
    if (SKIP.has(el.tagName) || ignore(el)) continue;
    const content = el.textContent ?? '';
    if (content.length > 5000 || content.length >= bestLength) continue;
    if (norm(content).includes(needle)) {
      best = el;
      bestLength = content.length;
    }
  }
  return best;
}
