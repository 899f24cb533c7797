// The facts of a failed GitHub request, read from whatever Octokit threw.
// Octokit's RequestError carries `status` and `response.headers`; reading them
// by shape keeps @octokit/request-error (a transitive package) out of our
// imports, and a network failure (Octokit reports it as status 500) reads the same.

export type HeaderValue = string | number | undefined;

export interface HttpFailure {
  readonly status: number;
  readonly message: string;
  /** Response headers, names in lower case; empty when no response arrived. */
  readonly headers: Readonly<Record<string, HeaderValue>>;
}

export function httpFailureOf(error: unknown): HttpFailure | undefined {
  if (!(error instanceof Error) || !('status' in error) || typeof error.status !== 'number') {
    return undefined;
  }
  return { status: error.status, message: error.message, headers: responseHeaders(error) };
}

function responseHeaders(error: Error): Readonly<Record<string, HeaderValue>> {
  if (!('response' in error)) return {};
  const response = error.response;
  if (typeof response !== 'object' || response === null || !('headers' in response)) return {};
  const headers = response.headers;
  if (typeof headers !== 'object' || headers === null) return {};
  return headers as Record<string, HeaderValue>;
}

export function headerText(failure: HttpFailure, name: string): string | undefined {
  const value = failure.headers[name];
  return value === undefined ? undefined : String(value);
}
