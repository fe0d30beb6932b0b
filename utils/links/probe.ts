/**
 * One address, asked the way docs/link-checks.md ("Asking") describes: HEAD first; GET (the first 64 KB only) when HEAD
 * is refused or fails; redirects followed, every hop and the final address checked (docs/security.md); one
 * deadline per request that also covers a body sent slowly.
 * Pure apart from the injected `fetch`. Returns the evidence; `judgeLink` (verdict.ts) decides.
 */
import { retryAfterSeconds } from '../captures/fetch-captures';
import { deadline } from '../common/deadline';
import type { FetchLike } from '../captures/fetch-captures';
import type { ProbeStep } from './link-check-types';
import { pageSignals, readPrefix, type PageSignals } from './page-signals';
import { checkUrlSafety } from './url-safety';

export const BODY_PREFIX_BYTES = 64 * 1024;

export type ProbeEvidence = { steps: ProbeStep[]; page: PageSignals | null };

export type ProbeOptions = {
  fetch: FetchLike;
  timeoutMs?: number;
  now?: Date;
  signal?: AbortSignal;
  /** The browser's network error for a failed request, when it can be known (webRequest): `name-not-resolved`. */
  netError?: (url: string) => Promise<string | null>;
  /** Shared by the requests of one check: `hidden` once the browser has shown it hides where redirects lead. */
  redirects?: RedirectMode;
  /** The hops the browser followed for the last request to `url` (webRequest), where fetch does not show them. */
  redirectHops?: (url: string) => readonly string[];
};

export type RedirectMode = { hidden: boolean };

/** A step's error when a redirect led to an address a check may not ask (its `finalUrl` says which). */
export const PRIVATE_REDIRECT = 'private-address';
/** A step's error when redirects went on past `MAX_REDIRECTS`, or named no address. */
const TOO_MANY_REDIRECTS = 'too-many-redirects';
const BAD_REDIRECT = 'bad-redirect';
/** A step's error when the check had sent all the requests it may (link-check.ts). */
export const CHECK_LIMIT = 'check-limit';

function errorName(err: unknown): string {
  return err instanceof Error ? err.name : '';
}

const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);

/** The most redirects followed by hand (browsers give up after 20; no honest link needs more than a few). */
export const MAX_REDIRECTS = 10;

/**
 * Where a request may go, hop by hop (docs/security.md, "Redirects"): the address that answered and, when a
 * hop or the end of the chain is not one a check may ask, why not. Redirects are followed by hand where the
 * environment shows them (`redirect: 'manual'`), each hop checked before it is asked; a browser hides them
 * (an opaque redirect), so there the browser follows them, its own block stops hops to private literals, and
 * the hops it reports (webRequest) and the final address are checked before anything read is kept.
 */
async function fetchChecked(
  url: string,
  init: RequestInit,
  options: ProbeOptions,
): Promise<{ response: Response; finalUrl: string; redirected: boolean } | { refused: string; status: number }> {
  let current = url;
  let redirected = false;
  for (let hop = 0; ; hop++) {
    const byHand = options.redirects?.hidden !== true;
    let response = await options.fetch(current, { ...init, redirect: byHand ? 'manual' : 'follow' });
    if (byHand && response.type === 'opaqueredirect') {
      if (options.redirects) options.redirects.hidden = true;
      response = await options.fetch(current, { ...init, redirect: 'follow' });
    }
    const location = response.headers.get('location');
    if (response.type !== 'opaqueredirect' && REDIRECT_STATUSES.has(response.status) && location !== null) {
      // Dropping a body we do not read: a stream already closed or errored is what we want anyway.
      await response.body?.cancel().catch(() => undefined);
      let next: string;
      try {
        next = new URL(location, current).href;
      } catch {
        return { refused: BAD_REDIRECT, status: response.status };
      }
      if (!checkUrlSafety(next).ok) return { refused: next, status: response.status };
      if (hop >= MAX_REDIRECTS) return { refused: TOO_MANY_REDIRECTS, status: response.status };
      current = next;
      redirected = true;
      continue;
    }
    const finalUrl = response.url || current;
    const hops = response.redirected ? (options.redirectHops?.(current) ?? []) : [];
    const unsafe = [...hops, finalUrl].find((u) => !checkUrlSafety(u).ok);
    if (unsafe !== undefined) {
      // Dropping a body we do not read: a stream already closed or errored is what we want anyway.
      await response.body?.cancel().catch(() => undefined);
      return { refused: unsafe, status: response.status };
    }
    return { response, finalUrl, redirected: redirected || response.redirected };
  }
}

/** The step of a request that got an answer: its status, where it ended, its type, a `Retry-After`. */
function answeredStep(
  base: ProbeStep,
  answer: { response: Response; finalUrl: string; redirected: boolean },
  now: Date,
): ProbeStep {
  const { response } = answer;
  return {
    ...base,
    status: response.status,
    finalUrl: answer.finalUrl,
    redirected: answer.redirected,
    contentType: response.headers.get('content-type')?.slice(0, 200) ?? null,
    retryAfterSeconds: response.headers.has('retry-after')
      ? retryAfterSeconds(response.headers.get('retry-after'), now)
      : null,
  };
}

/** The step of a request that got no answer: a hop the browser blocked, a timeout, the check's limit, the network. */
async function failedStep(
  url: string,
  base: ProbeStep,
  err: unknown,
  timedOut: boolean,
  options: ProbeOptions,
): Promise<ProbeStep> {
  const hops = options.redirectHops?.(url) ?? [];
  const privateHop = hops.find((u) => !checkUrlSafety(u).ok);
  if (privateHop !== undefined) {
    // The browser's own block stopped a hop to a private address (docs/security.md, "The browser's block").
    return { ...base, finalUrl: privateHop.slice(0, 4096), redirected: true, error: PRIVATE_REDIRECT };
  }
  const error =
    timedOut || errorName(err) === 'TimeoutError'
      ? 'timeout'
      : errorName(err) === 'CheckLimitError'
        ? CHECK_LIMIT
        : ((await options.netError?.(url)) ?? 'network');
  return { ...base, error };
}

async function request(
  url: string,
  method: 'HEAD' | 'GET',
  options: ProbeOptions,
  range: boolean,
): Promise<{ step: ProbeStep; page: PageSignals | null; rangeRefused: boolean }> {
  const timeoutMs = options.timeoutMs ?? 12_000;
  const limit = deadline(timeoutMs, options.signal);
  const base: ProbeStep = {
    method,
    status: null,
    finalUrl: null,
    redirected: false,
    contentType: null,
    retryAfterSeconds: null,
    error: null,
  };
  try {
    const answer = await fetchChecked(
      url,
      {
        method,
        signal: limit.signal,
        credentials: 'omit',
        cache: 'no-store',
        // A simple request: no header but Range, so no CORS preflight (docs/link-checks.md, "Asking").
        ...(range && { headers: { Range: `bytes=0-${BODY_PREFIX_BYTES - 1}` } }),
      },
      options,
    );
    if ('refused' in answer) {
      // Nothing the far end said is kept: only that the address led where a check may not go.
      const where = /^https?:/i.test(answer.refused) ? answer.refused.slice(0, 4096) : null;
      const error = where ? PRIVATE_REDIRECT : answer.refused;
      return { step: { ...base, finalUrl: where, redirected: true, error }, page: null, rangeRefused: false };
    }
    const { response } = answer;
    const contentType = response.headers.get('content-type');
    const step = answeredStep(base, answer, options.now ?? new Date());
    let page: PageSignals | null = null;
    if (method === 'GET' && /html/i.test(contentType ?? '') && response.status !== 416) {
      page = pageSignals(await readPrefix(response, BODY_PREFIX_BYTES));
    } else {
      // Dropping a body we do not read: a stream already closed or errored is what we want anyway.
      await response.body?.cancel().catch(() => undefined);
    }
    return { step, page, rangeRefused: response.status === 416 };
  } catch (err) {
    if (options.signal?.aborted && !limit.timedOut()) throw err;
    return { step: await failedStep(url, base, err, limit.timedOut(), options), page: null, rangeRefused: false };
  }
}

/** HEAD, then GET when HEAD did not give a usable answer (or the page's text is needed to judge it). */
export async function probeUrl(url: string, options: ProbeOptions): Promise<ProbeEvidence> {
  const head = await request(url, 'HEAD', options, false);
  const status = head.step.status;
  // A good HEAD answer for a file (PDF, image…) that did not redirect needs no body. Everything else is
  // checked with GET: HEAD is often refused (405, 403, 404-on-HEAD), and an HTML page may be an error page
  // ("Page not found" served with 200) or a bot wall that only its title reveals.
  const html = /html/i.test(head.step.contentType ?? '');
  if (status !== null && status >= 200 && status < 300 && !head.step.redirected && !html) {
    return { steps: [head.step], page: null };
  }
  // The host asked us to wait or is gone from the network: a GET now would only repeat that.
  // So would a redirect that is refused (into a private network, in a loop, unreadable), whatever the method.
  const stop = ['name-not-resolved', 'timeout', PRIVATE_REDIRECT, CHECK_LIMIT, TOO_MANY_REDIRECTS, BAD_REDIRECT];
  if (status === 429 || stop.includes(head.step.error ?? '')) {
    return { steps: [head.step], page: null };
  }
  let get = await request(url, 'GET', options, true);
  if (get.rangeRefused) get = await request(url, 'GET', options, false);
  return { steps: [head.step, get.step], page: get.page };
}
