/**
 * Small types every module shares: the portal's languages and the errors a caller can act on.
 * Kept deliberately tiny; anything with behaviour belongs to a feature module.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package org.lurewatch.common;
