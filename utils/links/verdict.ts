/**
 * From what a probe found to a verdict, honestly (docs/link-checks.md, "Verdicts"): a refused HEAD is not a dead link,
 * a redirect to the home page or an error page is a soft 404, a bot wall or a rate limit is "can't tell",
 * never "dead", and a meeting link of an event that is over has expired whatever its server says.
 */
import type { LinkResult, ProbeStep, Reason, Verdict } from './link-check-types';
import type { PageSignals } from './page-signals';
import { CHECK_LIMIT, PRIVATE_REDIRECT, type ProbeEvidence } from './probe';

/** "Not found" in the title or main heading, in the languages UNESCO's sites and their links use. */
const NOT_FOUND =
  /\b(?:404|page not found|not found|does(?:n['’]t| not) exist|no longer (?:available|exists)|cannot be found|could not be found)\b|page introuvable|introuvable|n['’]existe (?:pas|plus)|page non trouvée|erreur 404|página no encontrada|no (?:existe|se encontró)|nicht gefunden|não encontrada|не найден|غير موجودة|لم يتم العثور|页面不存在|找不到|未找到/i;

/** Titles of bot walls and challenges (Cloudflare, Imperva, Akamai, Archive-It's check), served even with 200. */
const BOT_WALL =
  /just a moment|attention required|access denied|checking your browser|session verification|pardon our interruption|are you a robot|verify you are human|request unsuccessful|ddos protection/i;

/** Meeting links that stop working once the meeting is over (docs/link-checks.md, "Verdicts"). */
const MEETING_LINK =
  /^https?:\/\/(?:[\w-]+\.)?(?:zoom\.us|zoomgov\.com)\/(?:j|w|s|my|meeting\/register|webinar\/register)\/|^https?:\/\/teams\.microsoft\.com\/l\/meetup-join\//i;

export function isMeetingLink(url: string): boolean {
  return MEETING_LINK.test(url);
}

/** The same page for a reader: scheme, `www.`, default port, trailing slash and fragment aside. */
export function samePage(a: string, b: string): boolean {
  const norm = (u: string) => {
    try {
      const url = new URL(u);
      const host = url.hostname.toLowerCase().replace(/^www\./, '');
      return `${host}${url.pathname.replace(/\/+$/, '') || '/'}${url.search}`;
    } catch {
      return u;
    }
  };
  return norm(a) === norm(b);
}

/** A redirect from a deep page to the site's root or a language root (`/`, `/en`, `/fr/`, `/index.html`). */
export function isRootRedirect(original: string, final: string): boolean {
  try {
    const from = new URL(original);
    const to = new URL(final);
    const fromPath = from.pathname.replace(/\/+$/, '');
    const toPath = to.pathname.replace(/\/+$/, '').replace(/\/index\.\w+$/i, '');
    const deep = fromPath.split('/').filter(Boolean).length >= 1 && fromPath !== toPath;
    return deep && (toPath === '' || /^\/[a-z]{2}(?:-[a-z]{2})?$/i.test(toPath)) && to.search === '';
  } catch {
    return false;
  }
}

function looksLikeErrorUrl(final: string): boolean {
  return /\/404(?:\.\w+)?(?:[/?#]|$)|not-?found|\/error(?:s)?(?:[/?.#]|$)|page-?introuvable/i.test(final);
}

export type JudgeContext = {
  /** When the event ended (or started, without an end): meeting links of past events have expired. */
  eventEndMs: number | null;
  now: number;
  /**
   * What an address on the same host that cannot exist gave (`/el-<random>`): a redirect to the same place,
   * or a page with the same title, means the site answers every missing page that way.
   */
  missingPage?: { finalUrl: string | null; status: number | null; title: string | null } | null;
};

type Judgement = { verdict: Verdict; reason: Reason };

function judgeFinal(url: string, step: ProbeStep, page: PageSignals | null, ctx: JudgeContext): Judgement {
  const status = step.status;
  if (status === null) {
    if (step.error === PRIVATE_REDIRECT) return { verdict: 'not-checked', reason: 'private-address' };
    if (step.error === CHECK_LIMIT) return { verdict: 'not-checked', reason: 'check-limit' };
    if (step.error === 'timeout') return { verdict: 'unreachable', reason: 'timeout' };
    if (step.error === 'name-not-resolved') return { verdict: 'gone', reason: 'dns' };
    return { verdict: 'unreachable', reason: 'network' };
  }
  const title = page?.title ?? null;
  const heading = page?.heading ?? null;
  if (status === 404 || status === 410) return { verdict: 'gone', reason: 'not-found' };
  if (status === 429) return { verdict: 'blocked', reason: 'rate-limited' };
  if (status === 401 || status === 403 || status === 407 || status === 451 || status === 999) {
    return { verdict: 'blocked', reason: BOT_WALL.test(title ?? '') ? 'bot-wall' : 'forbidden' };
  }
  if (status === 503 && (step.retryAfterSeconds !== null || BOT_WALL.test(title ?? ''))) {
    return { verdict: 'blocked', reason: 'bot-wall' };
  }
  if (status >= 500) return { verdict: 'unreachable', reason: 'server-error' };
  if (status >= 400) return { verdict: 'blocked', reason: 'cannot-tell-status' };
  // 2xx (and a 3xx fetch did not follow): judge where it led and what it shows.
  if (BOT_WALL.test(title ?? '')) return { verdict: 'blocked', reason: 'bot-wall' };
  const final = step.finalUrl ?? url;
  const moved = step.redirected && !samePage(url, final);
  if (moved && isRootRedirect(url, final)) return { verdict: 'soft-404', reason: 'redirect-to-root' };
  if (moved && looksLikeErrorUrl(final) && !looksLikeErrorUrl(url)) {
    return { verdict: 'soft-404', reason: 'redirect-to-error-page' };
  }
  if (NOT_FOUND.test(title ?? '') || NOT_FOUND.test(heading ?? '')) {
    return { verdict: 'soft-404', reason: 'error-page-text' };
  }
  const missing = ctx.missingPage;
  if (missing && missing.status !== null && missing.status >= 200 && missing.status < 300) {
    const sameTarget = moved && missing.finalUrl !== null && samePage(missing.finalUrl, final);
    const sameTitle = title !== null && title !== '' && missing.title === title;
    if (sameTarget || sameTitle) return { verdict: 'soft-404', reason: 'same-as-missing-page' };
  }
  if (moved) return { verdict: 'moved', reason: 'redirected-elsewhere' };
  return { verdict: 'live', reason: 'ok' };
}

/** The verdict on one address from its probe (the last answer decides: a refused HEAD is not held against it). */
export function judgeLink(url: string, evidence: ProbeEvidence, ctx: JudgeContext): Omit<LinkResult, 'archivedUrl'> {
  const last = evidence.steps[evidence.steps.length - 1];
  const base = {
    url,
    steps: evidence.steps,
    title: evidence.page?.title ?? null,
    checkedAt: ctx.now,
  };
  if (!last) return { ...base, verdict: 'not-checked', reason: 'cancelled', finalUrl: null };
  const { verdict, reason } = judgeFinal(url, last, evidence.page, ctx);
  // Only an http(s) address the check may ask is shown as where the link leads (it becomes a link).
  const shown = last.redirected && last.finalUrl && !samePage(url, last.finalUrl) ? last.finalUrl : null;
  const finalUrl = reason !== 'private-address' && shown !== null && /^https?:\/\//i.test(shown) ? shown : null;
  return { ...base, verdict, reason, finalUrl };
}

/** Meeting links are judged by the event's date, without a request (their pages say nothing to a fetch). */
export function judgeMeetingLink(url: string, ctx: JudgeContext): Omit<LinkResult, 'archivedUrl'> | null {
  if (!isMeetingLink(url)) return null;
  const over = ctx.eventEndMs !== null && ctx.eventEndMs < ctx.now;
  return {
    url,
    verdict: over ? 'expired' : 'blocked',
    reason: over ? 'meeting-over' : 'meeting-cannot-verify',
    finalUrl: null,
    title: null,
    steps: [],
    checkedAt: ctx.now,
  };
}
