// The enums the console offers as choices (statuses, categories, channels, indicator types,
// severities, languages, roles), read once per page from the API's own schema by introspection:
// schema/*.graphqls is the one list, and a value added there appears here without an edit.
import { staffGql } from './session.js';

const TYPES = ['TriageStatus', 'Category', 'TipChannel', 'IndicatorType', 'Severity', 'WarningStatus', 'Language', 'StaffRole'];

/** Each enum's values in the schema's order, e.g. ENUMS.Severity = ['LOW', 'MEDIUM', 'HIGH', 'CRITICAL']. */
export const ENUMS = {};
/** The schema's description of a value, by type and value (e.g. ABOUT.StaffRole.TRIAGE), where it has one. */
export const ABOUT = {};

let loading = null;

/** Fills ENUMS and ABOUT (one query, the first time it is called). */
export function loadEnums() {
  if (!loading) {
    // one __schema read: graphql-java refuses a query that asks __type more than once
    loading = staffGql('query ConsoleEnums { __schema { types { name enumValues { name description } } } }').then((data) => {
      const byName = Object.fromEntries(data.__schema.types.map((type) => [type.name, type.enumValues]));
      for (const type of TYPES) {
        const values = byName[type] || [];
        ENUMS[type] = values.map((v) => v.name);
        ABOUT[type] = Object.fromEntries(values.filter((v) => v.description).map((v) => [v.name, v.description]));
      }
    }).catch((error) => {
      loading = null; // a later page action may try again
      throw error;
    });
  }
  return loading;
}
