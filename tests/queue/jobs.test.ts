import { describe, expect, it } from 'vitest';
import { connectionOf } from '../../src/batch/queue/bullmq.js';
import { errorOf, FINAL_CODES, inputOf, reasonOf } from '../../src/batch/queue/jobs.js';
import { OptionsError } from '../../src/options.js';

describe('queue targets', () => {
  it.each([
    ['redis://127.0.0.1:6379', 'pages'],
    ['rediss://user:secret@redis.example.com:6380/2', 'crawl-2026'],
  ])('accepts %s, queue %s', (redis, queue) => {
    expect(connectionOf({ redis, queue })).toMatchObject({ url: redis, maxRetriesPerRequest: null });
  });

  it.each([
    ['localhost:6379', 'pages', /"redis"/],
    ['http://localhost:6379', 'pages', /not a redis:\/\/ or rediss:\/\/ URL/],
    ['redis://localhost', '', /"queue"/],
    ['redis://localhost', 'a:b', /"queue"/],
    ['redis://localhost', 'two words', /"queue"/],
  ])('refuses %s, queue "%s"', (redis, queue, message) => {
    expect(() => connectionOf({ redis, queue })).toThrow(OptionsError);
    expect(() => connectionOf({ redis, queue })).toThrow(message);
  });
});

describe('job outcomes', () => {
  it.each([
    [{ code: 'too_large', message: 'the input is 300000 bytes, over maxInputBytes (200000)' }],
    [{ code: 'timeout', message: 'the page ran over 30000 ms: its worker was replaced' }],
    [{ code: 'not_text', message: 'a: b: c' }],
  ])('a failure reason reads back as the error it was made from: %j', (error) => {
    expect(errorOf(reasonOf(error))).toEqual(error);
  });

  it.each([undefined, '', 'Missing lock for job 12. moveToFinished', 'job stalled more than allowable limit'])('a reason BullMQ wrote itself is a job_failed error: %j', (reason) => {
    expect(errorOf(reason).code).toBe('job_failed');
  });

  it('retries only what a retry can change', () => {
    for (const code of ['timeout', 'worker_crashed', 'pool_closed', 'worker_start_failed']) expect(FINAL_CODES.has(code)).toBe(false);
    for (const code of ['too_large', 'not_text', 'bad_json', 'read_failed', 'invalid_input', 'extract_failed']) expect(FINAL_CODES.has(code)).toBe(true);
  });

  it('turns a job back into the batch input it came from', () => {
    expect(inputOf({ id: 'a', source: 'a.html', html: '<p>x</p>', url: 'https://e.com/', options: {} })).toEqual({ id: 'a', source: 'a.html', html: '<p>x</p>', url: 'https://e.com/' });
    expect(inputOf({ id: 'b', error: { code: 'bad_json', message: 'line 3' }, options: {} })).toEqual({ id: 'b', text: '', error: { code: 'bad_json', message: 'line 3' } });
  });
});
