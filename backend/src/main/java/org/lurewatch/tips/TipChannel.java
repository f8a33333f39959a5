package org.lurewatch.tips;

/** How the offer reached the person. */
public enum TipChannel {
    FACEBOOK, WECHAT, LINE, ZALO, TELEGRAM, TIKTOK, WHATSAPP, BROKER_IN_PERSON, AGENCY, OTHER
}
