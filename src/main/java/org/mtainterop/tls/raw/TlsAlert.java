package org.mtainterop.tls.raw;

import java.util.Map;

/** An alert record (RFC 8446 §6): level 1 warning, 2 fatal, and its description code. */
public record TlsAlert(int level, int description) {
    private static final Map<Integer, String> NAMES = Map.ofEntries(Map.entry(0, "close_notify"),
            Map.entry(10, "unexpected_message"), Map.entry(20, "bad_record_mac"), Map.entry(22, "record_overflow"),
            Map.entry(40, "handshake_failure"), Map.entry(42, "bad_certificate"), Map.entry(47, "illegal_parameter"),
            Map.entry(50, "decode_error"), Map.entry(51, "decrypt_error"), Map.entry(70, "protocol_version"),
            Map.entry(71, "insufficient_security"), Map.entry(80, "internal_error"),
            Map.entry(86, "inappropriate_fallback"), Map.entry(90, "user_canceled"),
            Map.entry(100, "no_renegotiation"), Map.entry(109, "missing_extension"),
            Map.entry(110, "unsupported_extension"), Map.entry(112, "unrecognized_name"),
            Map.entry(120, "no_application_protocol"));

    public String descriptionName() {
        return NAMES.getOrDefault(description, "alert_" + description);
    }

    @Override
    public String toString() {
        return (level == 2 ? "fatal " : level == 1 ? "warning " : "level " + level + " ") + descriptionName();
    }
}
