/**
 * The shared kernel, open to every module: the portal's languages and its server texts
 * ({@code messages/messages_<lang>.properties}), the errors a caller can act on, and the few
 * stateless helpers that several modules need alike (country codes, plain-text cleaning, Burmese
 * Zawgyi conversion, key files). Nothing here stores data, holds per-request state or knows a
 * feature's rules; a helper only one module uses belongs in that module.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package org.lurewatch.common;
