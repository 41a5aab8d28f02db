package org.mtainterop.report;

import java.util.Comparator;
import java.util.List;

/**
 * Orders requirement IDs as the catalog (requirements.md) lists them: by family in catalog order,
 * then by number. IDs of a family the catalog does not know come last, by family name.
 */
public final class CatalogOrder {

    /** Families in the order of the catalog's sections. */
    public static final List<String> FAMILIES = List.of(
            "STARTTLS", "DOWNGRADE", "TLS-VER", "TLS-CS", "TLS-KX", "TLS-EXT", "CERT",
            "DANE", "MTASTS", "TLSRPT", "REQTLS", "ACCESS", "CLIENT");

    /** Compares requirement IDs such as {@code TLS-VER-02}. */
    public static final Comparator<String> IDS = Comparator
            .comparingInt(CatalogOrder::familyRank)
            .thenComparing(CatalogOrder::family)
            .thenComparingInt(CatalogOrder::number)
            .thenComparing(Comparator.naturalOrder());

    /** Compares results by their requirement ID. */
    public static final Comparator<RequirementResult> RESULTS =
            Comparator.comparing(RequirementResult::requirement, IDS);

    private CatalogOrder() {
    }

    static String family(String id) {
        int dash = id.lastIndexOf('-');
        return dash < 0 ? id : id.substring(0, dash);
    }

    private static int familyRank(String id) {
        int rank = FAMILIES.indexOf(family(id));
        return rank < 0 ? FAMILIES.size() : rank;
    }

    private static int number(String id) {
        String digits = id.substring(id.lastIndexOf('-') + 1);
        try {
            return Integer.parseInt(digits);
        } catch (NumberFormatException e) {
            return Integer.MAX_VALUE;
        }
    }
}
