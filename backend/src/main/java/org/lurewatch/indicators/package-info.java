/**
 * Indicators: the phone numbers, web domains, e-mail addresses, messenger handles and
 * organisation names that tie a lure to the people behind it.
 *
 * <p>Every indicator is stored and compared in one normalised form, so that "081-234-5678" in a
 * tip and "+66 81 234 5678" in a warning are recognised as the same number. The API is
 * {@link org.lurewatch.indicators.IndicatorNormaliser} for values an editor or tipster types into
 * a field, and {@link org.lurewatch.indicators.IndicatorExtractor} for free text such as a pasted
 * job ad.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Indicators")
package org.lurewatch.indicators;
