/**
 * The card's pieces in the page: closed shadow roots the page's scripts and styles cannot reach, small overlays
 * pinned to a spot of the page (absolute, so the page's own layout never moves), and the marks on checked
 * links. DOM in, elements out: the in-page card script (entrypoints/card.ts) wires them to storage and events.
 */
import type { LinkResult } from '../links/link-check-types';

/** Every element Event Lens adds to a page: each a host of a closed shadow root. */
export const CARD_TAGS = ['event-lens-card', 'event-lens-note', 'event-lens-mark'] as const;

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

/** Where an overlay goes in page coordinates: under its anchor, or just after it on its line. */
export function overlayPosition(
  rect: { top: number; bottom: number; left: number; right: number },
  scroll: { x: number; y: number },
  place: 'below' | 'after',
): { top: number; left: number } {
  const top = place === 'below' ? rect.bottom + scroll.y + 2 : rect.top + scroll.y;
  const left = place === 'below' ? rect.left + scroll.x : rect.right + scroll.x + 2;
  return { top: Math.round(top), left: Math.round(left) };
}

/** Pins `host` to `anchor`'s place in the page (`!important`: the page's styles cannot move it). */
export function pin(host: HTMLElement, anchor: Element, place: 'below' | 'after', scroll: { x: number; y: number }) {
  const { top, left } = overlayPosition(anchor.getBoundingClientRect(), scroll, place);
  host.style.setProperty('top', `${top}px`, 'important');
  host.style.setProperty('left', `${left}px`, 'important');
}

export const OVERLAY_CSS = `:host{all:initial!important;position:absolute!important;z-index:2147483646!important;display:block!important;visibility:visible!important;opacity:1!important;margin:0!important;padding:0!important}
span,a{font:11px/1.3 system-ui,sans-serif;border-radius:999px;padding:1px 6px;background:#e6f4ea;color:#0b6e4f;border:1px solid #0b6e4f;white-space:nowrap;text-decoration:none}
.gone,.soft-404,.expired,.unreachable{background:#fff8c5;color:#6b4e00;border-color:#6b4e00}
.blocked,.not-checked{background:#f6f8fa;color:#59636e;border-color:#59636e}`;

const MARKS: Record<LinkResult['verdict'], string> = {
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
 * archived copy when the page is not live and an http(s) one is known (opened apart, with no opener).
 */
export function linkMark(doc: Document, result: LinkResult, label: string): HTMLElement {
  const archived =
    result.archivedUrl && result.verdict !== 'live' && /^https?:\/\//i.test(result.archivedUrl)
      ? result.archivedUrl
      : null;
  const el = doc.createElement(archived ? 'a' : 'span');
  el.className = result.verdict;
  el.textContent = MARKS[result.verdict];
  el.title = label;
  el.setAttribute('aria-label', label);
  if (archived) {
    el.setAttribute('href', archived);
    el.setAttribute('target', '_blank');
    el.setAttribute('rel', 'noopener noreferrer');
  }
  return el;
}
