import { readFileSync } from 'node:fs';
import { defineConfig } from 'tsup';

const { version } = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };

export default defineConfig([
  {
    entry: { index: 'src/index.ts', queue: 'src/batch/queue/index.ts' },
    format: ['esm', 'cjs'],
    dts: true,
    clean: true,
    sourcemap: true,
    target: 'node20',
    treeshake: true,
    // The worker pool finds dist/worker.js next to the bundle through import.meta.url, in CJS too.
    shims: true,
  },
  {
    // The batch worker and the CLI: ESM files the pool and the `copydesk` bin start.
    entry: { worker: 'src/batch/worker.ts', cli: 'src/cli.ts' },
    format: ['esm'],
    target: 'node20',
    banner: { js: '#!/usr/bin/env node' },
    define: { __VERSION__: JSON.stringify(version) },
    sourcemap: true,
  },
]);
