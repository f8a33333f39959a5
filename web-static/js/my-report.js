// My report (/my-report.html): the receipt is typed in, kept in this page's memory only and sent
// in POST bodies; never in the URL, history or storage. The form never submits itself.
import { announce, errorBox } from './chrome.js';
import { currentLang, formatDate, t } from './i18n.js';
import { graphql } from './api.js';
import { $, fill, h } from './dom.js';

const FIELDS = 'status statusText language submittedAt messages { text at }';
const STATUS = `query TipStatus($receipt: String!, $lang: Language) { tipStatus(receipt: $receipt, lang: $lang) { ${FIELDS} } }`;
const ANSWER = `mutation Answer($receipt: String!, $text: String!, $lang: Language) {
  addTipMessage(receipt: $receipt, text: $text, lang: $lang) { ${FIELDS} }
}`;

let receipt = null; // digits of the receipt that was found, in memory only
let shown = null;
let request = 0;

/** 16 digits, spaces and dashes allowed, or null. */
export function receiptDigits(value) {
  const digits = String(value).replace(/[\s-]/g, '');
  return /^\d{16}$/.test(digits) ? digits : null;
}

function problem(error) {
  return error && error.code === 'NOT_FOUND' ? h('p', { class: 'error' }, t('myReport.notFound')) : errorBox(error);
}

function render(tip) {
  fill($('tip'),
    h('h2', { id: 'tip-status', tabindex: '-1' }, t('myReport.status')),
    h('p', { class: 'lead', lang: tip.language }, tip.statusText),
    h('p', { class: 'small' }, t('myReport.submitted', { date: formatDate(tip.submittedAt) })),
    h('h3', {}, t('myReport.messages')),
    tip.messages.length
      ? h('ul', { class: 'messages' }, tip.messages.map((m) => h('li', {},
        h('time', { datetime: m.at, class: 'small' }, formatDate(m.at)), ' ', h('span', {}, m.text))))
      : h('p', { class: 'note' }, t('myReport.noMessages')));
  $('tip').hidden = false;
  $('answer-form').hidden = false;
}

async function lookUp(digits, { focus = true } = {}) {
  const mine = ++request;
  fill($('page-error'));
  $('receipt-submit').disabled = true;
  announce(t('myReport.loading'));
  try {
    const data = await graphql(STATUS, { receipt: digits, lang: currentLang() });
    if (mine !== request) return;
    receipt = digits;
    shown = data.tipStatus;
    render(shown);
    announce('');
    if (focus) $('tip-status').focus();
  } catch (error) {
    if (mine !== request) return;
    announce('');
    receipt = null;
    $('tip').hidden = true;
    $('answer-form').hidden = true;
    fill($('page-error'), problem(error));
  } finally {
    if (mine === request) $('receipt-submit').disabled = false;
  }
}

$('receipt-form').addEventListener('submit', (event) => {
  event.preventDefault();
  fill($('receipt-error'));
  const digits = receiptDigits($('receipt').value);
  if (!digits) {
    $('receipt').setAttribute('aria-invalid', 'true');
    fill($('receipt-error'), h('p', { class: 'error' }, t('myReport.invalid')));
    $('receipt').focus();
    return;
  }
  $('receipt').removeAttribute('aria-invalid');
  lookUp(digits);
});

$('answer-form').addEventListener('submit', async (event) => {
  event.preventDefault();
  fill($('answer-error'));
  const text = $('answer').value;
  if (!text.trim() || !receipt) {
    fill($('answer-error'), h('p', { class: 'error' }, t('myReport.empty')));
    $('answer').focus();
    return;
  }
  $('answer-submit').disabled = true;
  announce(t('myReport.sending'));
  try {
    const data = await graphql(ANSWER, { receipt, text, lang: currentLang() });
    shown = data.addTipMessage;
    render(shown);
    $('answer').value = '';
    announce(t('myReport.sent'));
  } catch (error) {
    announce('');
    fill($('answer-error'), problem(error));
  } finally {
    $('answer-submit').disabled = false;
  }
});

document.addEventListener('lw:lang', () => {
  if (receipt) lookUp(receipt, { focus: false }); // the status text follows the interface language
});
