// The staff console's session: sign-in, the CSRF token, GraphQL at /staff/graphql, the nav.
//
// How a console page uses it (see queue.html / queue.js for a full example):
//   import { requireSignIn, renderNav, staffGql } from './session.js';
//   const user = await requireSignIn('TRIAGE');   // or requireSignIn() for any signed-in member
//   renderNav(user, 'queue');                     // fills <nav id="staff-nav">
//   const data = await staffGql(QUERY, vars);     // throws ApiError (code, field, message)
//
// The session cookie (LW_STAFF, path /staff, HttpOnly) is the browser's business; the CSRF token
// lives in this module's memory only and is fetched again from GET /staff/session/state after a reload.

import { ApiError, request } from '/js/http.js';

export const SIGN_IN_PAGE = '/staff/index.html';

/** The roles of access.graphqls StaffRole, and the console pages each one opens (role null: everyone's). */
export const NAV = [
  { key: 'queue', href: '/staff/queue.html', label: 'Queue', role: 'TRIAGE' },
  { key: 'warnings', href: '/staff/warnings.html', label: 'Warnings', role: 'EDITOR' },
  { key: 'users', href: '/staff/users.html', label: 'Users', role: 'ADMIN' },
  { key: 'account', href: '/staff/account.html', label: 'My account', role: null },
];

const CHANGE_PASSWORD = `mutation ChangeMyPassword($current: String!, $next: String!) {
  changeMyPassword(currentPassword: $current, newPassword: $next) { id passwordChangeRequired }
}`;

let csrf = null; // { header, token } of the current session, memory only
let current = null; // the signed-in user as /staff/session returned it

/** A message an officer can act on: "field story: at most 5000 characters" or the server's text. */
export function errorMessage(error) {
  if (!error) return '';
  if (error.code === 'NETWORK') return 'The server cannot be reached. Check the connection and try again.';
  if (error.code === 'CONFLICT') return `Someone else changed this meanwhile: ${error.message} Reload to see the current state.`;
  if (error.code === 'RATE_LIMITED' && error.extensions.retryAfterSeconds) {
    return `${error.message} (try again in ${error.extensions.retryAfterSeconds} s)`;
  }
  return error.field ? `Field ${error.field}: ${error.message}` : error.message;
}

async function send(method, path, body, extraHeaders = {}) {
  const headers = { Accept: 'application/graphql-response+json, application/json', ...extraHeaders };
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  const answer = await request(path, {
    method,
    headers,
    body: body === undefined ? undefined : JSON.stringify(body),
    credentials: 'same-origin',
    cache: 'no-store',
  });
  return answer.body;
}

function remember(answer) {
  csrf = { header: answer.csrfHeader, token: answer.csrfToken };
  current = answer.user;
  return current;
}

/**
 * The session of this browser, or null when nobody is signed in. Asks GET /staff/session/state,
 * which answers 200 either way: a page that merely looks (the sign-in page) logs no failed request.
 */
export async function currentSession() {
  const answer = await send('GET', '/staff/session/state');
  if (answer.signedIn) return remember(answer);
  csrf = null;
  current = null;
  return null;
}

/** POST /staff/session: signs in and returns the user (throws ApiError, e.g. UNAUTHENTICATED, RATE_LIMITED). */
export async function signIn(username, password) {
  // a session that just ended (password changed) still exists on the server until it is next read,
  // so the sign-in that replaces it must carry its CSRF token
  const headers = csrf ? { [csrf.header]: csrf.token } : {};
  const answer = await send('POST', '/staff/session', { username, password }, headers);
  remember(answer);
  // wrong passwords given for this name since its last sign-in: shown once, so the member can tell
  return { ...current, failedSignInsSinceLastSignIn: answer.failedSignInsSinceLastSignIn || 0 };
}

/** Ends the session (DELETE /staff/session) and goes back to the sign-in page. */
export async function signOut() {
  try {
    if (csrf) await send('DELETE', '/staff/session', undefined, { [csrf.header]: csrf.token });
  } finally {
    csrf = null;
    current = null;
    window.location.assign(`${SIGN_IN_PAGE}?signedOut=1`);
  }
}

/** A path inside the console to return to after sign-in; anything else is refused (no open redirect). */
export function safeNext(value) {
  const next = String(value || '');
  return /^\/staff\/[A-Za-z0-9._-]+\.html(\?[A-Za-z0-9=&%._-]*)?$/.test(next) && next !== SIGN_IN_PAGE ? next : null;
}

function toSignIn() {
  const here = safeNext(window.location.pathname + window.location.search);
  window.location.assign(here ? `${SIGN_IN_PAGE}?next=${encodeURIComponent(here)}` : SIGN_IN_PAGE);
  return new Promise(() => {}); // the page is going away: never resolve
}

export function hasRole(user, role) {
  return Boolean(user && Array.isArray(user.roles) && user.roles.includes(role));
}

/** The NAV entries this user may open; none of them while a one-time password still has to be replaced. */
export function navFor(user) {
  if (!user || user.passwordChangeRequired) return [];
  return NAV.filter((n) => (n.role ? hasRole(user, n.role) : true));
}

/**
 * Changes the signed-in user's password and signs them in again with it (the change ends every
 * session, this one too); returns the user. Throws ApiError, e.g. BAD_USER_INPUT naming the field.
 */
export async function changeMyPassword(username, currentPassword, newPassword) {
  await staffGql(CHANGE_PASSWORD, { current: currentPassword, next: newPassword });
  return signIn(username, newPassword);
}

/**
 * The signed-in user ({id, username, displayName, roles, passwordChangeRequired}); otherwise, or while
 * a one-time password still has to be replaced, it sends the browser to the sign-in page and never
 * resolves. With a role, a user without it sees a refusal in <main> and the promise never resolves.
 */
export async function requireSignIn(role) {
  const user = current || (await currentSession());
  if (!user || user.passwordChangeRequired) return toSignIn();
  if (role && !hasRole(user, role)) {
    const main = document.getElementById('main');
    const p = document.createElement('p');
    p.className = 'error';
    p.setAttribute('role', 'alert');
    p.textContent = `This page needs the ${role} role, which your account does not have.`;
    if (main) main.replaceChildren(p);
    renderNav(user, '');
    return new Promise(() => {});
  }
  return user;
}

/**
 * GraphQL on the staff endpoint with the session's CSRF header. Returns `data`; throws ApiError with
 * the first error's message and extensions.code. UNAUTHENTICATED (session ended) goes to sign-in.
 */
export async function staffGql(query, variables = {}) {
  if (!csrf) await currentSession();
  const headers = csrf ? { [csrf.header]: csrf.token } : {};
  try {
    const json = await send('POST', '/staff/graphql', { query, variables }, headers);
    if (!json.data) throw new ApiError('INTERNAL_ERROR', 'The server sent no data.');
    return json.data;
  } catch (e) {
    if (e.code === 'UNAUTHENTICATED') await toSignIn();
    throw e;
  }
}

/** The user as colleagues see them. */
export function displayName(user) {
  return (user && (user.displayName || user.username)) || '';
}

/** Fills <nav id="staff-nav"> with the links this user's roles open, the current one marked, and Sign out. */
export function renderNav(user, currentKey) {
  const nav = document.getElementById('staff-nav');
  if (!nav) return;
  const list = document.createElement('ul');
  const home = { key: 'home', href: '/staff/index.html', label: 'Home' };
  for (const item of [home, ...navFor(user)]) {
    const li = document.createElement('li');
    const a = document.createElement('a');
    a.href = item.href;
    a.textContent = item.label;
    if (item.key === currentKey) a.setAttribute('aria-current', 'page');
    li.append(a);
    list.append(li);
  }
  const who = document.createElement('li');
  who.className = 'who';
  who.textContent = `Signed in as ${displayName(user)}`;
  const out = document.createElement('li');
  const button = document.createElement('button');
  button.type = 'button';
  button.id = 'sign-out';
  button.textContent = 'Sign out';
  button.addEventListener('click', () => signOut());
  out.append(button);
  list.append(who, out);
  nav.replaceChildren(list);
}

/** Puts a message in an aria-live region (role=status or role=alert element); kind 'error' marks it. */
export function notify(region, text, kind = 'info') {
  if (!region) return;
  region.textContent = text || '';
  region.classList.toggle('error', kind === 'error');
  region.classList.toggle('ok', kind === 'ok');
}
