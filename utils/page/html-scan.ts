/**
 * One linear pass over a page's HTML before it is parsed: drops `<script>` and `<style>` blocks (they carry
 * nothing the extractor reads from a page outside the browser, and parsing them is about a tenth of batch mode's
 * time; JSON-LD scripts are kept: the extractor reads them), and measures how deep the elements nest and how many
 * there are. The DOM batch mode parses into takes time that grows with the square of the nesting depth (200,000
 * nested `<div>`s took 28 s): batch mode skips a page past the caps before it is parsed, with its reason; the
 * extension reads a tab's page up to the tag where it passes them (utils/page/read-page-source.ts).
 *
 * A scan, not a regular expression: an unclosed `<script>` made the expression it replaces quadratic (2 KB of
 * input, 32 s). Every position is looked at a bounded number of times.
 */

/** The caps a page must stay within to be parsed; real pages stay far below (a few thousand elements, depth < 40). */
export const PAGE_CAPS = { depth: 1_000, elements: 100_000 } as const;

export type ScannedHtml =
  | { ok: true; html: string; depth: number; elements: number }
  | { ok: false; reason: 'too-deep' | 'too-many-elements'; message: string; at: number };

/** Elements that never hold others, or whose end tag may be left out (they do not make the page deeper). */
const NOT_NESTING = new Set(
  (
    'area base br col embed hr img input link meta param source track wbr ' +
    'p li dt dd tr td th option optgroup thead tbody tfoot colgroup rb rt rtc rp'
  ).split(' '),
);

const isNameChar = (code: number) =>
  (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57) || code === 45;

/** The tag name starting at `at` (lower case), and where it ends. */
function tagName(html: string, at: number): [string, number] {
  let end = at;
  while (end < html.length && end - at < 32 && isNameChar(html.charCodeAt(end))) end++;
  return [html.slice(at, end).toLowerCase(), end];
}

/** The end of the raw-text element `name` opened before `from`: the position after its end tag, or the end. */
function rawTextEnd(html: string, from: number, name: string): number {
  for (let at = html.indexOf('</', from); at !== -1; at = html.indexOf('</', at + 2)) {
    const [closing, end] = tagName(html, at + 2);
    if (closing === name) {
      const gt = html.indexOf('>', end);
      return gt === -1 ? html.length : gt + 1;
    }
  }
  // Unclosed: the browser reads the rest of the document as the script's text.
  return html.length;
}

export type ScanOptions = {
  /** Drop scripts (not JSON-LD) and style sheets. */
  strip: boolean;
  caps?: { depth: number; elements: number };
};

/** Closes `name` if it is among the last few elements open (a bounded search: an end tag of nothing is ignored). */
function closeElement(open: string[], name: string): void {
  for (let i = open.length - 1; i >= Math.max(0, open.length - 64); i--) {
    if (open[i] !== name) continue;
    open.length = i;
    return;
  }
}

const count = (n: number) => n.toLocaleString('en');
/** Past a cap at the tag starting at `at`: what comes before it is within the caps. */
const overCap = (reason: 'too-deep' | 'too-many-elements', message: string, at: number): ScannedHtml => ({
  ok: false,
  reason,
  message,
  at,
});

/** Checks the caps, and drops scripts and style sheets if asked. */
export function scanHtml(html: string, { strip, caps = PAGE_CAPS }: ScanOptions): ScannedHtml {
  const kept: string[] = [];
  let copyFrom = 0;
  /** The elements open, as the parser would hold them (closing one closes those opened inside it). */
  const open: string[] = [];
  let deepest = 0;
  let elements = 0;
  for (let at = html.indexOf('<'); at !== -1 && at < html.length; at = html.indexOf('<', at + 1)) {
    const closing = html.charCodeAt(at + 1) === 47; // '/'
    const [name, nameEnd] = tagName(html, at + (closing ? 2 : 1));
    if (name === '') {
      // A comment: skip it whole, it may hold markup.
      if (html.startsWith('<!--', at)) {
        const end = html.indexOf('-->', at + 4);
        if (end === -1) break;
        at = end + 2;
      }
      continue;
    }
    const gt = html.indexOf('>', nameEnd);
    if (gt === -1) break;
    if (closing) {
      closeElement(open, name);
      at = gt;
      continue;
    }
    elements++;
    if (elements > caps.elements) return overCap('too-many-elements', `more than ${count(caps.elements)} elements`, at);
    if (name === 'script' || name === 'style') {
      const end = rawTextEnd(html, gt + 1, name);
      const isJsonLd = name === 'script' && /application\/ld\+json/i.test(html.slice(nameEnd, gt));
      if (strip && !isJsonLd) {
        kept.push(html.slice(copyFrom, at));
        copyFrom = end;
      }
      at = end - 1;
      continue;
    }
    const selfClosing = html.charCodeAt(gt - 1) === 47;
    if (!NOT_NESTING.has(name) && !selfClosing) {
      open.push(name);
      if (open.length > deepest) deepest = open.length;
      if (deepest > caps.depth) return overCap('too-deep', `elements nested more than ${count(caps.depth)} deep`, at);
    }
    at = gt;
  }
  kept.push(html.slice(copyFrom));
  return { ok: true, html: kept.join(''), depth: deepest, elements };
}
