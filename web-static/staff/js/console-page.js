// What every editor and administrator page shares: sign-in and role check, the console's
// navigation, error texts, dates. The session itself (cookie, CSRF header) is session.js's job.
import { errorMessage, requireSignIn, renderNav, staffGql } from './session.js';
import { $, fill, h } from '/js/dom.js';

export { staffGql as gql };

/** Signs the page in (else session.js sends the browser to sign-in, or refuses a missing role). */
export async function startPage(role, navKey) {
  const user = await requireSignIn(role);
  renderNav(user, navKey);
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

export const STATUS_NAMES = { DRAFT: 'Draft', PUBLISHED: 'Published', ARCHIVED: 'Archived' };

export const LANGUAGE_NAMES = {
  en: 'English', zh: 'Chinese', th: 'Thai', vi: 'Vietnamese', lo: 'Lao', km: 'Khmer', my: 'Burmese',
};
export const LANGUAGES = Object.keys(LANGUAGE_NAMES);
