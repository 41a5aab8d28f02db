package org.mtainterop.run;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.mtainterop.net.MailService;
import org.mtainterop.observation.Observation;
import org.mtainterop.observation.Observations;
import org.mtainterop.policy.Checks;
import org.mtainterop.policy.InboundCheck;

/**
 * What to probe ahead for the scenarios a run selected: the union of what their requirements' checks declare
 * they need ({@link InboundCheck#needs}), derived from the check registry, never kept by hand; an observation a
 * wider one in the plan answers is left out (the pilot's versions and suites, when the ANSSI checks ask for the
 * whole enumeration). A run selects its profile's scenarios, so the pilot profile probes only what the pilot
 * judges (about 30 connections to an MX, the ANSSI profile about 70); with {@code --tags @REQ-CERT-01} an MX
 * gets one STARTTLS session. A
 * requirement no check is registered for (a feature an operator added) is probed in full. {@code ProbePlanTest}
 * runs each requirement's scenarios alone and holds this plan equal to what they asked for.
 */
final class ProbePlan {
    private ProbePlan() {
    }

    /** The observations {@code requirementIds} need on a target offering {@code service}, within what applies to it. */
    static Set<Observation<?>> forRequirements(MailService service, Collection<String> requirementIds) {
        Set<Observation<?>> applicable = Observations.applicableTo(service);
        Set<Observation<?>> plan = Observations.newSet();
        for (String id : requirementIds) {
            List<InboundCheck> checks = Checks.inbound(service, id);
            if (checks.isEmpty()) {
                plan.addAll(applicable);
            }
            checks.forEach(c -> plan.addAll(c.needs(service)));
        }
        plan.retainAll(applicable);
        return Observations.withoutCovered(plan);
    }

    /** True when a check is registered for {@code requirementId} on a target offering {@code service}. */
    static boolean known(MailService service, String requirementId) {
        return !Checks.inbound(service, requirementId).isEmpty();
    }

    /** The requirement IDs of a set of scenario tags: {@code @REQ-CERT-01} or {@code REQ-CERT-01} gives CERT-01. */
    static Stream<String> requirementIds(Collection<String> tags) {
        return tags.stream().map(t -> t.startsWith("@") ? t.substring(1) : t)
                .filter(t -> t.startsWith("REQ-")).map(t -> t.substring("REQ-".length()));
    }
}
