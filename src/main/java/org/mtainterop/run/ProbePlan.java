package org.mtainterop.run;

import static org.mtainterop.probe.Observation.ACCESS_CLEARTEXT_LOGIN;
import static org.mtainterop.probe.Observation.ACCESS_DIALOGUE;
import static org.mtainterop.probe.Observation.ACCESS_IMPLICIT_TLS_PORT;
import static org.mtainterop.probe.Observation.ACCESS_PIPELINED;
import static org.mtainterop.probe.Observation.ACCESS_TLS12_ONLY;
import static org.mtainterop.probe.Observation.HANDSHAKE_TLS12_ONLY;
import static org.mtainterop.probe.Observation.HANDSHAKE_UNKNOWN_SNI;
import static org.mtainterop.probe.Observation.HANDSHAKE_WITHOUT_SNI;
import static org.mtainterop.probe.Observation.PIPELINED_STARTTLS;
import static org.mtainterop.probe.Observation.STARTTLS_DIALOGUE;
import static org.mtainterop.probe.Observation.TLS_ENUMERATION;

import java.util.Collection;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.mtainterop.net.MailService;
import org.mtainterop.probe.Observation;

/**
 * What to probe ahead for the scenarios a run selected: each requirement's scenario asks the fact store for
 * these observations (its When step, its check and the check's preconditions, such as the modern dialogue
 * telling whether TLS is offered at all). A run without {@code --tags} selects every scenario of the
 * profile and probes everything that applies; with {@code --tags @REQ-CERT-01} an MX gets one STARTTLS
 * session instead of about a hundred connections. A requirement missing here (a feature an operator added) is
 * probed in full. {@code ProbePlanTest} runs each requirement's scenarios alone and holds this table equal to
 * what they asked for.
 */
final class ProbePlan {
    private static final Map<String, Set<Observation>> MX = Map.ofEntries(
            Map.entry("CERT-01", EnumSet.of(STARTTLS_DIALOGUE)),
            Map.entry("CERT-02", EnumSet.of(STARTTLS_DIALOGUE)),
            Map.entry("CERT-03", EnumSet.of(STARTTLS_DIALOGUE)),
            Map.entry("CERT-08", EnumSet.of(HANDSHAKE_WITHOUT_SNI, HANDSHAKE_UNKNOWN_SNI)),
            Map.entry("DOWNGRADE-01", EnumSet.of(PIPELINED_STARTTLS)),
            Map.entry("REQTLS-01", EnumSet.of(STARTTLS_DIALOGUE)),
            Map.entry("STARTTLS-01", EnumSet.of(STARTTLS_DIALOGUE)),
            Map.entry("STARTTLS-03", EnumSet.of(STARTTLS_DIALOGUE)),
            Map.entry("STARTTLS-04", EnumSet.of(STARTTLS_DIALOGUE)),
            Map.entry("STARTTLS-08", EnumSet.of(STARTTLS_DIALOGUE)),
            Map.entry("TLS-VER-03", EnumSet.of(HANDSHAKE_TLS12_ONLY)),
            Map.entry("TLS-VER-04", EnumSet.of(STARTTLS_DIALOGUE)));

    private static final Map<String, Set<Observation>> ACCESS = Map.ofEntries(
            Map.entry("ACCESS-01", EnumSet.of(ACCESS_DIALOGUE)),
            Map.entry("ACCESS-02", EnumSet.of(ACCESS_DIALOGUE, ACCESS_CLEARTEXT_LOGIN)),
            Map.entry("ACCESS-03", EnumSet.of(ACCESS_DIALOGUE, ACCESS_IMPLICIT_TLS_PORT)),
            Map.entry("ACCESS-04", EnumSet.of(ACCESS_DIALOGUE, ACCESS_PIPELINED)),
            Map.entry("ACCESS-05", EnumSet.of(ACCESS_DIALOGUE, ACCESS_PIPELINED)),
            Map.entry("CERT-01", EnumSet.of(ACCESS_DIALOGUE)),
            Map.entry("CERT-02", EnumSet.of(ACCESS_DIALOGUE)),
            Map.entry("CERT-03", EnumSet.of(ACCESS_DIALOGUE)),
            Map.entry("STARTTLS-08", EnumSet.of(ACCESS_DIALOGUE)),
            Map.entry("TLS-VER-03", EnumSet.of(ACCESS_TLS12_ONLY)),
            Map.entry("TLS-VER-04", EnumSet.of(ACCESS_DIALOGUE)));

    /**
     * The raw-hello requirements (versions, suites, groups, extensions) on every service: the enumeration, and the
     * service's modern dialogue, which tells whether TLS is offered at all (a skip, not a failure, when not).
     */
    private static final Set<String> ENUMERATED = Set.of("TLS-VER-01", "TLS-VER-02", "TLS-CS-01", "TLS-CS-02",
            "TLS-CS-03", "TLS-CS-04", "TLS-KX-01", "TLS-KX-02", "TLS-EXT-01", "TLS-EXT-02", "TLS-EXT-03", "TLS-EXT-06");

    private ProbePlan() {
    }

    /** The observations {@code requirementIds} need on a target offering {@code service}, within what applies to it. */
    static Set<Observation> forRequirements(MailService service, Collection<String> requirementIds) {
        Set<Observation> applicable = Observation.applicableTo(service);
        Set<Observation> plan = EnumSet.noneOf(Observation.class);
        for (String id : requirementIds) {
            plan.addAll(known(service, id) ? needs(service, id) : applicable);
        }
        plan.retainAll(applicable);
        return plan;
    }

    /** True when the table knows {@code requirementId} for the service's family. */
    static boolean known(MailService service, String requirementId) {
        return ENUMERATED.contains(requirementId) || table(service).containsKey(requirementId);
    }

    private static Set<Observation> needs(MailService service, String requirementId) {
        if (ENUMERATED.contains(requirementId)) {
            return EnumSet.of(TLS_ENUMERATION, service.userAccess() ? ACCESS_DIALOGUE : STARTTLS_DIALOGUE);
        }
        return table(service).get(requirementId);
    }

    private static Map<String, Set<Observation>> table(MailService service) {
        return service.userAccess() ? ACCESS : MX;
    }

    /** The requirement IDs of a set of scenario tags: {@code @REQ-CERT-01} or {@code REQ-CERT-01} gives CERT-01. */
    static Stream<String> requirementIds(Collection<String> tags) {
        return tags.stream().map(t -> t.startsWith("@") ? t.substring(1) : t)
                .filter(t -> t.startsWith("REQ-")).map(t -> t.substring("REQ-".length()));
    }
}
