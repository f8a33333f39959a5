package org.lurewatch.indicators;

/** Kinds of indicator a lure leaves behind. */
public enum IndicatorType {
    PHONE, DOMAIN, EMAIL, HANDLE, ORGANISATION
}
