// One way to ask an API for JSON: every failure becomes a typed FetchError, and rate-limit
// answers carry the time the API names for asking again.
import { SourceError, type FetchError, type SourceContext } from './types';

function headerNumber(headers: Headers, name: string): number | undefined {
  const raw = headers.get(name);
  if (raw === null || raw.trim() === '') return undefined;
  const value = Number(raw);
  return Number.isFinite(value) ? value : undefined;
}

/**
 * A reset header holds epoch seconds (GitHub, Bluesky), seconds from now (IETF draft) or an
 * ISO 8601 time (Mastodon).
 */
function resetToEpochMs(raw: string, now: number): number | undefined {
  const value = Number(raw);
  if (raw.trim() !== '' && Number.isFinite(value)) return value > 1e9 ? value * 1000 : now + value * 1000;
  const date = Date.parse(raw);
  return Number.isFinite(date) ? date : undefined;
}

/** When the API's rate-limit window starts afresh, if it says (`X-RateLimit-Reset` or `RateLimit-Reset`). */
export function rateLimitResetAt(headers: Headers, now: number): number | undefined {
  const reset = headers.get('x-ratelimit-reset') ?? headers.get('ratelimit-reset');
  return reset === null ? undefined : resetToEpochMs(reset, now);
}

/**
 * When the response says to stop asking: `Retry-After` (seconds or an HTTP date), or a
 * remaining quota of zero with `X-RateLimit-Reset` (GitHub) or `RateLimit-Reset` (Bluesky).
 * Undefined when the response sets no limit.
 */
export function rateLimitRetryAt(response: Pick<Response, 'headers' | 'status'>, now: number): number | undefined {
  const { headers } = response;
  const retryAfter = headers.get('retry-after');
  if (retryAfter) {
    const seconds = Number(retryAfter);
    if (Number.isFinite(seconds)) return now + seconds * 1000;
    const date = Date.parse(retryAfter);
    if (Number.isFinite(date)) return date;
  }
  for (const prefix of ['x-ratelimit', 'ratelimit']) {
    const remaining = headerNumber(headers, `${prefix}-remaining`);
    const reset = headers.get(`${prefix}-reset`);
    const resetAt = reset === null ? undefined : resetToEpochMs(reset, now);
    if (remaining === 0 && resetAt !== undefined) return resetAt;
  }
  if (response.status === 429) return now + 60_000; // limited, but the API did not say for how long
  return undefined;
}

export const rateLimitMessage = (host: string) => `The rate limit of ${host} is reached.`;

/** How long to wait where an API says in words alone that a limit is reached: GitHub's docs ask for at least a minute. */
const UNSTATED_LIMIT_MS = 60_000;

async function errorFor(response: Response, url: string, now: number, what: string): Promise<FetchError> {
  const { status } = response;
  if (status === 404 || status === 410) return { kind: 'not-found', status, message: `${what} does not exist.` };
  if (status === 429 || status === 403) {
    // A limit its headers state, or (GitHub's secondary limits, often with no header) only its body.
    const retryAt = rateLimitRetryAt(response, now) ?? (/rate limit/i.test(await response.text().catch(() => '')) ? now + UNSTATED_LIMIT_MS : undefined);
    if (retryAt !== undefined) return { kind: 'rate-limited', status, retryAt, message: rateLimitMessage(new URL(url).host) };
  }
  return { kind: 'http', status, message: `The API answered ${status}.` };
}

export interface RequestOptions {
  headers?: Record<string, string>;
  what: string;
  body?: unknown;
  credentials?: RequestCredentials;
}

export async function requestJson(url: string, context: SourceContext, options: RequestOptions): Promise<unknown> {
  return (await requestJsonWithHeaders(url, context, options)).json;
}

/** For APIs that state their limits in the headers of a successful answer (GitHub's GraphQL). */
export async function requestJsonWithHeaders(url: string, context: SourceContext, options: RequestOptions): Promise<{ json: unknown; headers: Headers }> {
  const { text, headers } = await requestText(url, context, { ...options, headers: { accept: 'application/json', ...options.headers } });
  try {
    return { json: JSON.parse(text), headers };
  } catch {
    throw new SourceError({ kind: 'bad-response', message: 'The API answered with malformed JSON.' });
  }
}

/** The answer's body as text (feeds, JSON before it is parsed); any refusal as a typed FetchError. */
export async function requestText(url: string, context: SourceContext, options: RequestOptions): Promise<{ text: string; headers: Headers }> {
  let response: Response;
  const init: RequestInit = { headers: { ...options.headers } };
  if (options.body !== undefined) {
    init.method = 'POST';
    init.body = JSON.stringify(options.body);
    (init.headers as Record<string, string>)['content-type'] = 'application/json';
  }
  if (options.credentials) init.credentials = options.credentials;
  try {
    response = await context.fetch(url, init);
  } catch (error) {
    if (error instanceof SourceError) throw error;
    throw new SourceError({ kind: 'network', message: 'The API could not be reached.' });
  }
  if (!response.ok) {
    const error = await errorFor(response, url, context.now(), options.what);
    // A limit keeps the whole host closed, not only this request's profiles (the limiter reads the headers; this, the body too).
    if (error.retryAt !== undefined) context.pause?.(new URL(url).host, error.retryAt);
    throw new SourceError(error);
  }
  return { text: await response.text(), headers: response.headers };
}

export function badResponse(message: string): SourceError {
  return new SourceError({ kind: 'bad-response', message });
}
