/**
 * The stored-answer path: speed machinery for public reads, fenced off from the rules. Nothing here
 * decides what anyone may read or what an answer says; take it away and every answer stays the
 * same, only slower (backend/REQUEST-PATH.md).
 * <ul>
 * <li>{@code StoredAnswerValve}: a Tomcat engine valve that answers a repeated anonymous public
 * query with the exact bytes and headers the normal path wrote for it, before the servlet
 * pipeline; it still spends the client's read (abuse's {@code ReadAllowance}).</li>
 * <li>{@code PublicAnswerFilter}, {@code TeeResponse}: record the normal path's answer to such a
 * request so the next one can be answered at the door.</li>
 * <li>{@code PublicAnswers}: the recorded bytes, bounded in memory, valid for one version of
 * public data only.</li>
 * <li>{@code PublicResponseCacheInterceptor}: the shared execution result of a public query (for
 * requests the valve cannot answer, e.g. over WebSocket), also per version of public data.</li>
 * </ul>
 * Which queries are public is decided elsewhere ({@code internal.PublicQueries}, from the schema's
 * {@code @publicCache}); only anonymous, error-free answers are ever kept.
 */
package org.lurewatch.graphql.storedanswers;
