/**
 * Anonymous tips: submission, text cleaning, encryption at rest, receipt codes and the tipster's
 * anonymous follow-up dialogue. Nothing that identifies a tipster (address, user agent, cookie,
 * session, precise time) is stored or logged.
 *
 * <p>API for other modules (e.g. triage): {@link org.lurewatch.tips.TipRecords} to read a tip
 * (decrypted), find tips by indicator, reply to the tipster and set the public status; events
 * {@link org.lurewatch.tips.TipSubmitted} and {@link org.lurewatch.tips.TipMessageAdded}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Tips")
package org.lurewatch.tips;
