package org.mtainterop.dane;

import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.cert.CertPathValidator;
import java.security.cert.CertPathValidatorException;
import java.security.cert.CertificateFactory;
import java.security.cert.PKIXParameters;
import java.security.cert.TrustAnchor;
import java.security.cert.X509Certificate;
import java.security.spec.X509EncodedKeySpec;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.mtainterop.cert.ChainValidator;
import org.mtainterop.cert.HostnameMatcher;
import org.mtainterop.cert.NameMatch;
import org.mtainterop.cert.PkixValidation;
import org.mtainterop.cert.TrustAnchors;

/**
 * Authenticates a presented chain with a TLSA RRset the way an SMTP client must (RFC 7672 §3.1, RFC 7671 §5):
 * <ul>
 *   <li>DANE-EE(3): the record matches the leaf (depth 0 only); neither names nor validity dates are checked
 *       (RFC 7672 §3.1.1, RFC 7671 §5.1).</li>
 *   <li>DANE-TA(2): the record matches a certificate at depth ≥ 1 that was sent, or (2 1 0 only) its data is the
 *       public key that signed the top of the chain (RFC 7671 §5.2.2); the chain is then validated up to that
 *       anchor (signatures, CA constraints, validity dates of the certificates below it; the anchor's own expiry is
 *       not checked) and the leaf must carry one of the reference identifiers (RFC 7672 §3.2.3: the MX host name
 *       and the TLSA base domain).</li>
 *   <li>PKIX-TA(0), PKIX-EE(1) and unknown parameters are unusable for SMTP (RFC 7672 §3.1.3, RFC 7671 §4).</li>
 * </ul>
 * Pure: no I/O, so the same comparison serves the inbound probe, the outbound zone writer's self-test, and tests.
 */
public final class TlsaMatcher {
    private final ChainValidator validator = new ChainValidator();

    /**
     * @param records        the TLSA RRset as served (DNSSEC status is the caller's business: only a secure RRset
     *                       may be used at all, RFC 7672 §2.2)
     * @param chainAsSent    leaf first, as the server sent it
     * @param referenceNames the names the leaf may carry for DANE-TA(2): MX host name, TLSA base domain
     * @param at             the time validity dates are checked at (DANE-TA only)
     */
    public DaneAuthentication authenticate(List<TlsaAssociation> records, List<X509Certificate> chainAsSent,
                                           List<String> referenceNames, Instant at) {
        List<TlsaChainEntry> entries = new ArrayList<>();
        for (int depth = 0; depth < chainAsSent.size(); depth++) {
            entries.add(TlsaChainEntry.of(depth, chainAsSent.get(depth)));
        }
        List<String> names = referenceNames.stream().distinct().toList();
        if (chainAsSent.isEmpty()) {
            List<TlsaRecordComparison> none = records.stream().map(r -> new TlsaRecordComparison(r, r.unusableForSmtp(),
                    List.of(), false, false, "no certificate presented")).toList();
            return new DaneAuthentication(DaneAuthentication.Outcome.NO_CHAIN, entries, none, names);
        }
        List<TlsaRecordComparison> compared = records.stream()
                .map(record -> compare(record, chainAsSent, names, at)).toList();
        DaneAuthentication.Outcome outcome;
        if (compared.stream().anyMatch(TlsaRecordComparison::authenticates)) {
            outcome = DaneAuthentication.Outcome.AUTHENTICATED;
        } else if (compared.stream().anyMatch(TlsaRecordComparison::usable)) {
            outcome = DaneAuthentication.Outcome.NOT_AUTHENTICATED;
        } else {
            outcome = DaneAuthentication.Outcome.NO_USABLE_RECORDS;
        }
        return new DaneAuthentication(outcome, entries, compared, names);
    }

    private TlsaRecordComparison compare(TlsaAssociation record, List<X509Certificate> chain, List<String> names,
                                         Instant at) {
        Optional<String> unusable = record.unusableForSmtp();
        List<Integer> depths = matchingDepths(record, chain);
        if (unusable.isPresent()) {
            String seen = depths.isEmpty() ? "" : " (its data would match depth " + join(depths) + ")";
            return new TlsaRecordComparison(record, unusable, depths, false, false, unusable.get() + seen);
        }
        return switch (record.knownUsage().orElseThrow()) {
            case DANE_EE -> daneEe(record, depths);
            case DANE_TA -> daneTa(record, chain, depths, names, at);
            case PKIX_TA, PKIX_EE -> throw new IllegalStateException("PKIX usages are unusable: " + record);
        };
    }

    private static TlsaRecordComparison daneEe(TlsaAssociation record, List<Integer> depths) {
        if (depths.contains(0)) {
            return new TlsaRecordComparison(record, Optional.empty(), depths, false, true,
                    "matches the leaf (depth 0); DANE-EE(3) checks neither name nor validity dates (RFC 7672 §3.1.1)");
        }
        String why = depths.isEmpty() ? "matches no certificate sent"
                : "matches depth " + join(depths) + ", but DANE-EE(3) applies to the leaf only (RFC 7672 §3.1.1)";
        return new TlsaRecordComparison(record, Optional.empty(), depths, false, false, why);
    }

    private TlsaRecordComparison daneTa(TlsaAssociation record, List<X509Certificate> chain, List<Integer> depths,
                                        List<String> names, Instant at) {
        List<String> failures = new ArrayList<>();
        for (int depth : depths) {
            if (depth == 0) {
                failures.add("matches the leaf, but DANE-TA(2) names a trust anchor above it (depth ≥ 1, RFC 7672 §3.1.2)");
                continue;
            }
            PkixValidation path = validator.validate(chain.subList(0, depth + 1),
                    TrustAnchors.none().withCertificate(chain.get(depth)), at);
            Optional<String> verdict = pathAndName(path, chain.get(0), names);
            if (verdict.isEmpty()) {
                return new TlsaRecordComparison(record, Optional.empty(), depths, false, true,
                        "matches the trust anchor sent at depth " + depth + "; chain valid to it and "
                                + nameMatched(chain.get(0), names));
            }
            failures.add("matches depth " + depth + ", but " + verdict.get());
        }
        if (depths.isEmpty() && record.selector() == TlsaSelector.SPKI.code()
                && record.matchingType() == TlsaMatchingType.FULL.code()) {
            Optional<String> viaKey = validateToPublishedKey(record, chain, names, at);
            if (viaKey.isEmpty()) {
                return new TlsaRecordComparison(record, Optional.empty(), depths, true, true,
                        "its public key signed the top of the chain (anchor not sent, RFC 7671 §5.2.2); chain valid"
                                + " to it and " + nameMatched(chain.get(0), names));
            }
            failures.add(viaKey.get());
        }
        if (failures.isEmpty()) {
            failures.add("matches no certificate sent (the trust anchor must be in the chain, RFC 7672 §3.1.2)");
        }
        return new TlsaRecordComparison(record, Optional.empty(), depths, false, false, String.join("; ", failures));
    }

    /** Empty when the path is valid and the leaf names a reference identifier; otherwise why not. */
    private static Optional<String> pathAndName(PkixValidation path, X509Certificate leaf, List<String> names) {
        if (!path.valid()) {
            return Optional.of("the chain does not validate to it: " + path.reason());
        }
        if (names.stream().noneMatch(name -> HostnameMatcher.match(leaf, name).matched())) {
            return Optional.of("the leaf names none of the reference identifiers (RFC 7672 §3.2.3): "
                    + names.stream().map(name -> HostnameMatcher.match(leaf, name).readable())
                    .collect(Collectors.joining("; ")));
        }
        return Optional.empty();
    }

    private static String nameMatched(X509Certificate leaf, List<String> names) {
        return names.stream().map(name -> HostnameMatcher.match(leaf, name)).filter(NameMatch::matched)
                .map(NameMatch::readable).findFirst().orElse("name matched");
    }

    /** 2 1 0: the record's data is a SubjectPublicKeyInfo; does it verify the top of some prefix of the chain? */
    private static Optional<String> validateToPublishedKey(TlsaAssociation record, List<X509Certificate> chain,
                                                           List<String> names, Instant at) {
        Optional<PublicKey> key = publicKey(record.dataBytes());
        if (key.isEmpty()) {
            return Optional.of("its data is not a public key this JDK can read, and it matches no certificate sent");
        }
        String last = "matches no certificate sent, and its key verifies no certificate of the chain";
        for (int length = chain.size(); length >= 1; length--) {
            X509Certificate top = chain.get(length - 1);
            try {
                top.verify(key.get());
            } catch (GeneralSecurityException | RuntimeException e) {
                continue;
            }
            try {
                PKIXParameters parameters = new PKIXParameters(Set.of(
                        new TrustAnchor(top.getIssuerX500Principal(), key.get(), null)));
                parameters.setRevocationEnabled(false);
                parameters.setDate(Date.from(at));
                CertPathValidator.getInstance("PKIX").validate(
                        CertificateFactory.getInstance("X.509").generateCertPath(chain.subList(0, length)), parameters);
            } catch (CertPathValidatorException e) {
                last = "its key signed depth " + (length - 1) + ", but the chain does not validate to it: " + e.getMessage();
                continue;
            } catch (GeneralSecurityException e) {
                last = "could not validate the chain to its key: " + e.getMessage();
                continue;
            }
            int signedDepth = length - 1;
            return pathAndName(PkixValidation.validTo("published key"), chain.get(0), names)
                    .map(why -> "its key signed depth " + signedDepth + ", but " + why);
        }
        return Optional.of(last);
    }

    private static Optional<PublicKey> publicKey(byte[] spki) {
        for (String algorithm : List.of("EC", "RSA", "Ed25519", "Ed448", "DSA")) {
            try {
                return Optional.of(KeyFactory.getInstance(algorithm).generatePublic(new X509EncodedKeySpec(spki)));
            } catch (GeneralSecurityException | RuntimeException e) {
                // not this algorithm
            }
        }
        return Optional.empty();
    }

    private static List<Integer> matchingDepths(TlsaAssociation record, List<X509Certificate> chain) {
        Optional<TlsaSelector> selector = record.knownSelector();
        Optional<TlsaMatchingType> type = record.knownMatchingType();
        if (selector.isEmpty() || type.isEmpty()) {
            return List.of();
        }
        byte[] wanted = record.dataBytes();
        List<Integer> depths = new ArrayList<>();
        for (int depth = 0; depth < chain.size(); depth++) {
            if (Arrays.equals(wanted, type.get().apply(selector.get().select(chain.get(depth))))) {
                depths.add(depth);
            }
        }
        return depths;
    }

    private static String join(List<Integer> depths) {
        return depths.stream().map(String::valueOf).collect(Collectors.joining(", "));
    }
}
