package org.mtainterop.dns.testbed;

import java.util.Map;

/** The standard fixture zones of the test bed, one per DNSSEC situation, under the default apex {@code test.}. */
public final class StandardZones {
    public static final String SECURE = "secure.test";
    public static final String INSECURE = "insecure.test";
    public static final String EXPIRED = "expired.test";
    public static final String NOT_YET_VALID = "notyet.test";
    public static final String BROKEN = "broken.test";
    public static final String NO_DS = "nods.test";
    public static final String WRONG_DS = "wrongds.test";
    /**
     * A delegation from the apex to a name server whose name does not exist (so it has no address): the
     * resolver answers SERVFAIL even with checking disabled. Not a zone of its own: records in the apex.
     */
    public static final String LAME = "lame.test";
    /** The apex records that make {@link #LAME} lame. */
    public static final String LAME_DELEGATION = "lame IN NS ns.nowhere\n";

    /** Name → mode, in a stable order. */
    public static final Map<String, ZoneMode> ALL = orderedModes();

    private StandardZones() {
    }

    private static Map<String, ZoneMode> orderedModes() {
        java.util.LinkedHashMap<String, ZoneMode> all = new java.util.LinkedHashMap<>();
        all.put(SECURE, ZoneMode.SIGNED);
        all.put(INSECURE, ZoneMode.UNSIGNED);
        all.put(EXPIRED, ZoneMode.EXPIRED);
        all.put(NOT_YET_VALID, ZoneMode.NOT_YET_VALID);
        all.put(BROKEN, ZoneMode.BROKEN_SIGNATURES);
        all.put(NO_DS, ZoneMode.NO_DS);
        all.put(WRONG_DS, ZoneMode.WRONG_DS);
        return java.util.Collections.unmodifiableMap(all);
    }
}
