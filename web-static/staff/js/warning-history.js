// A warning's saved versions, newest first: who, when, what changed; any older one can be brought
// back (as a new version, through the page's restore handler).
import { timeEl } from './console-page.js';
import { label } from './format.js';
import { HISTORY } from './editor-queries.js';
import { $, fill, h } from '/js/dom.js';

const PAGE = 20;
const ACTIONS = {
  CREATED: 'Created', EDITED: 'Edited', TRANSLATION_SET: 'Text saved', TRANSLATION_REMOVED: 'Text removed',
  PUBLISHED: 'Published', ARCHIVED: 'Archived', RETURNED_TO_DRAFT: 'Returned to draft', RESTORED: 'Restored',
  IMPORTED: 'Imported',
};

let gql = null;
let warning = null;
let endCursor = null;

function item(v) {
  const current = v.number === warning.version;
  return h('li', { 'data-version': String(v.number) },
    h('p', {},
      h('strong', {}, `Version ${v.number}`), ' · ', ACTIONS[v.action] || v.action,
      v.restoredFrom != null ? ` (from version ${v.restoredFrom})` : '', ' · ', v.by, ' · ', timeEl(v.at),
      current ? h('span', { class: 'tag' }, ' current') : null),
    h('p', { class: 'small' },
      `${label(v.snapshot.status)} · ${v.snapshot.title} · languages: ${v.snapshot.languages.join(' ') || 'none'}`),
    v.changes.length ? h('p', { class: 'small changes' }, `Changed: ${v.changes.join(', ')}`) : null,
    current ? null : h('button', { type: 'button', 'data-restore': String(v.number) }, `Restore version ${v.number}`));
}

async function loadPage(append) {
  const data = await gql(HISTORY, { id: warning.id, first: PAGE, after: append ? endCursor : null });
  const list = data.warningHistory;
  const items = list.edges.map((edge) => item(edge.node));
  if (append) $('versions').append(...items); else fill($('versions'), items);
  endCursor = list.pageInfo.endCursor;
  $('more-history').hidden = !list.pageInfo.hasNextPage;
  $('history').hidden = false;
}

/** Shows the history of w (the first page); onRestore(number) is called for a restore button. */
export function setUpHistory(gqlFunction, onRestore, onError) {
  gql = gqlFunction;
  $('versions').addEventListener('click', (event) => {
    const button = event.target.closest('button[data-restore]');
    if (button) onRestore(Number(button.dataset.restore));
  });
  $('more-history').addEventListener('click', () => loadPage(true).catch(onError));
}

export function showHistory(w) {
  warning = w;
  return loadPage(false);
}
