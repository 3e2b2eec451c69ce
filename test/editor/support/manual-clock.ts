/** A manual clock for the workers' wall-clock limits: time moves only when the test says so. */
import type { Timers } from '../../../src/editor/timers';

export function manualClock(): { timers: Timers; advance(ms: number): void } {
  let now = 0;
  const due: Array<{ at: number; fn: () => void; live: boolean }> = [];
  const timers: Timers = {
    setTimeout(fn, ms) {
      const t = { at: now + ms, fn, live: true };
      due.push(t);
      return t;
    },
    clearTimeout(h) {
      if (h) (h as { live: boolean }).live = false;
    },
  };
  const advance = (ms: number) => {
    now += ms;
    for (const t of [...due])
      if (t.live && t.at <= now) {
        t.live = false;
        t.fn();
      }
  };
  return { timers, advance };
}
