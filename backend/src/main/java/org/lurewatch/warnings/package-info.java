/**
 * Warnings (advisories) about fraudulent job, travel and marriage offers: the model, the published
 * catalogue the public reads from memory, search, and the editors' workflow.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Warnings")
package org.lurewatch.warnings;
