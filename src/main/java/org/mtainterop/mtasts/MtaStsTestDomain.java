package org.mtainterop.mtasts;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.util.List;
import java.util.Objects;
import org.mtainterop.dane.PublishedZone;
import org.mtainterop.dane.ZoneSigning;

/**
 * One recipient domain the harness publishes for an MTA-STS sender case (RFC 8461): its MX (the receiver), the
 * {@code _mta-sts} TXT record with its {@code id} (§3.1), the policy host {@code mta-sts.<domain>} and the policy it
 * serves at {@code /.well-known/mta-sts.txt} (§3.2, §3.3), and a TLS-RPT record whose reports come back to the MX
 * by mail (RFC 8460 §3). MTA-STS needs no DNSSEC: the zone is served unsigned. Written by main code from the
 * receiver's profile, never by hand.
 *
 * @param domain            the recipient domain, e.g. {@code mta-sts-enforce-valid.test} (no trailing dot)
 * @param mxHost            the receiver's host name, inside the domain
 * @param mxAddresses       where the MX name points
 * @param policyAddresses   where {@code mta-sts.<domain>} points (the HTTPS server that serves the policy)
 * @param id                the TXT record's id: a new one whenever the policy changes (§3.1), 1 to 32 letters and digits
 * @param mode              the policy's mode
 * @param mxPattern         the policy's one {@code mx} value
 * @param maxAge            the policy's {@code max_age}, seconds
 * @param purpose           one line: which case this is for, and what an MTA-STS sender must do
 */
public record MtaStsTestDomain(String domain, String mxHost, List<InetAddress> mxAddresses,
                               List<InetAddress> policyAddresses, String id, StsMode mode, String mxPattern, long maxAge,
                               String purpose) implements PublishedZone {
    /** A day: short enough that a test domain's cached policy goes stale soon (RFC 8461 §3.2 allows up to a year). */
    public static final long TEST_MAX_AGE = 86_400;

    public MtaStsTestDomain {
        domain = bare(Objects.requireNonNull(domain, "domain"));
        mxHost = bare(Objects.requireNonNull(mxHost, "mxHost"));
        if (!mxHost.endsWith("." + domain)) {
            throw new IllegalArgumentException("the MX host " + mxHost + " is not inside the domain " + domain);
        }
        mxAddresses = List.copyOf(mxAddresses);
        policyAddresses = List.copyOf(policyAddresses);
        if (mxAddresses.isEmpty() || policyAddresses.isEmpty()) {
            throw new IllegalArgumentException("the MX and the policy host need an address each");
        }
        if (!id.matches("[A-Za-z0-9]{1,32}")) {
            throw new IllegalArgumentException("id '" + id + "' is not 1 to 32 letters and digits (RFC 8461 §3.1)");
        }
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(mxPattern, "mxPattern");
        Objects.requireNonNull(purpose, "purpose");
    }

    private static String bare(String name) {
        return name.endsWith(".") ? name.substring(0, name.length() - 1) : name;
    }

    /** {@code mta-sts.<domain>}: the host a sender fetches the policy from (RFC 8461 §3.3). */
    public String policyHost() {
        return "mta-sts." + domain;
    }

    /** The policy's URL. */
    public String policyUrl() {
        return "https://" + policyHost() + "/.well-known/mta-sts.txt";
    }

    /** The policy file's content (RFC 8461 §3.2), CRLF line endings as in the RFC's example. */
    public String policy() {
        return "version: STSv1\r\nmode: " + mode.keyword() + "\r\nmx: " + mxPattern + "\r\nmax_age: " + maxAge + "\r\n";
    }

    /** The {@code _mta-sts} TXT record's value (RFC 8461 §3.1). */
    public String txtRecord() {
        return "v=STSv1; id=" + id;
    }

    @Override
    public String zone() {
        return domain;
    }

    @Override
    public ZoneSigning signing() {
        return ZoneSigning.UNSIGNED;
    }

    @Override
    public String records() {
        StringBuilder lines = new StringBuilder();
        lines.append("; ").append(PublishedZone.ascii(purpose)).append('\n');
        lines.append("; policy at ").append(policyUrl()).append(": mode ").append(mode.keyword()).append(", mx ")
                .append(mxPattern).append(", max_age ").append(maxAge).append('\n');
        lines.append(domain).append(". IN MX 10 ").append(mxHost).append(".\n");
        address(lines, mxHost, mxAddresses);
        lines.append("_mta-sts.").append(domain).append(". IN TXT \"").append(txtRecord()).append("\"\n");
        address(lines, policyHost(), policyAddresses);
        lines.append("_smtp._tls.").append(domain).append(". IN TXT \"v=TLSRPTv1; rua=mailto:tlsrpt@").append(domain)
                .append("\"\n");
        return lines.toString();
    }

    private static void address(StringBuilder lines, String host, List<InetAddress> addresses) {
        for (InetAddress address : addresses) {
            lines.append(host).append(". IN ").append(address instanceof Inet6Address ? "AAAA " : "A ")
                    .append(address.getHostAddress()).append('\n');
        }
    }
}
