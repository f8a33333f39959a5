// A warning's texts, one language at a time: tabs for the languages it has (and ones the editor
// added but has not saved yet), the form for the chosen one, and a preview drawn the way the
// public warning page draws it (same safe-html path for the body).
import { LANGUAGE_NAMES, label } from './format.js';
import { ENUMS } from './schema.js';
import { $, fill, h } from '/js/dom.js';
import { safeFragment } from '/js/safe-html.js';

let warning = null;
let chosen = 'en';
const unsaved = new Set(); // languages added in this page, not saved yet
let edited = false; // the form holds typing not saved yet

function present() {
  const saved = warning ? warning.languages : [];
  return ENUMS.Language.filter((code) => saved.includes(code) || unsaved.has(code));
}

function textOf(code) {
  return (warning && warning.translations.find((t) => t.language === code))
    || { language: code, title: '', summary: '', bodyHtml: '', redFlags: [] };
}

function fillForm() {
  const text = textOf(chosen);
  $('t-heading').textContent = `${LANGUAGE_NAMES[chosen]} (${chosen})${unsaved.has(chosen) ? ' — not saved yet' : ''}`;
  for (const id of ['t-title', 't-summary', 't-flags', 't-body']) $(id).setAttribute('lang', chosen);
  $('t-title').value = text.title;
  $('t-summary').value = text.summary;
  $('t-flags').value = text.redFlags.join('\n');
  $('t-body').value = text.bodyHtml;
  $('remove-text').hidden = unsaved.has(chosen);
  fill($('translation-error'));
  $('preview').hidden = true;
  edited = false;
}

/** True while the text form holds changes not saved yet. */
export function textEdited() {
  return edited;
}

function mayLeaveText() {
  return !edited || window.confirm(`Your changes to the ${LANGUAGE_NAMES[chosen]} text are not saved. Leave them?`);
}

function renderTabs() {
  fill($('lang-tabs'), present().map((code) => h('li', {},
    h('button', { type: 'button', 'data-lang': code, lang: code, 'aria-pressed': code === chosen ? 'true' : 'false' },
      `${LANGUAGE_NAMES[code]}${unsaved.has(code) ? ' *' : ''}`))));
  const missing = ENUMS.Language.filter((code) => !present().includes(code));
  fill($('add-lang'), missing.map((code) => h('option', { value: code }, `${LANGUAGE_NAMES[code]} (${code})`)));
  $('add-lang').closest('p').hidden = missing.length === 0;
}

/** Shows the texts of w; refreshForm false keeps what the editor is typing in the form. */
export function showTexts(w, refreshForm = true) {
  warning = w;
  for (const code of w.languages) unsaved.delete(code);
  if (!present().includes(chosen)) chosen = present()[0] || 'en';
  if (!present().includes(chosen)) unsaved.add(chosen); // a warning without any text yet: start with English
  renderTabs();
  if (refreshForm) fillForm();
  $('texts').hidden = false;
}

export function chosenLanguage() {
  return chosen;
}

/** The form as WarningTranslationInput. */
export function readTranslation() {
  return {
    language: chosen,
    title: $('t-title').value.trim(),
    summary: $('t-summary').value.trim(),
    redFlags: $('t-flags').value.split('\n').map((line) => line.trim()).filter(Boolean),
    bodyHtml: $('t-body').value,
  };
}

function previewArticle(w, text) {
  const lang = text.language;
  return h('article', { class: 'warning' },
    h('h1', { lang }, text.title || '(no title yet)'),
    h('p', { class: 'meta' },
      h('span', { class: `sev sev-${w.severity.toLowerCase()}` }, `${label(w.severity)} danger`), ' ',
      label(w.category), w.countries.length ? ` · ${w.countries.join(', ')}` : ''),
    h('p', { class: 'lead', lang }, text.summary),
    text.redFlags.length ? h('section', {}, h('h2', {}, 'Red flags'),
      h('ul', { class: 'flags', lang }, text.redFlags.map((flag) => h('li', {}, flag)))) : null,
    w.indicators.length ? h('section', {}, h('h2', {}, 'Numbers, websites and names used'),
      h('ul', { class: 'indicators' }, w.indicators.map((i) => h('li', {}, `${i.type} `, h('bdi', {}, i.value))))) : null,
    text.bodyHtml.trim() ? h('section', {}, h('h2', {}, 'Details'),
      h('div', { class: 'body', lang }, safeFragment(text.bodyHtml))) : null,
    w.sources.length ? h('section', {}, h('h2', {}, 'Sources'),
      h('ul', { class: 'sources' }, w.sources.map((s) => h('li', {}, s.title)))) : null);
}

export function showPreview() {
  fill($('preview-content'), previewArticle(warning, readTranslation()));
  $('preview').hidden = false;
  $('preview').scrollIntoView({ block: 'nearest' });
}

$('lang-tabs').addEventListener('click', (event) => {
  const tab = event.target.closest('button[data-lang]');
  if (!tab || tab.dataset.lang === chosen || !mayLeaveText()) return;
  chosen = tab.dataset.lang;
  renderTabs();
  fillForm();
  $('t-title').focus();
});

$('add-lang-button').addEventListener('click', () => {
  const code = $('add-lang').value;
  if (!code || !mayLeaveText()) return;
  unsaved.add(code);
  chosen = code;
  renderTabs();
  fillForm();
  $('t-title').focus();
});

$('preview-button').addEventListener('click', showPreview);
$('translation').addEventListener('input', () => { edited = true; });
