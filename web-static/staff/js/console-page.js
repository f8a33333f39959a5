// What every console page shares: the header, sign-in and role check, the console's navigation
// and the schema's enums (one way to start: `const user = await startPage(role, navKey)`), error
// texts, dates. The session itself (cookie, CSRF header) is session.js's job.
import { errorMessage, requireSignIn, renderNav, staffGql } from './session.js';
import { loadEnums } from './schema.js';
import { $, fill, h } from '/js/dom.js';

export { staffGql as gql };

/** The console's header, the same on every page: the brand and the navigation renderNav() fills. */
function renderHeader() {
  if ($('staff-nav')) return;
  const main = $('main');
  const header = h('header', { class: 'staff-header' }, h('div', { class: 'frame' },
    h('a', { class: 'brand', href: '/staff/index.html' }, 'LureWatch ', h('span', {}, 'staff')),
    h('nav', { id: 'staff-nav', 'aria-label': 'Staff console' })));
  if (main) main.before(header); else document.body.prepend(header);
}

/**
 * Starts a console page: signs it in (else session.js sends the browser to sign-in, or refuses a
 * missing role, and this never resolves), draws the navigation with navKey marked, and loads the
 * schema's enums (schema.js). Resolves to the signed-in user.
 */
export async function startPage(role, navKey) {
  const user = await requireSignIn(role);
  renderNav(user, navKey);
  try {
    await loadEnums();
  } catch (error) {
    $('main').prepend(h('p', { class: 'error', role: 'alert' }, `This page could not start: ${errorMessage(error)}`));
    throw error;
  }
  return user;
}

/** The error code the API gave (extensions.code), whichever way the error carries it. */
export function codeOf(error) {
  return (error && (error.code || (error.extensions && error.extensions.code))) || '';
}

export function isConflict(error) {
  return codeOf(error) === 'CONFLICT';
}

/** A box saying what went wrong, in the API's own words (they say what to do). */
export function errorBox(error) {
  const code = codeOf(error);
  return h('div', { class: 'problem' },
    h('p', {}, (error && (error.code ? errorMessage(error) : error.message)) || 'Something went wrong.'),
    code ? h('p', { class: 'small' }, `Code: ${code}`) : null);
}

export function showError(error, where = 'page-error') {
  fill($(where), errorBox(error));
  $(where).scrollIntoView({ block: 'nearest' });
}

export function clearError(where = 'page-error') {
  fill($(where));
}

/** Sends one mutation, saying what happens; its result, or null after showing the error at errorAt. */
export async function act(what, mutation, variables, errorAt = 'page-error') {
  say(`${what}…`);
  clearError();
  clearError(errorAt);
  try {
    const data = Object.values(await staffGql(mutation, variables))[0];
    say(`${what}: done.`);
    return data;
  } catch (error) {
    say('');
    showError(error, errorAt);
    return null;
  }
}

export function say(text) {
  $('status').textContent = text;
}

/** A UTC timestamp a colleague in any time zone reads the same way. */
export function when(iso) {
  return iso ? `${iso.slice(0, 16).replace('T', ' ')} UTC` : '—';
}

export function timeEl(iso) {
  return iso ? h('time', { datetime: iso }, when(iso)) : '—';
}

/** Names each table cell after its column (data-label), for the phone layout in staff.css. */
function labelCells(root) {
  for (const table of root.querySelectorAll('table')) {
    const names = [...table.querySelectorAll('thead th')].map((th) => th.textContent.trim());
    if (!names.length) continue;
    for (const row of table.querySelectorAll('tbody tr')) {
      [...row.children].forEach((cell, i) => {
        if (names[i] && !cell.hasAttribute('colspan')) cell.dataset.label = names[i];
      });
    }
  }
}

renderHeader();
// rows come and go as pages load: label whatever arrives
new MutationObserver(() => labelCells(document)).observe(document.body, { childList: true, subtree: true });
