package org.mtainterop.policy;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.mtainterop.adversary.smtp.AdversarialProfile;
import org.mtainterop.net.MailService;
import org.mtainterop.policy.access.CapabilitiesRenewedInsideTlsCheck;
import org.mtainterop.policy.access.ImplicitTlsOfferedCheck;
import org.mtainterop.policy.access.NoCleartextLoginCheck;
import org.mtainterop.policy.access.TlsOfferedCheck;
import org.mtainterop.policy.checks.AllowedGroupsCheck;
import org.mtainterop.policy.checks.AnssiSuitesAndServerOrderCheck;
import org.mtainterop.policy.checks.CbcOnlyWithEtmCheck;
import org.mtainterop.policy.checks.CertificateUsageCheck;
import org.mtainterop.policy.checks.ChainTrustedCheck;
import org.mtainterop.policy.checks.DhePrimeSizeCheck;
import org.mtainterop.policy.checks.EarlyDataRefusedCheck;
import org.mtainterop.policy.checks.TicketLifetimeCheck;
import org.mtainterop.policy.checks.ExtendedMasterSecretCheck;
import org.mtainterop.policy.checks.ForwardSecrecyCheck;
import org.mtainterop.policy.checks.HandshakeWithoutSniCheck;
import org.mtainterop.policy.checks.HostnameMatchesCheck;
import org.mtainterop.policy.checks.KeyStrengthCheck;
import org.mtainterop.policy.checks.RevocationInfoCheck;
import org.mtainterop.policy.checks.LegacyTlsRefusedCheck;
import org.mtainterop.policy.checks.ModernHandshakeCheck;
import org.mtainterop.policy.checks.NoCompressionCheck;
import org.mtainterop.policy.checks.NoHeartbeatCheck;
import org.mtainterop.policy.checks.PartnerTlsRequiredCheck;
import org.mtainterop.policy.checks.PipelinedCommandsDiscardedCheck;
import org.mtainterop.policy.checks.RequireTlsAfterStarttlsCheck;
import org.mtainterop.policy.checks.SecureRenegotiationCheck;
import org.mtainterop.policy.checks.SslVersionsRefusedCheck;
import org.mtainterop.policy.checks.StarttlsAdvertisedCheck;
import org.mtainterop.policy.checks.StarttlsArgumentRefusedCheck;
import org.mtainterop.policy.checks.StarttlsNotReadvertisedCheck;
import org.mtainterop.policy.checks.Tls12SupportedCheck;
import org.mtainterop.policy.checks.Tls13PreferredCheck;
import org.mtainterop.policy.checks.TlsStateResetCheck;
import org.mtainterop.policy.checks.WeakSuitesRefusedCheck;
import org.mtainterop.policy.checks.dane.DaneRecordsValidateCheck;
import org.mtainterop.policy.checks.dane.DaneTaAnchorSentCheck;
import org.mtainterop.policy.mtasts.MtaStsPolicyCheck;
import org.mtainterop.policy.mtasts.MtaStsPolicyFetchCheck;
import org.mtainterop.policy.mtasts.MtaStsRecordCheck;
import org.mtainterop.policy.mtasts.TlsRptRecordCheck;
import org.mtainterop.policy.checks.dane.NoPkixTlsaUsagesCheck;
import org.mtainterop.policy.checks.dane.TlsaMatchesEveryChainCheck;
import org.mtainterop.policy.checks.outbound.BadCertificateRefusedCheck;
import org.mtainterop.policy.checks.outbound.DaneEeMatchDeliveredCheck;
import org.mtainterop.policy.checks.outbound.DaneMismatchRefusedCheck;
import org.mtainterop.policy.checks.outbound.MtaStsSenderCheck;
import org.mtainterop.policy.checks.outbound.InjectedReplyIgnoredCheck;
import org.mtainterop.policy.checks.outbound.NoPlaintextFallbackCheck;
import org.mtainterop.policy.checks.outbound.NoVersionFallbackCheck;
import org.mtainterop.policy.checks.outbound.NothingBeforeStarttlsReadyCheck;
import org.mtainterop.policy.checks.outbound.SenderAllowedGroupsCheck;
import org.mtainterop.policy.checks.outbound.SenderExtendedMasterSecretCheck;
import org.mtainterop.policy.checks.outbound.SenderNoCompressionCheck;
import org.mtainterop.policy.checks.outbound.SenderNoLegacyTlsCheck;
import org.mtainterop.policy.checks.outbound.SenderNoSslCheck;
import org.mtainterop.policy.checks.outbound.SenderNoWeakSuitesCheck;
import org.mtainterop.policy.checks.outbound.SniSentCheck;
import org.mtainterop.policy.checks.outbound.StarttlsUpgradeCheck;
import org.mtainterop.policy.clients.BadCertificateRejectedCheck;
import org.mtainterop.policy.clients.CapabilitiesRereadCheck;
import org.mtainterop.policy.clients.ClientCheck;
import org.mtainterop.policy.clients.InjectedResponsesIgnoredCheck;
import org.mtainterop.policy.clients.NoImplicitTlsFallbackCheck;
import org.mtainterop.policy.clients.NoPlaintextAfterTlsRefusedCheck;
import org.mtainterop.policy.interop.VerifiedInteropDeliveryCheck;
import org.mtainterop.policy.path.DeclaredNetworksCheck;
import org.mtainterop.policy.path.EncryptedHopsCheck;
import org.mtainterop.policy.path.TimelyDeliveryCheck;

/**
 * The registry of checks: requirement ID to the check that judges it, per kind of subject (a receiving server per
 * service family, a sending MTA, a mail program, a pair of MTAs). A new requirement's check is listed here; the
 * probe plan of a {@code --tags} run is derived from the needs of what is listed.
 */
public final class Checks {
    /** Judged from the raw-hello enumeration on every service, each in its own protocol. */
    private static final List<InboundCheck> ENUMERATED = List.of(new SslVersionsRefusedCheck(),
            new LegacyTlsRefusedCheck(), new WeakSuitesRefusedCheck(), new ForwardSecrecyCheck(),
            new AnssiSuitesAndServerOrderCheck(), new CbcOnlyWithEtmCheck(), new AllowedGroupsCheck(),
            new DhePrimeSizeCheck(), new SecureRenegotiationCheck(), new ExtendedMasterSecretCheck(),
            new NoCompressionCheck(), new NoHeartbeatCheck());

    /** Judged from the modern handshakes on every service, in its own wording (STARTTLS / STLS, implicit TLS). */
    private static final List<InboundCheck> HANDSHAKES = List.of(new ModernHandshakeCheck(), new Tls12SupportedCheck(),
            new Tls13PreferredCheck(), new ChainTrustedCheck(), new HostnameMatchesCheck(),
            new KeyStrengthCheck(KeyStrengthThresholds.ANSSI), new CertificateUsageCheck());

    /** A receiving MTA on port 25 (features/inbound). */
    private static final List<InboundCheck> MX = concat(List.of(new StarttlsAdvertisedCheck(),
            new StarttlsArgumentRefusedCheck(), new PartnerTlsRequiredCheck(),
            new TlsStateResetCheck(), new StarttlsNotReadvertisedCheck(), PipelinedCommandsDiscardedCheck.onPort25(),
            new HandshakeWithoutSniCheck(), new RequireTlsAfterStarttlsCheck(), new EarlyDataRefusedCheck(),
            new TicketLifetimeCheck(),
            new RevocationInfoCheck()), HANDSHAKES,
            ENUMERATED);

    /** Submission, IMAP and POP3, STARTTLS or implicit TLS (features/access). */
    private static final List<InboundCheck> USER_ACCESS = concat(List.of(new TlsOfferedCheck(),
            new NoCleartextLoginCheck(), new ImplicitTlsOfferedCheck(), PipelinedCommandsDiscardedCheck.forUserAccess(),
            new CapabilitiesRenewedInsideTlsCheck()), HANDSHAKES, ENUMERATED);

    /** A sending MTA, against the adversarial receiver (features/outbound): one per requirement and receiver profile. */
    private static final List<SenderCheck> SENDER = Stream.<Stream<? extends SenderCheck>>of(
            Stream.<SenderCheck>of(new StarttlsUpgradeCheck(), new NothingBeforeStarttlsReadyCheck(),
                    new InjectedReplyIgnoredCheck(), new NoVersionFallbackCheck(), new SniSentCheck(),
                    new SenderNoSslCheck(), new SenderNoLegacyTlsCheck(), new SenderNoWeakSuitesCheck(),
                    new SenderAllowedGroupsCheck(), new SenderExtendedMasterSecretCheck(), new SenderNoCompressionCheck()),
            Stream.of(AdversarialProfile.NO_STARTTLS, AdversarialProfile.STARTTLS_454, AdversarialProfile.HANDSHAKE_ABORT)
                    .map(NoPlaintextFallbackCheck::new),
            Arrays.stream(AdversarialProfile.values()).filter(AdversarialProfile::badCertificate)
                    .map(BadCertificateRefusedCheck::new),
            Arrays.stream(AdversarialProfile.values()).filter(DaneMismatchRefusedCheck.profiles()::contains)
                    .map(DaneMismatchRefusedCheck::new),
            Stream.of(new DaneEeMatchDeliveredCheck()), MtaStsSenderCheck.all().stream())
            .<SenderCheck>flatMap(s -> s).toList();

    /** A mail program, against the adversarial access server (features/clients), in catalog order. */
    private static final List<ClientCheck> CLIENT = List.of(new NoPlaintextAfterTlsRefusedCheck(),
            new BadCertificateRejectedCheck(), new InjectedResponsesIgnoredCheck(), new CapabilitiesRereadCheck(),
            new NoImplicitTlsFallbackCheck());

    /**
     * What a mail domain publishes, judged once per domain from its DNS (features/dane, {@code @pub}): DANE-01 and
     * DANE-03 from the DNS answers, DANE-02 and DANE-04 from the TLSA-vs-chain comparison per MX address. MTA-STS
     * and TLS-RPT (features/mta-sts): MTASTS-01..03 and TLSRPT-01 from the TXT records, the fetched policy and the MX
     * hosts.
     */
    private static final List<DomainCheck> DOMAIN = List.of(new DaneRecordsValidateCheck(),
            new TlsaMatchesEveryChainCheck(), new NoPkixTlsaUsagesCheck(), new DaneTaAnchorSentCheck(),
            new MtaStsRecordCheck(), new MtaStsPolicyFetchCheck(), new MtaStsPolicyCheck(), new TlsRptRecordCheck());

    private Checks() {
    }

    /** Every check of a receiving server offering {@code service}. */
    public static List<InboundCheck> inbound(MailService service) {
        return service.userAccess() ? USER_ACCESS : MX;
    }

    /** The checks of {@code requirementId} on a server offering {@code service}; empty when none is known. */
    public static List<InboundCheck> inbound(MailService service, String requirementId) {
        return inbound(service).stream().filter(c -> c.requirementId().equals(requirementId)).toList();
    }

    /** Every check of a sending MTA. */
    public static List<SenderCheck> sender() {
        return SENDER;
    }

    /** Every check of a mail program (CLIENT-01..05). */
    public static List<ClientCheck> client() {
        return CLIENT;
    }

    /** Every check of a mail domain's published records (DANE). */
    public static List<DomainCheck> domain() {
        return DOMAIN;
    }

    /** INTEROP-01 on one pair of the interop matrix (features/interop: one scenario per pair). */
    public static VerifiedInteropDeliveryCheck interop(String sender, String receiver) {
        return new VerifiedInteropDeliveryCheck(sender, receiver);
    }

    /** PATH-01 on one pair of the path matrix: every hop used TLS (features/path: one scenario per requirement and pair). */
    public static EncryptedHopsCheck pathEncrypted(String sender, String receiver) {
        return new EncryptedHopsCheck(sender, receiver);
    }

    /** PATH-02 on one pair: every hop within the declared networks of the two operators. */
    public static DeclaredNetworksCheck pathNetworks(String sender, String receiver) {
        return new DeclaredNetworksCheck(sender, receiver);
    }

    /** PATH-03 on one pair: delivered within the stated time. */
    public static TimelyDeliveryCheck pathTimely(String sender, String receiver) {
        return new TimelyDeliveryCheck(sender, receiver);
    }

    /** The requirement IDs some check judges, over every kind of subject. */
    public static Set<String> requirementIds() {
        Set<String> ids = new TreeSet<>();
        Stream.of(MX, USER_ACCESS, SENDER, CLIENT, DOMAIN).flatMap(List::stream).forEach(c -> ids.add(c.requirementId()));
        ids.add(VerifiedInteropDeliveryCheck.ID);
        ids.addAll(List.of(EncryptedHopsCheck.ID, DeclaredNetworksCheck.ID, TimelyDeliveryCheck.ID));
        return ids;
    }

    @SafeVarargs
    private static List<InboundCheck> concat(List<InboundCheck>... lists) {
        return Stream.of(lists).flatMap(List::stream).toList();
    }
}
