// The console's front door: sign-in, the one-time password change, and a landing page whose links
// follow the user's roles. Passwords stay in the form fields and this function's scope only.
import './console-page.js'; // the header
import {
  changeMyPassword, currentSession, displayName, errorMessage, navFor, notify, renderNav, safeNext, signIn,
  hasRole, staffGql,
} from './session.js';
import { h } from '/js/dom.js';

const $ = (id) => document.getElementById(id);
const WORK_ROLES = [['TRIAGE', 'Triage', 'the tip queue'], ['EDITOR', 'Editor', 'the warnings']];
const SET_ROLES = `mutation SetStaffUserRoles($id: ID!, $roles: [StaffRole!]!) {
  setStaffUserRoles(id: $id, roles: $roles) { id roles }
}`;

const DESCRIPTIONS = {
  queue: 'Work the tip queue: open, claim, answer and move tips on.',
  warnings: 'Write, translate, publish and archive warnings.',
  users: 'Manage staff accounts and their roles.',
  account: 'Change your password; issue and revoke API tokens for your scripts.',
};

function show(sectionId) {
  for (const id of ['signin-section', 'change-section', 'home-section']) $(id).hidden = id !== sectionId;
  const title = $(sectionId).querySelector('h1');
  if (title) title.focus();
}

function next() {
  return safeNext(new URLSearchParams(window.location.search).get('next'));
}

function showHome(user, stay) {
  renderNav(user, 'home');
  const target = stay ? null : next();
  if (target) {
    window.location.assign(target);
    return;
  }
  $('home-greeting').textContent = `Signed in as ${displayName(user)} (${user.roles.join(', ') || 'no roles'}).`;
  const links = navFor(user).map((n) => {
    const li = document.createElement('li');
    const a = document.createElement('a');
    a.href = n.href;
    a.id = `go-${n.key}`;
    a.textContent = n.label;
    const p = document.createElement('p');
    p.textContent = DESCRIPTIONS[n.key];
    li.append(a, p);
    return li;
  });
  if (!user.roles.length) {
    const li = document.createElement('li');
    li.textContent = 'Your account holds no role yet: ask an administrator.';
    links.unshift(li);
  }
  $('home-links').replaceChildren(...links);
  $('roles-guide').replaceChildren(...rolesGuide(user));
  $('roles-guide').hidden = !$('roles-guide').childElementCount;
  show('home-section');
}

/**
 * The first administrator holds ADMIN only, and the console would show them nothing but Users and
 * My account: say what the other roles open, and give them in one click (audited like any change).
 */
function rolesGuide(user) {
  const missing = WORK_ROLES.filter(([role]) => !hasRole(user, role));
  if (!hasRole(user, 'ADMIN') || !missing.length) return [];
  const names = missing.map(([, name]) => name).join(' and ');
  const button = h('button', { type: 'button', id: 'take-roles' },
    `Give myself the ${names} role${missing.length > 1 ? 's' : ''}`);
  button.addEventListener('click', () => takeRoles(user, missing.map(([role]) => role), button));
  return [
    h('h2', { id: 'roles-guide-title' }, 'Add the roles you work with'),
    h('p', {}, `Your account does not hold the ${names} role${missing.length > 1 ? 's' : ''}: `,
      missing.map(([, name, opens], i) => [i ? ' and ' : '', `${name} opens ${opens}`]),
      '. As an administrator you can give them to yourself here, or to colleagues on the ',
      h('a', { href: '/staff/users.html', id: 'go-users-guide' }, 'Users'), ' page. Every change of roles is written to the audit log.'),
    h('p', {}, button),
  ];
}

async function takeRoles(user, roles, button) {
  button.disabled = true;
  try {
    await staffGql(SET_ROLES, { id: user.id, roles: [...new Set([...user.roles, ...roles])] });
    const fresh = await currentSession();
    notify($('notice'), `You now hold the roles ${fresh.roles.join(', ')}.`, 'ok');
    showHome(fresh, true);
  } catch (e) {
    notify($('notice'), errorMessage(e), 'error');
    button.disabled = false;
  }
}

function showChange(user) {
  renderNav({ ...user, roles: [] }, ''); // roles take effect only after the change; Sign out still works
  $('change-form').dataset.username = user.username;
  show('change-section');
}

function route(user, stay = false) {
  if (!user) {
    $('staff-nav').replaceChildren();
    show('signin-section');
    $('username').focus();
  } else if (user.passwordChangeRequired) {
    showChange(user);
  } else {
    showHome(user, stay);
  }
}

async function onSignIn(event) {
  event.preventDefault();
  const username = $('username').value.trim();
  const password = $('password').value;
  notify($('signin-error'), '');
  if (!username || !password) {
    notify($('signin-error'), 'Enter your user name and password.', 'error');
    (username ? $('password') : $('username')).focus();
    return;
  }
  $('signin-submit').disabled = true;
  try {
    const user = await signIn(username, password);
    $('password').value = '';
    const failed = user.failedSignInsSinceLastSignIn;
    notify($('notice'), failed ? `${failed} failed sign-in attempt${failed === 1 ? '' : 's'} for your user name since`
      + ' your last sign-in. If that was not you, tell an administrator.' : '', failed ? 'error' : 'info');
    route(user, failed > 0); // stay on this page while the warning shows
  } catch (e) {
    notify($('signin-error'), e.code === 'UNAUTHENTICATED' ? 'Wrong user name or password.' : errorMessage(e), 'error');
    $('password').focus();
  } finally {
    $('signin-submit').disabled = false;
  }
}

async function onChange(event) {
  event.preventDefault();
  const form = $('change-form');
  const current = $('current-password').value;
  const fresh = $('new-password').value;
  notify($('change-error'), '');
  let problem = null;
  if (!current) problem = ['current-password', 'Enter the one-time password you signed in with.'];
  else if (fresh.length < 12) problem = ['new-password', 'The new password needs at least 12 characters.'];
  else if (fresh !== $('repeat-password').value) problem = ['repeat-password', 'The two new passwords differ.'];
  if (problem) {
    notify($('change-error'), problem[1], 'error');
    $(problem[0]).focus();
    return;
  }
  $('change-submit').disabled = true;
  try {
    const user = await changeMyPassword(form.dataset.username, current, fresh);
    form.reset();
    notify($('notice'), 'Your password is changed.', 'ok');
    route(user);
  } catch (e) {
    notify($('change-error'), errorMessage(e), 'error');
  } finally {
    $('change-submit').disabled = false;
  }
}

async function start() {
  $('signin-form').addEventListener('submit', onSignIn);
  $('change-form').addEventListener('submit', onChange);
  if (new URLSearchParams(window.location.search).has('signedOut')) notify($('notice'), 'You are signed out.', 'ok');
  try {
    route(await currentSession());
  } catch (e) {
    route(null);
    notify($('signin-error'), errorMessage(e), 'error');
  }
}

start();
