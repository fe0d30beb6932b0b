/**
 * Should the background inject the extractor into the frame whose content script asked? On the built-in
 * archives and UNESCO's sites the content script has already decided from the document it sees. On an
 * archive host the user added, the background decides: an address in the pywb grammar, or a response whose
 * Memento headers name a UNESCO original.
 */
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
  if (ARCHIVE_HOSTS.has(url.hostname) || isUnescoHost(url.hostname)) return { inject: true, context };
  if (!input.userArchiveOrigins.includes(url.origin)) return { inject: false, reason: 'not an archive the user added' };
  const role = decidePageRole(
    url,
    { isTop: input.frameId === 0 },
    null,
    userArchiveDefinitions(input.userArchiveOrigins),
  );
  if (role.analyse) return { inject: true, context };
  const memento = input.memento;
  if (memento && isUnescoHost(new URL(memento.originalUrl).hostname)) return { inject: true, context };
  return { inject: false, reason: role.reason };
}
