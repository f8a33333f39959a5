// The warning editor (warning-edit.html, ?id=… or nothing for a new draft). Every change sends
// the version shown; when someone else saved in between, the server saves nothing and answers
// CONFLICT: the page says so, keeps what the editor typed, and offers to reload.
import { clearError, gql, isConflict, say, showError, startPage, when } from './console-page.js';
import { label } from './format.js';
import { CREATE, LOAD, REMOVE_TEXT, RESTORE, SET_TEXT, step, UPDATE } from './editor-queries.js';
import { FormProblem, readDraft, readFields, setUpFieldsForm, showFields } from './warning-form.js';
import { setUpHistory, showHistory } from './warning-history.js';
import { chosenLanguage, readTranslation, showTexts, textEdited } from './warning-texts.js';
import { $, fill, h } from '/js/dom.js';

let warning = null;
let busy = false;
let fieldsEdited = false;

function showPublication(w) {
  const facts = [label(w.status), `version ${w.version}`];
  if (w.publishedAt) facts.push(`first published ${when(w.publishedAt)}`);
  if (w.updatedAt) facts.push(`changed ${when(w.updatedAt)}`);
  if (w.expiresAt) facts.push(`expires ${when(w.expiresAt)}`);
  fill($('state'), h('span', { class: `state state-${w.status.toLowerCase()}` }, facts.join(' · ')),
    w.status === 'PUBLISHED' ? [' · ', h('a', { href: `/warning.html?slug=${encodeURIComponent(w.slug)}` }, 'Open the public page')] : null);
  $('publish').hidden = w.status !== 'DRAFT';
  $('archive').hidden = w.status === 'ARCHIVED';
  $('to-draft').hidden = w.status === 'DRAFT';
  $('publication').hidden = false;
}

/** Shows w; fields/texts false keep what the editor is typing in that form. */
function show(w, { fields = true, texts = true } = {}) {
  warning = w;
  $('heading').textContent = `Warning: ${w.title || w.slug}`;
  document.title = `${w.title || w.slug} — LureWatch staff`;
  if (fields) {
    showFields(w);
    fieldsEdited = false;
  }
  showTexts(w, texts);
  showPublication(w);
  $('conflict').hidden = true;
  showHistory(w).catch((error) => showError(error));
}

function showConflict(error) {
  const now = error.extensions && error.extensions.currentVersion;
  const versions = now != null && !/version/.test(error.message)
    ? ` (You have version ${warning.version}; the current one is ${now}.)` : '';
  $('conflict-text').textContent = `${error.message}${versions}`;
  $('conflict').hidden = false;
  $('reload').focus();
}

/** Sends one change; shows the answer, or the conflict, or the error next to the form (errorAt). */
async function change(what, mutation, variables, options, errorAt = 'page-error') {
  if (busy) return null;
  busy = true;
  say(`${what}…`);
  clearError();
  clearError(errorAt);
  try {
    const data = await gql(mutation, variables);
    const w = Object.values(data)[0];
    show(w, options);
    say(`${what}: saved as version ${w.version}.`);
    return w;
  } catch (error) {
    say('');
    if (isConflict(error)) showConflict(error); else showError(error, errorAt);
    return null;
  } finally {
    busy = false;
  }
}

function formProblem(error, where) {
  if (!(error instanceof FormProblem)) throw error;
  showError(error, where);
  $(error.field).focus();
}

async function load(id) {
  say('Loading the warning…');
  clearError();
  try {
    const data = await gql(LOAD, { id });
    say('');
    if (!data.editorWarning) {
      $('heading').textContent = 'No such warning';
      $('fields').hidden = true;
      return;
    }
    show(data.editorWarning);
  } catch (error) {
    say('');
    showError(error);
  }
}

$('fields').addEventListener('submit', async (event) => {
  event.preventDefault();
  try {
    if (!warning) {
      const w = await change('Creating the draft', CREATE, { input: readDraft() }, {}, 'fields-error');
      if (w) history.replaceState(null, '', `?id=${encodeURIComponent(w.id)}`);
    } else {
      await change('Saving', UPDATE, { id: warning.id, version: warning.version, changes: readFields() },
        { texts: false }, 'fields-error');
    }
  } catch (error) {
    formProblem(error, 'fields-error');
  }
});

$('translation').addEventListener('submit', (event) => {
  event.preventDefault();
  change('Saving the text', SET_TEXT, { id: warning.id, version: warning.version, translation: readTranslation() },
    { fields: false }, 'translation-error');
});

$('remove-text').addEventListener('click', () => {
  const language = chosenLanguage();
  if (!window.confirm(`Remove the ${language} text of this warning? (The history keeps it.)`)) return;
  change('Removing the text', REMOVE_TEXT, { id: warning.id, version: warning.version, language },
    { fields: false }, 'translation-error');
});

for (const [button, mutation, what] of [['publish', 'publishWarning', 'Publishing'],
  ['archive', 'archiveWarning', 'Archiving'], ['to-draft', 'returnWarningToDraft', 'Returning to draft']]) {
  $(button).addEventListener('click', () => change(what, step(mutation), { id: warning.id, version: warning.version },
    { fields: false, texts: false }));
}

$('reload').addEventListener('click', () => load(warning.id));
$('fields').addEventListener('input', () => { fieldsEdited = true; });
window.addEventListener('beforeunload', (event) => {
  if (fieldsEdited || textEdited()) event.preventDefault(); // the browser asks before unsaved work is lost
});

setUpHistory(gql, (number) => {
  if (!window.confirm(`Bring back the content of version ${number}? It becomes a new version; the status stays.`)) return;
  change(`Restoring version ${number}`, RESTORE, { id: warning.id, version: warning.version, restore: number });
}, (error) => showError(error));

if (await startPage('EDITOR', 'warnings')) {
  setUpFieldsForm();
  const id = new URLSearchParams(location.search).get('id');
  if (id) load(id); else showFields(null);
}
