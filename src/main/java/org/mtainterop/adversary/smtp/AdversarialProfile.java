package org.mtainterop.adversary.smtp;

import org.mtainterop.policy.Reason;
import org.mtainterop.report.ReportLanguage;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.mtainterop.adversary.AdversaryProfile;
import org.mtainterop.pki.CertificateProfile;

/**
 * How the adversarial receiver misbehaves toward a sending MTA, one way per profile (requirements.md,
 * direction "out"). Each profile bends one step of an otherwise correct RFC 5321 / RFC 3207 server; the enum is the
 * stable identifier (label, certificate, description: its words are {@code AdversarialProfile.<NAME>} in
 * messages/verdicts_en.properties and verdicts_fr.properties), and what each profile does is its
 * {@link SmtpProfileBehaviour}.
 */
public enum AdversarialProfile implements AdversaryProfile {
    COMPLIANT(CertificateProfile.VALID),
    NO_STARTTLS(CertificateProfile.VALID),
    STARTTLS_454(CertificateProfile.VALID),
    HANDSHAKE_ABORT(CertificateProfile.VALID),
    EXPIRED_CERT(CertificateProfile.EXPIRED),
    SELF_SIGNED(CertificateProfile.SELF_SIGNED),
    WRONG_HOST(CertificateProfile.WRONG_HOST),
    UNTRUSTED_CA(CertificateProfile.UNTRUSTED_CA),
    BAD_SIGNATURE(CertificateProfile.BAD_SIGNATURE),
    TLS10_ONLY(CertificateProfile.VALID),
    FAKE_EXTENSION_BEFORE_TLS(CertificateProfile.VALID),
    INJECT_AFTER_220(CertificateProfile.VALID),
    FAIL_FIRST_HANDSHAKE(CertificateProfile.VALID),
    // DANE senders (RFC 7672): compliant SMTP; the case is in the TLSA RRset and zone signing each publishes.
    DANE_MATCHING(CertificateProfile.VALID),
    DANE_TA_MATCHING(CertificateProfile.VALID),
    DANE_WRONG_TLSA(CertificateProfile.VALID),
    DANE_EE_EXPIRED_WRONG_NAME(CertificateProfile.EXPIRED_SELF_SIGNED_WRONG_HOST),
    DANE_BOGUS(CertificateProfile.VALID),
    DANE_INSECURE(CertificateProfile.VALID),
    DANE_PKIX_ONLY(CertificateProfile.VALID),
    DANE_TA_WRONG_NAME(CertificateProfile.WRONG_HOST),
    DANE_TA_NOT_SENT(CertificateProfile.VALID),
    // MTA-STS senders (RFC 8461): the case is in the policy each publishes for the MX's domain, and what the MX does.
    MTA_STS_ENFORCE_VALID(CertificateProfile.VALID),
    MTA_STS_ENFORCE_MX_MISMATCH(CertificateProfile.VALID),
    MTA_STS_ENFORCE_WRONG_NAME(CertificateProfile.WRONG_HOST),
    MTA_STS_ENFORCE_NO_STARTTLS(CertificateProfile.VALID),
    MTA_STS_TESTING_WRONG_NAME(CertificateProfile.WRONG_HOST);

    /** The fake extension of {@link #FAKE_EXTENSION_BEFORE_TLS}: advertised in plaintext, never inside TLS. */
    public static final String FAKE_EXTENSION = "XMTAINTEROP";

    private final CertificateProfile certificate;

    /** {@code certificate}: what the profile presents; what it does is worded in messages/verdicts_*.properties. */
    AdversarialProfile(CertificateProfile certificate) {
        this.certificate = certificate;
    }

    @Override
    public CertificateProfile certificate() {
        return certificate;
    }

    /** What the profile does, in English: "presents an expired leaf". */
    public String description() {
        return described().render(ReportLanguage.EN);
    }

    /** {@link #description()} as a message key ({@code AdversarialProfile.<NAME>}), for verdicts in the report's language. */
    public Reason described() {
        return Reason.of("AdversarialProfile." + name());
    }

    /** Whether this is a DANE profile: it only means something with its zone published (RFC 7672). */
    public boolean dane() {
        return name().startsWith("DANE_");
    }

    /** Whether this is an MTA-STS profile: it only means something with its policy published (RFC 8461). */
    public boolean mtaSts() {
        return name().startsWith("MTA_STS_");
    }

    /** Whether the profile needs something published for the sender (DANE zone, MTA-STS policy) to mean anything. */
    public boolean published() {
        return dane() || mtaSts();
    }

    /**
     * Only the profiles that publish nothing count as "bad certificate" cases (CERT-06): a DANE profile's certificate
     * is judged against its TLSA records, an MTA-STS profile's against its policy (MTASTS-04).
     */
    @Override
    public boolean badCertificate() {
        return !published() && AdversaryProfile.super.badCertificate();
    }

    /** What this profile publishes in DNS (TLSA records, zone signing); empty unless {@link #dane()}. */
    public Optional<DanePublication> danePublication() {
        return SmtpProfileBehaviour.of(this).danePublication();
    }

    /** The MTA-STS policy this profile publishes for its MX's domain; empty unless {@link #mtaSts()}. */
    public Optional<MtaStsPublication> mtaStsPublication() {
        return SmtpProfileBehaviour.of(this).mtaStsPublication();
    }

    /**
     * Every profile in the order {@code receive --profile all} walks a sender through: first those a mandatory-TLS,
     * verifying sender must refuse (its message stays queued, so its retries meet the next ones), then those where it
     * delivers (each delivered message ends its walk: send another to go on), the compliant control last.
     */
    public static List<AdversarialProfile> walkOrder() {
        List<AdversarialProfile> refused = new ArrayList<>();
        List<AdversarialProfile> delivered = new ArrayList<>();
        for (AdversarialProfile p : values()) {
            if (p == COMPLIANT || p.published()) {
                continue;
            }
            (p.deliversToVerifyingSender() ? delivered : refused).add(p);
        }
        refused.addAll(delivered);
        refused.add(COMPLIANT);
        return List.copyOf(refused);
    }

    /** A sender that requires verified TLS may deliver to this profile (the others it must refuse). */
    public boolean deliversToVerifyingSender() {
        return this == COMPLIANT || this == FAIL_FIRST_HANDSHAKE || this == FAKE_EXTENSION_BEFORE_TLS
                || this == INJECT_AFTER_220;
    }

    /**
     * {@code P}, {@code P1,P2,...} or {@code all} ({@link #walkOrder()}): the profiles a receive run walks each client
     * through, in order.
     */
    public static List<AdversarialProfile> parseList(String text) {
        if (text.strip().equalsIgnoreCase("all")) {
            return walkOrder();
        }
        List<AdversarialProfile> out = new ArrayList<>();
        for (String one : text.split(",", -1)) {
            if (one.isBlank()) {
                throw new IllegalArgumentException("empty receiver profile in '" + text + "'");
            }
            AdversarialProfile p = parse(one);
            if (out.contains(p)) {
                throw new IllegalArgumentException("receiver profile '" + p.label() + "' named twice in '" + text + "'");
            }
            out.add(p);
        }
        return List.copyOf(out);
    }

    public static AdversarialProfile parse(String text) {
        return AdversaryProfile.byLabel(values(), text).orElseThrow(() -> new IllegalArgumentException(
                "unknown receiver profile '" + text + "' (expected one of " + AdversaryProfile.labels(values()) + ")"));
    }
}
