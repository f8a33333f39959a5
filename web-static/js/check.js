// Check an offer (/check.html): the pasted text goes to checkOffer in a POST body only; it is never
// put in the URL, in storage or in history, and the form is not a GET form.
import { announce, errorBox } from './chrome.js';
import { currentLang, t, withLang } from './i18n.js';
import { graphql } from './api.js';
import { $, fill, h } from './dom.js';
import { safeHref } from './safe-html.js';

const MAX = 10000;
const QUERY = `query Check($text: String!, $lang: Language) {
  checkOffer(text: $text, lang: $lang) {
    risk riskExplanation language advice privacyNote
    redFlags { explanation explanationLanguage triggers source { title url } }
    indicators { indicator { type value } alsoReadAs { value } found reportedBy warningCount warnings { slug title language } }
    relatedWarnings { slug title language }
  }
}`;

let last = null;
let request = 0;

function updateCounter() {
  $('offer-count').textContent = t('check.counter', { n: $('offer').value.length.toLocaleString(currentLang()) });
}

function warningLink(w) {
  return h('a', { href: `/warning.html?slug=${encodeURIComponent(w.slug)}`, lang: w.language }, w.title);
}

function section(titleKey, ...content) {
  return h('section', {}, h('h3', {}, t(titleKey)), ...content);
}

function redFlag(flag) {
  const href = safeHref(flag.source.url);
  return h('li', { lang: flag.explanationLanguage },
    h('p', {}, flag.explanation),
    flag.triggers.length ? h('p', { class: 'triggers' }, t('check.words'), ' ',
      flag.triggers.map((word, i) => [i ? ' ' : '', h('mark', {}, word)])) : null,
    h('p', { class: 'small' }, t('check.source'), ' ',
      href ? h('a', { href, rel: 'nofollow noopener noreferrer' }, flag.source.title) : flag.source.title));
}

function indicator(finding) {
  return h('li', {},
    h('span', { class: 'ind-type' }, t(`ind.${finding.indicator.type}`)), ' ',
    h('bdi', { class: 'ind-value' }, finding.indicator.value),
    // a number two countries could own, a bare @name: every reading is shown, none guessed
    finding.alsoReadAs.length ? [' · ', t('check.alsoReadAs'), ' ',
      finding.alsoReadAs.map((a, i) => [i ? ', ' : '', h('bdi', { class: 'ind-value' }, a.value)])] : null,
    finding.reportedBy ? [' · ', t(`check.reported.${finding.reportedBy}`)] : null,
    finding.warnings.length ? h('ul', {}, finding.warnings.map((w) => h('li', {}, warningLink(w)))) : null,
    // the newest few are listed; a number a big operation uses can be named in hundreds more
    finding.warningCount > finding.warnings.length
      ? h('p', { class: 'small' }, t('check.older', { n: finding.warningCount - finding.warnings.length })) : null);
}

function render(r) {
  fill($('result'),
    h('h2', { id: 'r-risk', tabindex: '-1', class: `risk risk-${r.risk.toLowerCase()}` }, t(`risk.${r.risk}`)),
    h('p', { class: 'lead', lang: r.language }, r.riskExplanation),
    r.redFlags.length ? section('check.redFlags', h('ul', { class: 'flags red-flags' }, r.redFlags.map(redFlag))) : null,
    r.indicators.length ? section('check.indicators', h('ul', { class: 'indicators' }, r.indicators.map(indicator))) : null,
    r.relatedWarnings.length ? section('check.warnings',
      h('ul', { class: 'related' }, r.relatedWarnings.map((w) => h('li', {}, warningLink(w))))) : null,
    r.advice.length ? section('check.advice', h('ul', { class: 'advice', lang: r.language }, r.advice.map((a) => h('li', {}, a)))) : null,
    h('p', { class: 'report-link' }, h('a', { href: withLang('/report.html') }, t('check.reportLink'))),
    h('p', { class: 'small privacy', lang: r.language }, r.privacyNote));
  $('result').hidden = false;
}

async function check({ focus = true } = {}) {
  const text = $('offer').value;
  fill($('page-error'));
  if (!text.trim()) {
    fill($('page-error'), h('p', { class: 'error' }, t('check.empty')));
    $('offer').focus();
    return;
  }
  const mine = ++request;
  $('check-submit').disabled = true;
  announce(t('check.checking'));
  try {
    const data = await graphql(QUERY, { text: text.slice(0, MAX), lang: currentLang() });
    if (mine !== request) return;
    last = data.checkOffer;
    render(last);
    announce('');
    if (focus) $('r-risk').focus();
  } catch (error) {
    if (mine !== request) return;
    announce('');
    fill($('page-error'), errorBox(error, () => check()));
  } finally {
    if (mine === request) $('check-submit').disabled = false;
  }
}

$('check-form').addEventListener('submit', (event) => {
  event.preventDefault();
  check();
});
$('offer').addEventListener('input', updateCounter);
document.addEventListener('lw:lang', () => {
  updateCounter();
  if (last) check({ focus: false }); // the answer's texts follow the interface language
});
updateCounter();
