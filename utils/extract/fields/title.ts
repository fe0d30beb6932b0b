/** The event's title: the content's `h1`, else `og:title`, else the document title without the site name. */
import { TITLE } from '../selectors';

export type TitleReading = { title: string; rule: string };

const SITE_SUFFIX = /\s*[|–—-]\s*(?:UNESCO[^|–—-]*|United Nations Educational[^|]*)$/i;

export function readTitle(doc: Document, contentRoot: Element): TitleReading | null {
  const heading = (contentRoot.querySelector(TITLE) ?? doc.querySelector(TITLE))?.textContent
    ?.replace(/\s+/g, ' ')
    .trim();
  if (heading) return { title: heading, rule: 'h1' };
  const og = doc.querySelector('meta[property="og:title"]')?.getAttribute('content')?.trim();
  if (og) return { title: og.replace(SITE_SUFFIX, ''), rule: 'meta:og:title' };
  const docTitle = doc.title.replace(/\s+/g, ' ').trim().replace(SITE_SUFFIX, '');
  return docTitle ? { title: docTitle, rule: 'document-title' } : null;
}
