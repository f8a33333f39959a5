/**
 * The HTTP request path every module plugs into (backend/REQUEST-PATH.md draws it): the order of
 * the portal's servlet filters and GraphQL interceptors ({@link org.lurewatch.http.RequestOrder}),
 * and the one error format of answers outside GraphQL, RFC 9457 problem details
 * ({@link org.lurewatch.http.Problems}; controllers just throw, the advice in {@code internal}
 * answers). GraphQL errors keep the GraphQL format with {@code extensions.code}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "HTTP request path")
package org.lurewatch.http;
