/**
 * The card's pieces in the page: closed shadow roots the page's scripts and styles cannot reach. The card is
 * fixed at the bottom right; the converted-time note and the link marks live together in one overlay layer, a
 * zero-size host at the page's origin, and are placed inside its closed root next to their text. The host
 * itself is never moved: a shadow host's `all: initial !important` would win over any position set on it from
 * outside (docs/page-card.md), which is what put the notes at the end of the document before. DOM in,
 * elements out: the card script (entrypoints/card/) wires them to storage and events.
 */
import type { LinkMarkData } from '../storage/page-checks';

/** Every element Event Lens adds to a page: each a host of a closed shadow root. */
export const CARD_TAGS = ['event-lens-card', 'event-lens-overlay'] as const;

export function isCardElement(el: Element): boolean {
  return (CARD_TAGS as readonly string[]).includes(el.tagName.toLowerCase());
}

/** Removes every element Event Lens added to `doc` (a card shown before, or one being taken away). */
export function removeCardElements(doc: Document): void {
  for (const el of doc.querySelectorAll(CARD_TAGS.join(','))) el.remove();
}

export type ShadowHost = { host: HTMLElement; root: ShadowRoot; box: HTMLElement };

/** A new `tag` element at the end of the page, with a closed shadow root holding `css` and an empty box. */
export function shadowHost(doc: Document, tag: (typeof CARD_TAGS)[number], css: string): ShadowHost {
  const host = doc.createElement(tag);
  const root = host.attachShadow({ mode: 'closed' });
  const style = doc.createElement('style');
  style.textContent = css;
  const box = doc.createElement('div');
  root.append(style, box);
  doc.documentElement.append(host);
  return { host, root, box };
}

/** Every mark has this size, whatever its verdict: nothing about a verdict shows in the page's layout. */
export const MARK_SIZE = 16;

type Rect = { top: number; bottom: number; left: number; right: number };

/**
 * Where a note or mark goes inside the layer, from its anchor's box and the layer's own corner (both in
 * viewport coordinates, so scrolling changes neither difference): a note under its anchor, a mark just after it,
 * centred on its line.
 */
export function overlayPosition(anchor: Rect, layer: { top: number; left: number }, place: 'below' | 'after') {
  const top =
    place === 'below'
      ? anchor.bottom - layer.top + 2
      : anchor.top - layer.top + (anchor.bottom - anchor.top - MARK_SIZE) / 2;
  const left = place === 'below' ? anchor.left - layer.left : anchor.right - layer.left + 2;
  return { top: Math.round(top), left: Math.round(left) };
}

/** The box a mark follows: a link's last line, when it wraps. */
export function anchorBox(anchor: Element, place: 'below' | 'after'): Rect {
  const lines = anchor.getClientRects();
  const last = place === 'after' && lines.length > 1 ? lines[lines.length - 1] : undefined;
  return last ?? anchor.getBoundingClientRect();
}

/** Puts `el` (inside the layer) at its anchor's place. */
export function placeOverlay(el: HTMLElement, anchor: Element, layer: Element, place: 'below' | 'after'): void {
  const { top, left } = overlayPosition(anchorBox(anchor, place), layer.getBoundingClientRect(), place);
  el.style.transform = `translate(${left}px, ${top}px)`;
}

export const OVERLAY_CSS = `:host{all:initial!important;position:absolute!important;top:0!important;left:0!important;width:0!important;height:0!important;overflow:visible!important;z-index:2147483646!important;display:block!important;visibility:visible!important;opacity:1!important;margin:0!important;padding:0!important;transform:none!important;filter:none!important;pointer-events:none!important}
.note,.mark{position:absolute;top:0;left:0;pointer-events:auto;box-sizing:border-box;font:12px/1.3 system-ui,sans-serif;white-space:nowrap;text-decoration:none;border:1px solid #0b6e4f;background:#e6f4ea;color:#0b6e4f}
.note{border-radius:999px;padding:1px 8px;font-weight:600}
.mark{width:${MARK_SIZE}px;height:${MARK_SIZE}px;border-radius:50%;display:flex;align-items:center;justify-content:center;font-size:10px;line-height:1;overflow:hidden}
.gone,.soft-404,.expired,.unreachable{background:#fff8c5;color:#6b4e00;border-color:#6b4e00}
.blocked,.not-checked{background:#f6f8fa;color:#59636e;border-color:#59636e}
a.mark:focus-visible{outline:2px solid #0b6e4f;outline-offset:1px}`;

const MARKS: Record<LinkMarkData['verdict'], string> = {
  live: '✓',
  moved: '→',
  'soft-404': '✗',
  gone: '✗',
  expired: '⌛',
  blocked: '?',
  unreachable: '✗',
  'not-checked': '·',
};

/**
 * The mark for a checked link: its verdict as a symbol, `label` as its accessible name; a link to the
 * archived copy when the page is not live and an http(s) one is known (opened apart, with no opener). The mark
 * follows the link in the page's own direction, so "moved" points the way that text runs (← on an Arabic page).
 */
export function linkMark(
  doc: Document,
  result: LinkMarkData,
  label: string,
  direction: 'ltr' | 'rtl' = 'ltr',
): HTMLElement {
  const archived =
    result.archivedUrl && result.verdict !== 'live' && /^https?:\/\//i.test(result.archivedUrl)
      ? result.archivedUrl
      : null;
  const el = doc.createElement(archived ? 'a' : 'span');
  el.className = `mark ${result.verdict}`;
  el.textContent = direction === 'rtl' && result.verdict === 'moved' ? '←' : MARKS[result.verdict];
  el.title = label;
  el.setAttribute('aria-label', label);
  if (archived) {
    el.setAttribute('href', archived);
    el.setAttribute('target', '_blank');
    el.setAttribute('rel', 'noopener noreferrer');
  }
  return el;
}
