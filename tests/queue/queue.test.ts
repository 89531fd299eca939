/**
 * The queue end to end, through the built CLI as a user runs it: 500 pages (real-looking stories, text scrapes,
 * binary files, pages over the size limit, broken JSONL lines) queued on a real Redis, two worker processes, one
 * of them killed with SIGKILL while it holds a job, and `collect` finding exactly one outcome per page.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PARAGRAPHS, storyPage } from '../helpers.js';
import { redisAvailable, REDIS_SERVER, startRedis, type RunningRedis } from './redis.mjs';

if (!redisAvailable) console.warn(`tests/queue skipped: no ${REDIS_SERVER} on this machine (apt-get install redis-server, or set REDIS_SERVER)`);

const root = fileURLToPath(new URL('../..', import.meta.url));
const cli = join(root, 'dist/cli.js');
const queueApi = join(root, 'dist/queue.js');

const STORIES = 480;
const TEXTS = 10;
const BAD = { binary: 4, huge: 3, brokenJson: 3 };
const TOTAL = STORIES + TEXTS + BAD.binary + BAD.huge + BAD.brokenJson;

function writePages(dir: string): string[] {
  const ids: string[] = [];
  for (let i = 0; i < STORIES; i++) {
    const path = join(dir, `story-${String(i).padStart(3, '0')}.html`);
    writeFileSync(path, storyPage(i));
    ids.push(path);
  }
  for (let i = 0; i < TEXTS; i++) {
    const path = join(dir, `scrape-${i}.txt`);
    writeFileSync(path, `Text story number ${i}\n\nBy Jane Doe\n\n${PARAGRAPHS.join('\n\n')}`);
    ids.push(path);
  }
  for (let i = 0; i < BAD.binary; i++) {
    const path = join(dir, `binary-${i}.html`);
    writeFileSync(path, Buffer.from(Array.from({ length: 4096 }, (_, k) => (k * 7919 + i) % 256)));
    ids.push(path);
  }
  for (let i = 0; i < BAD.huge; i++) {
    const path = join(dir, `huge-${i}.html`);
    writeFileSync(path, storyPage(i).replace('</article>', `<p>${'word '.repeat(60_000)}</p></article>`));
    ids.push(path);
  }
  // Broken lines of a JSONL file: each is an input of its own, with its own error.
  const jsonl = join(dir, 'broken.jsonl');
  writeFileSync(jsonl, Array.from({ length: BAD.brokenJson }, (_, i) => `{"html": "<p>unterminated ${i}`).join('\n'));
  for (let i = 1; i <= BAD.brokenJson; i++) ids.push(`${jsonl}:${i}`);
  return ids;
}

const run = (args: string[]) => spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8', maxBuffer: 512 * 1024 * 1024 });

describe.skipIf(!redisAvailable)('copydesk enqueue, worker, collect on a real Redis', () => {
  let redis: RunningRedis;
  let dir: string;
  let ids: string[];
  const workers: ChildProcess[] = [];

  beforeAll(async () => {
    redis = await startRedis();
    dir = mkdtempSync(join(tmpdir(), 'copydesk-queue-'));
    ids = writePages(dir);
  }, 30_000);

  afterAll(async () => {
    for (const w of workers) if (w.exitCode === null) w.kill('SIGKILL');
    await redis?.stop();
  });

  it('queues every page, with the bad ones as failures-to-be', () => {
    const r = run(['enqueue', '--redis', redis.url, '--queue', 'pages', '--max-bytes', '200000', dir]);
    expect(r.stderr).toBe('');
    expect(r.stdout.trim()).toBe(`queued ${TOTAL} pages to pages`);
    expect(ids.length).toBe(TOTAL);
  });

  it('survives a worker killed with SIGKILL mid-run: exactly one outcome per page', async () => {
    const { queueStatus } = (await import(queueApi)) as typeof import('../../src/batch/queue/index.js');
    const { Queue } = await import('bullmq');
    const queue = new Queue('pages', { connection: { url: redis.url } });
    const start = (name: string, concurrency: number) => {
      const args = [cli, 'worker', '--redis', redis.url, '--queue', 'pages', '--name', name, '-j', String(concurrency), '--lock-duration', '2000', '--stalled-interval', '1000', '--quiet'];
      const w = spawn(process.execPath, args, { stdio: 'inherit' });
      workers.push(w);
      return w;
    };
    // One worker of each kind: one page at a time on its own thread, and two at a time on a pool of threads.
    const victim = start('worker-a', 1);
    const survivor = start('worker-b', 2);

    // Kill worker A once the run is well under way, at a moment it holds a job.
    let heldByVictim = false;
    let completedAtKill = 0;
    for (let i = 0; i < 600 && !heldByVictim; i++) {
      const s = await queueStatus({ redis: redis.url, queue: 'pages' });
      if (s.completed >= 100) {
        const active = await queue.getActive();
        if (active.some((j) => j.processedBy === 'worker-a')) {
          victim.kill('SIGKILL');
          heldByVictim = true;
          completedAtKill = s.completed;
        }
      }
      if (!heldByVictim) await new Promise((r) => setTimeout(r, 20));
    }
    expect(heldByVictim).toBe(true);
    expect(completedAtKill).toBeLessThan(TOTAL - 50);

    const out = join(dir, 'collected.jsonl');
    const collected = run(['collect', '--redis', redis.url, '--queue', 'pages', '--follow', '--quiet', '--out', out]);
    expect(collected.stderr).toBe('');
    // 1: some pages are failures (the bad ones), as with the batch CLI.
    expect(collected.status).toBe(1);

    const lines = readFileSync(out, 'utf8').trim().split('\n').map((l) => JSON.parse(l) as { id: string; headline?: string; error?: { code: string } });
    expect(lines.length).toBe(TOTAL);
    expect(new Set(lines.map((l) => l.id)).size).toBe(TOTAL);
    expect(lines.map((l) => l.id).sort()).toEqual([...ids].sort());

    const byId = new Map(lines.map((l) => [l.id, l]));
    for (let i = 0; i < STORIES; i++) expect(byId.get(join(dir, `story-${String(i).padStart(3, '0')}.html`))?.headline).toBe(`Story number ${i}`);
    const codes = lines.filter((l) => l.error).map((l) => l.error!.code).sort();
    expect(codes).toEqual([...Array(BAD.brokenJson).fill('bad_json'), ...Array(BAD.binary).fill('not_text'), ...Array(BAD.huge).fill('too_large')].sort());

    // The victim's job came back: some job was taken up again after its worker died.
    const finished = await queue.getJobs(['completed', 'failed'], 0, -1);
    expect(finished.length).toBe(TOTAL);
    expect(finished.some((j) => j.stalledCounter > 0 || j.attemptsStarted > 1)).toBe(true);
    expect(survivor.exitCode).toBeNull();
    await queue.close();
  }, 120_000);

  it('lets the surviving worker finish and exit on SIGTERM', async () => {
    const survivor = workers[1]!;
    const exited = new Promise<number | null>((resolve) => survivor.on('exit', (code) => resolve(code)));
    survivor.kill('SIGTERM');
    expect(await exited).toBe(0);
  }, 30_000);

  it('collect --remove empties the queue, and a second collect finds nothing', () => {
    const first = run(['collect', '--redis', redis.url, '--queue', 'pages', '--remove', '--quiet']);
    expect(first.stdout.trim().split('\n').length).toBe(TOTAL);
    const second = run(['collect', '--redis', redis.url, '--queue', 'pages', '--quiet']);
    expect(second.stdout).toBe('');
    expect(second.status).toBe(0);
    const status = JSON.parse(run(['queue-status', '--redis', redis.url, '--queue', 'pages', '--json']).stdout) as Record<string, number>;
    expect([status.waiting, status.active, status.completed, status.failed]).toEqual([0, 0, 0, 0]);
  });

  it.each([
    [['enqueue', '--queue', 'q', 'x.html'], /"--redis" is required/],
    [['worker', '--redis', 'http://localhost:6379', '--queue', 'q'], /not a redis:\/\/ or rediss:\/\/ URL/],
    [['collect', '--redis', 'redis://127.0.0.1:1', '--queue', 'q:1'], /"queue"/],
    [['queue-status', '--redis', 'redis://127.0.0.1:1'], /"--queue" is required/],
    [['worker', '--redis', 'redis://127.0.0.1:1', '--queue', 'q', '--concurrency', 'many'], /"--concurrency"/],
    [['enqueue', '--bogus'], /bogus/],
  ])('refuses %j with exit code 2', (args, message) => {
    const r = run(args as string[]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(message);
  });
});
