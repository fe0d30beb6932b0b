/**
 * The latest link check of each page, as the popup ran it (the page's original address → the addresses it
 * judged): the card marks those links on the page, and only those (issue 19: never every address with a cached
 * verdict from any earlier check). Kept for `PAGE_CHECK_TTL_MS`, the most recent `MAX_PAGES` pages.
 */
import * as z from 'zod/mini';
import { VERDICTS, type LinkResult } from '../links/link-check-types';
import { validatedItem } from './validated-item';

export const PAGE_CHECK_TTL_MS = 6 * 3600 * 1000;
const MAX_PAGES = 20;

const MarkSchema = z.object({
  url: z.string().check(z.maxLength(4096)),
  verdict: z.enum(VERDICTS),
  archivedUrl: z.nullable(z.string().check(z.maxLength(4096), z.regex(/^https?:\/\//i))),
});
export type LinkMarkData = z.infer<typeof MarkSchema>;
const PageCheckSchema = z.object({ checkedAt: z.number(), marks: z.array(MarkSchema).check(z.maxLength(500)) });
export type PageCheck = z.infer<typeof PageCheckSchema>;

export const pageChecksItem = validatedItem(
  'local:page-link-checks',
  z.record(z.string().check(z.maxLength(2000)), PageCheckSchema),
  { fallback: {}, version: 1, what: 'page link checks' },
);

/** Keeps what one check of `pageUrl` judged (replacing the page's earlier check). */
export async function savePageCheck(pageUrl: string, results: readonly LinkResult[], now = Date.now()): Promise<void> {
  const marks = results.slice(0, 500).map((r) => ({
    url: r.url,
    verdict: r.verdict,
    archivedUrl: r.archivedUrl && /^https?:\/\//i.test(r.archivedUrl) ? r.archivedUrl : null,
  }));
  const others = Object.entries(await pageChecksItem.load()).filter(([url]) => url !== pageUrl);
  const kept = [...others, [pageUrl, { checkedAt: now, marks }] as const].slice(-MAX_PAGES);
  await pageChecksItem.setValue(Object.fromEntries(kept));
}

/** The page's latest check, when it is recent enough to show; `null` otherwise. */
export function recentPageCheck(
  checks: Record<string, PageCheck>,
  pageUrl: string,
  now = Date.now(),
): PageCheck | null {
  const check = checks[pageUrl];
  return check && now - check.checkedAt < PAGE_CHECK_TTL_MS ? check : null;
}
