// NGO API keys on the administrators' page: issue (the key shown once), rotate (a new key shown
// once, the old one stops at once), revoke; with each key's quota, origins and recent use.
import { act, gql, showError, timeEl } from './console-page.js';
import { showSecret } from './secret.js';
import { $, fill, h } from '/js/dom.js';

const KEY = `id organisation hint requestsPerMinute requestsPerDay allowedOrigins createdAt rotatedAt revokedAt active
  expiresAt
  usage(days: 7) { day requests }`;
const LIST = `query ApiKeys($first: Int, $after: String) {
  apiKeys(first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { ${KEY} } } }
}`;
const ISSUE = `mutation IssueApiKey($input: IssueApiKeyInput!) { issueApiKey(input: $input) { key apiKey { ${KEY} } } }`;
const ROTATE = `mutation RotateApiKey($id: ID!) { rotateApiKey(id: $id) { key apiKey { ${KEY} } } }`;
const REVOKE = `mutation RevokeApiKey($id: ID!) { revokeApiKey(id: $id) { ${KEY} } }`;
const PAGE = 50;
let endCursor = null;

function row(k) {
  const total = k.usage.reduce((sum, day) => sum + day.requests, 0);
  return h('tr', { 'data-id': k.id, 'data-org': k.organisation },
    h('td', {}, k.organisation),
    h('td', {}, h('code', {}, `…${k.hint}`)),
    h('td', {}, `${k.requestsPerMinute}/min, ${k.requestsPerDay}/day`),
    h('td', {}, k.allowedOrigins.length ? k.allowedOrigins.join(' ') : 'none'),
    h('td', {}, k.active ? 'Active' : ['Revoked ', timeEl(k.revokedAt)],
      h('div', { class: 'small' }, 'Issued ', timeEl(k.createdAt)),
      k.rotatedAt ? h('div', { class: 'small' }, 'Rotated ', timeEl(k.rotatedAt)) : null,
      k.expiresAt ? h('div', { class: 'small' }, 'Expires ', timeEl(k.expiresAt)) : null),
    h('td', { title: k.usage.map((d) => `${d.day}: ${d.requests}`).join('\n') }, String(total)),
    h('td', { class: 'actions' }, k.active ? [
      h('button', { type: 'button', 'data-action': 'rotate' }, 'Rotate'),
      h('button', { type: 'button', 'data-action': 'revoke', class: 'danger' }, 'Revoke')] : null));
}

function replaceRow(k) {
  const old = $('key-rows').querySelector(`tr[data-id="${CSS.escape(k.id)}"]`);
  if (old) old.replaceWith(row(k)); else $('key-rows').prepend(row(k));
}

async function loadKeys(append = false) {
  const data = await gql(LIST, { first: PAGE, after: append ? endCursor : null });
  const list = data.apiKeys;
  const rows = list.edges.map((edge) => row(edge.node));
  if (append) $('key-rows').append(...rows); else fill($('key-rows'), rows);
  endCursor = list.pageInfo.endCursor;
  $('more-keys').hidden = !list.pageInfo.hasNextPage;
  $('keys-count').textContent = `${list.totalCount} key${list.totalCount === 1 ? '' : 's'}`;
}

const ADVICE = 'Send it to the organisation safely; they send it as the X-Api-Key header.';

$('new-key').addEventListener('submit', async (event) => {
  event.preventDefault();
  const input = {
    organisation: $('k-org').value.trim(),
    requestsPerMinute: Number($('k-minute').value),
    requestsPerDay: Number($('k-day').value),
    allowedOrigins: $('k-origins').value.split(/\s+/).filter(Boolean),
    // the start of that day in UTC, like every time the console shows
    expiresAt: $('k-expires').value ? `${$('k-expires').value}T00:00:00Z` : null,
  };
  const issued = await act(`Issuing a key to ${input.organisation}`, ISSUE, { input }, 'new-key-error');
  if (!issued) return;
  event.target.reset();
  replaceRow(issued.apiKey);
  showSecret(`API key for ${issued.apiKey.organisation}`, issued.key, ADVICE);
});

$('key-rows').addEventListener('click', async (event) => {
  const button = event.target.closest('button[data-action]');
  if (!button) return;
  const { id, org } = button.closest('tr').dataset;
  if (button.dataset.action === 'rotate') {
    if (!window.confirm(`Give the key of ${org} a new secret? The old one stops working at once.`)) return;
    const rotated = await act(`Rotating the key of ${org}`, ROTATE, { id });
    if (!rotated) return;
    replaceRow(rotated.apiKey);
    showSecret(`New API key for ${org}`, rotated.key, ADVICE);
  } else {
    if (!window.confirm(`Revoke the key of ${org}? Requests with it are refused at once.`)) return;
    const revoked = await act(`Revoking the key of ${org}`, REVOKE, { id });
    if (revoked) replaceRow(revoked);
  }
});

$('more-keys').addEventListener('click', () => loadKeys(true).catch((error) => showError(error)));

export function startApiKeys() {
  loadKeys().catch((error) => showError(error));
}
