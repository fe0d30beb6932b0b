/**
 * One signal for a request's deadline and its caller's cancel (AbortSignal.any is too new for Firefox 115):
 * aborted after `timeoutMs`, or as soon as `parent` is. `timedOut()` tells the two apart; `done()` must be
 * called when the request is over (it clears the timer and the listener).
 * TODO [2027-06-01]: once the Firefox build's `strict_min_version` (wxt.config.ts) reaches 124, build the signal
 * with `AbortSignal.any([AbortSignal.timeout(timeoutMs), parent])` and drop the timer and listener kept here.
 */
export type Deadline = { signal: AbortSignal; timedOut: () => boolean; done: () => void };

export function deadline(timeoutMs: number, parent: AbortSignal | undefined, message: string): Deadline {
  const controller = new AbortController();
  let expired = false;
  const timer = setTimeout(() => {
    expired = true;
    controller.abort(new DOMException(message, 'TimeoutError'));
  }, timeoutMs);
  const cancel = () => controller.abort(parent?.reason);
  if (parent?.aborted) cancel();
  parent?.addEventListener('abort', cancel, { once: true });
  return {
    signal: controller.signal,
    timedOut: () => expired,
    done: () => {
      clearTimeout(timer);
      parent?.removeEventListener('abort', cancel);
    },
  };
}
