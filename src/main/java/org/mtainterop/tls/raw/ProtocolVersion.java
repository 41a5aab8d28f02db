package org.mtainterop.tls.raw;

import java.util.Arrays;
import java.util.Optional;

/** The protocol versions a raw hello can pin, with their wire codes (SSLv2 uses its own hello format). */
public enum ProtocolVersion {
    SSL_2_0(0x0002, "SSLv2"),
    SSL_3_0(0x0300, "SSLv3"),
    TLS_1_0(0x0301, "TLSv1"),
    TLS_1_1(0x0302, "TLSv1.1"),
    TLS_1_2(0x0303, "TLSv1.2"),
    TLS_1_3(0x0304, "TLSv1.3");

    private final int code;
    private final String label;

    ProtocolVersion(int code, String label) {
        this.code = code;
        this.label = label;
    }

    public int code() {
        return code;
    }

    /** The JSSE-style name: SSLv3, TLSv1, TLSv1.1, TLSv1.2, TLSv1.3. */
    public String label() {
        return label;
    }

    public static Optional<ProtocolVersion> ofCode(int code) {
        return Arrays.stream(values()).filter(v -> v.code == code).findFirst();
    }

    public static Optional<ProtocolVersion> ofLabel(String label) {
        return Arrays.stream(values()).filter(v -> v.label.equals(label)).findFirst();
    }

    /** Whether a suite whose oldest protocol is {@code min} can be negotiated in this version. */
    public boolean atLeast(ProtocolVersion min) {
        return compareTo(min) >= 0;
    }
}
