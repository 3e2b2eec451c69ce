/**
 * Scheduled runs (RT-10): when the virtual clock reaches a schedule's next
 * run, a run starts at `schedule.start` with the schedule's `lastContext`;
 * when it ends, its final context becomes the next run's `lastContext`.
 */
import { isObject, type JsonObject } from './json';
import { record, spawn, type Draft } from './draft';
import { formatInstant } from './duration';

/** The next due time of each live schedule. */
export function scheduleDues(schedules: Readonly<Record<string, JsonObject>>): number[] {
  return Object.values(schedules)
    .filter(
      (s) =>
        typeof s.nextAt === 'number' &&
        (typeof s.maxRuns !== 'number' || Number(s.runs) < s.maxRuns),
    )
    .map((s) => s.nextAt as number);
}

/** Starts every scheduled run due at the draft's clock (one at a time per schedule). */
export function startDueSchedules(d: Draft): void {
  for (const [key, s] of Object.entries(d.store.schedules)) {
    const runs = Number(s.runs ?? 0);
    if (typeof s.nextAt !== 'number' || s.nextAt > d.now || typeof s.start !== 'string') continue;
    if (typeof s.maxRuns === 'number' && runs >= s.maxRuns) continue;
    if (d.threads.some((t) => t.schedule === key && t.status !== 'done')) continue;
    const interval = typeof s.intervalMs === 'number' && s.intervalMs > 0 ? s.intervalMs : null;
    d.store.schedules = {
      ...d.store.schedules,
      [key]: { ...s, runs: runs + 1, nextAt: interval ? s.nextAt + interval : null },
    };
    record(d, s.start, 'schedule', {
      note: `scheduled run #${runs + 1} of '${s.start}' starts at ${formatInstant(d.now)}`,
    });
    spawn(d, {
      role: 'scheduled',
      schedule: key,
      scope: 'top',
      prefix: '',
      state: s.start,
      context: isObject(s.lastContext) ? s.lastContext : {},
      status: 'ready',
    });
  }
}

/** Keeps a finished scheduled run's context as the schedule's `lastContext`. */
export function endScheduledRun(d: Draft, key: string | undefined, context: JsonObject): void {
  const s = key !== undefined ? d.store.schedules[key] : undefined;
  if (s) d.store.schedules = { ...d.store.schedules, [key!]: { ...s, lastContext: context } };
}
