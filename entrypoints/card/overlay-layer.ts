/**
 * The one overlay layer of the card: a zero-size host at the page's origin whose closed shadow root holds the
 * converted-time note and the link marks, each placed next to its text and put back there whenever the page
 * scrolls (inner scrolling boxes too), resizes or reflows (its size, its anchors' sizes, late images and fonts).
 */
import { OVERLAY_CSS, placeOverlay, shadowHost } from '../../utils/page-card/overlays';

type Placed = { el: HTMLElement; anchor: Element; place: 'below' | 'after'; group: string };

export type OverlayLayer = {
  root: ShadowRoot;
  /** Adds `el` to the layer, next to `anchor`; `group` names what it belongs to (`note`, `marks`). */
  add(el: HTMLElement, anchor: Element, place: 'below' | 'after', group: string): void;
  /** Takes away every element of `group`. */
  clear(group: string): void;
  repin(): void;
  stop(): void;
};

export function overlayLayer(doc: Document): OverlayLayer {
  const layer = shadowHost(doc, 'event-lens-overlay', OVERLAY_CSS);
  const placed: Placed[] = [];
  let frame = 0;
  const repin = () => {
    for (const p of placed) placeOverlay(p.el, p.anchor, layer.host, p.place);
  };
  // At most once a frame, however many events arrive.
  const soon = () => {
    if (frame === 0) frame = requestAnimationFrame(() => ((frame = 0), repin()));
  };
  const sizes = new ResizeObserver(soon);
  sizes.observe(doc.documentElement);
  if (doc.body) sizes.observe(doc.body);
  const view = doc.defaultView ?? window;
  view.addEventListener('resize', soon);
  view.addEventListener('load', soon);
  doc.addEventListener('scroll', soon, { capture: true, passive: true });
  void doc.fonts?.ready.then(soon);
  return {
    root: layer.root,
    add(el, anchor, place, group) {
      layer.box.append(el);
      placed.push({ el, anchor, place, group });
      sizes.observe(anchor);
      placeOverlay(el, anchor, layer.host, place);
    },
    clear(group) {
      for (let i = placed.length - 1; i >= 0; i--) {
        const p = placed[i];
        if (p?.group !== group) continue;
        p.el.remove();
        sizes.unobserve(p.anchor);
        placed.splice(i, 1);
      }
    },
    repin,
    stop() {
      sizes.disconnect();
      view.removeEventListener('resize', soon);
      view.removeEventListener('load', soon);
      doc.removeEventListener('scroll', soon, { capture: true });
      cancelAnimationFrame(frame);
    },
  };
}
