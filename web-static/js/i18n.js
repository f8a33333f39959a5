// Interface language: chosen from ?lang=, then what the reader picked before (localStorage, no
// cookies), then the browser's languages, then English. Text goes in with textContent only.
import { LANGUAGES, NATIVE_NAMES, STRINGS } from './strings.js';
import { DATES, LANGUAGE_NAMES } from './locale-data.js';

const STORAGE_KEY = 'lurewatch.lang';
let current = 'en';

export { LANGUAGES, NATIVE_NAMES };

export function currentLang() {
  return current;
}

/** A supported language code for a BCP 47 tag (zh-Hant-TW → zh), or null. */
export function supported(tag) {
  const base = String(tag || '').toLowerCase().split(/[-_]/)[0];
  return LANGUAGES.includes(base) ? base : null;
}

function stored() {
  try {
    return supported(localStorage.getItem(STORAGE_KEY));
  } catch {
    return null; // storage blocked: the URL carries the choice instead
  }
}

export function initialLang() {
  const fromUrl = supported(new URLSearchParams(location.search).get('lang'));
  if (fromUrl) return fromUrl;
  const remembered = stored();
  if (remembered) return remembered;
  for (const tag of navigator.languages || [navigator.language]) {
    const lang = supported(tag);
    if (lang) return lang;
  }
  return 'en';
}

/** The language a key is actually shown in: the current one, or English where it is missing. */
export function langOf(key) {
  return STRINGS[current] && key in STRINGS[current] ? current : 'en';
}

/** The text for key in the current language, {placeholders} filled in. */
export function t(key, params = {}) {
  let text = STRINGS[langOf(key)][key];
  if (text === undefined) return key;
  if (typeof text === 'object') {
    const form = new Intl.PluralRules(langOf(key)).select(Number(params.total ?? params.n ?? 0));
    text = text[form] ?? text.other;
  }
  return text.replace(/\{(\w+)\}/g, (m, name) => (name in params ? String(params[name]) : m));
}

/** Fills every [data-i18n] element under root (and [data-i18n-label] aria-labels). */
export function translate(root = document) {
  for (const el of root.querySelectorAll('[data-i18n]')) {
    el.textContent = t(el.dataset.i18n);
    const lang = langOf(el.dataset.i18n);
    if (lang === current) el.removeAttribute('lang'); else el.lang = lang;
  }
  for (const el of root.querySelectorAll('[data-i18n-label]')) {
    el.setAttribute('aria-label', t(el.dataset.i18nLabel));
  }
  const title = document.body && document.body.dataset.title;
  if (title) document.title = t(title).includes('LureWatch') ? t(title) : `${t(title)} — LureWatch`;
}

/** Switches the interface language, remembers it and tells the page (event "lw:lang"). */
export function setLang(lang, { remember = true } = {}) {
  current = supported(lang) || 'en';
  document.documentElement.lang = current;
  if (remember) {
    try {
      localStorage.setItem(STORAGE_KEY, current);
    } catch {
      // private mode or storage disabled: ?lang= in the URL keeps the choice for this page
    }
    const url = new URL(location.href);
    url.searchParams.set('lang', current);
    history.replaceState(history.state, '', url);
  }
  translate();
  document.dispatchEvent(new CustomEvent('lw:lang', { detail: { lang: current } }));
}

/** Same-site link that keeps an explicit ?lang= choice. */
export function withLang(href) {
  const url = new URL(href, location.href);
  const chosen = new URLSearchParams(location.search).get('lang');
  if (chosen && url.origin === location.origin && !url.searchParams.has('lang')) {
    url.searchParams.set('lang', chosen);
  }
  return url.origin === location.origin ? url.pathname + url.search + url.hash : url.href;
}

/** Whether the browser really has locale data for the language (else Intl answers in English). */
function browserKnows(lang) {
  try {
    return Intl.DateTimeFormat.supportedLocalesOf([lang]).length > 0
      && Intl.DisplayNames.supportedLocalesOf([lang]).length > 0;
  } catch {
    return false;
  }
}

function displayName(type, code, fallback) {
  if (!browserKnows(current)) return fallback;
  try {
    const name = new Intl.DisplayNames([current], { type }).of(code);
    return name && name !== code ? name : fallback;
  } catch {
    return fallback;
  }
}

/** A language's name in the interface language (e.g. "Thai", "泰语"), from the site's own table. */
export function languageName(code) {
  const own = LANGUAGE_NAMES[current] && LANGUAGE_NAMES[current][code];
  return own || displayName('language', code, NATIVE_NAMES[code] || code);
}

/** A country's name in the interface language; our six from strings.js, others from Intl. */
export function countryName(code) {
  const key = `country.${code}`;
  return key in STRINGS.en ? t(key) : displayName('region', code, code);
}

function digits(n, zero) {
  const base = zero.codePointAt(0);
  return String(n).replace(/[0-9]/g, (d) => String.fromCodePoint(base + Number(d)));
}

/** The date in the site's own words for the interface language (CLDR's medium date). */
function ownDate(date) {
  const f = DATES[current] || DATES.en;
  const parts = { d: digits(date.getDate(), f.zero), m: f.months[date.getMonth()], y: digits(date.getFullYear() + f.yearOffset, f.zero) };
  return f.pattern.replace(/\{([dmy])\}/g, (m, name) => parts[name]);
}

// Latin letters in a date of a language written in another script betray an English fallback
// ("Dec 6, 2026") or ICU's placeholders ("2026 M12 6").
const LATIN_SCRIPT = new Set(['en', 'vi']);

/** A date (ISO-8601 instant) as the reader writes dates, e.g. "2 Mar 2026" or "2 มี.ค. 2569". */
export function formatDate(iso) {
  if (!iso) return '';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return String(iso).slice(0, 10);
  if (browserKnows(current)) {
    try {
      const text = new Intl.DateTimeFormat(current, { dateStyle: 'medium' }).format(date);
      if (LATIN_SCRIPT.has(current) || !/[A-Za-z]/.test(text)) return text;
    } catch {
      // below: the site's own words
    }
  }
  return ownDate(date);
}
