// The console's front door: sign-in, the one-time password change, and a landing page whose links
// follow the user's roles. Passwords stay in the form fields and this function's scope only.
import {
  changeMyPassword, currentSession, displayName, errorMessage, navFor, notify, renderNav, safeNext, signIn,
} from './session.js';

const $ = (id) => document.getElementById(id);

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
  show('home-section');
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
