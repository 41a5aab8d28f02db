package org.mtainterop.dane;

import java.util.Locale;

/**
 * How a DANE test zone must be served for its case to mean anything: the DNSSEC state a validating resolver
 * reaches for it. The labels are the modes of the DNSSEC test bed (containers/dns/testbed.sh, zones.list), so the
 * zone files the harness writes load there unchanged; an operator who serves them elsewhere signs them so.
 */
public enum ZoneSigning {
    /** Signed, with a DS in the parent: the TLSA RRset is secure (RFC 7672 §2.2: it applies). */
    SIGNED("signed", "signed, DS published in the parent (secure)"),
    /** Not signed, no DS in the parent: provably insecure, so a DANE client ignores its TLSA RRset (RFC 7672 §2.2). */
    UNSIGNED("unsigned", "not signed, no DS in the parent (insecure: TLSA ignored)"),
    /** Signed, DS published, every signature over the data corrupted: bogus, so a DANE client must not deliver. */
    BROKEN("broken", "signed with corrupted signatures (bogus: the mail must wait)");

    private final String bedMode;
    private final String description;

    ZoneSigning(String bedMode, String description) {
        this.bedMode = bedMode;
        this.description = description;
    }

    /** The mode word of the test bed's zones.list. */
    public String bedMode() {
        return bedMode;
    }

    public String description() {
        return description;
    }

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
