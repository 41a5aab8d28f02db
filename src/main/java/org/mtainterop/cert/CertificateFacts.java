package org.mtainterop.cert;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * Everything observed about the certificate chain a server presented: facts only, judged elsewhere.
 *
 * @param chain            the chain as sent, leaf first
 * @param chainPem         the chain as sent, PEM, for attachments and reproduction with openssl
 * @param trustDescription which trust anchors {@code pkix} was computed against
 * @param checkedAt        the validation time used for {@code pkix}
 */
public record CertificateFacts(List<CertificateSummary> chain, String chainPem, PkixValidation pkix,
                               NameMatch nameMatch, String trustDescription, Instant checkedAt) {

    public CertificateFacts {
        chain = List.copyOf(chain);
        Objects.requireNonNull(chainPem, "chainPem");
        Objects.requireNonNull(pkix, "pkix");
        Objects.requireNonNull(nameMatch, "nameMatch");
        Objects.requireNonNull(trustDescription, "trustDescription");
        Objects.requireNonNull(checkedAt, "checkedAt");
    }

    public boolean certificatePresented() {
        return !chain.isEmpty();
    }

    /** @throws IllegalStateException when the server presented no certificate; ask {@link #certificatePresented()} */
    public CertificateSummary leaf() {
        if (chain.isEmpty()) {
            throw new IllegalStateException("no certificate presented");
        }
        return chain.get(0);
    }

    /** The signature algorithm of every certificate as sent, leaf first. */
    public List<String> signatureAlgorithms() {
        return chain.stream().map(CertificateSummary::signatureAlgorithm).toList();
    }

    /** The whole chain and the checks on it, for a report attachment. */
    public String readable() {
        StringBuilder text = new StringBuilder();
        text.append("Checked at:  ").append(checkedAt).append('\n')
                .append("Trust:       ").append(trustDescription).append('\n')
                .append("PKIX:        ").append(pkix.valid() ? "valid, " : "INVALID, ").append(pkix.reason()).append('\n')
                .append("Host name:   ").append(nameMatch.readable()).append('\n');
        if (chain.isEmpty()) {
            return text.append("\nno certificate presented\n").toString();
        }
        for (int i = 0; i < chain.size(); i++) {
            text.append('\n').append('#').append(i).append(i == 0 ? " leaf" : " sent by server").append('\n')
                    .append(chain.get(i).readable());
        }
        return text.toString();
    }
}
