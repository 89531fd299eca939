/**
 * A real redis-server for the queue tests, on a free loopback port, with no persistence. `.ci/run` installs
 * Debian's redis-server; outside CI a machine without one skips the queue tests, saying why. The bench
 * (tests/bench/queue.mjs) starts its Redis here too.
 */
import { spawn, spawnSync } from 'node:child_process';
import { createServer } from 'node:net';

export const REDIS_SERVER = process.env.REDIS_SERVER ?? 'redis-server';
export const redisAvailable = spawnSync(REDIS_SERVER, ['--version'], { encoding: 'utf8' }).status === 0;

if (!redisAvailable && process.env.CI) throw new Error(`the queue tests need ${REDIS_SERVER} (apt-get install redis-server), and CI is set`);

const freePort = () =>
  new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });

/** Starts redis-server and resolves to `{ url, stop() }` once it accepts connections. */
export async function startRedis() {
  const port = await freePort();
  const child = spawn(REDIS_SERVER, ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], { stdio: ['ignore', 'pipe', 'inherit'] });
  await new Promise((resolve, reject) => {
    let seen = '';
    child.stdout.on('data', (chunk) => {
      seen += chunk.toString();
      if (/Ready to accept connections/i.test(seen)) resolve();
    });
    child.on('exit', (code) => reject(new Error(`redis-server exited (${code}) before it was ready: ${seen.slice(-500)}`)));
  });
  return {
    url: `redis://127.0.0.1:${port}`,
    stop: () =>
      new Promise((resolve) => {
        child.on('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}
