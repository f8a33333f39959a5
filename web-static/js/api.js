// GraphQL over HTTP: POST /graphql, spec media type, no cookies, no referrer, a timeout for slow
// networks. Errors become ApiError with the API's extensions.code; errorText() translates them.
import { t } from './i18n.js';

const TIMEOUT_MS = 25000;

export class ApiError extends Error {
  constructor(code, message, extensions = {}) {
    super(message || code);
    this.code = code;
    this.extensions = extensions;
  }
}

export async function graphql(query, variables = {}) {
  const abort = new AbortController();
  const timer = setTimeout(() => abort.abort(), TIMEOUT_MS);
  let response;
  try {
    response = await fetch('/graphql', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Accept: 'application/graphql-response+json' },
      body: JSON.stringify({ query, variables }),
      credentials: 'omit',
      referrerPolicy: 'no-referrer',
      signal: abort.signal,
    });
  } catch {
    throw new ApiError('NETWORK');
  } finally {
    clearTimeout(timer);
  }
  let body;
  try {
    body = await response.json();
  } catch {
    body = null;
  }
  const error = body && Array.isArray(body.errors) && body.errors[0];
  if (error) {
    const ext = error.extensions || {};
    throw new ApiError(ext.code || 'INTERNAL_ERROR', error.message, ext);
  }
  if (!response.ok || !body || !body.data) {
    const retry = Number(response.headers.get('Retry-After'));
    if (response.status === 429) throw new ApiError('RATE_LIMITED', '', { retryAfterSeconds: retry || undefined });
    throw new ApiError('INTERNAL_ERROR', `HTTP ${response.status}`);
  }
  return body.data;
}

/** A message a reader can act on, in the interface language. */
export function errorText(error) {
  switch (error && error.code) {
    case 'NETWORK':
      return t('error.network');
    case 'RATE_LIMITED': {
      const seconds = Math.max(1, Math.ceil(Number(error.extensions.retryAfterSeconds) || 60));
      return t('error.rateLimited', { s: seconds });
    }
    case 'BAD_USER_INPUT':
      return t('error.badInput');
    default:
      return t('error.generic');
  }
}
