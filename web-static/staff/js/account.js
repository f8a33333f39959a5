// Every staff member's own page (account.html): change the password (which ends every session, so
// session.js signs this browser in again with the new one), and the API tokens for one's scripts:
// issue (the token shown once), list, revoke. Passwords stay in the form fields and handlers only.
import { act, clearError, gql, say, showError, startPage, timeEl } from './console-page.js';
import { showSecret } from './secret.js';
import { changeMyPassword, renderNav } from './session.js';
import { $, fill, h } from '/js/dom.js';

const TOKEN = 'id label createdAt expiresAt revokedAt active';
const LIST = `query MyApiTokens { myApiTokens { ${TOKEN} } }`;
const CREATE = `mutation CreateApiToken($label: String!, $validDays: Int) {
  createApiToken(label: $label, validDays: $validDays) { token apiToken { ${TOKEN} } }
}`;
const REVOKE = `mutation RevokeApiToken($id: ID!) { revokeApiToken(id: $id) { ${TOKEN} } }`;

let me = null;

function state(t) {
  if (t.revokedAt) return ['Revoked ', timeEl(t.revokedAt)];
  return t.active ? 'Active' : 'Expired';
}

function row(t) {
  return h('tr', { 'data-id': t.id, 'data-label': t.label },
    h('td', {}, t.label),
    h('td', {}, timeEl(t.createdAt)),
    h('td', {}, timeEl(t.expiresAt)),
    h('td', { class: 'token-state' }, state(t)),
    h('td', { class: 'actions' }, t.active
      ? h('button', { type: 'button', 'data-action': 'revoke', class: 'danger' }, 'Revoke') : null));
}

function replaceRow(t) {
  const old = $('token-rows').querySelector(`tr[data-id="${CSS.escape(t.id)}"]`);
  if (old) old.replaceWith(row(t)); else $('token-rows').prepend(row(t));
}

async function loadTokens() {
  const tokens = (await gql(LIST)).myApiTokens;
  fill($('token-rows'), tokens.map(row));
  const active = tokens.filter((t) => t.active).length;
  $('tokens-count').textContent = `${tokens.length} token${tokens.length === 1 ? '' : 's'}, ${active} active`;
}

/** A problem the browser can see before asking the server; the server checks the rest (length, user name). */
function passwordProblem() {
  if (!$('current-password').value) return ['current-password', 'Field current password: enter the password you signed in with.'];
  if (!$('new-password').value) return ['new-password', 'Field new password: enter the password you want.'];
  if ($('new-password').value !== $('repeat-password').value) return ['repeat-password', 'Field new password again: the two new passwords differ.'];
  return null;
}

$('password-form').addEventListener('submit', async (event) => {
  event.preventDefault();
  clearError('password-error');
  const problem = passwordProblem();
  if (problem) {
    fill($('password-error'), h('div', { class: 'problem' }, h('p', {}, problem[1])));
    $(problem[0]).focus();
    return;
  }
  $('password-submit').disabled = true;
  say('Changing your password…');
  try {
    me = await changeMyPassword(me.username, $('current-password').value, $('new-password').value);
    event.target.reset();
    renderNav(me, 'account');
    say('Your password is changed. Your API tokens have ended with the old password.');
    loadTokens().catch((error) => showError(error));
  } catch (error) {
    say('');
    showError(error, 'password-error');
    if (error.field === 'currentPassword') $('current-password').focus();
    else if (error.field === 'newPassword') $('new-password').focus();
  } finally {
    $('password-submit').disabled = false;
  }
});

$('new-token').addEventListener('submit', async (event) => {
  event.preventDefault();
  const label = $('t-label').value.trim();
  const days = $('t-days').value.trim();
  const issued = await act(`Issuing the token ${label}`, CREATE,
    { label, validDays: days === '' ? null : Number(days) }, 'new-token-error');
  if (!issued) return;
  event.target.reset();
  replaceRow(issued.apiToken);
  showSecret(`API token ${issued.apiToken.label}`, issued.token,
    'Put it in your script\'s secret store; it is sent as the Authorization: Bearer header.');
});

$('token-rows').addEventListener('click', async (event) => {
  const button = event.target.closest('button[data-action=revoke]');
  if (!button) return;
  const { id, label } = button.closest('tr').dataset;
  if (!window.confirm(`Revoke the token ${label}? Scripts using it are refused at once.`)) return;
  const revoked = await act(`Revoking the token ${label}`, REVOKE, { id });
  if (revoked) replaceRow(revoked);
});

me = await startPage(null, 'account');
if (me) loadTokens().catch((error) => showError(error));
