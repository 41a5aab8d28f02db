package org.mtainterop.run;

/** Where a report links requirement IDs to: the catalog shipped beside the features. */
public final class CatalogLocation {
    private CatalogLocation() {
    }

    public static String url() {
        return HarnessHome.features().resolve("requirements.md").toUri().toString();
    }
}
