package org.mtainterop.dane;

import java.security.cert.X509Certificate;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The RDATA of one TLSA record (RFC 6698 §2.1): usage, selector, matching type and association data, kept as
 * the numbers the zone holds so that a record with parameters this code does not know is still represented (and
 * reported as unusable, RFC 7671 §4), never dropped.
 *
 * @param data the certificate association data, lower-case hex
 */
public record TlsaAssociation(int usage, int selector, int matchingType, String data) {
    private static final HexFormat HEX = HexFormat.of();
    private static final Pattern HEX_DIGITS = Pattern.compile("[0-9a-f]*");
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    public TlsaAssociation {
        Objects.requireNonNull(data, "data");
        data = WHITESPACE.matcher(data).replaceAll("").toLowerCase(Locale.ROOT);
        if (!HEX_DIGITS.matcher(data).matches() || data.length() % 2 != 0) {
            throw new IllegalArgumentException("TLSA association data is not an even number of hex digits: " + data);
        }
        checkField("usage", usage);
        checkField("selector", selector);
        checkField("matching type", matchingType);
    }

    private static void checkField(String name, int value) {
        if (value < 0 || value > 255) {
            throw new IllegalArgumentException("TLSA " + name + " " + value + " is not an 8-bit field");
        }
    }

    /** The record {@code usage selector matchingType} makes for {@code certificate}. */
    public static TlsaAssociation of(TlsaUsage usage, TlsaSelector selector, TlsaMatchingType matchingType,
                                     X509Certificate certificate) {
        return new TlsaAssociation(usage.code(), selector.code(), matchingType.code(),
                HEX.formatHex(matchingType.apply(selector.select(certificate))));
    }

    /** Parses presentation format, "3 1 1 &lt;hex&gt;" (RFC 6698 §2.2); the hex may contain spaces. */
    public static TlsaAssociation parse(String text) {
        String[] fields = text.strip().split("\\s+", 4);
        if (fields.length < 4) {
            throw new IllegalArgumentException("a TLSA record needs usage, selector, matching type and data: '" + text + "'");
        }
        try {
            return new TlsaAssociation(Integer.parseInt(fields[0]), Integer.parseInt(fields[1]),
                    Integer.parseInt(fields[2]), fields[3]);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("TLSA fields must be numbers: '" + text + "'", e);
        }
    }

    public byte[] dataBytes() {
        return HEX.parseHex(data);
    }

    public Optional<TlsaUsage> knownUsage() {
        return TlsaUsage.of(usage);
    }

    public Optional<TlsaSelector> knownSelector() {
        return TlsaSelector.of(selector);
    }

    public Optional<TlsaMatchingType> knownMatchingType() {
        return TlsaMatchingType.of(matchingType);
    }

    /**
     * Why an SMTP client must ignore this record (RFC 7672 §3.1.3: PKIX-TA/PKIX-EE; RFC 7671 §4 and RFC 6698 §4.1:
     * unknown parameters, or a digest of the wrong length), or empty when it is usable.
     */
    public Optional<String> unusableForSmtp() {
        Optional<TlsaUsage> known = knownUsage();
        if (known.isEmpty()) {
            return Optional.of("unknown certificate usage " + usage + " (RFC 7671 §4: unusable)");
        }
        if (!known.get().usableForSmtp()) {
            return Optional.of(known.get().label() + " is unusable for SMTP (RFC 7672 §3.1.3)");
        }
        if (knownSelector().isEmpty()) {
            return Optional.of("unknown selector " + selector + " (RFC 7671 §4: unusable)");
        }
        Optional<TlsaMatchingType> type = knownMatchingType();
        if (type.isEmpty()) {
            return Optional.of("unknown matching type " + matchingType + " (RFC 7671 §4: unusable)");
        }
        int expected = type.get().dataLength();
        if (expected >= 0 && data.length() / 2 != expected) {
            return Optional.of(type.get().label() + " data is " + data.length() / 2 + " bytes, not " + expected
                    + " (RFC 6698 §2.1.3: cannot match)");
        }
        if (data.isEmpty()) {
            return Optional.of("empty association data (cannot match)");
        }
        return Optional.empty();
    }

    /** The parameters spelled out, e.g. "DANE-EE(3) SPKI(1) SHA2-256(1)". */
    public String parameters() {
        return knownUsage().map(TlsaUsage::label).orElse("usage(" + usage + ")") + " "
                + knownSelector().map(TlsaSelector::label).orElse("selector(" + selector + ")") + " "
                + knownMatchingType().map(TlsaMatchingType::label).orElse("matching(" + matchingType + ")");
    }

    /** Presentation format, "3 1 1 &lt;hex&gt;": what a zone file holds. */
    public String presentation() {
        return usage + " " + selector + " " + matchingType + " " + data;
    }

    /** For reports: the numbers and the start of the data. */
    @Override
    public String toString() {
        String shown = data.length() > 24 ? data.substring(0, 24) + "…" : data;
        return usage + " " + selector + " " + matchingType + " " + shown;
    }
}
