package org.mtainterop.policy.clients;

import java.util.List;
import org.mtainterop.adversary.access.AccessServerProfile;
import org.mtainterop.adversary.access.AccessSessionFacts;
import org.mtainterop.policy.Outcome;
import org.mtainterop.policy.Reason;
import org.mtainterop.policy.Verdict;

/**
 * One cell of the client survey table: how one mail program fared against one server profile, in a word. The
 * compliant profile is the control (WORKS, or FAILED_ON_COMPLIANT: the program's configuration is suspect and its
 * other cells mean little); the other profiles take the verdict of the check they exercise.
 */
public enum ClientCellVerdict {
    SAFE("safe", "refused what the server offered and leaked nothing"),
    CREDENTIALS_LEAKED("credentials leaked", "sent credentials or mail in plaintext"),
    ACCEPTED_BAD_CERTIFICATE("accepted bad certificate", "went on inside TLS with a certificate it should have refused"),
    INJECTION_ACCEPTED("injection accepted", "took lines injected before the handshake as answers"),
    TRUSTED_PRE_TLS_STATE("trusted pre-TLS state", "kept or used capabilities learnt before TLS"),
    PLAINTEXT_FALLBACK("plaintext fallback", "spoke plaintext where implicit TLS was configured (no credential sent)"),
    WORKS("works", "compliant control: finished its work inside TLS"),
    FAILED_ON_COMPLIANT("failed on compliant", "the compliant control failed: the configuration is suspect"),
    NOT_TESTED("not tested", "connected but never reached the step the profile bends"),
    NO_CONNECTION("no connection", "the program never connected"),
    NOT_APPLICABLE("n/a", "the profile does not apply to this program or protocol");

    private final String label;
    private final String meaning;

    ClientCellVerdict(String label, String meaning) {
        this.label = label;
        this.meaning = meaning;
    }

    /** A few words for a table cell. */
    public String label() {
        return label;
    }

    /** What the label means, for a legend. */
    public String meaning() {
        return meaning;
    }

    /** Whether the cell shows a security defect of the program. */
    public boolean defect() {
        return this == CREDENTIALS_LEAKED || this == ACCEPTED_BAD_CERTIFICATE || this == INJECTION_ACCEPTED
                || this == TRUSTED_PRE_TLS_STATE || this == PLAINTEXT_FALLBACK;
    }

    /** Classifies one program's sessions under one profile (sessions under other profiles are ignored). */
    public static ClientCell classify(AccessServerProfile profile, List<AccessSessionFacts> sessions) {
        List<AccessSessionFacts> its = sessions.stream().filter(s -> s.profile() == profile).toList();
        if (its.isEmpty()) {
            return new ClientCell(NO_CONNECTION, Reason.of("ClientCellVerdict.noSession", profile.label()));
        }
        var leaked = its.stream().filter(AccessSessionFacts::leakedInPlaintext).findFirst();
        if (leaked.isPresent()) {
            return new ClientCell(CREDENTIALS_LEAKED, ClientEvidence.plaintextLeak(leaked.get()));
        }
        if (profile == AccessServerProfile.COMPLIANT) {
            var worked = its.stream().filter(s -> s.loggedInInsideTls() || s.mailVerbsInsideTls().contains("DATA"))
                    .findFirst();
            return worked.map(s -> new ClientCell(WORKS, s.described()))
                    .orElseGet(() -> new ClientCell(FAILED_ON_COMPLIANT, its.get(its.size() - 1).described()));
        }
        Verdict verdict = ClientChecks.exercisedBy(profile).orElseThrow().judge(profile, its);
        if (verdict.outcome() == Outcome.PASSED) {
            return new ClientCell(SAFE, verdict.reason());
        }
        if (verdict.outcome() != Outcome.FAILED) {
            return new ClientCell(NOT_TESTED, verdict.reason());
        }
        return new ClientCell(switch (profile) {
            case EXPIRED_CERT, WRONG_HOST, SELF_SIGNED, UNTRUSTED_CA -> ACCEPTED_BAD_CERTIFICATE;
            case RESPONSE_INJECTION -> INJECTION_ACCEPTED;
            case TAMPERED_CAPABILITIES -> TRUSTED_PRE_TLS_STATE;
            case IMPLICIT_PLAINTEXT -> PLAINTEXT_FALLBACK;
            default -> CREDENTIALS_LEAKED;
        }, verdict.reason());
    }
}
