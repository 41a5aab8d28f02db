package org.mtainterop.observation;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.mtainterop.net.MailService;
import org.mtainterop.probe.EnumerationScope;
import org.mtainterop.probe.HandshakeVariant;
import org.mtainterop.probe.OfferedHandshakeFacts;
import org.mtainterop.probe.OfferedHandshakeProbe;
import org.mtainterop.probe.PartnerPlaintextMailFacts;
import org.mtainterop.probe.PartnerPlaintextMailProbe;
import org.mtainterop.probe.PipelinedTlsCommandFacts;
import org.mtainterop.probe.PipelinedTlsCommandProbe;
import org.mtainterop.probe.SessionTicketFacts;
import org.mtainterop.probe.SessionTicketProbe;
import org.mtainterop.probe.StarttlsArgumentFacts;
import org.mtainterop.probe.StarttlsArgumentProbe;
import org.mtainterop.probe.TlsDialogueFacts;
import org.mtainterop.probe.TlsDialogueProbe;
import org.mtainterop.probe.TlsEnumerationFacts;
import org.mtainterop.probe.TlsEnumerationProbe;
import org.mtainterop.probe.access.CleartextLoginFacts;
import org.mtainterop.probe.access.CleartextLoginProbe;
import org.mtainterop.report.evidence.AccessEvidence;
import org.mtainterop.report.evidence.EvidenceAttachments;
import org.mtainterop.tls.TlsClientSettings;

/**
 * Every measurement the harness makes of a target, each defined once: its name, where it applies, how it
 * runs and its evidence. Checks name the ones they need ({@code Check#needs}); the probe plan of a run is
 * derived from those needs.
 */
public final class Observations {
    private static final Predicate<MailService> MX = s -> !s.userAccess();
    private static final Predicate<MailService> USER_ACCESS = MailService::userAccess;
    private static final Predicate<MailService> EVERY_SERVICE = s -> true;

    /**
     * Every service: the modern client conversation (capabilities, STARTTLS / STLS or implicit TLS, handshake and
     * chain, capabilities inside TLS; on port 25 also MAIL before a new EHLO).
     */
    public static final Observation<TlsDialogueFacts> TLS_DIALOGUE = Observation.session("tls-dialogue",
            EVERY_SERVICE, t -> new TlsDialogueProbe(t.settings()).run(t.service(), t.endpoint()),
            EvidenceAttachments::of);

    /** Every service: the TLS command and {@code NOOP} in one segment (DOWNGRADE-01 on port 25, ACCESS-04, -05). */
    public static final Observation<PipelinedTlsCommandFacts> PIPELINED_TLS_COMMAND = Observation.session(
            "pipelined-tls-command", EVERY_SERVICE,
            t -> new PipelinedTlsCommandProbe(t.settings()).run(t.service(), t.endpoint()), EvidenceAttachments::of);

    /** Port 25: {@code STARTTLS foo} after EHLO (STARTTLS-02). */
    public static final Observation<StarttlsArgumentFacts> STARTTLS_WITH_ARGUMENT = Observation.session(
            "starttls-with-argument", MX, t -> new StarttlsArgumentProbe(t.settings()).run(t.endpoint()),
            EvidenceAttachments::of);

    /** Port 25: MAIL FROM in plaintext from a partner's source, when the target requires TLS from partners (STARTTLS-05). */
    public static final Observation<PartnerPlaintextMailFacts> PARTNER_PLAINTEXT_MAIL = Observation.session(
            "partner-plaintext-mail", MX, t -> new PartnerPlaintextMailProbe(t.settings()).run(t.endpoint()),
            EvidenceAttachments::of);

    /**
     * Port 25: complete TLS 1.3 and TLS 1.2 handshakes with the harness's own client, the session tickets the server
     * sends and whether it staples OCSP, then a resumption offering 0-RTT early data (TLS-EXT-04, TLS-EXT-05, CERT-05).
     */
    public static final Observation<SessionTicketFacts> SESSION_TICKETS = Observation.manyConnections(
            "session-tickets", MX, t -> t.gate().admit(() -> new SessionTicketProbe(t.settings()).run(t.endpoint())),
            EvidenceAttachments::of);

    /** Port 25: a handshake without SNI (CERT-08). */
    public static final Observation<OfferedHandshakeFacts> HANDSHAKE_WITHOUT_SNI = handshake("handshake-without-sni",
            MX, HandshakeVariant.WITHOUT_SNI, "no SNI");

    /** Port 25: a handshake whose SNI names a host the server does not know (CERT-08). */
    public static final Observation<OfferedHandshakeFacts> HANDSHAKE_UNKNOWN_SNI = handshake("handshake-unknown-sni",
            MX, HandshakeVariant.UNKNOWN_SNI, "unknown SNI");

    /** Every service: a TLS 1.2-only handshake (TLS-VER-03). */
    public static final Observation<OfferedHandshakeFacts> HANDSHAKE_TLS12_ONLY = handshake("handshake-tls12-only",
            EVERY_SERVICE, HandshakeVariant.TLS12_ONLY, "TLS 1.2 only");

    /**
     * Every service: versions, suites, groups and extensions by raw hellos, over the service's own way into TLS
     * (STARTTLS, STLS, implicit TLS); many short connections, each admitted by the gate.
     */
    public static final Observation<TlsEnumerationFacts> TLS_ENUMERATION = Observation.manyConnections(
            "tls-enumeration", EVERY_SERVICE,
            t -> TlsEnumerationProbe.gated(t.settings(), t.gate(), t.service()).run(t.endpoint()),
            EvidenceAttachments::of);

    /**
     * Every service: versions and the suites each accepts by raw hellos, nothing else (TLS-VER-01, -02, TLS-CS-01,
     * -02: all the pilot profile asks of the enumeration); answered by {@link #TLS_ENUMERATION} when the run makes it.
     */
    public static final Observation<TlsEnumerationFacts> TLS_VERSIONS_AND_SUITES = Observation.manyConnections(
            "tls-versions-and-suites", EVERY_SERVICE,
            t -> TlsEnumerationProbe.gated(t.settings(), t.gate(), t.service(), EnumerationScope.VERSIONS_AND_SUITES)
                    .run(t.endpoint()), EvidenceAttachments::of).coveredBy(TLS_ENUMERATION);

    /**
     * User access: a handshake on the implicit-TLS counterpart of a STARTTLS service (ACCESS-03); empty, without
     * a connection, when the service has no counterpart or none is known for this target.
     */
    public static final Observation<Optional<OfferedHandshakeFacts>> ACCESS_IMPLICIT_TLS_PORT = Observation.manyConnections(
            "access-implicit-tls-port", USER_ACCESS, Observations::implicitTlsPort,
            h -> h.map(facts -> EvidenceAttachments.of("implicit-TLS port", facts)).orElse(List.of()));

    /** User access: POP3 {@code USER probe} before TLS, never followed by {@code PASS} (ACCESS-02). */
    public static final Observation<CleartextLoginFacts> ACCESS_CLEARTEXT_LOGIN = Observation.session(
            "access-cleartext-login", USER_ACCESS,
            t -> new CleartextLoginProbe(t.settings()).run(t.service(), t.endpoint()), AccessEvidence::of);

    private static final List<Observation<?>> ALL = List.of(TLS_DIALOGUE, PIPELINED_TLS_COMMAND,
            HANDSHAKE_WITHOUT_SNI, HANDSHAKE_UNKNOWN_SNI, HANDSHAKE_TLS12_ONLY, TLS_ENUMERATION,
            TLS_VERSIONS_AND_SUITES, ACCESS_IMPLICIT_TLS_PORT, ACCESS_CLEARTEXT_LOGIN, STARTTLS_WITH_ARGUMENT,
            PARTNER_PLAINTEXT_MAIL, SESSION_TICKETS);

    private Observations() {
    }

    /** Every observation, in a stable order. */
    public static List<Observation<?>> all() {
        return ALL;
    }

    /** What may be measured on a target offering {@code service}. */
    public static Set<Observation<?>> applicableTo(MailService service) {
        return ALL.stream().filter(o -> o.appliesTo(service)).collect(Collectors.toCollection(OrderedSet::new));
    }

    /**
     * {@code plan} without the observations a wider one in it answers ({@link Observation#coveredBy()}): what a
     * target's store will measure for it.
     */
    public static Set<Observation<?>> withoutCovered(Set<Observation<?>> plan) {
        Set<Observation<?>> out = newSet();
        plan.stream().filter(o -> o.coveredBy().map(w -> !plan.contains(w)).orElse(true)).forEach(out::add);
        return out;
    }

    /** An empty set that keeps observations in registry order, so plans and logs read the same from run to run. */
    public static Set<Observation<?>> newSet() {
        return new OrderedSet();
    }

    private static Observation<OfferedHandshakeFacts> handshake(String name, Predicate<MailService> appliesTo,
                                                                HandshakeVariant variant, String label) {
        return Observation.session(name, appliesTo, t -> new OfferedHandshakeProbe(t.settings())
                .run(t.service(), t.endpoint(), variant.offerFor(t.referenceName())),
                h -> EvidenceAttachments.of(label, h));
    }

    private static Optional<OfferedHandshakeFacts> implicitTlsPort(ProbeContext t) {
        Optional<MailService> counterpart = t.service().implicitTlsCounterpart();
        if (counterpart.isEmpty() || t.implicitTlsPort().isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(t.gate().admit(() -> new OfferedHandshakeProbe(t.settings()).run(counterpart.get(),
                t.implicitTlsPort().get(), TlsClientSettings.modern(t.referenceName()))));
    }

    /** Observations in registry order. */
    static final class OrderedSet extends TreeSet<Observation<?>> {
        OrderedSet() {
            super(Comparator.comparingInt(ALL::indexOf));
        }
    }
}
