// The triage queue: filters (TriageQueueFilter), pages of 25 through `after` cursors, links to tips.
// Filters live in this page's memory only: an indicator typed here is not kept in history or storage.
import { $, fill, h } from '/js/dom.js';
import { errorMessage, notify, staffGql } from './session.js';
import { startPage } from './console-page.js';
import { COUNTRIES, checkGroup, checkedValues, countryLabel, label, shortId, time, tipHref } from './format.js';
import { ENUMS } from './schema.js';

const PAGE = 25;
const QUEUE = `query Queue($filter: TriageQueueFilter, $first: Int, $after: String) {
  triageQueue(filter: $filter, first: $first, after: $after) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { node { tipId status category country channel inDangerNow submittedAt priority assignee duplicateOf } }
  }
}`;

let cursor = null; // the `after` of the page shown; null for the first page
let nextCursor = null;
let request = 0;

function buildFilterForm() {
  fill($('filter-groups'),
    checkGroup('status', 'Status', ENUMS.TriageStatus),
    checkGroup('category', 'Category', ENUMS.Category),
    checkGroup('country', 'Country', Object.keys(COUNTRIES), countryLabel),
    checkGroup('channel', 'Channel', ENUMS.TipChannel));
  $('f-indicator-type').append(...ENUMS.IndicatorType.map((t) => h('option', { value: t }, label(t))));
}

function dayStart(value) {
  return value ? `${value}T00:00:00Z` : null;
}

function number(id) {
  const value = $(id).value.trim();
  return value === '' ? null : Number(value);
}

function tristate(id) {
  const value = $(id).value;
  return value === '' ? null : value === 'true';
}

/** The filter as the API takes it; only the parts that are set. */
export function readFilter() {
  const form = $('filters');
  const filter = {
    statuses: checkedValues(form, 'status'),
    categories: checkedValues(form, 'category'),
    countries: checkedValues(form, 'country'),
    channels: checkedValues(form, 'channel'),
    assignee: $('f-assignee').value.trim() || null,
    unassigned: tristate('f-unassigned'),
    inDangerNow: tristate('f-danger'),
    minPriority: number('f-min'),
    maxPriority: number('f-max'),
    submittedFrom: dayStart($('f-from').value),
    submittedTo: dayStart($('f-to').value),
  };
  const indicator = $('f-indicator').value.trim();
  if (indicator) filter.indicator = { type: $('f-indicator-type').value, value: indicator };
  return Object.fromEntries(Object.entries(filter).filter(([, v]) => v !== null));
}

function row(c) {
  return h('tr', {},
    h('td', { class: 'num' }, String(c.priority)),
    h('td', {}, h('a', { href: tipHref(c.tipId), 'aria-label': `Open tip ${c.tipId}`, 'data-tip': c.tipId }, shortId(c.tipId)),
      c.inDangerNow ? [' ', h('span', { class: 'badge danger' }, 'In danger now')] : null,
      c.duplicateOf ? [' ', h('span', { class: 'badge' }, 'Duplicate')] : null),
    h('td', {}, label(c.status)),
    h('td', {}, label(c.category)),
    h('td', {}, countryLabel(c.country)),
    h('td', {}, label(c.channel)),
    h('td', {}, time(c.submittedAt)),
    h('td', {}, c.assignee || h('span', { class: 'small' }, 'nobody')));
}

async function load(after) {
  const mine = ++request;
  notify($('notice'), 'Loading…');
  $('queue-count').textContent = '';
  $('apply-filters').disabled = true;
  try {
    const data = await staffGql(QUEUE, { filter: readFilter(), first: PAGE, after });
    if (mine !== request) return;
    const queue = data.triageQueue;
    cursor = after;
    nextCursor = queue.pageInfo.hasNextPage ? queue.pageInfo.endCursor : null;
    fill($('queue-rows'), queue.edges.length
      ? queue.edges.map((e) => row(e.node))
      : h('tr', {}, h('td', { colspan: '8' }, 'No tips match these filters.')));
    $('queue-count').textContent = `${queue.totalCount} ${queue.totalCount === 1 ? 'tip matches' : 'tips match'}.`;
    $('next-page').hidden = !nextCursor;
    $('first-page').hidden = !cursor;
    notify($('notice'), '');
  } catch (e) {
    if (mine !== request) return;
    notify($('notice'), errorMessage(e), 'error');
  } finally {
    if (mine === request) $('apply-filters').disabled = false;
  }
}

async function start() {
  await startPage('TRIAGE', 'queue');
  buildFilterForm();
  $('filters').addEventListener('submit', (event) => {
    event.preventDefault();
    load(null);
  });
  $('clear-filters').addEventListener('click', () => {
    $('filters').reset();
    load(null);
  });
  $('next-page').addEventListener('click', async () => {
    await load(nextCursor);
    $('queue-title').focus();
  });
  $('first-page').addEventListener('click', async () => {
    await load(null);
    $('queue-title').focus();
  });
  load(null);
}

start();
