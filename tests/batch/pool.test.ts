import { describe, expect, it } from 'vitest';
import { WorkerPool } from '../../src/batch/pool.js';

const misbehaving = new URL('./workers/misbehaving.mjs', import.meta.url);
const echo = (result: unknown) => (result as { record?: { echo: string } }).record?.echo;
const code = (result: unknown) => (result as { error?: { code: string } }).error?.code;

describe('WorkerPool', () => {
  it('runs tasks and answers each with its own result', async () => {
    const pool = new WorkerPool(2, 5_000, misbehaving);
    const results = await Promise.all(['a', 'b', 'c', 'd', 'e'].map((input) => pool.run({ input, options: {} })));
    await pool.close();
    expect(results.map(echo)).toEqual(['a', 'b', 'c', 'd', 'e']);
  });

  it.each([
    ['hang', 'timeout'],
    ['exit', 'worker_crashed'],
    ['throw', 'worker_crashed'],
  ])('a task that makes the worker %s settles as %s, and the pool goes on', async (bad, expected) => {
    const pool = new WorkerPool(1, 400, misbehaving);
    const results = await Promise.all(['before', bad, 'after', 'later'].map((input) => pool.run({ input, options: {} })));
    await pool.close();
    expect(code(results[1])).toBe(expected);
    // The pages queued behind the bad one, including one already posted to the dead worker, still run.
    expect([results[0], results[2], results[3]].map(echo)).toEqual(['before', 'after', 'later']);
  });

  it('gives up on workers that cannot start, failing the tasks instead of respawning forever', async () => {
    const pool = new WorkerPool(1, 1_000, new URL('./workers/broken.mjs', import.meta.url));
    const result = await pool.run({ input: 'x', options: {} });
    await pool.close();
    expect(code(result)).toBe('worker_start_failed');
  });

  it('settles tasks still waiting when it is closed', async () => {
    const pool = new WorkerPool(1, 5_000, misbehaving);
    const pending = ['a', 'b', 'c', 'd'].map((input) => pool.run({ input, options: {} }));
    await pool.close();
    const results = await Promise.all(pending);
    expect(results.every((r) => echo(r) !== undefined || code(r) === 'pool_closed')).toBe(true);
    expect(results.some((r) => code(r) === 'pool_closed')).toBe(true);
  });
});
