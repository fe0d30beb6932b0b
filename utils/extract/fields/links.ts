/**
 * The event's links, unwrapped from the archive's rewriting (docs/archives.md, "Links inside a capture"), classified by
 * kind. Only http(s) and mailto links are kept; `javascript:` and the like never leave the page.
 */
import { parseCaptureUrl } from '../../archives/registry';
import type { EventLink, LinkKind } from '../../event-record';
import { MAX_TEXT } from '../../record-limits';

export const MAX_LINKS = 400;
const MAX_ANCHORS_SCANNED = 100_000;

/** Ordered: the first rule that matches the link's text or URL decides its kind. */
const KIND_RULES: [LinkKind, RegExp][] = [
  [
    'registration',
    /regist|inscri|sign[ -]?up|zoom\.us\/(?:meeting|webinar)\/register|forms\.(?:gle|office)|eventbrite|\bregister\b/i,
  ],
  // Joining the meeting itself online: Zoom, Teams and Webex meeting links, livestreams.
  [
    'livestream',
    /live ?stream|webcast|watch live|en direct|youtube\.com\/live|en vivo|zoom\.us\/(?:j|w|my)\/|teams\.microsoft\.com\/l\/meetup-join|webex\.com\/(?:meet|join)|meet\.google\.com/i,
  ],
  ['recording', /recording|replay|enregistrement|grabación|video of the/i],
  ['programme', /programme|program\b|agenda|ordre du jour|programa/i],
  [
    'document',
    /\.(?:pdf|docx?|pptx?|xlsx?)(?:$|[?#])|document|download|télécharger|descargar|concept note|note conceptuelle/i,
  ],
  ['contact', /^mailto:|contact/i],
];

function classify(text: string, url: string): LinkKind {
  for (const [kind, re] of KIND_RULES) if (re.test(text) || re.test(url)) return kind;
  return 'related';
}

/** The original URL of an href in a capture, and the archived form when it was rewritten. */
export function unwrapHref(href: string, base: string): { url: string; archivedUrl: string | null } | null {
  let resolved: URL;
  try {
    resolved = new URL(href.trim(), base);
  } catch {
    return null;
  }
  if (resolved.protocol === 'mailto:') return { url: resolved.href, archivedUrl: null };
  if (resolved.protocol !== 'http:' && resolved.protocol !== 'https:') return null;
  const original = parseCaptureUrl(resolved)?.originalUrl;
  return original ? { url: original, archivedUrl: resolved.href } : { url: resolved.href, archivedUrl: null };
}

/** Links of the content root, deduplicated by original URL, minus in-page anchors and the page itself. */
export function readLinks(contentRoot: Element, base: string, originalUrl: string): EventLink[] {
  const links: EventLink[] = [];
  const seen = new Set<string>([originalUrl.replace(/#.*$/, '')]);
  const anchors = contentRoot.querySelectorAll('a[href]');
  for (let i = 0; i < anchors.length && i < MAX_ANCHORS_SCANNED && links.length < MAX_LINKS; i++) {
    const a = anchors[i];
    const href = a?.getAttribute('href');
    if (!a || !href || href.startsWith('#')) continue;
    const unwrapped = unwrapHref(href, base);
    if (!unwrapped || unwrapped.url.length > MAX_TEXT || (unwrapped.archivedUrl?.length ?? 0) > MAX_TEXT) continue;
    const key = unwrapped.url.replace(/#.*$/, '');
    if (seen.has(key)) continue;
    seen.add(key);
    const text = (a.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 300) || unwrapped.url.slice(0, 300);
    links.push({ ...unwrapped, text, kind: classify(text, unwrapped.url) });
  }
  return links;
}
