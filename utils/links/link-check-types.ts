/**
 * What a link check finds, as one typed result per address (zod: it crosses the port to the popup and is
 * cached in storage). docs/link-checks.md ("Verdicts") explains each state.
 */
import * as z from 'zod/mini';

export const VERDICTS = [
  'live',
  'moved',
  'soft-404',
  'gone',
  'blocked',
  'expired',
  'unreachable',
  'not-checked',
] as const;
export type Verdict = (typeof VERDICTS)[number];

/** Why: one code per rule that decided, for the popup's words and the CSV. */
export const REASONS = [
  'ok',
  'redirected-elsewhere',
  'redirect-to-root',
  'redirect-to-error-page',
  'error-page-text',
  'same-as-missing-page',
  'not-found',
  'dns',
  'bot-wall',
  'rate-limited',
  'forbidden',
  'cannot-tell-status',
  'server-error',
  'timeout',
  'network',
  'meeting-over',
  'meeting-cannot-verify',
  'private-address',
  'not-http',
  'host-stopped',
  'host-waiting',
  'cancelled',
  'check-limit',
] as const;
export type Reason = (typeof REASONS)[number];

const short = (n: number) => z.string().check(z.maxLength(n));
/** An address that becomes a link in the popup: http(s) only, as captures' (a `javascript:` href never gets in). */
const httpUrl = () => z.string().check(z.maxLength(4096), z.regex(/^https?:\/\//i));

export const ProbeStepSchema = z.object({
  method: z.enum(['HEAD', 'GET']),
  /** HTTP status of the final response; `null` when none arrived. */
  status: z.nullable(z.number().check(z.int())),
  /** The address after redirects, or the one a redirect was refused at (docs/security.md, "Redirects"). */
  finalUrl: z.nullable(short(4096)),
  redirected: z.boolean(),
  contentType: z.nullable(short(200)),
  retryAfterSeconds: z.nullable(z.number()),
  /** No response: `timeout`, or the network error (`name-not-resolved`, `connection`, …). */
  error: z.nullable(short(100)),
});
export type ProbeStep = z.infer<typeof ProbeStepSchema>;

export const LinkResultSchema = z.object({
  url: httpUrl(),
  verdict: z.enum(VERDICTS),
  reason: z.enum(REASONS),
  /** Where the address leads now, when it redirected. */
  finalUrl: z.nullable(httpUrl()),
  /** Title of the page found, when it was read. */
  title: z.nullable(short(300)),
  steps: z.array(ProbeStepSchema).check(z.maxLength(4)),
  /** A capture of the address near the page's own capture date, for links that are not live. */
  archivedUrl: z.nullable(httpUrl()),
  checkedAt: z.number(),
});
export type LinkResult = z.infer<typeof LinkResultSchema>;

/** Verdicts that need an archived copy. */
export function needsArchivedCopy(verdict: Verdict): boolean {
  return verdict === 'gone' || verdict === 'soft-404' || verdict === 'expired' || verdict === 'unreachable';
}
