package org.mtainterop.cert;

import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.List;
import org.mtainterop.pki.PemCodec;

/** Gathers every fact about a presented chain: summaries, PKIX validation and host name match. */
public final class CertificateAnalyzer {
    private final ChainValidator chainValidator = new ChainValidator();

    public CertificateFacts analyze(List<X509Certificate> chainAsSent, String referenceName, TrustAnchors anchors,
                                    Instant at) {
        List<CertificateSummary> summaries = chainAsSent.stream().map(CertificateSummary::of).toList();
        NameMatch nameMatch = chainAsSent.isEmpty()
                ? NameMatch.noMatch(referenceName, List.of())
                : HostnameMatcher.match(chainAsSent.get(0), referenceName);
        return new CertificateFacts(summaries, PemCodec.encodeCertificates(chainAsSent),
                chainValidator.validate(chainAsSent, anchors, at), nameMatch, anchors.describe(), at);
    }
}
