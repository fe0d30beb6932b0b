/**
 * The marks of the latest link check of this page, each next to its link, inside the overlay layer's closed
 * root: only the links that check judged, every mark the same size, so the page can learn nothing of a verdict
 * (issue 19).
 */
import { unwrapHref } from '../../utils/extract/fields/links';
import type { MessageKey, Translate } from '../../utils/i18n/translate';
import { linkMark } from '../../utils/page-card/overlays';
import type { PageCheck } from '../../utils/storage';
import type { OverlayLayer } from './overlay-layer';

/** The most links of a page looked at (a page may hold thousands). */
const MAX_ANCHORS = 2000;

export function showLinkMarks(layer: OverlayLayer, check: PageCheck | null, t: Translate): void {
  layer.clear('marks');
  if (!check || check.marks.length === 0) return;
  const byUrl = new Map(check.marks.map((m) => [m.url, m]));
  const anchors = [...document.querySelectorAll('a[href]')].slice(0, MAX_ANCHORS);
  for (const a of anchors) {
    const unwrapped = unwrapHref(a.getAttribute('href') ?? '', location.href);
    const mark = unwrapped && byUrl.get(unwrapped.url);
    if (!mark) continue;
    const verdict = t(`verdict_${mark.verdict.replace(/-/g, '_')}` as MessageKey);
    const direction = getComputedStyle(a).direction === 'rtl' ? 'rtl' : 'ltr';
    layer.add(linkMark(document, mark, t('cardLinkMark', verdict), direction), a, 'after', 'marks');
  }
}
