// Small display helpers for the console: enum names, times, ids. Text only, never markup. The enums'
// values themselves come from the schema (schema.js); here are only the words staff read for them.
import { h } from '/js/dom.js';

/** The region's countries (ISO 3166-1 codes, a String in the schema, not an enum). */
export const COUNTRIES = { CN: 'China', KH: 'Cambodia', LA: 'Lao PDR', MM: 'Myanmar', TH: 'Thailand', VN: 'Viet Nam' };
/** The English names of the schema's Language values. */
export const LANGUAGE_NAMES = { en: 'English', zh: 'Chinese', th: 'Thai', vi: 'Vietnamese', lo: 'Lao', km: 'Khmer', my: 'Burmese' };

/** What the console reads of a TriageCase, in the file and in every mutation's answer. */
export const CASE_FIELDS = `tipId status allowedTransitions category country channel inDangerNow submittedAt
  priority computedPriority priorityReasons { code points explanation } priorityOverride { priority reason by at }
  assignee reference referredTo duplicateOf firstReviewedAt closedAt`;

/** NEEDS_INFO → "Needs info"; null → "". */
export function label(value) {
  if (!value) return '';
  const words = String(value).toLowerCase().replace(/_/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

export function countryLabel(code) {
  return COUNTRIES[code] ? `${COUNTRIES[code]} (${code})` : String(code || '');
}

/** An instant as "2026-11-27 21:00 UTC" in a <time> element: officers of several countries share one clock. */
export function time(iso) {
  if (!iso) return '';
  const text = String(iso).replace('T', ' ').replace(/:\d\d(\.\d+)?Z$/, ' UTC');
  return h('time', { datetime: iso }, text);
}

/** A short form of a tip id for tables; the full id stays in the link target. */
export function shortId(id) {
  const s = String(id || '');
  return s.length > 10 ? `…${s.slice(-8)}` : s;
}

export function tipHref(id) {
  return `/staff/tip.html?id=${encodeURIComponent(id)}`;
}

/** A fieldset of checkboxes for a list filter; ids are name-value, each with its own label. */
export function checkGroup(name, legend, values, text = label) {
  return h('fieldset', {}, h('legend', {}, legend),
    values.map((v) => h('label', { class: 'check', for: `${name}-${v}` },
      h('input', { type: 'checkbox', id: `${name}-${v}`, name, value: v }), ' ', text(v))));
}

/** The checked values of a group, or null when none is checked (no filter). */
export function checkedValues(form, name) {
  const values = [...form.querySelectorAll(`input[name="${name}"]:checked`)].map((i) => i.value);
  return values.length ? values : null;
}
