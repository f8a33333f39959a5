// One tip for the officer working it: the decrypted text, the dialogue, notes, history, priority and
// links. Opening it is audited by the server; the text is shown with textContent only.
import { $, fill, h } from '/js/dom.js';
import { errorMessage, hasRole, notify, staffGql } from './session.js';
import { startPage } from './console-page.js';
import { CASE_FIELDS, LANGUAGE_NAMES, countryLabel, label, shortId, time, tipHref } from './format.js';
import { wireActions } from './tip-actions.js';

const FILE = `query TipFile($id: ID!) {
  triageTip(id: $id) {
    triageCase { ${CASE_FIELDS} }
    tip { story place contact language reportingFor indicators { type raw } messages { author text at } }
    notes { by at text }
    history { from to by at reason reference referredTo }
    relatedTipIds
    linkedTipIds
  }
}`;

const AUDIT = `query TipAudit($tipId: ID!) {
  auditLog(filter: { tipId: $tipId }, first: 50) { edges { node { at user action details } } }
}`;

const state = { id: null, user: null, file: null };

function say(text, kind) {
  notify($('notice'), text, kind);
}

function facts(list) {
  return list.filter(([, value]) => value !== null && value !== undefined && value !== '')
    .flatMap(([term, value]) => [h('dt', {}, term), h('dd', {}, value)]);
}

function entry(meta, text, extraClass) {
  return h('li', { class: extraClass || null }, h('span', { class: 'meta' }, meta), text);
}

function tipList(ids, withUnlink) {
  if (!ids.length) return h('li', { class: 'small' }, 'None.');
  return ids.map((other) => h('li', {}, h('a', { href: tipHref(other) }, `Tip ${shortId(other)}`),
    withUnlink ? [' ', h('button', { type: 'button', class: 'secondary', 'data-unlink': other,
      'aria-label': `Unlink tip ${other}` }, 'Unlink')] : null));
}

/** The case panel, buttons and forms that depend on the case (also after each change). */
export function renderCase(c) {
  state.file.triageCase = c;
  const me = state.user.username;
  fill($('case-facts'), facts([
    ['Tip id', h('code', {}, c.tipId)],
    ['Status', label(c.status)],
    ['Held by', c.assignee ? (c.assignee === me ? `${c.assignee} (you)` : c.assignee) : 'nobody'],
    ['Category', label(c.category)],
    ['Country', countryLabel(c.country)],
    ['Channel', label(c.channel)],
    ['In danger now', c.inDangerNow ? 'Yes' : 'No'],
    ['Sent', time(c.submittedAt)],
    ['First opened', time(c.firstReviewedAt)],
    ['Reference', c.reference],
    ['Referred to', c.referredTo],
    ['Duplicate of', c.duplicateOf ? h('a', { href: tipHref(c.duplicateOf) }, `Tip ${shortId(c.duplicateOf)}`) : null],
    ['Closed', time(c.closedAt)],
  ]));
  $('claim').hidden = Boolean(c.assignee);
  $('release').hidden = c.assignee !== me;
  const select = $('status-to');
  const chosen = select.value;
  fill(select, c.allowedTransitions.length
    ? c.allowedTransitions.map((s) => h('option', { value: s }, label(s)))
    : h('option', { value: '' }, 'No change possible'));
  if (c.allowedTransitions.includes(chosen)) select.value = chosen;
  $('status-submit').disabled = !c.allowedTransitions.length;
  select.dispatchEvent(new Event('change'));
  $('priority-summary').textContent = c.priorityOverride
    ? `Priority ${c.priority}, set by ${c.priorityOverride.by}: ${c.priorityOverride.reason} (computed: ${c.computedPriority}).`
    : `Priority ${c.priority}, computed from:`;
  fill($('priority-reasons'), c.priorityReasons.map((r) => h('li', {}, h('strong', {}, `${r.points} `), r.explanation)));
  $('tip-title').textContent = `Tip ${shortId(c.tipId)} — ${label(c.status)}`;
  document.title = `Tip ${shortId(c.tipId)} — LureWatch staff console`;
}

function renderFile(file) {
  state.file = file;
  const tip = file.tip;
  $('story').textContent = tip.story;
  $('story').setAttribute('lang', tip.language);
  fill($('tip-facts'), facts([
    ['Place', tip.place],
    ['Contact', tip.contact],
    ['Language', LANGUAGE_NAMES[tip.language] || tip.language],
    ['Reporting for', label(tip.reportingFor)],
  ]));
  $('reply-language').textContent = `The tipster wrote in ${LANGUAGE_NAMES[tip.language] || tip.language}: answer in that language if you can.`;
  $('reply-text').setAttribute('lang', tip.language);
  fill($('indicators'), tip.indicators.length
    ? tip.indicators.map((i) => h('li', {}, i.type ? `${label(i.type)}: ` : 'Unspecified: ', h('bdi', {}, i.raw)))
    : h('li', { class: 'small' }, 'None given.'));
  fill($('messages'), tip.messages.length
    ? tip.messages.map((m) => entry([m.author === 'STAFF' ? 'Staff reply, ' : 'Tipster, ', time(m.at)], m.text,
      m.author === 'STAFF' ? 'staff' : null))
    : h('li', { class: 'small' }, 'No messages yet.'));
  fill($('notes'), file.notes.length
    ? file.notes.map((n) => entry([`${n.by}, `, time(n.at)], n.text))
    : h('li', { class: 'small' }, 'No notes yet.'));
  fill($('history'), file.history.length
    ? file.history.map((s) => entry([`${s.by}, `, time(s.at)], [`${label(s.from)} → ${label(s.to)}`,
      s.reason ? `: ${s.reason}` : '', s.reference ? ` (reference ${s.reference})` : '',
      s.referredTo ? ` (to ${s.referredTo})` : '']))
    : h('li', { class: 'small' }, 'No changes yet.'));
  fill($('related'), tipList(file.relatedTipIds, false));
  fill($('linked'), tipList(file.linkedTipIds, true));
  renderCase(file.triageCase);
  $('tip-file').hidden = false;
}

async function loadAudit() {
  if (!hasRole(state.user, 'ADMIN')) return;
  try {
    const data = await staffGql(AUDIT, { tipId: state.id });
    fill($('audit'), data.auditLog.edges.map(({ node: a }) => entry([`${a.user}, `, time(a.at)],
      [label(a.action), a.details ? `: ${a.details}` : ''])));
    $('audit-section').hidden = false;
  } catch (e) {
    say(errorMessage(e), 'error');
  }
}

/** Reads the whole file again (notes and messages are not in mutation answers). */
export async function reload() {
  const data = await staffGql(FILE, { id: state.id });
  renderFile(data.triageTip);
  await loadAudit();
}

async function start() {
  state.user = await startPage('TRIAGE', 'queue');
  state.id = new URLSearchParams(window.location.search).get('id');
  if (!state.id) {
    say('No tip chosen: open one from the queue.', 'error');
    return;
  }
  wireActions({ id: state.id, user: state.user, caseNow: () => state.file.triageCase, renderCase, reload, say });
  say('Loading…');
  try {
    await reload();
    say('');
    $('tip-title').focus();
  } catch (e) {
    say(e.code === 'NOT_FOUND' ? 'No tip with this id (it may have been deleted after closing).' : errorMessage(e), 'error');
  }
}

start();
