package org.mtainterop.cert;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.security.cert.X509Certificate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * RFC 6125 §6.4 service identity matching for a mail server certificate.
 * <ul>
 *   <li>DNS names compare case-insensitively (ASCII; IDNs are compared in their A-label "xn--" form),
 *       one trailing dot ignored (§6.4.1).</li>
 *   <li>A wildcard only as the whole left-most label, matching exactly one label (§6.4.3, as tightened by
 *       RFC 9525 §6.3); never on fewer than two labels after it, so "*.test" matches nothing.</li>
 *   <li>The subject CN is looked at only when the certificate has no SAN dNSName (§6.4.4).</li>
 *   <li>IP reference names compare only against SAN iPAddress entries, by address value.</li>
 * </ul>
 */
public final class HostnameMatcher {
    private static final Pattern IPV4_LITERAL = Pattern.compile("(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})");
    private static final String WILDCARD_LABEL = "*";

    private HostnameMatcher() {
    }

    public static NameMatch match(X509Certificate leaf, String referenceName) {
        String reference = referenceName == null ? "" : referenceName.trim();
        Optional<byte[]> referenceAddress = ipAddress(reference);
        if (referenceAddress.isPresent()) {
            return matchAddress(leaf, reference, referenceAddress.get());
        }
        List<String> dnsNames = CertificateNames.dnsNames(leaf);
        boolean useCommonName = dnsNames.isEmpty();
        List<String> presented = useCommonName ? CertificateNames.commonNames(leaf) : dnsNames;
        String source = useCommonName ? "subject CN " : "SAN dNSName ";
        for (String name : presented) {
            if (matches(name, reference)) {
                return NameMatch.matchedBy(reference, source + name, presented);
            }
        }
        return NameMatch.noMatch(reference, presented);
    }

    /** Whether one presented DNS identifier (possibly a wildcard) matches a reference DNS name. */
    public static boolean matches(String presentedName, String referenceName) {
        if (presentedName == null || referenceName == null) {
            return false;
        }
        String[] presented = labels(presentedName);
        String[] reference = labels(referenceName);
        if (presented.length == 0 || reference.length == 0 || referenceName.contains(WILDCARD_LABEL)) {
            return false;
        }
        if (!presented[0].equals(WILDCARD_LABEL)) {
            return !presentedName.contains(WILDCARD_LABEL) && Arrays.equals(presented, reference);
        }
        boolean wildcardOnlyAtStart = presentedName.indexOf('*') == presentedName.lastIndexOf('*');
        boolean enoughLabelsAfterWildcard = presented.length >= 3;
        return wildcardOnlyAtStart && enoughLabelsAfterWildcard
                && presented.length == reference.length
                && Arrays.equals(presented, 1, presented.length, reference, 1, reference.length);
    }

    private static NameMatch matchAddress(X509Certificate leaf, String reference, byte[] referenceAddress) {
        List<String> presented = CertificateNames.ipAddresses(leaf);
        for (String address : presented) {
            Optional<byte[]> bytes = ipAddress(address);
            if (bytes.isPresent() && Arrays.equals(bytes.get(), referenceAddress)) {
                return NameMatch.matchedBy(reference, "SAN iPAddress " + address, presented);
            }
        }
        return NameMatch.noMatch(reference, presented);
    }

    /**
     * Lower-cased labels with one trailing dot removed; empty when the name has an empty label (".", "a..b")
     * or is not plain ASCII (so a U-label never matches by accident; compare IDNs as A-labels).
     */
    private static String[] labels(String name) {
        String normalized = name.endsWith(".") ? name.substring(0, name.length() - 1) : name;
        if (normalized.isEmpty() || !normalized.chars().allMatch(c -> c > 0x20 && c < 0x7f)) {
            return new String[0];
        }
        String[] labels = normalized.toLowerCase(Locale.ROOT).split("\\.", -1);
        for (String label : labels) {
            if (label.isEmpty()) {
                return new String[0];
            }
        }
        return labels;
    }

    /** The address bytes when {@code text} is an IPv4 or IPv6 literal; never resolves a name. */
    private static Optional<byte[]> ipAddress(String text) {
        String literal = text.startsWith("[") && text.endsWith("]") ? text.substring(1, text.length() - 1) : text;
        var ipv4 = IPV4_LITERAL.matcher(literal);
        if (ipv4.matches()) {
            byte[] bytes = new byte[4];
            for (int i = 0; i < 4; i++) {
                int octet = Integer.parseInt(ipv4.group(i + 1));
                if (octet > 255) {
                    return Optional.empty();
                }
                bytes[i] = (byte) octet;
            }
            return Optional.of(bytes);
        }
        if (!literal.contains(":") || !literal.matches("[0-9A-Fa-f:.]+")) {
            return Optional.empty();
        }
        try {
            // In brackets the JDK parses an IPv6 literal or fails; it never looks the text up in DNS.
            return Optional.of(InetAddress.getByName("[" + literal + "]").getAddress());
        } catch (UnknownHostException e) {
            return Optional.empty();
        }
    }
}
