// Administrators' page (users.html): staff accounts — create (one-time password shown once),
// enable/disable, roles, password reset — and, below, the NGO API keys (api-keys.js).
import { startApiKeys } from './api-keys.js';
import { act, gql, showError, startPage, timeEl } from './console-page.js';
import { showSecret } from './secret.js';
import { label } from './format.js';
import { ABOUT, ENUMS } from './schema.js';
import { $, fill, h } from '/js/dom.js';

const USER = 'id username displayName roles enabled passwordChangeRequired createdAt lastSignInAt';
const LIST = `query StaffUsers($first: Int, $after: String) {
  staffUsers(first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { ${USER} } } }
}`;
const CREATE = `mutation CreateStaffUser($input: CreateStaffUserInput!) {
  createStaffUser(input: $input) { oneTimePassword user { ${USER} } }
}`;
const RESET = `mutation ResetStaffUserPassword($id: ID!) {
  resetStaffUserPassword(id: $id) { oneTimePassword user { ${USER} } }
}`;
const ENABLE = `mutation EnableStaffUser($id: ID!) { enableStaffUser(id: $id) { ${USER} } }`;
const DISABLE = `mutation DisableStaffUser($id: ID!) { disableStaffUser(id: $id) { ${USER} } }`;
const ROLES = `mutation SetStaffUserRoles($id: ID!, $roles: [StaffRole!]!) { setStaffUserRoles(id: $id, roles: $roles) { ${USER} } }`;

const PAGE = 50;
let me = null;
let endCursor = null;

function roleBoxes(u) {
  return ENUMS.StaffRole.map((role) => h('label', { class: 'role', title: ABOUT.StaffRole[role] || null },
    h('input', { type: 'checkbox', name: 'role', value: role, checked: u.roles.includes(role) }), ` ${label(role)} `));
}

function row(u) {
  const self = me && u.id === me.id;
  return h('tr', { 'data-user': u.username, 'data-id': u.id },
    h('td', {}, h('strong', {}, u.username), u.displayName ? h('div', { class: 'small' }, u.displayName) : null,
      self ? h('div', { class: 'tag' }, '(you)') : null),
    h('td', { class: 'user-state' }, u.enabled ? 'Enabled' : 'Disabled',
      u.passwordChangeRequired ? h('div', { class: 'small' }, 'One-time password not yet replaced') : null),
    h('td', {}, h('fieldset', { class: 'roles' }, h('legend', { class: 'small' }, `Roles of ${u.username}`), roleBoxes(u)),
      h('button', { type: 'button', 'data-action': 'roles' }, 'Save roles')),
    h('td', {}, timeEl(u.createdAt), h('br'), u.lastSignInAt ? timeEl(u.lastSignInAt) : 'never signed in'),
    // not for your own account: the server refuses to disable it, and a reset would end this session
    h('td', { class: 'actions' }, self ? null : [
      u.enabled ? h('button', { type: 'button', 'data-action': 'disable', class: 'danger' }, 'Disable')
        : h('button', { type: 'button', 'data-action': 'enable' }, 'Enable'),
      h('button', { type: 'button', 'data-action': 'reset' }, 'Reset password')]));
}

function replaceRow(u) {
  const old = $('user-rows').querySelector(`tr[data-id="${CSS.escape(u.id)}"]`);
  if (old) old.replaceWith(row(u)); else $('user-rows').prepend(row(u));
}

async function loadUsers(append = false) {
  const data = await gql(LIST, { first: PAGE, after: append ? endCursor : null });
  const list = data.staffUsers;
  const rows = list.edges.map((edge) => row(edge.node));
  if (append) $('user-rows').append(...rows); else fill($('user-rows'), rows);
  endCursor = list.pageInfo.endCursor;
  $('more-users').hidden = !list.pageInfo.hasNextPage;
  $('users-count').textContent = `${list.totalCount} account${list.totalCount === 1 ? '' : 's'}`;
}

$('new-user').addEventListener('submit', async (event) => {
  event.preventDefault();
  const form = event.target;
  const roles = [...form.querySelectorAll('input[name=role]:checked')].map((box) => box.value);
  const displayName = $('u-display').value.trim();
  const input = { username: $('u-name').value.trim(), roles, ...(displayName ? { displayName } : {}) };
  const made = await act(`Creating ${input.username}`, CREATE, { input }, 'new-user-error');
  if (!made) return;
  form.reset();
  replaceRow(made.user);
  showSecret(`One-time password for ${made.user.username}`, made.oneTimePassword,
    'Hand it to the person in a safe way; they must choose their own password when they first sign in.');
});

$('user-rows').addEventListener('click', async (event) => {
  const button = event.target.closest('button[data-action]');
  if (!button) return;
  const tr = button.closest('tr');
  const { id, user } = tr.dataset;
  const action = button.dataset.action;
  if (action === 'roles') {
    const roles = [...tr.querySelectorAll('input[name=role]:checked')].map((box) => box.value);
    const u = await act(`Setting the roles of ${user}`, ROLES, { id, roles });
    if (u) replaceRow(u);
  } else if (action === 'enable' || action === 'disable') {
    const u = await act(`${action === 'enable' ? 'Enabling' : 'Disabling'} ${user}`, action === 'enable' ? ENABLE : DISABLE, { id });
    if (u) replaceRow(u);
  } else if (action === 'reset') {
    if (!window.confirm(`Give ${user} a new one-time password? Their sessions and API tokens end at once.`)) return;
    const reset = await act(`Resetting the password of ${user}`, RESET, { id });
    if (!reset) return;
    replaceRow(reset.user);
    showSecret(`New one-time password for ${user}`, reset.oneTimePassword,
      'Hand it to the person in a safe way; they must choose their own password when they next sign in.');
  }
});

$('more-users').addEventListener('click', () => loadUsers(true).catch((error) => showError(error)));

me = await startPage('ADMIN', 'users');
if (me) {
  loadUsers().catch((error) => showError(error));
  startApiKeys();
}
