/**
 * Should the background inject the extractor into the frame whose content script asked? The content script
 * only ran string tests (and the checks that need the document: pywb's frame host, archive.today's short ids);
 * the decision from the address is made here, for every host: on the built-in archives and UNESCO's sites, a
 * capture of a UNESCO page in its content frame, or a live UNESCO page's top frame; on an archive host the
 * user added, an address in the pywb grammar, or a response whose Memento headers name a UNESCO original.
 */
import * as z from 'zod/mini';
import type { MementoInfo } from './archives/memento-headers';
import { ARCHIVE_HOSTS } from './archives/registry';
import { decidePageRole } from './detect/page-role';
import { isUnescoHost } from './detect/unesco-site';
import { userArchiveDefinitions, type ExtractionContext } from './extraction-context';

export type InjectionDecision = { inject: true; context: ExtractionContext } | { inject: false; reason: string };

export function decideInjection(input: {
  senderUrl: string | undefined;
  frameId: number;
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

/** What `page:read` learns of each frame, from a script in the page (its address; pywb's frame host or not). */
const FrameProbeSchema = z.strictObject({ href: z.string(), frameHost: z.boolean() });

/**
 * The frames of a tab to consider reading, in frame order, from what the probe handed back in each: validated
 * like any input from a page, and pywb's frame host left out (as the top frame only: inside a capture the same
 * markup is the captured page's own).
 */
export function framesToConsider(
  probes: readonly { frameId: number; result?: unknown }[],
): { frameId: number; href: string }[] {
  return [...probes]
    .sort((a, b) => a.frameId - b.frameId)
    .flatMap(({ frameId, result }) => {
      const probe = FrameProbeSchema.safeParse(result);
      if (!probe.success || (frameId === 0 && probe.data.frameHost)) return [];
      return [{ frameId, href: probe.data.href }];
    });
}
