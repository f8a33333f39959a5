/**
 * Statistics: public counts of tips with small counts suppressed and the rest rounded, so no
 * tipster can be singled out and no suppressed cell can be recovered from totals.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Statistics")
package org.lurewatch.stats;
