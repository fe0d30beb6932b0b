/**
 * One signal for a request's deadline and its caller's cancel: aborted after `timeoutMs`, or as soon as `parent`
 * is. `timedOut()` tells the two apart. `AbortSignal.any` is in every browser the extension supports (Firefox
 * 124, Chrome 116; the manifest asks for Firefox 140 and Chrome 116: wxt.config.ts, docs/link-checks.md).
 */
export type Deadline = { signal: AbortSignal; timedOut: () => boolean };

export function deadline(timeoutMs: number, parent: AbortSignal | undefined): Deadline {
  const timeout = AbortSignal.timeout(timeoutMs);
  const signal = parent ? AbortSignal.any([timeout, parent]) : timeout;
  // The joined signal keeps the reason of whichever aborted first: a cancel that came before the deadline is a
  // cancel, even once the deadline has passed too.
  return { signal, timedOut: () => timeout.aborted && signal.reason === timeout.reason };
}
