// The warning's own fields (slug, category, severity, countries, expiry, indicators, sources):
// filling the form from a warning and reading it back as API input. Lines the editor typed in a
// form the API cannot take are refused here with the line number, before anything is sent.
import { label } from './format.js';
import { ENUMS } from './schema.js';
import { $, fill, h } from '/js/dom.js';

export class FormProblem extends Error {
  constructor(field, message) {
    super(message);
    this.field = field;
  }
}

function options(select, values) {
  fill(select, values.map((value) => h('option', { value }, label(value))));
}

export function setUpFieldsForm() {
  options($('category'), ENUMS.Category);
  options($('severity'), ENUMS.Severity);
  $('severity').value = 'HIGH';
}

/** Shows a warning's fields (or, for a new one, empty ones). */
export function showFields(w) {
  $('slug').value = w ? w.slug : '';
  $('category').value = w ? w.category : 'JOB_OFFER';
  $('severity').value = w ? w.severity : 'HIGH';
  $('countries').value = w ? w.countries.join(', ') : '';
  $('expires').value = w && w.expiresAt ? w.expiresAt.slice(0, 16) : '';
  $('indicators').value = w ? w.indicators.map((i) => `${i.type} ${i.value}`).join('\n') : '';
  $('sources').value = w ? w.sources.map((s) => (s.url ? `${s.title} | ${s.url}` : s.title)).join('\n') : '';
  $('save-fields').textContent = w ? 'Save' : 'Create draft';
}

function lines(text) {
  return text.split('\n').map((line) => line.trim()).filter(Boolean);
}

function indicators() {
  return lines($('indicators').value).map((line, n) => {
    const [type, ...rest] = line.split(/\s+/);
    const value = rest.join(' ');
    if (!ENUMS.IndicatorType.includes(type.toUpperCase()) || !value) {
      throw new FormProblem('indicators', `Indicators, line ${n + 1}: start with a type (${ENUMS.IndicatorType.join(', ')}), then the value.`);
    }
    return { type: type.toUpperCase(), value };
  });
}

function sources() {
  return lines($('sources').value).map((line) => {
    const cut = line.lastIndexOf('|');
    const title = (cut < 0 ? line : line.slice(0, cut)).trim();
    const url = cut < 0 ? '' : line.slice(cut + 1).trim();
    return url ? { title, url } : { title };
  });
}

function expiresAt() {
  const value = $('expires').value;
  if (!value) return null;
  return `${value.length === 16 ? `${value}:00` : value}Z`; // typed as UTC
}

/** The form as WarningChangesInput (every field: absent ones would stay as they were anyway). */
export function readFields() {
  const slug = $('slug').value.trim();
  if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(slug) || slug.length < 3 || slug.length > 80) {
    throw new FormProblem('slug', 'Slug: 3 to 80 characters, a-z, 0-9 and single hyphens between (e.g. fake-casino-jobs-poipet).');
  }
  return {
    slug,
    category: $('category').value,
    severity: $('severity').value,
    countries: $('countries').value.split(/[\s,;]+/).filter(Boolean).map((c) => c.toUpperCase()),
    indicators: indicators(),
    sources: sources(),
    expiresAt: expiresAt(),
  };
}

/** For a new draft, WarningDraftInput leaves an absent expiry out instead of sending null. */
export function readDraft() {
  const fields = readFields();
  if (!fields.expiresAt) delete fields.expiresAt;
  return fields;
}
