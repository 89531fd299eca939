/**
 * BullMQ is an optional peer dependency: library users who never scale out do not install it. It is loaded on
 * first use, and its absence is one clear error instead of a module-not-found stack.
 */
import type * as BullMQ from 'bullmq';
import { OptionsError } from '../../options.js';

export class QueueUnavailableError extends Error {
  constructor(cause: unknown) {
    super('copydesk: the queue commands need BullMQ and its Redis client: npm install bullmq ioredis', { cause });
    this.name = 'QueueUnavailableError';
  }
}

let loaded: Promise<typeof BullMQ> | null = null;

export function loadBullMQ(): Promise<typeof BullMQ> {
  loaded ??= import('bullmq').catch((e: unknown) => {
    loaded = null;
    throw new QueueUnavailableError(e);
  });
  return loaded;
}

/** What every queue call needs: where Redis is and which queue. */
export interface QueueTarget {
  /** A Redis URL: `redis://[[user]:password@]host[:port][/db]`, or `rediss://` for TLS. */
  redis: string;
  /** The queue's name; several crawls can share one Redis under different names. */
  queue: string;
}

/** Connection options for BullMQ: a URL, and no retry limit per command (BullMQ's workers require that). */
export function connectionOf(target: QueueTarget): BullMQ.ConnectionOptions {
  let url: URL;
  try {
    url = new URL(target.redis);
  } catch {
    throw new OptionsError(`copydesk: invalid options: option "redis": "${target.redis}" is not a URL (redis://host:port)`);
  }
  if (url.protocol !== 'redis:' && url.protocol !== 'rediss:') throw new OptionsError(`copydesk: invalid options: option "redis": "${target.redis}" is not a redis:// or rediss:// URL`);
  if (!target.queue || /[:\s]/.test(target.queue)) throw new OptionsError(`copydesk: invalid options: option "queue": "${target.queue}" must be a non-empty name without ":" or spaces`);
  return { url: target.redis, maxRetriesPerRequest: null } as BullMQ.ConnectionOptions;
}
