/**
 * The event's title (docs/extraction.md, "Titles"): the content's `h1`, else the event's name in machine-readable
 * data, else the document's title without the site's name, else the first line of the content that reads like a
 * heading (pages whose heading markup was lost), else the event's own name in the text ("the webinar “Open
 * Science in Practice”"). A site's name ("UNESCO", "International Bureau of Education"), its slogan, a kicker
 * ("Press release") or a publication header ("22.12.2016 - UNESCO Office in Jakarta") is never a title.
 */
import type { SourceOrigin } from '../../event-record';
import { EVENT_NOUN } from '../cues';
import { SITE_SLOGANS, TITLE } from '../selectors';
import { findDateSpans } from './dates';
import { LABELS } from './labelled';

export type TitleReading = { title: string; rule: string; origin: SourceOrigin; /** Its line, or -1. */ index: number };

/** " | UIL", " | United Nations Educational, ...", " - UNESCO": the site's name after the page's. */
const SITE_SUFFIX =
  /\s+\|\s+[^|]{1,80}$|\s+[–—-]\s+(?:UNESCO|United Nations Educational, Scientific and Cultural Organization)$/;
/** What a page's `<title>` carries before the page's own: a tracking pixel's name, breadcrumb arrows. */
const LEADING_NOISE = /^(?:fbpx\s+|[»›>→]\s*)+/i;
/** Lines that are never a title: credits, crumbs, kickers, labels, bare dates or numbers. */
const NOT_A_TITLE =
  /^(?:©|<-|←|home$|accueil$|inicio$|events?$|événements?$|eventos?$|news$|actualités$|noticias$|top$|back to top$|share\b|print\b|press release$|communiqué de presse$|comunicado de prensa$|content section$|details$|highlights$|latest issue$|summary:?$|related|loading\b|tel\.?\s*:|fax\s*:|email$)|[:：]\s*$/i;
const HAS_DIGITS_ONLY = /^[\d\s./:,-]+$/;
const PUBLICATION_HEADER = /^\d{1,2}\.\d{1,2}\.\d{4}\s*[-–]/;
/** Words that make a short capitalised name an organisation's: "International Bureau of Education". */
const ORGANISATION_WORD =
  /^(?:unesco|institute|institut|instituto|bureau|office|oficina|bureaux|centre|center|centro|commission|comisión|organi[sz]ation|organización|secretariat|secrétariat|secretaría|section|sector|secteur|division|unit|headquarters|siège|sede|юнеско|اليونسكو|教科文组织)$/i;
const JOINING_WORD =
  /^(?:of|for|in|on|de|du|des|d['’]\S*|pour|para|la|le|les|el|del|and|et|y|the|à|a|en|für|und|в|по|и)$/i;

/** "International Bureau of Education", "UNESCO Office in Jakarta": an organisation's name, not a page's. */
function isOrganisation(text: string): boolean {
  const words = text.replace(/[()]/g, ' ').split(/\s+/).filter(Boolean);
  if (words.length === 0 || words.length > 10) return false;
  if (!words.some((w) => ORGANISATION_WORD.test(w.replace(/[’'s,.:]+$/, '')))) return false;
  return words.every((w) => /^[\p{Lu}\d]/u.test(w) || JOINING_WORD.test(w) || /^[-–|]$/.test(w));
}
const TRAILING_DATES = /\s*\(([^()]{6,60})\)\s*$/;
/** The event's own name in the text: an event word, then its name in quotation marks. */
const QUOTED = /[“"«‘]([^”"»’]{6,150})[”"»’]/g;
const NAMED_AS = /^(?:entitled|titled|called|named|on|intitulée?|titulad[oa]|sobre)?\s*$/i;

/** "the webinar “Open Science in Practice”": a quoted name right after a word for an event. */
function quotedEventName(line: string): string | null {
  QUOTED.lastIndex = 0;
  for (let m = QUOTED.exec(line); m; m = QUOTED.exec(line)) {
    const before = line.slice(Math.max(0, m.index - 40), m.index);
    const noun = EVENT_NOUN.find(before);
    if (noun && NAMED_AS.test(before.slice(noun.end))) return m[1]?.trim() ?? null;
  }
  return null;
}

function clean(text: string | null | undefined): string {
  return (text ?? '').replace(/\s+/g, ' ').trim().replace(LEADING_NOISE, '');
}

/** A heading that names the site rather than the page. */
export function isSiteName(text: string): boolean {
  return isOrganisation(text.trim()) || SITE_SLOGANS.some((re) => re.test(text.trim()));
}

/** "Name of the meeting (25 April 2022 – 26 April 2022)": dates in brackets are not part of the name. */
function withoutTrailingDates(line: string): string {
  const m = TRAILING_DATES.exec(line);
  return m?.[1] && findDateSpans(m[1], 1).length > 0 ? line.slice(0, m.index) : line;
}

function isTitleLike(line: string, next: string | undefined): boolean {
  const minimum = /[\u3400-\u9fff]/.test(line) ? 6 : 12;
  if (line.length < minimum || line.length > 250) return false;
  if (NOT_A_TITLE.test(line) || HAS_DIGITS_ONLY.test(line) || PUBLICATION_HEADER.test(line)) return false;
  if (isSiteName(line) || /^(?:tel|fax|phone)\b/i.test(next ?? '')) return false;
  const date = findDateSpans(line, 1)[0];
  if (date && line.length - date.text.length <= 16) return false;
  if (Object.values(LABELS).some((re) => re.test(line))) return false;
  // A heading does not end like a sentence, unless a date line follows it (template A on ru.unesco.org).
  return !(/[.!?;]$/.test(line) && line.split(' ').length > 12 && findDateSpans(next ?? '', 1).length === 0);
}

/**
 * The first line that reads like a heading; one printed twice before the first paragraph (Drupal prints the title
 * in several places) first.
 */
function titleFromLines(lines: readonly string[]): { title: string; index: number } | null {
  const top = lines.slice(0, 15).map((l) => clean(l).replace(SITE_SUFFIX, ''));
  const firstParagraph = top.findIndex((l) => l.length >= 100);
  const head = firstParagraph < 0 ? top.length : firstParagraph;
  let first: { title: string; index: number } | null = null;
  for (let i = 0; i < top.length; i++) {
    const line = top[i] ?? '';
    if (!isTitleLike(line, top[i + 1])) continue;
    const title = withoutTrailingDates(line);
    const again = top.indexOf(line, i + 1);
    if (again > i && again < head) return { title, index: i };
    first ??= { title, index: i };
  }
  return first;
}

/** "…/evenements/atelier-regional-de-renforcement-des-capacites-00159" → "Atelier regional de renforcement des capacites". */
function titleFromAddress(address: string | null): string | null {
  if (!address) return null;
  let slug: string;
  try {
    const path = new URL(address).pathname.replace(/\/+$/, '');
    slug = decodeURIComponent(path.slice(path.lastIndexOf('/') + 1));
  } catch {
    return null;
  }
  const words = slug
    .replace(/\.(?:html?|php|aspx?)$/i, '')
    .replace(/[-_]\d+$/, '')
    .split(/[-_+]+/)
    .filter(Boolean);
  if (words.length < 3 || words.some((w) => /^\d{3,}$/.test(w))) return null;
  const text = words.join(' ');
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Where the title stands among the lines, or -1. */
function indexOf(lines: readonly string[], title: string): number {
  const target = title.toLowerCase();
  return lines.slice(0, 40).findIndex((l) => {
    const c = clean(l).toLowerCase();
    return c === target || c.replace(SITE_SUFFIX, '') === target;
  });
}

/** `structuredName`: the event's name in machine-readable data (JSON-LD, microdata), used after the heading. */
export function readTitle(
  doc: Document,
  contentRoot: Element,
  lines: readonly string[] = [],
  structuredName: string | null = null,
  address: string | null = null,
): TitleReading | null {
  const heading = clean((contentRoot.querySelector(TITLE) ?? doc.querySelector(TITLE))?.textContent);
  if (heading && !isSiteName(heading))
    return { title: heading, rule: 'h1', origin: 'heading', index: indexOf(lines, heading) };
  if (structuredName)
    return { title: clean(structuredName), rule: 'structured:name', origin: 'structured-data', index: -1 };
  const og = clean(doc.querySelector('meta[property="og:title"]')?.getAttribute('content')).replace(SITE_SUFFIX, '');
  if (og && !isSiteName(og))
    return { title: og, rule: 'meta:og:title', origin: 'page-title', index: indexOf(lines, og) };
  const docTitle = clean(doc.title).replace(SITE_SUFFIX, '');
  if (docTitle && !isSiteName(docTitle))
    return { title: docTitle, rule: 'document-title', origin: 'page-title', index: indexOf(lines, docTitle) };
  const fromLines = titleFromLines(lines);
  if (fromLines) return { ...fromLines, rule: 'first-heading-like-line', origin: 'text-heading' };
  for (const line of lines.slice(0, 60)) {
    const name = quotedEventName(line);
    if (name) return { title: name, rule: 'text:event-name', origin: 'event-name', index: -1 };
  }
  const fromAddress = titleFromAddress(address);
  return fromAddress ? { title: fromAddress, rule: 'address', origin: 'page-title', index: -1 } : null;
}
