/**
 * ReDoS audit: every regular expression in src/ — each literal, read from the source, and each pattern our
 * code builds with `new RegExp` — is checked by recheck, a static ReDoS checker. The test fails on any pattern
 * recheck finds super-linear, or cannot decide.
 *
 * recheck has two checkers. The automaton checker decides exactly but gives up on large patterns, on bounded
 * repeats that sum past a limit, and on lookbehinds; the fuzz checker handles everything but may miss an
 * attack or report one the engine does not suffer. A pattern is judged by the automaton checker when it can
 * decide (with the repeat limit raised so that `[^.]{0,60}`-style windows are expanded rather than read as
 * unbounded), and by the fuzz checker otherwise.
 */
import { type Diagnostics, check, type Parameters } from 'recheck';
import { describe, expect, it } from 'vitest';
import { allPatterns, literalSites, type Pattern } from './regexes.js';

// Past 1.5 s the automaton checker rarely finishes; the fuzz checker is quicker on what it leaves.
const EXACT: Parameters = { checker: 'automaton', maxRepeatCount: 400, timeout: 1_500 };
// The fuzz checker's own time limits are off: a busy machine would otherwise turn a slow run into a
// reported attack. Its step limits (characters read) still bound it, and make its verdicts repeatable.
const FUZZ: Parameters = { checker: 'fuzz', timeout: 60_000, attackTimeout: null, incubationTimeout: null, seedingTimeout: null };

async function verdict(p: Pattern): Promise<Diagnostics> {
  // g and y change where a match starts, not how one is tried: recheck takes neither.
  const flags = p.flags.replace(/[gy]/g, '');
  const exact = await check(p.source, flags, EXACT);
  return exact.status === 'unknown' ? check(p.source, flags, FUZZ) : exact;
}

function describeFailure(p: Pattern, d: Diagnostics): string {
  const why = d.status === 'vulnerable' ? `${d.complexity.type} (${d.checker}), attack ${d.attack.pattern}` : `undecided: ${d.status === 'unknown' ? d.error.kind : ''}`;
  return `${p.where} /${p.source.slice(0, 120)}/${p.flags}: ${why}`;
}

describe('ReDoS audit of src/', () => {
  it('finds the patterns: literals in every module and the ones built at load', async () => {
    const patterns = await allPatterns();
    expect(patterns.length).toBeGreaterThan(250);
    // Every `new RegExp(` written in src/ was seen running (they all run at module load).
    const written = literalSites('src', /new RegExp\(/);
    const seen = new Set(patterns.flatMap((p) => /(src\/[\w/.-]+\.ts:\d+)/.exec(p.where)?.[1] ?? []));
    expect(written.length).toBeGreaterThanOrEqual(8);
    expect(written.filter((site) => !seen.has(site))).toEqual([]);
  });

  it('every pattern is linear by recheck', async () => {
    const patterns = await allPatterns();
    const results = await Promise.all(patterns.map(async (p) => [p, await verdict(p)] as const));
    const failures = results.filter(([, d]) => d.status !== 'safe').map(([p, d]) => describeFailure(p, d));
    expect(failures).toEqual([]);
  }, 240_000);

  // The checker itself must be able to fail: known-bad patterns are caught.
  it.each([
    ['nested quantifier', /^(a+)+$/],
    ['overlapping run and tail', /(\w+)\s*$/],
    ['unanchored scan for a separator', /[\w.+-]+@[\w-]+\.\w+/],
    ['optional between two runs of space', /^topics\s*:?\s*$/],
  ])('flags a vulnerable pattern: %s', async (_name, re) => {
    const d = await verdict({ source: re.source, flags: re.flags, where: 'test' });
    expect(d.status).toBe('vulnerable');
  });
});
