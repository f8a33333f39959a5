/**
 * Cross-cutting GraphQL set-up: scalars, error mapping, connection paging, limits.
 * Feature modules use {@link org.lurewatch.graphql.Connection} and {@link org.lurewatch.graphql.Paging}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "GraphQL")
package org.lurewatch.graphql;
