// Report a tip (/report.html): a plain form, a proof of work solved in a Web Worker from the moment
// the form opens (the person writes meanwhile), then submitTip with an idempotency key made here
// (one retry with the same key after a network failure). The receipt is shown once and kept
// nowhere: not in the URL, history or storage.
import { PENDING_REPORT, announce } from './chrome.js';
import { countryName, currentLang, t } from './i18n.js';
import { ApiError, errorText, graphql } from './api.js';
import { $, fill, h } from './dom.js';
import { emergencyNumbersFor } from './emergency.js';

const CHALLENGE = '{ tipChallenge { challenge difficulty expiresAt } }';
// a proof this close to its challenge's expiry is not sent: a fresh one is solved instead
const EXPIRY_MARGIN_MS = 30000;
const SUBMIT = `mutation Submit($input: TipInput!, $proof: ProofOfWorkInput) {
  submitTip(input: $input, proofOfWork: $proof) {
    receipt language whatHappensNext emergencyNumbers { country number service language }
  }
}`;

let idempotencyKey = null; // one per tip, reused on a retry

function newKey() {
  if (crypto.randomUUID) return crypto.randomUUID();
  return Array.from(crypto.getRandomValues(new Uint8Array(16)), (b) => b.toString(16).padStart(2, '0')).join('');
}

function checked(name) {
  const input = document.querySelector(`input[name="${name}"]:checked`);
  return input ? input.value : null;
}

function readForm() {
  const input = {
    category: checked('category'),
    country: $('country').value,
    place: $('place').value.trim() || null,
    channel: $('channel').value,
    story: $('story').value.trim(),
    indicators: $('indicators').value.split('\n').map((v) => v.trim()).filter(Boolean).slice(0, 20).map((value) => ({ value })),
    inDangerNow: checked('danger') === 'yes',
    language: currentLang(),
    reportingFor: checked('for'),
    contact: $('contact').value.trim() || null,
  };
  const complete = input.category && input.country && input.channel && input.story && checked('danger') && input.reportingFor;
  return complete ? input : null;
}

let proof = null; // the proof being solved or solved: {challenge, difficulty, expires, nonce, rate, promise}
let waiting = false; // the person pressed Send and waits for the proof

/**
 * Honest progress: the search is memoryless, so the median time still to wait is always
 * ln 2 × 2^difficulty hashes at the rate this device has shown, whatever has been tried so far.
 */
function showEstimate(p) {
  if (!waiting || p !== proof || !p.rate) return;
  const seconds = Math.max(1, Math.round((Math.LN2 * 2 ** p.difficulty) / p.rate));
  announce(t('report.working', { s: seconds.toLocaleString(currentLang()) }));
}

/** Fetches a challenge and solves it in a worker, in the background. */
function startProof() {
  if (proof && proof.worker) proof.worker.terminate();
  const p = { nonce: null, rate: 0, failed: false, worker: null };
  proof = p;
  p.promise = graphql(CHALLENGE).then(({ tipChallenge }) => new Promise((resolve, reject) => {
    Object.assign(p, tipChallenge, { expires: Date.parse(tipChallenge.expiresAt) });
    const worker = new Worker('/js/pow-worker.js');
    p.worker = worker;
    worker.onmessage = (event) => {
      const { nonce, tried, ms } = event.data;
      if (ms > 0) p.rate = (tried * 1000) / ms;
      if (nonce === undefined) {
        showEstimate(p);
        return;
      }
      worker.terminate();
      p.worker = null;
      p.nonce = nonce;
      resolve(p);
    };
    worker.onerror = () => {
      worker.terminate();
      reject(new ApiError('INTERNAL_ERROR'));
    };
    worker.postMessage({ challenge: p.challenge, difficulty: p.difficulty });
  }));
  p.promise.catch(() => { p.failed = true; }); // shown when the person sends
  return p;
}

/** A solved proof that is still fresh, solving a new one if needed; each is used once. */
async function freshProof() {
  const stale = !proof || proof.failed || (proof.expires && proof.expires - Date.now() < EXPIRY_MARGIN_MS);
  const p = stale ? startProof() : proof;
  showEstimate(p);
  await p.promise;
  if (p.expires - Date.now() < EXPIRY_MARGIN_MS) return freshProof(); // solved too late (a sleeping phone)
  proof = null;
  return { challenge: p.challenge, nonce: p.nonce };
}

/**
 * A report that could not be sent for want of a network (or a server) is kept on this device, in
 * localStorage, only until it is sent: sending it or the quick exit deletes it (the page says so).
 */
function keepUnsent(input) {
  try {
    localStorage.setItem(PENDING_REPORT, JSON.stringify(input));
    return true;
  } catch {
    return false; // storage blocked or full: the text stays in the form as long as the page is open
  }
}

function forgetUnsent() {
  try {
    localStorage.removeItem(PENDING_REPORT);
  } catch {
    // nothing was kept
  }
}

function setChecked(name, value) {
  const input = document.querySelector(`input[name="${name}"][value="${value}"]`);
  if (input) input.checked = true;
}

/** Puts a kept report back in the form, as the person left it. */
function restoreUnsent() {
  let input;
  try {
    input = JSON.parse(localStorage.getItem(PENDING_REPORT));
  } catch {
    return;
  }
  if (!input || typeof input !== 'object') return;
  setChecked('category', input.category);
  $('country').value = input.country || '';
  $('place').value = input.place || '';
  $('channel').value = input.channel || '';
  $('story').value = input.story || '';
  $('indicators').value = (input.indicators || []).map((i) => i.value).join('\n');
  setChecked('danger', input.inDangerNow ? 'yes' : 'no');
  setChecked('for', input.reportingFor);
  $('contact').value = input.contact || '';
  idempotencyKey = input.idempotencyKey || null; // the same report: a send that did arrive is not doubled
  fill($('form-error'), h('p', { class: 'note', id: 'unsent-note' }, t('report.restored')));
  renderDangerFirst();
}

/** The server refused the proof (expired, used, ...): nothing the person typed is wrong. */
function proofRefused(error) {
  return error.code === 'BAD_USER_INPUT' && error.extensions && error.extensions.field === 'proofOfWork';
}

async function submit(input, proof) {
  try {
    return await graphql(SUBMIT, { input, proof });
  } catch (error) {
    if (error.code !== 'NETWORK') throw error;
    return graphql(SUBMIT, { input, proof }); // the same key: a retry never makes a second tip
  }
}

function dangerList(entries) {
  return h('ul', {}, entries);
}

function renderDangerFirst() {
  const country = $('country').value;
  const entries = emergencyNumbersFor(currentLang()).filter((e) => !country || e.country === country);
  fill($('danger-list'), entries.map((e) => h('li', {}, h('strong', {}, countryName(e.country)), ': ',
    e.numbers.map((n, i) => [i ? ' · ' : '', h('a', { href: `tel:${n.dial}` }, n.dial), ' ', t(n.label)]))));
  $('danger-first').hidden = checked('danger') !== 'yes';
}

function renderSent(tip, inDanger) {
  const copy = h('button', { type: 'button', class: 'secondary', id: 'copy-receipt' }, t('report.copy'));
  const receipt = h('p', { class: 'receipt', id: 'receipt' }, tip.receipt);
  copy.addEventListener('click', async () => {
    try {
      await navigator.clipboard.writeText(tip.receipt);
      announce(t('report.copied'));
    } catch {
      getSelection().selectAllChildren(receipt); // the reader can copy the selection by hand
    }
  });
  fill($('sent'),
    inDanger && tip.emergencyNumbers.length ? h('section', { class: 'danger-first' },
      h('h3', {}, t('report.dangerNow')),
      dangerList(tip.emergencyNumbers.map((n) => h('li', { lang: n.language },
        h('a', { href: `tel:${n.number}` }, n.number), ' ', n.service))))
      : null,
    h('h2', { id: 'sent-title', tabindex: '-1' }, t('report.done')),
    h('h3', {}, t('report.receipt')),
    receipt, copy,
    h('p', { class: 'error' }, t('report.keep')),
    h('h3', {}, t('report.next')),
    h('ul', { lang: tip.language }, tip.whatHappensNext.map((line) => h('li', {}, line))),
    h('p', {}, h('a', { href: '/my-report.html' }, t('report.check'))));
  $('sent').hidden = false;
  $('sent-title').focus();
}

$('tip-form').addEventListener('submit', async (event) => {
  event.preventDefault();
  fill($('form-error'));
  const input = readForm();
  if (!input) {
    fill($('form-error'), h('p', { class: 'error' }, t('report.missing')));
    return;
  }
  idempotencyKey = idempotencyKey || newKey();
  input.idempotencyKey = idempotencyKey;
  $('tip-submit').disabled = true;
  $('pow-progress').hidden = false;
  waiting = true;
  announce(t('report.sending'));
  try {
    const solved = await freshProof();
    waiting = false;
    announce(t('report.sending'));
    const data = await submit(input, solved);
    forgetUnsent();
    $('tip-form').reset();
    $('tip-form').hidden = true;
    $('danger-first').hidden = true;
    idempotencyKey = null;
    announce('');
    renderSent(data.submitTip, input.inDangerNow);
  } catch (error) {
    announce('');
    const unreachable = error.code === 'NETWORK' || error.code === 'UNAVAILABLE';
    const message = proofRefused(error) ? t('report.proofRefused')
      : unreachable && keepUnsent(input) ? t('report.keptOffline') : errorText(error);
    fill($('form-error'), h('p', { class: 'error' }, message));
    if (!proof) startProof(); // ready for the next try while the person reads
  } finally {
    waiting = false;
    $('tip-submit').disabled = false;
    $('pow-progress').hidden = true;
  }
});

$('tip-form').addEventListener('change', (event) => {
  if (event.target.name === 'danger' || event.target.id === 'country') renderDangerFirst();
});
document.addEventListener('lw:lang', renderDangerFirst);
restoreUnsent();
startProof(); // the work runs while the person writes
