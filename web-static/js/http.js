// The one HTTP client of the public site and the staff console: a timeout for slow networks, no
// referrer, and every failure as an ApiError carrying the API's extensions.code (GraphQL errors,
// the staff session's JSON errors and bare HTTP statuses alike). What a page says about an error
// is the page's business (api.js errorText, staff/js/session.js errorMessage).

const TIMEOUT_MS = 25000;

export class ApiError extends Error {
  constructor(code, message, extensions = {}) {
    super(message || code);
    this.code = code;
    this.extensions = extensions;
    this.field = extensions.field || null;
  }
}

const BY_STATUS = { 401: 'UNAUTHENTICATED', 403: 'FORBIDDEN', 404: 'NOT_FOUND', 409: 'CONFLICT', 429: 'RATE_LIMITED' };

/**
 * Sends one request; resolves to { response, body } (body: the parsed JSON, {} for 204) when the
 * server answered 2xx without errors, else throws ApiError: NETWORK (no answer in time), the first
 * error's extensions.code, or a code for the HTTP status (UNAVAILABLE for a proxy's 5xx).
 */
export async function request(url, init = {}) {
  const abort = new AbortController();
  const timer = setTimeout(() => abort.abort(), TIMEOUT_MS);
  let response;
  try {
    response = await fetch(url, { referrerPolicy: 'no-referrer', ...init, signal: abort.signal });
  } catch {
    throw new ApiError('NETWORK', 'The server cannot be reached.');
  } finally {
    clearTimeout(timer);
  }
  let body = null;
  try {
    body = response.status === 204 ? {} : await response.json();
  } catch {
    body = null;
  }
  const retry = Number(response.headers.get('Retry-After')) || undefined;
  const error = body && Array.isArray(body.errors) && body.errors[0];
  if (error) {
    const ext = { ...(error.extensions || {}) };
    if (!ext.retryAfterSeconds && retry) ext.retryAfterSeconds = retry;
    throw new ApiError(ext.code || 'INTERNAL_ERROR', error.message, ext);
  }
  if (!response.ok && body && typeof body.code === 'string') { // a problem detail ({code, message})
    throw new ApiError(body.code, body.detail || body.message, { ...body, retryAfterSeconds: body.retryAfterSeconds || retry });
  }
  if (!response.ok || !body) {
    const code = BY_STATUS[response.status] || (response.status >= 500 ? 'UNAVAILABLE' : 'INTERNAL_ERROR');
    throw new ApiError(code, `The server answered HTTP ${response.status}.`, { retryAfterSeconds: retry });
  }
  return { response, body };
}
