/**
 * One address, asked the way PROTOCOLS.md D.1 describes: HEAD first; GET (the first 64 KB only) when HEAD
 * is refused or fails; redirects followed; one deadline per request that also covers a body sent slowly.
 * Pure apart from the injected `fetch`. Returns the evidence; `judgeLink` (verdict.ts) decides.
 */
import { retryAfterSeconds } from '../captures/fetch-captures';
import { deadline } from '../deadline';
import type { FetchLike } from '../captures/fetch-captures';
import type { ProbeStep } from './link-check-types';

export const BODY_PREFIX_BYTES = 64 * 1024;

export type PageSignals = { title: string | null; heading: string | null };

export type ProbeEvidence = { steps: ProbeStep[]; page: PageSignals | null };

export type ProbeOptions = {
  fetch: FetchLike;
  timeoutMs?: number;
  now?: Date;
  signal?: AbortSignal;
  /** The browser's network error for a failed request, when it can be known (webRequest): `name-not-resolved`. */
  netError?: (url: string) => Promise<string | null>;
};

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', '#39': "'" };

/** Visible text of a fragment of HTML: tags dropped, common entities decoded, spaces collapsed. */
function textOf(html: string): string {
  return html
    .replace(/<[^>]*>/g, ' ')
    .replace(/&(#\d+|#x[0-9a-f]+|[a-z]+\d*);/gi, (whole, name: string) => {
      if (name.startsWith('#x') || name.startsWith('#X'))
        return String.fromCodePoint(parseInt(name.slice(2), 16) || 32);
      if (name.startsWith('#')) return String.fromCodePoint(Number(name.slice(1)) || 32);
      return ENTITIES[name.toLowerCase()] ?? whole;
    })
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 300);
}

/** The `<title>` and first `<h1>` of the start of an HTML page (no DOM in a service worker). */
export function pageSignals(html: string): PageSignals {
  const title = /<title[^>]*>([\s\S]*?)<\/title>/i.exec(html)?.[1];
  const heading = /<h1[^>]*>([\s\S]*?)<\/h1>/i.exec(html)?.[1];
  return { title: title === undefined ? null : textOf(title), heading: heading === undefined ? null : textOf(heading) };
}

async function readPrefix(response: Response, maxBytes: number): Promise<string> {
  if (!response.body) return (await response.text()).slice(0, maxBytes);
  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  let text = '';
  let bytes = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    bytes += value.byteLength;
    text += decoder.decode(value, { stream: true });
    if (bytes >= maxBytes) {
      await reader.cancel();
      break;
    }
  }
  return text;
}

function errorName(err: unknown): string {
  return err instanceof Error ? err.name : '';
}

async function request(
  url: string,
  method: 'HEAD' | 'GET',
  options: ProbeOptions,
  range: boolean,
): Promise<{ step: ProbeStep; page: PageSignals | null; rangeRefused: boolean }> {
  const timeoutMs = options.timeoutMs ?? 12_000;
  const limit = deadline(timeoutMs, options.signal, 'No answer in time.');
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
    const response = await options.fetch(url, {
      method,
      signal: limit.signal,
      credentials: 'omit',
      cache: 'no-store',
      redirect: 'follow',
      // A simple request: no header but Range, so no CORS preflight (PROTOCOLS.md D.4).
      ...(range && { headers: { Range: `bytes=0-${BODY_PREFIX_BYTES - 1}` } }),
    });
    const contentType = response.headers.get('content-type');
    const step: ProbeStep = {
      ...base,
      status: response.status,
      finalUrl: response.url || url,
      redirected: response.redirected,
      contentType: contentType?.slice(0, 200) ?? null,
      retryAfterSeconds: response.headers.has('retry-after')
        ? retryAfterSeconds(response.headers.get('retry-after'), options.now ?? new Date())
        : null,
    };
    let page: PageSignals | null = null;
    if (method === 'GET' && /html/i.test(contentType ?? '') && response.status !== 416) {
      page = pageSignals(await readPrefix(response, BODY_PREFIX_BYTES));
    } else {
      await response.body?.cancel().catch(() => undefined);
    }
    return { step, page, rangeRefused: response.status === 416 };
  } catch (err) {
    if (options.signal?.aborted && !limit.timedOut()) throw err;
    const error =
      limit.timedOut() || errorName(err) === 'TimeoutError'
        ? 'timeout'
        : ((await options.netError?.(url)) ?? 'network');
    return { step: { ...base, error }, page: null, rangeRefused: false };
  } finally {
    limit.done();
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
  if (status === 429 || head.step.error === 'name-not-resolved' || head.step.error === 'timeout') {
    return { steps: [head.step], page: null };
  }
  let get = await request(url, 'GET', options, true);
  if (get.rangeRefused) get = await request(url, 'GET', options, false);
  return { steps: [head.step, get.step], page: get.page };
}
