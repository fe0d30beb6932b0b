/**
 * Every CSS selector the extractor uses, with the page generation or archive it serves.
 * Fixtures: tests/fixtures/pages/<slug>/source.html.
 */

/**
 * Archive chrome that must never be read as page content: its capture date would become the event date
 * (docs/archives.md, "Banners"). `#wm-disclaim`/`#wm-media-*`: Archive-It and webarchive.unesco.org (fixture `seed`);
 * `#wm-ipp*`, `#donato`: Internet Archive; `<wb_div>`, `#_wb_*`: pywb. Matched by id and tag name rather
 * than a selector: not every DOM engine parses `wb_div` or ids starting with `_` in selectors.
 */
export const ARCHIVE_CHROME_IDS = new Set([
  'wm-disclaim',
  'wm-media-curtain',
  'wm-ipp-base',
  'wm-ipp',
  'wm-ipp-print',
  'donato',
  '_wb_plain_banner',
  '_wb_frame_top_banner',
]);
export const ARCHIVE_CHROME_TAGS = new Set(['WB_DIV']);

/** Whether `el` is archive chrome itself. */
export function isArchiveChrome(el: Element): boolean {
  return ARCHIVE_CHROME_IDS.has(el.id) || ARCHIVE_CHROME_TAGS.has(el.tagName.toUpperCase());
}

/** Whether `el` is archive chrome or inside it. */
export function isInArchiveChrome(el: Element): boolean {
  for (let e: Element | null = el; e; e = e.parentElement) if (isArchiveChrome(e)) return true;
  return false;
}

/** Elements whose text is never content. */
export const NON_CONTENT_TAGS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'IFRAME', 'OBJECT', 'HEAD']);

/** Site chrome around the content: menus, headers and footers (links there are not the event's). */
export const SITE_CHROME =
  'header, nav, footer, [role="navigation"], [role="banner"], [role="contentinfo"], #header, #footer';

/**
 * Where the page's own content lives, most specific first. Drupal 7 (en.unesco.org, uil.unesco.org,
 * fixture `seed`): `#main-content`/`.region-content`; 2022+ www.unesco.org: `main`.
 */
export const CONTENT_ROOTS = ['main', '[role="main"]', '#main-content', '#content', '.region-content', 'article'];

/** The page heading: an `h1` in the content, else the document's. */
export const TITLE = 'h1';

/** Block elements: each starts a new line in the text the field readers see. */
export const BLOCK_TAGS = new Set([
  'ADDRESS',
  'ARTICLE',
  'ASIDE',
  'BLOCKQUOTE',
  'BR',
  'DD',
  'DIV',
  'DL',
  'DT',
  'FIGCAPTION',
  'FIGURE',
  'FOOTER',
  'FORM',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'HEADER',
  'HR',
  'LI',
  'MAIN',
  'NAV',
  'OL',
  'P',
  'PRE',
  'SECTION',
  'TABLE',
  'TD',
  'TH',
  'TR',
  'UL',
]);

/**
 * Lines of archive chrome that survive as plain text (no `#wm-disclaim` around them: saved copies, text
 * extractions, banners injected without their wrapper). docs/archives.md, "Banners".
 */
export const ARCHIVE_CHROME_LINES: readonly RegExp[] = [
  /^You are viewing\s+an\s+archived\s+web\s+page/i,
  /^Loading media information/i,
  /^Found \d+ archived media items/i,
  /^The Wayback Machine - https?:\/\//i,
  /^FILE ARCHIVED ON .* AND RETRIEVED FROM/i,
  /^[<>×]$/,
];

/**
 * UNESCO's slogan, printed above many page titles (docs/archives.md, "UNESCO's pages under the archives"), in the site
 * languages.
 */
export const SITE_SLOGANS: readonly RegExp[] = [
  /^Building peace in the minds of men(?: and women)?$/i,
  /^Construire la paix dans l[’']esprit des hommes et des femmes$/i,
  /^Construir la paz en la mente de los hombres y de las mujeres$/i,
  /^بناء السلام في عقول الرجال والنساء$/,
  /^(?:Строить|Нести|Строим) мир в (?:умах|сознании|сознание) (?:мужчин и женщин|людей)$/i,
  /^在男女的思想中构建和平$/,
  // The French slogan often breaks over two lines.
  /^Construire la paix dans l[’']esprit$/i,
  /^des hommes et des femmes$/i,
];
