// Home page: the latest warnings, filtered by lure and country (with counts), searched, paged.
import { announce, errorBox } from './chrome.js';
import { countryName, currentLang, formatDate, t, withLang } from './i18n.js';
import { graphql, publicQuery } from './api.js';
import { $, fill, h } from './dom.js';

const PAGE_SIZE = 10;
const MAIN_CATEGORIES = ['JOB_OFFER', 'TRAVEL_OFFER', 'MARRIAGE_OFFER'];
const LIST = `query Warnings($filter: WarningFilter, $lang: Language, $first: Int, $after: String, $counts: Boolean!) {
  warnings(filter: $filter, lang: $lang, first: $first, after: $after) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { node { slug title summary category countries severity language publishedAt sample } }
  }
  warningCounts @include(if: $counts) { byCategory { category count } byCountry { country count } }
}`;

const state = { filter: {}, shown: 0, cursor: null, counts: null, request: 0 };

function filterFromForm() {
  const filter = {};
  const category = $('f-category').value;
  const country = $('f-country').value;
  const text = $('f-text').value.trim();
  if (category) filter.categories = [category];
  if (country) filter.countries = [country];
  if (text) filter.text = text;
  return filter;
}

function option(value, label, selected) {
  return h('option', { value, selected: value === selected }, label);
}

/** Rebuilds both selects (labels follow the language; the choice is kept). */
function renderFilters() {
  const counts = state.counts || { byCategory: [], byCountry: [] };
  const byCategory = new Map(counts.byCategory.map((c) => [c.category, c.count]));
  const categories = [...MAIN_CATEGORIES, ...[...byCategory.keys()].filter((c) => !MAIN_CATEGORIES.includes(c))];
  const category = $('f-category');
  const chosenCategory = category.value;
  fill(category, option('', t('filter.anyCategory'), chosenCategory),
    categories.map((c) => option(c, `${t(`cat.${c}`)} (${byCategory.get(c) || 0})`, chosenCategory)));

  const country = $('f-country');
  const chosenCountry = country.value;
  const countries = counts.byCountry.filter((c) => c.count > 0)
    .map((c) => ({ code: c.country, name: countryName(c.country), count: c.count }))
    .sort((a, b) => a.name.localeCompare(b.name, currentLang()));
  fill(country, option('', t('filter.anyCountry'), chosenCountry),
    countries.map((c) => option(c.code, `${c.name} (${c.count})`, chosenCountry)));
}

function warningItem(w) {
  const href = withLang(`/warning.html?slug=${encodeURIComponent(w.slug)}`);
  return h('li', { class: 'warning-item' },
    h('h3', { lang: w.language }, h('a', { href }, w.title)),
    h('p', { lang: w.language }, w.summary),
    h('p', { class: 'meta' },
      h('span', { class: `sev sev-${w.severity.toLowerCase()}` }, t(`sev.${w.severity}`)), ' ',
      t(`cat.${w.category}`), ' · ', w.countries.map(countryName).join(', '), ' · ',
      h('time', { datetime: w.publishedAt }, formatDate(w.publishedAt)),
      w.sample ? [' · ', h('span', { class: 'sample' }, t('list.sample'))] : null));
}

async function load({ append = false } = {}) {
  const request = ++state.request;
  const list = $('warnings');
  const more = $('more');
  list.setAttribute('aria-busy', 'true');
  more.disabled = true;
  fill($('list-error'));
  if (!append) announce(t('list.loading'));
  try {
    // typed search text stays out of URLs (see publicQuery)
    const data = await (state.filter.text ? graphql : publicQuery)(LIST, {
      filter: state.filter, lang: currentLang(), first: PAGE_SIZE,
      after: append ? state.cursor : null, counts: !state.counts,
    });
    if (request !== state.request) return;
    if (data.warningCounts) {
      state.counts = data.warningCounts;
      renderFilters();
    }
    const { edges, pageInfo, totalCount } = data.warnings;
    const items = edges.map((e) => warningItem(e.node));
    if (append) list.append(...items); else fill(list, items);
    state.shown = (append ? state.shown : 0) + items.length;
    state.cursor = pageInfo.endCursor;
    more.hidden = !pageInfo.hasNextPage;
    announce(totalCount ? t('list.count', { shown: state.shown, total: totalCount }) : t('list.none'));
    if (append && items.length) items[0].querySelector('a').focus();
  } catch (error) {
    if (request !== state.request) return;
    announce('');
    fill($('list-error'), errorBox(error, () => load({ append })));
  } finally {
    if (request === state.request) {
      list.removeAttribute('aria-busy');
      more.disabled = false;
    }
  }
}

function search() {
  state.filter = filterFromForm();
  load();
}

const form = $('filters');
form.addEventListener('submit', (event) => {
  event.preventDefault();
  search();
});
form.addEventListener('reset', () => setTimeout(search, 0)); // fields are cleared after the event
$('f-category').addEventListener('change', search);
$('f-country').addEventListener('change', search);
$('more').addEventListener('click', () => load({ append: true }));
document.addEventListener('lw:lang', () => {
  renderFilters();
  load();
});

renderFilters();
load();
