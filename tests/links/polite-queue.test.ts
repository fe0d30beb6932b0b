import { describe, expect, it } from 'vitest';
import { runPolitely, type Clock, type HostFeedback, type PoliteTask } from '../../utils/links/polite-queue';

/** Virtual time: sleeps wait for the driver, which moves the clock to the next timer once all else is idle. */
function virtualClock() {
  let now = 0;
  const timers: { at: number; resolve: () => void }[] = [];
  const clock: Clock = {
    now: () => now,
    sleep: (ms) => new Promise<void>((resolve) => timers.push({ at: now + ms, resolve })),
  };
  const idle = () => new Promise<void>((r) => setTimeout(r, 0));
  async function drive(work: Promise<void>): Promise<number> {
    let done = false;
    void work.then(() => (done = true));
    while (!done) {
      await idle();
      if (done) break;
      timers.sort((a, b) => a.at - b.at);
      const next = timers.shift();
      if (!next) {
        await idle();
        continue;
      }
      now = Math.max(now, next.at);
      next.resolve();
    }
    await work;
    return now;
  }
  return { clock, drive };
}

type Outcome = { status: number; retryAfterMs?: number } | { skipped: string };

function setup(tasks: { host: string; answer: Outcome }[], durationMs = 100) {
  const { clock, drive } = virtualClock();
  let active = 0;
  let peak = 0;
  const perHostActive = new Map<string, number>();
  let peakPerHost = 0;
  const starts: { host: string; at: number }[] = [];
  const results = new Map<string, Outcome>();
  const polite: PoliteTask<Outcome>[] = tasks.map((t, i) => ({
    key: `${t.host}/${i}`,
    host: t.host,
    run: async () => {
      active++;
      peak = Math.max(peak, active);
      perHostActive.set(t.host, (perHostActive.get(t.host) ?? 0) + 1);
      peakPerHost = Math.max(peakPerHost, perHostActive.get(t.host) ?? 0);
      starts.push({ host: t.host, at: clock.now() });
      await clock.sleep(durationMs);
      active--;
      perHostActive.set(t.host, (perHostActive.get(t.host) ?? 1) - 1);
      return t.answer;
    },
  }));
  const feedback = (o: Outcome): HostFeedback =>
    'skipped' in o
      ? { kind: 'ok' }
      : o.status === 429
        ? { kind: 'wait', ms: o.retryAfterMs ?? 60_000 }
        : o.status >= 500
          ? { kind: 'error' }
          : { kind: 'ok' };
  const run = () =>
    drive(
      runPolitely(polite, {
        clock,
        feedback,
        skipped: (_, why) => ({ skipped: why }),
        onResult: (task, r) => results.set(task.key, r),
      }),
    );
  return { run, results, starts, stats: () => ({ peak, peakPerHost }) };
}

describe('runPolitely', () => {
  it('300 links on 20 hosts: never more than 2 per host or 6 in all, a pause between starts on one host', async () => {
    const tasks = Array.from({ length: 300 }, (_, i) => ({ host: `h${i % 20}.example.org`, answer: { status: 200 } }));
    const q = setup(tasks);
    const elapsed = await q.run();
    expect(q.results.size).toBe(300);
    expect(q.stats().peak).toBeLessThanOrEqual(6);
    expect(q.stats().peak).toBe(6);
    expect(q.stats().peakPerHost).toBeLessThanOrEqual(2);
    for (const host of new Set(tasks.map((t) => t.host))) {
      const times = q.starts.filter((s) => s.host === host).map((s) => s.at);
      for (let i = 1; i < times.length; i++) expect((times[i] ?? 0) - (times[i - 1] ?? 0)).toBeGreaterThanOrEqual(500);
    }
    // The floor: 300 requests of 100 ms, 6 at a time, is 5 s; the per-host pause (15 a host, 500 ms apart) 7 s.
    expect(elapsed).toBeGreaterThanOrEqual(7000);
    expect(elapsed).toBeLessThan(12_000);
  });

  it('honours a Retry-After: nothing goes to that host before it has passed', async () => {
    const q = setup([
      { host: 'busy.org', answer: { status: 429, retryAfterMs: 30_000 } },
      { host: 'busy.org', answer: { status: 200 } },
      { host: 'busy.org', answer: { status: 200 } },
    ]);
    await q.run();
    const times = q.starts.map((s) => s.at);
    // The first two start 500 ms apart (two at a time); the third waits for the Retry-After.
    expect(times[2]).toBeGreaterThanOrEqual(30_000);
  });

  it('leaves a host alone when it asks for a longer wait than a check can make, and says so', async () => {
    const q = setup([
      { host: 'slow.org', answer: { status: 429, retryAfterMs: 3_600_000 } },
      { host: 'slow.org', answer: { status: 200 } },
      { host: 'slow.org', answer: { status: 200 } },
      { host: 'slow.org', answer: { status: 200 } },
    ]);
    await q.run();
    expect(q.starts.length).toBeLessThanOrEqual(2);
    expect(
      [...q.results.values()].filter((r) => 'skipped' in r && r.skipped === 'host-waiting').length,
    ).toBeGreaterThanOrEqual(2);
  });

  it('stops asking a host after three errors in a row', async () => {
    const q = setup(Array.from({ length: 10 }, () => ({ host: 'down.org', answer: { status: 503 } })));
    await q.run();
    expect(q.starts.length).toBeLessThanOrEqual(4); // the third error can arrive while a fourth is running
    expect(
      [...q.results.values()].filter((r) => 'skipped' in r && r.skipped === 'host-stopped').length,
    ).toBeGreaterThanOrEqual(6);
    expect(q.results.size).toBe(10);
  });

  it('stops starting work when cancelled', async () => {
    const controller = new AbortController();
    const started: string[] = [];
    const tasks: PoliteTask<number>[] = Array.from({ length: 20 }, (_, i) => ({
      key: String(i),
      host: `h${i}.org`,
      run: () => {
        started.push(String(i));
        if (i === 2) controller.abort();
        return Promise.resolve(200);
      },
    }));
    await runPolitely(tasks, {
      feedback: () => ({ kind: 'ok' }),
      skipped: () => 0,
      onResult: () => undefined,
      signal: controller.signal,
    });
    expect(started.length).toBeLessThanOrEqual(6);
  });
});
