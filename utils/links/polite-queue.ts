/**
 * Runs requests to many hosts politely (PROTOCOLS.md C.8, D.1): at most `perHost` at a time to one host and
 * `overall` in all, a pause of `hostGapMs` between starts on one host, a host's `Retry-After` honoured (or,
 * when it asks for longer than `maxWaitMs`, its remaining addresses left unasked), and a host that failed
 * `maxHostErrors` times in a row is not asked again; once the run is `exhausted`, nothing more starts. A
 * task's `host` is whatever key politeness goes by: link-check.ts gives each address's site (its registrable
 * domain), so 400 subdomains of one site share one host's pace. The clock is injected, so tests run without
 * waiting.
 */

export type PoliteTask<R> = { key: string; host: string; run: (signal: AbortSignal) => Promise<R> };

/** What a result says about its host: fine, failed (counts towards stopping), or "wait this long". */
export type HostFeedback = { kind: 'ok' } | { kind: 'error' } | { kind: 'wait'; ms: number };

export type Clock = { now(): number; sleep(ms: number, signal?: AbortSignal): Promise<void> };

export const realClock: Clock = {
  now: () => Date.now(),
  sleep: (ms, signal) =>
    new Promise((resolve) => {
      const wake = () => {
        clearTimeout(timer);
        signal?.removeEventListener('abort', wake);
        resolve();
      };
      const timer = setTimeout(wake, ms);
      signal?.addEventListener('abort', wake, { once: true });
      if (signal?.aborted) wake();
    }),
};

export type PoliteOptions<R> = {
  perHost?: number;
  overall?: number;
  hostGapMs?: number;
  maxHostErrors?: number;
  maxWaitMs?: number;
  feedback: (result: R) => HostFeedback;
  /**
   * The result for a task never started: its host was stopped or asked for too long a wait, or the whole run
   * was `exhausted`.
   */
  skipped: (task: PoliteTask<R>, why: SkipReason) => R;
  /** True once the run may start nothing more (its request budget is spent): what is left is skipped. */
  exhausted?: () => boolean;
  onResult: (task: PoliteTask<R>, result: R) => void;
  signal?: AbortSignal;
  clock?: Clock;
};

export type SkipReason = 'host-stopped' | 'host-waiting' | 'check-limit';

type HostState = { active: number; nextStart: number; errors: number; stopped: boolean; waiting: boolean };

export async function runPolitely<R>(tasks: readonly PoliteTask<R>[], options: PoliteOptions<R>): Promise<void> {
  const perHost = options.perHost ?? 2;
  const overall = options.overall ?? 6;
  const gap = options.hostGapMs ?? 500;
  const maxErrors = options.maxHostErrors ?? 3;
  const maxWait = options.maxWaitMs ?? 60_000;
  const clock = options.clock ?? realClock;
  const hosts = new Map<string, HostState>();
  const hostOf = (h: string) => {
    let s = hosts.get(h);
    if (!s) hosts.set(h, (s = { active: 0, nextStart: 0, errors: 0, stopped: false, waiting: false }));
    return s;
  };
  const pending = [...tasks];
  const running = new Set<Promise<void>>();
  const controller = new AbortController();
  const abort = () => controller.abort(options.signal?.reason);
  options.signal?.addEventListener('abort', abort, { once: true });

  const settleSkipped = () => {
    const exhausted = options.exhausted?.() ?? false;
    for (let i = pending.length - 1; i >= 0; i--) {
      const task = pending[i] as PoliteTask<R>;
      const host = hostOf(task.host);
      if (host.stopped || host.waiting || exhausted) {
        pending.splice(i, 1);
        const why = host.stopped ? 'host-stopped' : host.waiting ? 'host-waiting' : 'check-limit';
        options.onResult(task, options.skipped(task, why));
      }
    }
  };

  const start = (task: PoliteTask<R>) => {
    const host = hostOf(task.host);
    host.active++;
    host.nextStart = clock.now() + gap;
    // Each task gets its own signal, relayed from the queue's: one listener per running task on the shared one.
    const own = new AbortController();
    const relay = () => own.abort(controller.signal.reason);
    controller.signal.addEventListener('abort', relay, { once: true });
    if (controller.signal.aborted) relay();
    const done = task
      .run(own.signal)
      .then((result) => {
        const feedback = options.feedback(result);
        if (feedback.kind === 'ok') host.errors = 0;
        else if (feedback.kind === 'error') host.stopped ||= ++host.errors >= maxErrors;
        else if (feedback.ms > maxWait) host.waiting = true;
        else host.nextStart = Math.max(host.nextStart, clock.now() + feedback.ms);
        options.onResult(task, result);
      })
      // The task reports its own failures through onResult; a throw there must not stop the queue.
      .catch(() => undefined)
      .finally(() => {
        controller.signal.removeEventListener('abort', relay);
        host.active--;
        running.delete(done);
      });
    running.add(done);
  };

  try {
    while ((pending.length > 0 || running.size > 0) && !controller.signal.aborted) {
      settleSkipped();
      const now = clock.now();
      let earliest = Infinity;
      for (let i = 0; i < pending.length && running.size < overall && !controller.signal.aborted;) {
        const task = pending[i] as PoliteTask<R>;
        const host = hostOf(task.host);
        if (host.active < perHost && host.nextStart <= now) {
          pending.splice(i, 1);
          start(task);
        } else {
          if (host.active < perHost) earliest = Math.min(earliest, host.nextStart);
          i++;
        }
      }
      if (pending.length === 0 && running.size === 0) break;
      const waits: Promise<unknown>[] = [...running];
      if (earliest !== Infinity && running.size < overall)
        waits.push(clock.sleep(Math.max(0, earliest - now), controller.signal));
      if (waits.length === 0) break;
      await Promise.race(waits);
    }
    await Promise.all(running);
  } finally {
    options.signal?.removeEventListener('abort', abort);
  }
}
