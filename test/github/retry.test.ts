// The retry rules, table-driven over the failure's status, message and
// headers, and the loop that applies them with an instant, recording sleep.

import { describe, expect, it } from 'vitest';
import type { HttpFailure } from '../../src/github/http-failure.js';
import {
  DEFAULT_RETRY_POLICY,
  retryDecision,
  withRetries,
  type RetryEnvironment,
} from '../../src/github/retry.js';

const NOW = Date.UTC(2025, 0, 1, 12, 0, 0);
const NOW_SECONDS = NOW / 1000;

function failure(
  status: number,
  message = 'failed',
  headers: Record<string, string> = {},
): HttpFailure {
  return { status, message, headers };
}

describe('retryDecision', () => {
  it.each([
    ['500, first retry', failure(500), 0, 1_000],
    ['502, third retry', failure(502), 2, 4_000],
    ['504, backoff capped', failure(504), 3, 8_000],
    ['network error (Octokit: 500)', failure(500, 'fetch failed'), 1, 2_000],
    ['503 with retry-after', failure(503, 'busy', { 'retry-after': '7' }), 0, 7_000],
    [
      'secondary rate limit, no headers',
      failure(403, 'You have exceeded a secondary rate limit.'),
      0,
      60_000,
    ],
    ['429, no headers', failure(429, 'Too Many Requests'), 1, 60_000],
    [
      '403 with retry-after',
      failure(403, 'secondary rate limit', { 'retry-after': '30' }),
      0,
      30_000,
    ],
    [
      'retry-after as an HTTP-date',
      failure(429, 'slow down', { 'retry-after': new Date(NOW + 12_000).toUTCString() }),
      0,
      12_000,
    ],
    [
      'primary rate limit, reset in two minutes',
      failure(403, 'API rate limit exceeded', {
        'x-ratelimit-remaining': '0',
        'x-ratelimit-reset': String(NOW_SECONDS + 120),
      }),
      0,
      121_000,
    ],
  ])('retries %s', (_, given, retries, delayMs) => {
    expect(retryDecision(given, retries, DEFAULT_RETRY_POLICY, NOW)).toMatchObject({
      retry: true,
      delayMs,
    });
  });

  it.each([
    ['403 without rate-limit signs', failure(403, 'Resource not accessible by integration'), 0],
    ['401', failure(401, 'Bad credentials'), 0],
    ['404', failure(404, 'Not Found'), 0],
    ['422', failure(422, 'Validation Failed'), 0],
    ['500 after the last retry', failure(500), DEFAULT_RETRY_POLICY.maxRetries],
    [
      'a rate limit that resets beyond maxWaitMs',
      failure(403, 'API rate limit exceeded', {
        'x-ratelimit-remaining': '0',
        'x-ratelimit-reset': String(NOW_SECONDS + 3_600),
      }),
      0,
    ],
    ['retry-after beyond maxWaitMs', failure(429, 'slow', { 'retry-after': '3600' }), 0],
  ])('does not retry %s', (_, given, retries) => {
    expect(retryDecision(given, retries, DEFAULT_RETRY_POLICY, NOW)).toEqual({ retry: false });
  });

  it('caps the server-error backoff at maxBackoffMs', () => {
    const policy = { ...DEFAULT_RETRY_POLICY, maxRetries: 10 };
    expect(retryDecision(failure(500), 8, policy, NOW)).toMatchObject({ delayMs: 30_000 });
  });
});

class HttpishError extends Error {
  constructor(
    readonly status: number,
    readonly response?: { headers: Record<string, string> },
  ) {
    super(`HTTP ${status}`);
  }
}

function recordingEnvironment(): RetryEnvironment & { sleeps: number[]; retries: number[] } {
  const sleeps: number[] = [];
  const retries: number[] = [];
  return {
    sleeps,
    retries,
    sleep: (ms) => {
      sleeps.push(ms);
      return Promise.resolve();
    },
    now: () => NOW,
    onRetry: (event) => retries.push(event.retry),
  };
}

/** A send that fails with the given errors in turn, then answers 'ok'. */
function sendFailing(...errors: Error[]): { send: () => Promise<string>; attempts: () => number } {
  let attempts = 0;
  return {
    send: () => {
      const error = errors[attempts++];
      return error === undefined ? Promise.resolve('ok') : Promise.reject(error);
    },
    attempts: () => attempts,
  };
}

describe('withRetries', () => {
  it('retries until success, sleeping as decided and telling onRetry', async () => {
    const environment = recordingEnvironment();
    const { send, attempts } = sendFailing(
      new HttpishError(500),
      new HttpishError(429, { headers: { 'retry-after': '2' } }),
    );
    await expect(withRetries(send, DEFAULT_RETRY_POLICY, environment)).resolves.toBe('ok');
    expect(attempts()).toBe(3);
    expect(environment.sleeps).toEqual([1_000, 2_000]);
    expect(environment.retries).toEqual([1, 2]);
  });

  it('rethrows the last failure once the retries are spent', async () => {
    const environment = recordingEnvironment();
    const errors = Array.from({ length: 9 }, () => new HttpishError(503));
    const { send, attempts } = sendFailing(...errors);
    const policy = { ...DEFAULT_RETRY_POLICY, maxRetries: 2 };
    await expect(withRetries(send, policy, environment)).rejects.toBe(errors[2]);
    expect(attempts()).toBe(3);
  });

  it.each([
    ['an error without a status', new Error('boom')],
    ['a permission failure', new HttpishError(403)],
  ])('does not retry %s', async (_, error) => {
    const environment = recordingEnvironment();
    const { send, attempts } = sendFailing(error);
    await expect(withRetries(send, DEFAULT_RETRY_POLICY, environment)).rejects.toBe(error);
    expect(attempts()).toBe(1);
    expect(environment.sleeps).toEqual([]);
  });
});
