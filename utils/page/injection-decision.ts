/**
 * Should the background inject the extractor into the frame whose content script asked? The content script
 * only ran string tests (and the checks that need the document: pywb's frame host, archive.today's short ids);
 * the decision from the address is made here, for every host: on the built-in archives and UNESCO's sites, a
 * capture of a UNESCO page in its content frame, or a live UNESCO page's top frame; on an archive host the
 * user added, an address in the pywb grammar, or a response whose Memento headers name a UNESCO original.
 * A sub-frame is read only inside the same archive's replay page: a capture framed by any other site (made
 * invisible, to have the reader click the card's buttons there) is not read, carded or badged.
 */
import * as z from 'zod/mini';
import type { MementoInfo } from '../archives/memento-headers';
import { ARCHIVE_HOSTS, parseCaptureUrl } from '../archives/registry';
import { decidePageRole } from '../detect/page-role';
import { isUnescoHost } from '../detect/unesco-site';
import { userArchiveDefinitions, type ExtractionContext } from './extraction-context';

export type InjectionDecision = { inject: true; context: ExtractionContext } | { inject: false; reason: string };

/**
 * Is `top` (the tab's address) the replay page of the archive that serves `frame`? The same archive by its
 * address grammar (the Australian Web Archive's frame and content are on two hosts), or, on an archive host
 * the user added, the same origin. An unknown top address (the tab is on a host the extension may not see)
 * is not.
 */
export function isSameArchiveReplay(
  top: string | undefined,
  frame: URL,
  userArchiveOrigins: readonly string[],
): boolean {
  let topUrl: URL;
  try {
    topUrl = new URL(top ?? '');
  } catch {
    return false;
  }
  const extra = userArchiveDefinitions(userArchiveOrigins);
  const topCapture = parseCaptureUrl(topUrl, extra);
  const frameCapture = parseCaptureUrl(frame, extra);
  if (topCapture && frameCapture) return topCapture.archiveId === frameCapture.archiveId;
  return topUrl.origin === frame.origin && userArchiveOrigins.includes(frame.origin);
}

export function decideInjection(input: {
  senderUrl: string | undefined;
  frameId: number;
  /** The tab's top frame's address; needed for a sub-frame only. */
  topUrl?: string | undefined;
  userArchiveOrigins: readonly string[];
  memento: MementoInfo | null;
}): InjectionDecision {
  let url: URL;
  try {
    url = new URL(input.senderUrl ?? '');
  } catch {
    return { inject: false, reason: 'no sender address' };
  }
  const context: ExtractionContext = { userArchiveOrigins: [...input.userArchiveOrigins], memento: input.memento };
  const isTop = input.frameId === 0;
  if (!isTop && !isSameArchiveReplay(input.topUrl, url, input.userArchiveOrigins)) {
    return { inject: false, reason: 'framed by another site' };
  }
  if (ARCHIVE_HOSTS.has(url.hostname) || isUnescoHost(url.hostname)) {
    const role = decidePageRole(url, { isTop }, null);
    // An archive.today short id: its content script read the original from the page (the extractor will too).
    if (role.analyse || role.reason === 'unknown-original') return { inject: true, context };
    return { inject: false, reason: role.reason };
  }
  if (!input.userArchiveOrigins.includes(url.origin)) return { inject: false, reason: 'not an archive the user added' };
  const role = decidePageRole(url, { isTop }, null, userArchiveDefinitions(input.userArchiveOrigins));
  if (role.analyse) return { inject: true, context };
  const memento = input.memento;
  if (memento && isUnescoHost(new URL(memento.originalUrl).hostname)) return { inject: true, context };
  return { inject: false, reason: role.reason };
}

/**
 * What `page:read` learns of each frame, from a script in the page: the address its document was loaded from
 * (its navigation entry, which the page's scripts cannot rewrite; utils/detect/document-address.ts), and
 * whether it is pywb's frame host.
 */
const FrameProbeSchema = z.strictObject({ href: z.string(), frameHost: z.boolean() });

/**
 * The frames of a tab to consider reading, in frame order, from what the probe handed back in each: validated
 * like any input from a page, and pywb's frame host left out (as the top frame only: inside a capture the same
 * markup is the captured page's own). Each comes with the top frame's address (`topUrl`), which decides
 * whether a sub-frame may be read at all.
 */
export function framesToConsider(
  probes: readonly { frameId: number; result?: unknown }[],
): { frameId: number; href: string; topUrl: string | undefined }[] {
  const valid = [...probes]
    .sort((a, b) => a.frameId - b.frameId)
    .flatMap(({ frameId, result }) => {
      const probe = FrameProbeSchema.safeParse(result);
      return probe.success ? [{ frameId, ...probe.data }] : [];
    });
  const topUrl = valid.find((f) => f.frameId === 0)?.href;
  return valid.filter((f) => !(f.frameId === 0 && f.frameHost)).map(({ frameId, href }) => ({ frameId, href, topUrl }));
}
