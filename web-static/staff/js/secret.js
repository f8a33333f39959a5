// A secret the server shows once (a one-time password, an API key): in a box with a copy button
// until the administrator hides it. It is never stored; once hidden or the page left, it is gone.
import { say } from './console-page.js';
import { $, fill, h } from '/js/dom.js';

function hide() {
  fill($('secret'));
  $('secret').hidden = true;
}

async function copy(value, code) {
  try {
    await navigator.clipboard.writeText(value);
    say('Copied to the clipboard.');
  } catch {
    // no clipboard access (e.g. a plain-http address): select it for Ctrl+C instead
    const range = document.createRange();
    range.selectNodeContents(code);
    getSelection().removeAllRanges();
    getSelection().addRange(range);
    say('Selected: press Ctrl+C (or ⌘C) to copy.');
  }
}

/** Shows a secret with what to do with it; replaces any secret shown before. */
export function showSecret(title, value, advice) {
  const code = h('code', { id: 'secret-value' }, value);
  fill($('secret'),
    h('h2', {}, title),
    h('p', {}, code),
    h('p', {},
      h('button', { type: 'button', id: 'copy-secret' }, 'Copy'), ' ',
      h('button', { type: 'button', id: 'hide-secret' }, 'Done: hide it')),
    h('p', { class: 'small' }, advice, ' It is shown only this once: it cannot be displayed again.'));
  $('copy-secret').addEventListener('click', () => copy(value, code));
  $('hide-secret').addEventListener('click', hide);
  $('secret').hidden = false;
  $('secret').focus();
}
