/**
 * The page as the field readers see it: the content root (the page's own content, not its site's menus) and its
 * text as lines, with field labels that a template glued to the value before them put back on a line of their own
 * ("17:55Type of event :", "GermanyContact :", docs/extraction.md, "Templates").
 */
import { readTextLines } from './page-text';
import { CONTENT_ROOTS, isInArchiveChrome, SITE_CHROME } from './selectors';

export type EventPage = {
  root: Element;
  lines: string[];
  /** The first paragraphs after the title: where a page says what it is about (set once the title is known). */
  lead: number[];
  leadAfter: (titleIndex: number) => number[];
};

/** Anchors such as Drupal's empty `<a id="main-content">` share the names of real containers. */
const MIN_ROOT_TEXT = 80;

/** Field labels of UNESCO's templates, for putting back on their own line when glued to the value before. */
const GLUED_LABEL =
  /(?<=[\p{Ll}\d.)])(?=(?:Type of event|Type of Event|Where|When|Contact|Venue|Location|Lieu|Date|Time|Organizer|Organiser|Registration)\s*[:：])/gu;

/** Whether `el` holds at least `min` characters of text, reading no further than that. */
function hasText(el: Element, min: number): boolean {
  const walker = el.ownerDocument.createTreeWalker(el, 4 /* NodeFilter.SHOW_TEXT */);
  let count = 0;
  for (let n = walker.nextNode(); n && count < min; n = walker.nextNode()) count += (n.nodeValue ?? '').trim().length;
  return count >= min;
}

function contentRootOf(doc: Document): Element | null {
  for (const selector of CONTENT_ROOTS) {
    const el = doc.querySelector(selector);
    if (el && !isInArchiveChrome(el) && hasText(el, MIN_ROOT_TEXT)) return el;
  }
  return doc.body;
}

/** A paragraph: a line of some length that ends like a sentence (a heading or a menu does not). */
function isParagraph(line: string): boolean {
  return (line.length >= 60 && /[.!?。؟:;]["”»’)]?$/.test(line)) || line.length >= 200;
}

export function readEventPage(doc: Document): EventPage | null {
  const root = contentRootOf(doc);
  if (!root) return null;
  const skip = root === doc.body ? SITE_CHROME : null;
  const lines = readTextLines(root, skip).flatMap((line) =>
    line.length < 2000
      ? line
          .split(GLUED_LABEL)
          .map((l) => l.trim())
          .filter(Boolean)
      : [line],
  );
  const leadAfter = (titleIndex: number) => {
    const lead: number[] = [];
    for (let i = Math.max(titleIndex + 1, 0); i < lines.length && lead.length < 3; i++)
      if (isParagraph(lines[i] ?? '')) lead.push(i);
    return lead;
  };
  return { root, lines, lead: leadAfter(-1), leadAfter };
}

/**
 * How many of `lines` a reader looks at: at most `maxLines`, and no more than `maxChars` of text. An event page's
 * own text is at its top; a 5 MB page of paragraphs full of dates must not make every reader go through it all.
 */
export function readableCount(lines: readonly string[], maxLines: number, maxChars = 100_000): number {
  let chars = 0;
  const limit = Math.min(lines.length, maxLines);
  for (let i = 0; i < limit; i++) {
    chars += lines[i]?.length ?? 0;
    if (chars > maxChars) return i + 1;
  }
  return limit;
}
