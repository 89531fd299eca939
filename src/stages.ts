/**
 * Stage timing for the `profile` option. Without a timer the clock is a plain call, so extraction pays
 * nothing for the hook it does not use.
 */
import type { StageTimer } from './options.js';

export type Clock = <T>(stage: string, run: () => T) => T;

export function stageClock(timer: StageTimer | undefined): Clock {
  if (!timer) return (_stage, run) => run();
  return (stage, run) => {
    const start = performance.now();
    try {
      return run();
    } finally {
      timer(stage, performance.now() - start);
    }
  };
}
