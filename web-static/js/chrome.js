// The chrome every public page shares: the header (brand, quick exit, language switcher, menu) and
// the footer, drawn here so each page holds only its own <main>; the interface language; the quick
// exit (button, or Esc twice); emergency numbers; and navigation that keeps no trail in the back
// button. Importing this module sets it all up.
import { LANGUAGES, NATIVE_NAMES, countryName, currentLang, formatDate, initialLang, setLang, t, withLang } from './i18n.js';
import { emergencyNumbersFor } from './emergency.js';
import { errorText } from './api.js';
import { $, fill, h } from './dom.js';

/** A page with nothing about LureWatch on it. */
export const NEUTRAL_PAGE = '/weather.html';
const ESC_TWICE_MS = 1500;

/**
 * Leaves at once: the content goes first (a slow phone may take seconds to load the next
 * page), then this history entry is replaced, so Back does not bring LureWatch back.
 */
export function leaveNow() {
  document.title = '';
  document.body.replaceChildren();
  try {
    localStorage.removeItem(PENDING_REPORT); // a report written offline goes with the quick exit
  } catch {
    // storage blocked: nothing was kept
  }
  if (globalThis.caches) caches.keys().then((keys) => keys.forEach((key) => caches.delete(key))).catch(() => undefined);
  location.replace(NEUTRAL_PAGE);
}

/** Where report.js keeps a report written offline until it is sent (see there). */
export const PENDING_REPORT = 'lurewatch.pendingReport';

const MENU = [['/', 'nav.home', 'Warnings'], ['/check.html', 'nav.check', 'Check an offer'], ['/report.html', 'nav.report', 'Report'],
  ['/my-report.html', 'nav.myReport', 'My report']];

/** The header and footer around the page's <main> (texts in English until translate() runs). */
function renderFrame() {
  const main = $('main');
  if (!main || $('quick-exit')) return;
  main.before(
    h('div', { class: 'bar' },
      h('div', { class: 'frame' },
        h('a', { class: 'brand', href: '/' }, 'LureWatch'),
        h('a', { id: 'quick-exit', class: 'exit', href: NEUTRAL_PAGE, 'aria-describedby': 'exit-hint', 'data-i18n': 'exit' },
          'Leave this site quickly'))),
    h('header', { class: 'site-header' },
      h('p', { id: 'exit-hint', class: 'hint', 'data-i18n': 'exit.hint' }, 'Press Esc twice to leave this site at once.'),
      h('nav', { class: 'langs', 'aria-labelledby': 'lang-label' },
        h('span', { id: 'lang-label', class: 'langs-label', 'data-i18n': 'lang.label' }, 'Language'),
        h('ul', { id: 'lang-list' })),
      h('nav', { class: 'main-nav', 'aria-label': 'Main menu', 'data-i18n-label': 'nav.label' },
        h('ul', {}, MENU.map(([href, key, text]) => h('li', {}, h('a', { href, 'data-i18n': key }, text)))))));
  main.after(h('footer', { class: 'site-footer' },
    h('section', { class: 'emergency', 'aria-labelledby': 'emergency-title' },
      h('h2', { id: 'emergency-title', 'data-i18n': 'footer.emergency' }, 'In danger now? Call:'),
      h('ul', { id: 'emergency-list' }),
      h('p', { class: 'small', 'data-i18n': 'footer.source' }, 'Numbers: national police / government hotlines.')),
    h('p', { class: 'small', 'data-i18n': 'footer.safety' },
      'Safety: this site sets no cookies. Press Esc twice to leave at once. On a shared phone, use a private window.')));
}

/** Says, at the top of the page, that what is shown is a copy saved earlier (from sw.js). */
function wireSavedCopyNote() {
  let saved = null;
  const render = () => {
    const main = $('main');
    if (!saved || !main) return;
    let note = $('saved-copy');
    if (!note) {
      note = h('p', { id: 'saved-copy', class: 'note saved-copy' });
      main.prepend(note);
    }
    note.textContent = t('offline.saved', { date: formatDate(saved) });
  };
  document.addEventListener('lw:saved-copy', (event) => {
    if (!saved || event.detail.saved < saved) saved = event.detail.saved; // the oldest part shown
    render();
  });
  document.addEventListener('lw:lang', render);
}

function wireQuickExit() {
  const exit = $('quick-exit');
  if (exit) {
    exit.addEventListener('click', (event) => {
      event.preventDefault();
      leaveNow();
    });
  }
  let lastEscape = -Infinity;
  document.addEventListener('keydown', (event) => {
    if (event.key !== 'Escape' || event.repeat) return;
    const now = performance.now();
    if (now - lastEscape <= ESC_TWICE_MS) leaveNow();
    lastEscape = now;
  });
}

/**
 * Moves between our own pages with location.replace: the whole visit takes a single entry in
 * the back history, which the quick exit then replaces. Links keep real hrefs (new tabs work).
 */
function wireTracelessLinks() {
  document.addEventListener('click', (event) => {
    if (event.defaultPrevented || event.button !== 0) return;
    if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    const link = event.target.closest && event.target.closest('a[href]');
    if (!link || link.target || link.hasAttribute('download')) return;
    const url = new URL(link.href, location.href);
    if (url.origin !== location.origin) return;
    const samePage = url.pathname === location.pathname && url.search === location.search;
    if (samePage && url.hash) return; // in-page jump, e.g. the skip link
    event.preventDefault();
    location.replace(withLang(url.href));
  });
}

function renderLanguageSwitcher() {
  const list = $('lang-list');
  if (!list) return;
  fill(list, LANGUAGES.map((code) => {
    const url = new URL(location.href);
    url.searchParams.set('lang', code);
    return h('li', {}, h('a', {
      href: url.pathname + url.search,
      lang: code,
      hreflang: code,
      'data-lang': code,
      'aria-current': code === currentLang() ? 'true' : null,
    }, NATIVE_NAMES[code]));
  }));
}

function wireLanguageSwitcher() {
  const list = $('lang-list');
  if (!list) return;
  list.addEventListener('click', (event) => {
    const link = event.target.closest('a[data-lang]');
    if (!link) return;
    event.preventDefault();
    setLang(link.dataset.lang);
    const again = list.querySelector(`a[data-lang="${link.dataset.lang}"]`);
    if (again) again.focus(); // the list was rebuilt: keep the keyboard where it was
  });
}

function markCurrentPage() {
  for (const link of document.querySelectorAll('.main-nav a')) {
    const here = new URL(link.href).pathname === location.pathname
      || (location.pathname === '/index.html' && new URL(link.href).pathname === '/');
    if (here) link.setAttribute('aria-current', 'page'); else link.removeAttribute('aria-current');
  }
}

function renderEmergencyNumbers() {
  const list = $('emergency-list');
  if (!list) return;
  fill(list, emergencyNumbersFor(currentLang()).map((entry) => h('li', {},
    h('strong', {}, countryName(entry.country)), ': ',
    entry.numbers.map((number, i) => [
      i > 0 ? ' · ' : '',
      h('a', { href: `tel:${number.dial}`, class: 'dial' }, number.dial), ' ', t(number.label),
    ]))));
}

/** An error message for an alert region, with a "Try again" button when retry is given. */
export function errorBox(error, retry) {
  const box = h('p', { class: 'error' }, errorText(error));
  if (retry) {
    const again = h('button', { type: 'button', class: 'secondary' }, t('retry'));
    again.addEventListener('click', retry);
    box.append(' ', again);
  }
  return box;
}

/** Says something in the page's polite live region (#status). */
export function announce(text) {
  const status = $('status');
  if (status) status.textContent = text;
}

document.addEventListener('lw:lang', () => {
  renderLanguageSwitcher();
  renderEmergencyNumbers();
});
renderFrame();
wireQuickExit();
wireSavedCopyNote();
wireTracelessLinks();
if ('serviceWorker' in navigator) {
  // after the page has what it needs: the worker's first downloads never delay it
  addEventListener('load', () => {
    const first = !navigator.serviceWorker.controller;
    navigator.serviceWorker.register('/sw.js').then(() => navigator.serviceWorker.ready).then((registration) => {
      // the first page a worker sees was loaded without it: hand it what was loaded (the browser's
      // cache has it all, so nothing is downloaded twice)
      if (first && registration.active) {
        registration.active.postMessage({ keep: [location.href, ...performance.getEntriesByType('resource').map((e) => e.name)] });
      }
    }).catch(() => undefined);
  });
}
wireLanguageSwitcher();
markCurrentPage();
setLang(initialLang(), { remember: false });
