package org.mtainterop.interop;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The TLS version and cipher a receiving MTA wrote into the Received header it added. Each MTA has its own
 * wording:
 * <ul>
 *   <li>Postfix: {@code (using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits) ...)}</li>
 *   <li>Exim: {@code with esmtps (TLS1.3) tls TLS_AES_256_GCM_SHA384}</li>
 *   <li>OpenSMTPD 7.6: {@code with ESMTPS id f7e00fd4 (TLSv1.3:TLS_AES_256_GCM_SHA384:256:NO)}; older releases
 *   {@code (version=TLSv1.3 cipher=TLS_AES_256_GCM_SHA384 bits=256 verify=NO)}</li>
 * </ul>
 * Versions are normalised to {@code TLSv1.2} / {@code TLSv1.3}; the cipher is kept as the receiver wrote it (Exim
 * with GnuTLS names TLS 1.3 suites in the old style, e.g. {@code TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384}).
 */
public record ReceivedTls(String version, String cipher) {
    private static final Pattern VERSION = Pattern.compile("\\bTLSv?(1\\.[0-3])\\b");
    private static final Pattern CIPHER = Pattern.compile(
            "(?:with cipher |cipher=|\\) tls |\\(TLSv1\\.\\d:)([A-Za-z0-9_\\-]+)");

    /** The TLS facts of one Received header value (unfolded), or empty when it records no TLS (plaintext). */
    public static Optional<ReceivedTls> parse(String receivedHeader) {
        Matcher v = VERSION.matcher(receivedHeader);
        if (!v.find()) {
            return Optional.empty();
        }
        Matcher c = CIPHER.matcher(receivedHeader);
        return Optional.of(new ReceivedTls("TLSv" + v.group(1), c.find() ? c.group(1) : "unknown"));
    }
}
