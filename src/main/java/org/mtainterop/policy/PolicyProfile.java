package org.mtainterop.policy;

import java.util.Locale;

/** Requirement profiles, cumulative: anssi includes pilot; modern includes both (requirements.md). */
public enum PolicyProfile {
    PILOT("@pilot"), ANSSI("@pilot or @anssi"), MODERN("@pilot or @anssi or @modern");

    private final String tagExpression;

    PolicyProfile(String tagExpression) {
        this.tagExpression = tagExpression;
    }

    /** The Cucumber tag expression that selects this profile's scenarios. */
    public String tagExpression() {
        return tagExpression;
    }

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static PolicyProfile parse(String text) {
        for (PolicyProfile p : values()) {
            if (p.label().equalsIgnoreCase(text.strip())) {
                return p;
            }
        }
        throw new IllegalArgumentException("unknown profile '" + text + "' (expected pilot, anssi or modern)");
    }
}
