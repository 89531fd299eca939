/**
 * The adversarial suite: each input of adversarial.mjs is built and extracted in a process of its own (for an
 * honest peak RSS), with the built library. Each must give a valid record with its spans inside the body,
 * under 1 GB of memory, with no markup in the text, no one-line field over 1,000 characters and no polluted
 * prototype, and show what its entry expects.
 * Times are reported by `npm run bench -- --adversarial`; the limit here only stops a hang.
 */
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { ADVERSARIAL } from './adversarial.mjs';

const run = promisify(execFile);
const CHILD = fileURLToPath(new URL('./workers/adversarial-child.mjs', import.meta.url));

interface ChildReport {
  error: string | null;
  valid: boolean;
  spansInside: boolean;
  rssMb: number;
  codes: string[];
  bodyChars: number;
  longestField: number;
  story: boolean;
  markup: boolean;
  polluted: boolean;
}

describe('adversarial input', () => {
  it.each(Object.entries(ADVERSARIAL))('%s', async (name, { expect: wanted }) => {
    const { stdout } = await run(process.execPath, [CHILD, name], { timeout: 60_000, maxBuffer: 1 << 20 });
    const report = JSON.parse(stdout) as ChildReport;
    expect(report.error).toBeNull();
    expect(report.valid).toBe(true);
    expect(report.spansInside).toBe(true);
    expect(report.markup).toBe(false);
    expect(report.polluted).toBe(false);
    expect(report.rssMb).toBeLessThan(1024);
    expect(report.longestField).toBeLessThanOrEqual(1000);
    if (wanted.story) expect(report.story).toBe(true);
    if (wanted.body) expect(report.bodyChars).toBeGreaterThan(0);
    if (wanted.noBody) {
      expect(report.bodyChars).toBe(0);
      expect(report.codes).toContain('body.empty');
    }
    if (wanted.diagnostic) expect(report.codes).toContain(wanted.diagnostic);
  }, 90_000);
});
