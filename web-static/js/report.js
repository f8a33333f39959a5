// Report a tip (/report.html): a plain form, a proof of work solved in a Web Worker, then
// submitTip with an idempotency key made here (one retry with the same key after a network
// failure). The receipt is shown once and kept nowhere: not in the URL, history or storage.
import { announce } from './chrome.js';
import { countryName, currentLang, t } from './i18n.js';
import { ApiError, errorText, graphql } from './api.js';
import { $, fill, h } from './dom.js';
import { emergencyNumbersFor } from './emergency.js';

const CHALLENGE = '{ tipChallenge { challenge difficulty } }';
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

function solve(challenge, difficulty) {
  return new Promise((resolve, reject) => {
    const worker = new Worker('/js/pow-worker.js');
    worker.onmessage = (event) => {
      if (event.data.nonce !== undefined) {
        worker.terminate();
        resolve(event.data.nonce);
      } else {
        $('pow-progress').value = event.data.progress;
        announce(t('report.working', { p: event.data.progress }));
      }
    };
    worker.onerror = () => {
      worker.terminate();
      reject(new ApiError('INTERNAL_ERROR'));
    };
    worker.postMessage({ challenge, difficulty });
  });
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
  announce(t('report.working', { p: 0 }));
  try {
    const { tipChallenge } = await graphql(CHALLENGE);
    const nonce = await solve(tipChallenge.challenge, tipChallenge.difficulty);
    $('pow-progress').value = 100;
    announce(t('report.sending'));
    const data = await submit(input, { challenge: tipChallenge.challenge, nonce });
    $('tip-form').reset();
    $('tip-form').hidden = true;
    $('danger-first').hidden = true;
    idempotencyKey = null;
    announce('');
    renderSent(data.submitTip, input.inDangerNow);
  } catch (error) {
    announce('');
    fill($('form-error'), h('p', { class: 'error' }, errorText(error)));
  } finally {
    $('tip-submit').disabled = false;
    $('pow-progress').hidden = true;
  }
});

$('tip-form').addEventListener('change', (event) => {
  if (event.target.name === 'danger' || event.target.id === 'country') renderDangerFirst();
});
document.addEventListener('lw:lang', renderDangerFirst);
