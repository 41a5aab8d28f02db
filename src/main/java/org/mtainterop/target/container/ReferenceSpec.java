package org.mtainterop.target.container;

import java.util.ArrayList;
import java.util.List;

/** One reference container to start: an MTA in a profile, written {@code MTA[:PROFILE]} ({@code all} = every pair). */
public record ReferenceSpec(ReferenceMta mta, ContainerTlsProfile profile) {

    public String targetName() {
        return mta.label() + ":" + profile.label();
    }

    /** Parses one {@code --reference} value; {@code all} and {@code MTA:all} expand. */
    public static List<ReferenceSpec> parse(String text) {
        String t = text == null ? "" : text.strip();
        if (t.isEmpty()) {
            throw new IllegalArgumentException("--reference: empty value (expected MTA[:PROFILE] or all)");
        }
        try {
            if (t.equalsIgnoreCase("all")) {
                return every(List.of(ReferenceMta.values()), List.of(ContainerTlsProfile.values()));
            }
            int colon = t.indexOf(':');
            ReferenceMta mta = ReferenceMta.parse(colon < 0 ? t : t.substring(0, colon));
            if (colon < 0) {
                return List.of(new ReferenceSpec(mta, ContainerTlsProfile.COMPLIANT));
            }
            String profile = t.substring(colon + 1);
            if (profile.equalsIgnoreCase("all")) {
                return every(List.of(mta), List.of(ContainerTlsProfile.values()));
            }
            ContainerTlsProfile chosen = ContainerTlsProfile.parse(profile);
            if (!chosen.appliesTo(mta)) {
                String only = chosen.onlyFor().get().label();
                throw new IllegalArgumentException("profile " + chosen.label() + " exists for "
                        + Character.toUpperCase(only.charAt(0)) + only.substring(1) + " only (" + chosen.whyOnly() + ")");
            }
            return List.of(new ReferenceSpec(mta, chosen));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("--reference '" + text + "': " + e.getMessage());
        }
    }

    private static List<ReferenceSpec> every(List<ReferenceMta> mtas, List<ContainerTlsProfile> profiles) {
        List<ReferenceSpec> all = new ArrayList<>();
        for (ReferenceMta m : mtas) {
            for (ContainerTlsProfile p : profiles) {
                if (p.appliesTo(m)) {
                    all.add(new ReferenceSpec(m, p));
                }
            }
        }
        return all;
    }
}
