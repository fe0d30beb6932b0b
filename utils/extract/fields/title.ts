/**
 * The event's title: the content's `h1`, else `og:title`, else the document title without the site name,
 * else the first line of the content that reads like a heading (pages whose heading markup was lost).
 */
import { SITE_SLOGANS, TITLE } from '../selectors';
import { parseDateSpan } from './dates';
import { findLabelled, LABELS } from './labelled';

export type TitleReading = { title: string; rule: string };

/** " | UIL", " | United Nations Educational, ...", " - UNESCO": the site's name after the page's. */
const SITE_SUFFIX =
  /\s+\|\s+[^|]{1,80}$|\s+[–—-]\s+(?:UNESCO|United Nations Educational, Scientific and Cultural Organization)$/;
/** Lines that are never a title: credits, crumbs, kickers, labels, bare dates or numbers. */
const NOT_A_TITLE =
  /^(?:©|home$|accueil$|inicio$|events?$|événements?$|eventos?$|news$|actualités$|noticias$|top$|share\b|print\b)|:\s*$/i;
const HAS_DIGITS_ONLY = /^[\d\s./:,-]+$/;
const TRAILING_DATES = /\s*\((?=[^()]*\d{4})[^()]{6,60}\)\s*$/;

function clean(text: string | null | undefined): string {
  return (text ?? '').replace(/\s+/g, ' ').trim();
}

function titleFromLines(lines: readonly string[]): string | null {
  for (const line of lines.slice(0, 12)) {
    if (line.length < 12 || line.length > 250) continue;
    if (NOT_A_TITLE.test(line) || HAS_DIGITS_ONLY.test(line) || SITE_SLOGANS.some((re) => re.test(line))) continue;
    const date = parseDateSpan(line);
    if (date && line.length - date.text.length <= 16) continue;
    if (Object.values(LABELS).some((re) => re.test(line))) continue;
    // A heading does not end like a sentence, and is short enough to be one.
    if (/[.!?;]$/.test(line) && line.split(' ').length > 12) continue;
    // "Name of the meeting (25 April 2022 – 26 April 2022)": the dates are not part of the name.
    return line.replace(TRAILING_DATES, '');
  }
  return null;
}

/** `structuredName`: the event's name in machine-readable data (JSON-LD, microdata), used after the heading. */
export function readTitle(
  doc: Document,
  contentRoot: Element,
  lines: readonly string[] = [],
  structuredName: string | null = null,
): TitleReading | null {
  const heading = clean((contentRoot.querySelector(TITLE) ?? doc.querySelector(TITLE))?.textContent);
  if (heading && !SITE_SLOGANS.some((re) => re.test(heading))) return { title: heading, rule: 'h1' };
  if (structuredName) return { title: clean(structuredName), rule: 'structured:name' };
  const og = clean(doc.querySelector('meta[property="og:title"]')?.getAttribute('content'));
  if (og) return { title: og.replace(SITE_SUFFIX, ''), rule: 'meta:og:title' };
  const docTitle = clean(doc.title).replace(SITE_SUFFIX, '');
  if (docTitle) return { title: docTitle, rule: 'document-title' };
  const fromLines = titleFromLines(lines.filter((l) => !findLabelled([l], LABELS.date)));
  return fromLines ? { title: fromLines, rule: 'first-heading-like-line' } : null;
}
