// The editor API's documents (schema/editor.graphqls). Every change sends the version it started
// from; the server answers CONFLICT when someone else saved in between.

const FIELDS = `id slug status version category countries severity title languages
  publishedAt updatedAt expiresAt sample
  translations { language title summary bodyHtml redFlags }
  indicators { type value }
  sources { title url }`;

export const LOAD = `query EditorWarning($id: ID!) { editorWarning(id: $id) { ${FIELDS} } }`;

export const CREATE = `mutation CreateWarningDraft($input: WarningDraftInput!) {
  createWarningDraft(input: $input) { ${FIELDS} }
}`;

export const UPDATE = `mutation UpdateWarning($id: ID!, $version: Int!, $changes: WarningChangesInput!) {
  updateWarning(id: $id, version: $version, changes: $changes) { ${FIELDS} }
}`;

export const SET_TEXT = `mutation SetWarningTranslation($id: ID!, $version: Int!, $translation: WarningTranslationInput!) {
  setWarningTranslation(id: $id, version: $version, translation: $translation) { ${FIELDS} }
}`;

export const REMOVE_TEXT = `mutation RemoveWarningTranslation($id: ID!, $version: Int!, $language: Language!) {
  removeWarningTranslation(id: $id, version: $version, language: $language) { ${FIELDS} }
}`;

/** publishWarning, archiveWarning, returnWarningToDraft: same arguments, same answer. */
export function step(mutation) {
  return `mutation Step($id: ID!, $version: Int!) { ${mutation}(id: $id, version: $version) { ${FIELDS} } }`;
}

export const RESTORE = `mutation RestoreWarningVersion($id: ID!, $version: Int!, $restore: Int!) {
  restoreWarningVersion(id: $id, version: $version, restore: $restore) { ${FIELDS} }
}`;

export const HISTORY = `query WarningHistory($id: ID!, $first: Int, $after: String) {
  warningHistory(id: $id, first: $first, after: $after) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { node { number at by action changes restoredFrom snapshot { status title languages } } }
  }
}`;

