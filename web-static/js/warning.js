// Warning page (/warning.html?slug=…): one warning in full, and a way to share it. Its text follows
// the interface language unless the reader picks another of the warning's languages (?content=).
// The server fills in the page's Open Graph tags for the link's warning and language, so a
// messenger shows its title, summary and picture (WarningSharePage).
import { announce, errorBox } from './chrome.js';
import { NATIVE_NAMES, countryName, currentLang, formatDate, languageName, supported, t } from './i18n.js';
import { publicQuery } from './api.js';
import { $, fill, h } from './dom.js';
import { safeFragment, safeHref } from './safe-html.js';

const QUERY = `query Warning($slug: String!, $lang: Language) {
  warning(slug: $slug, lang: $lang) {
    slug category countries severity language availableLanguages
    title summary bodyHtml redFlags indicators { type value } sources { title url }
    publishedAt updatedAt expiresAt sample
  }
}`;

const slug = new URLSearchParams(location.search).get('slug') || '';
let contentLang = supported(new URLSearchParams(location.search).get('content'));
let warning = null;
let requested = null;
let request = 0;

function section(titleKey, ...content) {
  return h('section', {}, h('h2', {}, t(titleKey)), ...content);
}

function contentHref(code) {
  const url = new URL(location.href);
  url.searchParams.set('content', code);
  return url.pathname + url.search;
}

function languageBlock(w) {
  const block = h('div', { class: 'languages' },
    h('p', {}, t('warning.servedIn', { lang: languageName(w.language) })));
  if (w.language !== requested) {
    block.append(h('p', { class: 'note' },
      t('warning.fallback', { wanted: languageName(requested), served: languageName(w.language) })));
  }
  if (w.availableLanguages.length > 1) {
    block.append(h('nav', { 'aria-labelledby': 'w-langs' },
      h('span', { id: 'w-langs' }, t('warning.otherLanguages')), ' ',
      h('ul', { class: 'inline' }, w.availableLanguages.map((code) => h('li', {},
        h('a', {
          href: contentHref(code), lang: code, hreflang: code, 'data-content': code,
          'aria-current': code === w.language ? 'true' : null,
        }, NATIVE_NAMES[code]))))));
  }
  return block;
}

function dates(w) {
  const rows = [['warning.published', w.publishedAt], ['warning.expires', w.expiresAt]];
  if (w.updatedAt && formatDate(w.updatedAt) !== formatDate(w.publishedAt)) rows.splice(1, 0, ['warning.updated', w.updatedAt]);
  return h('dl', { class: 'dates' }, rows.filter(([, at]) => at).map(([key, at]) => [
    h('dt', {}, t(key)), h('dd', {}, h('time', { datetime: at }, formatDate(at)))]));
}

function source(s) {
  const href = safeHref(s.url);
  return h('li', {}, href ? h('a', { href, rel: 'nofollow noopener noreferrer' }, s.title) : s.title);
}

/** The address to share: the warning in the language it is shown in, nothing about the reader. */
function shareUrl(w) {
  return `${location.origin}/warning.html?slug=${encodeURIComponent(w.slug)}&content=${w.language}`;
}

async function copyText(text) {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    // no clipboard permission (older browsers, some webviews): the old way, through a selection
    const field = h('textarea', { class: 'visually-hidden', readonly: true, 'aria-hidden': 'true' }, text);
    document.body.append(field);
    field.select();
    let done = false;
    try {
      done = document.execCommand('copy');
    } catch {
      done = false;
    }
    field.remove();
    return done;
  }
}

/** The messengers' share sheet where the device has one (Web Share API), else the link copied. */
async function share(w) {
  const url = shareUrl(w);
  const status = $('share-status');
  fill(status);
  if (navigator.share) {
    try {
      await navigator.share({ title: w.title, text: w.summary, url });
      return;
    } catch (error) {
      if (error && error.name === 'AbortError') return; // the reader closed the sheet
    }
  }
  if (await copyText(url)) {
    fill(status, t('share.copied'));
  } else {
    const field = h('input', { type: 'url', readonly: true, value: url, id: 'share-link', 'aria-label': t('share.manual') });
    fill(status, t('share.manual'), ' ', field);
    field.select();
  }
}

function shareBlock(w) {
  const button = h('button', { type: 'button', id: 'share', class: 'secondary share' }, t('share.button'));
  button.addEventListener('click', () => share(w));
  return h('div', { class: 'share-block' }, button, h('p', { id: 'share-status', class: 'note', role: 'status', 'aria-live': 'polite' }));
}

function render(w) {
  const article = $('warning');
  document.title = `${w.title} — LureWatch`;
  fill(article,
    h('header', {},
      h('h1', { id: 'w-title', lang: w.language, tabindex: '-1' }, w.title),
      h('p', { class: 'meta' },
        h('span', { class: `sev sev-${w.severity.toLowerCase()}` }, t(`sev.${w.severity}`)), ' ',
        t(`cat.${w.category}`), ' · ', w.countries.map(countryName).join(', '),
        w.sample ? [' · ', h('span', { class: 'sample' }, t('list.sample'))] : null)),
    languageBlock(w),
    h('p', { class: 'lead', lang: w.language }, w.summary),
    w.redFlags.length ? section('warning.redFlags',
      h('ul', { class: 'flags', lang: w.language }, w.redFlags.map((flag) => h('li', {}, flag)))) : null,
    w.indicators.length ? section('warning.indicators',
      h('p', { class: 'note' }, t('warning.indicatorsNote')),
      h('ul', { class: 'indicators' }, w.indicators.map((i) => h('li', {},
        h('span', { class: 'ind-type' }, t(`ind.${i.type}`)), ' ', h('bdi', { class: 'ind-value' }, i.value))))) : null,
    w.bodyHtml ? section('warning.details', h('div', { class: 'body', lang: w.language }, safeFragment(w.bodyHtml))) : null,
    w.sources.length ? section('warning.sources', h('ul', { class: 'sources' }, w.sources.map(source))) : null,
    dates(w),
    shareBlock(w));
  article.hidden = false;
}

function renderNotFound() {
  document.title = `${t('warning.notFound')} — LureWatch`;
  fill($('warning'), h('h1', { id: 'w-title', tabindex: '-1' }, t('warning.notFound')));
  $('warning').hidden = false;
}

async function load({ focus = false } = {}) {
  const mine = ++request;
  requested = contentLang || currentLang();
  announce(t('warning.loading'));
  fill($('page-error'));
  try {
    const data = slug ? await publicQuery(QUERY, { slug, lang: requested }) : { warning: null };
    if (mine !== request) return;
    warning = data.warning;
    if (warning) render(warning); else renderNotFound();
    announce('');
    if (focus) $('w-title').focus();
  } catch (error) {
    if (mine !== request) return;
    announce('');
    fill($('page-error'), errorBox(error, () => load()));
  }
}

$('warning').addEventListener('click', (event) => {
  const link = event.target.closest('a[data-content]');
  if (!link) return;
  event.preventDefault();
  contentLang = link.dataset.content;
  history.replaceState(history.state, '', contentHref(contentLang));
  load({ focus: true });
});

document.addEventListener('lw:lang', () => {
  if (!contentLang) load(); // the text follows the interface language
  else if (warning) render(warning); // only the labels change
});

load();
