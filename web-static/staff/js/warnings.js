// The editors' list of warnings (warnings.html): every state, filters by status and text, pages
// of 20 with opaque cursors. Filters live in the address (?status=DRAFT&text=…) so a reload or a
// shared link shows the same list.
import { clearError, gql, say, showError, startPage, timeEl } from './console-page.js';
import { label } from './format.js';
import { ENUMS } from './schema.js';
import { $, fill, h } from '/js/dom.js';

const PAGE = 20;
const QUERY = `query EditorWarnings($filter: EditorWarningFilter, $first: Int, $after: String) {
  editorWarnings(filter: $filter, first: $first, after: $after) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { node { id slug status version title languages updatedAt sample } }
  }
}`;

const form = $('filters');
const cursors = []; // the `after` of each page shown before this one
let after = null;
let request = 0;

function filterFromAddress() {
  const params = new URLSearchParams(location.search);
  const statuses = params.getAll('status').filter((s) => ENUMS.WarningStatus.includes(s));
  for (const box of form.querySelectorAll('input[name=status]')) box.checked = statuses.includes(box.value);
  $('f-text').value = params.get('text') || '';
}

function currentFilter() {
  const statuses = [...form.querySelectorAll('input[name=status]:checked')].map((box) => box.value);
  const text = $('f-text').value.trim();
  return { statuses: statuses.length ? statuses : null, text: text || null };
}

function row(w) {
  return h('tr', {},
    h('td', {}, h('a', { href: `warning-edit.html?id=${encodeURIComponent(w.id)}` }, w.title || w.slug),
      w.sample ? h('span', { class: 'tag' }, ' sample') : null),
    h('td', {}, h('code', {}, w.slug)),
    h('td', {}, h('span', { class: `state state-${w.status.toLowerCase()}` }, label(w.status))),
    h('td', {}, w.languages.join(' ')),
    h('td', {}, timeEl(w.updatedAt)),
    h('td', {}, String(w.version)));
}

async function load() {
  const mine = ++request;
  say('Loading warnings…');
  clearError();
  try {
    const data = await gql(QUERY, { filter: currentFilter(), first: PAGE, after });
    if (mine !== request) return;
    const list = data.editorWarnings;
    fill($('rows'), list.edges.map((edge) => row(edge.node)));
    const from = cursors.length * PAGE + 1;
    $('count').textContent = list.totalCount === 0 ? 'No warnings match.'
      : `Warnings ${from}–${from + list.edges.length - 1} of ${list.totalCount}`;
    $('warnings').hidden = false;
    $('next').hidden = !list.pageInfo.hasNextPage;
    $('next').dataset.after = list.pageInfo.endCursor || '';
    $('prev').hidden = cursors.length === 0;
    say('');
  } catch (error) {
    if (mine !== request) return;
    say('');
    showError(error);
  }
}

form.addEventListener('submit', (event) => {
  event.preventDefault();
  const params = new URLSearchParams();
  const filter = currentFilter();
  for (const s of filter.statuses || []) params.append('status', s);
  if (filter.text) params.set('text', filter.text);
  history.replaceState(null, '', params.toString() ? `?${params}` : location.pathname);
  cursors.length = 0;
  after = null;
  load();
});

$('next').addEventListener('click', () => {
  cursors.push(after);
  after = $('next').dataset.after || null;
  load();
});

$('prev').addEventListener('click', () => {
  after = cursors.pop() ?? null;
  load();
});

if (await startPage('EDITOR', 'warnings')) {
  fill($('status-boxes'), h('legend', {}, 'Status'), ENUMS.WarningStatus.map((status) => {
    const id = `f-${status.toLowerCase()}`;
    return h('label', { for: id }, h('input', { type: 'checkbox', id, name: 'status', value: status }), ` ${label(status)}`);
  }));
  filterFromAddress();
  load();
}
