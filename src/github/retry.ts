// Retries for GitHub requests (issue #5 scope 4): server errors with
// exponential backoff, rate limits by GitHub's own rules. GitHub's REST docs,
// "Rate limits for the REST API" / "Best practices": when `retry-after` is
// present wait that many seconds; when `x-ratelimit-remaining` is 0 wait until
// `x-ratelimit-reset` (epoch seconds); otherwise, for a secondary rate limit,
// wait at least one minute and back off exponentially.

import { headerText, httpFailureOf, type HttpFailure } from './http-failure.js';

export interface RetryPolicy {
  /** Retries after the first attempt. */
  readonly maxRetries: number;
  /** Backoff for server errors: baseDelayMs * 2^retry, capped at maxBackoffMs. */
  readonly baseDelayMs: number;
  readonly maxBackoffMs: number;
  /** Shortest wait after a secondary rate limit that names no time. */
  readonly secondaryMinimumMs: number;
  /** A wait longer than this fails now: the run should not sit idle for an hour. */
  readonly maxWaitMs: number;
}

export const DEFAULT_RETRY_POLICY: RetryPolicy = {
  maxRetries: 4,
  baseDelayMs: 1_000,
  maxBackoffMs: 30_000,
  secondaryMinimumMs: 60_000,
  maxWaitMs: 10 * 60_000,
};

export type RetryDecision =
  | { readonly retry: true; readonly delayMs: number; readonly reason: string }
  | { readonly retry: false };

const NO_RETRY: RetryDecision = { retry: false };

/** Whether (and after how long) to retry a failure after `retries` earlier retries. */
export function retryDecision(
  failure: HttpFailure,
  retries: number,
  policy: RetryPolicy,
  nowMs: number,
): RetryDecision {
  if (retries >= policy.maxRetries) return NO_RETRY;
  const wait = waitFor(failure, retries, policy, nowMs);
  if (wait === undefined || wait.delayMs > policy.maxWaitMs) return NO_RETRY;
  return { retry: true, ...wait };
}

function waitFor(
  failure: HttpFailure,
  retries: number,
  policy: RetryPolicy,
  nowMs: number,
): { delayMs: number; reason: string } | undefined {
  const backoff = Math.min(policy.baseDelayMs * 2 ** retries, policy.maxBackoffMs);
  const retryAfter = retryAfterMs(failure, nowMs);
  // Octokit reports a request that got no response (reset, refused) as status 500.
  if (failure.status >= 500) {
    return { delayMs: retryAfter ?? backoff, reason: `HTTP ${failure.status}` };
  }
  if (failure.status !== 403 && failure.status !== 429) return undefined;
  if (retryAfter !== undefined) return { delayMs: retryAfter, reason: 'rate limit (retry-after)' };
  const reset = primaryResetMs(failure, nowMs);
  if (reset !== undefined) return { delayMs: reset, reason: 'rate limit (x-ratelimit-reset)' };
  if (failure.status === 429 || /secondary rate limit/i.test(failure.message)) {
    return {
      delayMs: Math.max(policy.secondaryMinimumMs, backoff),
      reason: 'secondary rate limit',
    };
  }
  // A 403 without rate-limit signs is a permission problem: retrying cannot help.
  return undefined;
}

/** `retry-after` is delay-seconds or an HTTP-date (RFC 9110 section 10.2.3). */
function retryAfterMs(failure: HttpFailure, nowMs: number): number | undefined {
  const value = headerText(failure, 'retry-after')?.trim();
  if (value === undefined || value === '') return undefined;
  if (/^\d+$/.test(value)) return Number(value) * 1_000;
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, date - nowMs);
}

function primaryResetMs(failure: HttpFailure, nowMs: number): number | undefined {
  if (headerText(failure, 'x-ratelimit-remaining') !== '0') return undefined;
  const reset = Number(headerText(failure, 'x-ratelimit-reset'));
  if (!Number.isFinite(reset) || reset <= 0) return undefined;
  // One second of slack: the reset time is whole seconds.
  return Math.max(0, reset * 1_000 - nowMs) + 1_000;
}

export interface RetryEnvironment {
  readonly sleep: (ms: number) => Promise<void>;
  readonly now: () => number;
  /** Told before each wait, so the Action can log why the run is pausing. */
  readonly onRetry?: (event: { retry: number; delayMs: number; reason: string }) => void;
}

export const REAL_TIME: RetryEnvironment = {
  sleep: (ms) =>
    new Promise((resolve) => {
      setTimeout(resolve, ms);
    }),
  now: () => Date.now(),
};

/** Runs `send`, retrying the failures retryDecision allows; the last failure is rethrown. */
export async function withRetries<T>(
  send: () => Promise<T>,
  policy: RetryPolicy,
  environment: RetryEnvironment,
): Promise<T> {
  for (let retries = 0; ; retries++) {
    try {
      return await send();
    } catch (error) {
      const failure = httpFailureOf(error);
      if (failure === undefined) throw error;
      const decision = retryDecision(failure, retries, policy, environment.now());
      if (!decision.retry) throw error;
      environment.onRetry?.({
        retry: retries + 1,
        delayMs: decision.delayMs,
        reason: decision.reason,
      });
      await environment.sleep(decision.delayMs);
    }
  }
}
