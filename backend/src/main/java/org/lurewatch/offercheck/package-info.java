/**
 * Offer check: paste a job, travel or marriage offer and see the red flags it shows, each
 * explained in the reader's language with the source that names it. The result is a
 * {@link org.lurewatch.offercheck.RiskLevel}; an offer without known signs is never called safe.
 *
 * <p>API: {@link org.lurewatch.offercheck.RedFlagCheck}. The rule data lives in
 * {@code offercheck/rules/*.json} on the classpath, one file per lure category; the matching
 * machinery is internal ({@code org.lurewatch.offercheck.rules}).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Offer check")
package org.lurewatch.offercheck;
