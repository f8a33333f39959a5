package org.lurewatch.indicators;

/** What kind of thing an indicator is; part of its key, so a phone never equals a handle. */
public enum IndicatorType {
    PHONE,
    DOMAIN,
    EMAIL,
    HANDLE,
    ORGANISATION
}
