// GraphQL over HTTP for the public site: POST /graphql (public reads by GET and hash), the spec's
// media type, no cookies. Requests go through http.js (timeout, ApiError with the API's
// extensions.code); errorText() translates an error for the reader.
import { t } from './i18n.js';
import { ApiError, request } from './http.js';

export { ApiError };

const ACCEPT = 'application/graphql-response+json';

export function graphql(query, variables = {}) {
  return post({ query, variables });
}

/**
 * A public read that names nothing the reader typed (the latest warnings, a warning by its slug):
 * a GET by the query's SHA-256, which the browser, and any CDN in front, may keep for 30 s, so a
 * crowd sent by a news story costs the server little. The first time after a server start, the
 * query is sent once by POST with its hash, which teaches it. Anything typed (a search, an offer,
 * a receipt) goes by POST: a URL can end up in a proxy's log.
 */
export async function publicQuery(query, variables = {}) {
  const hash = await sha256(query);
  if (!hash) return graphql(query, variables); // no Web Crypto outside a secure context: POST it is
  const extensions = { persistedQuery: { version: 1, sha256Hash: hash } };
  const url = `/graphql?extensions=${encodeURIComponent(JSON.stringify(extensions))}`
    + `&variables=${encodeURIComponent(JSON.stringify(variables))}`;
  try {
    return await send(url, { method: 'GET', headers: { Accept: ACCEPT } });
  } catch (error) {
    if (error.code !== 'PERSISTED_QUERY_NOT_FOUND') throw error;
    return post({ query, variables, extensions });
  }
}

function post(body) {
  return send('/graphql', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Accept: ACCEPT },
    body: JSON.stringify(body),
  });
}

async function sha256(text) {
  if (!globalThis.crypto || !crypto.subtle) return null;
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}

async function send(url, init) {
  const { response, body } = await request(url, { ...init, credentials: 'omit' });
  // a copy the service worker kept (sw.js): the page says when it was saved
  const saved = response.headers.get('X-LureWatch-Saved');
  if (saved) document.dispatchEvent(new CustomEvent('lw:saved-copy', { detail: { saved } }));
  if (!body.data) throw new ApiError('INTERNAL_ERROR', 'The server sent no data.');
  return body.data;
}

/** A message a reader can act on, in the interface language. */
export function errorText(error) {
  switch (error && error.code) {
    case 'NETWORK':
      return t('error.network');
    case 'UNAVAILABLE': // a proxy's 502/503/504: as good as no network for the reader
      return t('error.generic');
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
