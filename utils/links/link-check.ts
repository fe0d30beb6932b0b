/**
 * Checks the addresses of an event's links and of its page, today: each one safe to ask (url-safety.ts),
 * meeting links judged by the event's date, fresh cached answers reused, the rest asked politely, per site
 * (polite-queue.ts, registrable-domain.ts), with HEAD-then-GET (probe.ts) and judged (verdict.ts); a site that
 * redirects is asked once for an address that cannot exist, to tell a soft 404 from a real move. One check
 * sends at most `MAX_REQUESTS_PER_CHECK` requests (docs/security.md, "Politeness"). Links that are not live
 * get an archived copy. Everything outside (fetch, cache, clock, archive lookups) is injected.
 */
import type { FetchLike } from '../captures/fetch-captures';
import { needsArchivedCopy, type LinkResult, type Reason, type Verdict } from './link-check-types';
import { runPolitely, type Clock, type HostFeedback } from './polite-queue';
import { probeUrl, type ProbeOptions, type RedirectMode } from './probe';
import { registrableDomain } from './registrable-domain';
import { judgeLink, judgeMeetingLink, type JudgeContext } from './verdict';
import { checkUrlSafety } from './url-safety';

/** How long a verdict is reused. */
export const LINK_RESULT_TTL_MS = 6 * 3600 * 1000;
/** Archive lookups per check for links that are not live (each is a request to an archive's index). */
export const MAX_ARCHIVE_LOOKUPS = 10;
/**
 * Requests one check sends to the sites it checks, redirects and soft-404 probes included: enough for 300 web
 * pages (HEAD and GET each) or 500 files, and a bound on what a hostile page's links can make one click send.
 */
export const MAX_REQUESTS_PER_CHECK = 600;

/** Thrown by the counted fetch once a check has sent its share of requests. */
export class CheckLimitError extends Error {
  override name = 'CheckLimitError';
}

export type LinkCheckDeps = {
  fetch: FetchLike;
  now: () => number;
  clock?: Clock;
  signal?: AbortSignal;
  timeoutMs?: number;
  /** Politeness settings, per site (defaults: 2 per site, 6 in all, 500 ms between starts on a site). */
  politeness?: { perHost?: number; overall?: number; hostGapMs?: number };
  /** At most this many requests in one check (default `MAX_REQUESTS_PER_CHECK`). */
  maxRequests?: number;
  cache: { get(url: string): Promise<LinkResult | null>; put(result: LinkResult): Promise<void> };
  /** The browser's network error for a failed request, when known (`name-not-resolved`). */
  netError?: (url: string) => Promise<string | null>;
  /** The redirects the browser followed for a request, where fetch hides them (webRequest). */
  redirectHops?: (url: string) => readonly string[];
  /** A capture of `url` near the page's capture date, from the archives' indexes, or `null`. */
  findCapture?: (url: string) => Promise<string | null>;
  /** A replay address for `url` at the page's capture time (the archive picks the nearest capture). */
  fallbackCopy?: (url: string) => string | null;
  onResult?: (result: LinkResult, done: number, total: number) => void;
  eventEndMs: number | null;
};

export type LinkTarget = { url: string; archivedUrl: string | null };

function result(url: string, verdict: Verdict, reason: Reason, now: number): Omit<LinkResult, 'archivedUrl'> {
  return { url, verdict, reason, finalUrl: null, title: null, steps: [], checkedAt: now };
}

function randomPath(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(10));
  return `/event-lens-${Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('')}`;
}

function feedbackOf(r: Omit<LinkResult, 'archivedUrl'>): HostFeedback {
  if (r.reason === 'rate-limited') {
    const seconds = r.steps.find((s) => s.retryAfterSeconds !== null)?.retryAfterSeconds ?? 60;
    return { kind: 'wait', ms: seconds * 1000 };
  }
  if (r.reason === 'network' || r.reason === 'timeout' || r.reason === 'server-error') return { kind: 'error' };
  return { kind: 'ok' };
}

const isHttp = (url: string) => /^https?:\/\//i.test(url);

export async function checkLinks(targets: readonly LinkTarget[], deps: LinkCheckDeps): Promise<LinkResult[]> {
  // Only http(s) addresses are links a check answers (and only those may become a link in its results).
  const unique = [...new Map(targets.filter((t) => isHttp(t.url)).map((t) => [t.url, t])).values()];
  const total = unique.length;
  const results = new Map<string, LinkResult>();
  let lookups = 0;
  let done = 0;
  const ctx = (): JudgeContext => ({ eventEndMs: deps.eventEndMs, now: deps.now() });

  const archived = async (target: LinkTarget, r: Omit<LinkResult, 'archivedUrl'>): Promise<string | null> => {
    if (!needsArchivedCopy(r.verdict)) return null;
    // A meeting page's capture is an empty shell (the meeting app draws it): not worth a request to an archive.
    const worthLookup = r.reason !== 'meeting-over';
    if (deps.findCapture && worthLookup && lookups < MAX_ARCHIVE_LOOKUPS && !deps.signal?.aborted) {
      lookups++;
      // An index that fails only means no archived copy is offered for this link: the verdict stands.
      const found = await deps.findCapture(target.url).catch(() => null);
      if (found && isHttp(found)) return found;
    }
    const copy = target.archivedUrl ?? deps.fallbackCopy?.(target.url) ?? null;
    return copy !== null && isHttp(copy) ? copy : null;
  };
  const finish = async (target: LinkTarget, r: Omit<LinkResult, 'archivedUrl'>, fromCache = false) => {
    const full: LinkResult = { ...r, archivedUrl: await archived(target, r) };
    results.set(target.url, full);
    // A verdict the cache cannot keep (storage full) is only asked again next time.
    if (!fromCache && full.steps.length > 0) await deps.cache.put(full).catch(() => undefined);
    deps.onResult?.(full, ++done, total);
  };

  const toProbe: LinkTarget[] = [];
  for (const target of unique) {
    const safety = checkUrlSafety(target.url);
    if (!safety.ok) {
      const reason = safety.reason === 'private-address' ? 'private-address' : 'not-http';
      await finish(target, result(target.url, 'not-checked', reason, deps.now()));
      continue;
    }
    const meeting = judgeMeetingLink(target.url, ctx());
    if (meeting) {
      await finish(target, meeting);
      continue;
    }
    // An unreadable cache is an empty one: the link is asked again.
    const cached = await deps.cache.get(target.url).catch(() => null);
    if (cached && deps.now() - cached.checkedAt < LINK_RESULT_TTL_MS) {
      await finish(target, cached, true);
      continue;
    }
    toProbe.push(target);
  }

  // Every request of the check is counted; past the limit, none is sent.
  const maxRequests = deps.maxRequests ?? MAX_REQUESTS_PER_CHECK;
  let sent = 0;
  const counted: LinkCheckDeps['fetch'] = (url, init) => {
    if (sent >= maxRequests) return Promise.reject(new CheckLimitError('This check sent all the requests it may.'));
    sent++;
    return deps.fetch(url, init);
  };
  const redirects: RedirectMode = { hidden: false };
  const probeOptions = (signal: AbortSignal): ProbeOptions => ({
    fetch: counted,
    signal,
    redirects,
    now: new Date(deps.now()),
    ...(deps.timeoutMs !== undefined && { timeoutMs: deps.timeoutMs }),
    ...(deps.netError && { netError: deps.netError }),
    ...(deps.redirectHops && { redirectHops: deps.redirectHops }),
  });

  // One "address that cannot exist" per host, asked only when a link there redirected.
  const missingPages = new Map<string, Promise<JudgeContext['missingPage']>>();
  const missingPage = (url: URL, signal: AbortSignal) => {
    let p = missingPages.get(url.host);
    if (!p) {
      const probe = `${url.origin}${randomPath()}`;
      p = probeUrl(probe, probeOptions(signal))
        .then((e) => {
          const last = e.steps[e.steps.length - 1];
          return { status: last?.status ?? null, finalUrl: last?.finalUrl ?? null, title: e.page?.title ?? null };
        })
        // A random-path probe that fails tells nothing about soft 404s: the verdict is made without it.
        .catch(() => null);
      missingPages.set(url.host, p);
    }
    return p;
  };

  const byUrl = new Map(toProbe.map((t) => [t.url, t]));
  const finishing: Promise<void>[] = [];
  await runPolitely(
    toProbe.map((target) => {
      const url = new URL(target.url);
      return {
        key: target.url,
        host: registrableDomain(url.hostname),
        run: async (signal: AbortSignal) => {
          const evidence = await probeUrl(target.url, probeOptions(signal));
          let judged = judgeLink(target.url, evidence, ctx());
          if (judged.verdict === 'moved') {
            const missing = await missingPage(url, signal);
            if (missing) judged = judgeLink(target.url, evidence, { ...ctx(), missingPage: missing });
          }
          return judged;
        },
      };
    }),
    {
      ...deps.politeness,
      ...(deps.clock && { clock: deps.clock }),
      ...(deps.signal && { signal: deps.signal }),
      feedback: feedbackOf,
      exhausted: () => sent >= maxRequests,
      skipped: (task, why) =>
        why === 'host-stopped'
          ? result(task.key, 'unreachable', 'host-stopped', deps.now())
          : why === 'host-waiting'
            ? result(task.key, 'blocked', 'host-waiting', deps.now())
            : result(task.key, 'not-checked', 'check-limit', deps.now()),
      onResult: (task, r) => {
        const target = byUrl.get(task.key);
        if (target) finishing.push(finish(target, r));
      },
    },
  );
  await Promise.all(finishing);
  // Work left when the check was cancelled is reported as such, so every address has an answer.
  for (const target of unique) {
    if (!results.has(target.url)) await finish(target, result(target.url, 'not-checked', 'cancelled', deps.now()));
  }
  return unique.map((t) => results.get(t.url)).filter((r): r is LinkResult => r !== undefined);
}
