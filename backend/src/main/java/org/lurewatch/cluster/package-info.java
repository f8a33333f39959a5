/**
 * Several instances of the portal as one: the shared Redis (or Valkey) connection that abuse
 * control and sign-in throttling keep their counters in, and notices that tell every other
 * instance at once that something changed (a warning, an account, a key). Present only when
 * {@code spring.data.redis.url} or {@code spring.data.redis.host} is set; without it the portal is
 * one instance, keeps everything in memory and opens no connection (deploy/OPERATIONS.md,
 * "Running several instances").
 *
 * <p>API: {@link org.lurewatch.cluster.SharedRedis} (a bean only when Redis is configured) and
 * {@link org.lurewatch.cluster.ClusterNotices} (always a bean).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Cluster")
package org.lurewatch.cluster;
