package org.mtainterop.cert;

import java.util.List;
import java.util.Objects;

/**
 * Whether a certificate names the host the client meant to reach (RFC 6125 §6.4): a fact, not a verdict.
 *
 * @param referenceName  the name the client looked for (the MX host name or an IP literal)
 * @param matchedBy      which presented identifier matched, e.g. "SAN dNSName *.example.test";
 *                       empty when nothing matched
 * @param presentedNames the identifiers that were compared: SAN dNSNames, or the subject CNs when the
 *                       certificate has no SAN dNSName, or SAN iPAddresses for an IP reference
 */
public record NameMatch(boolean matched, String referenceName, String matchedBy, List<String> presentedNames) {

    public NameMatch {
        Objects.requireNonNull(referenceName, "referenceName");
        Objects.requireNonNull(matchedBy, "matchedBy");
        presentedNames = List.copyOf(presentedNames);
    }

    static NameMatch matchedBy(String referenceName, String how, List<String> presentedNames) {
        return new NameMatch(true, referenceName, how, presentedNames);
    }

    static NameMatch noMatch(String referenceName, List<String> presentedNames) {
        return new NameMatch(false, referenceName, "", presentedNames);
    }

    /** One line for reports. */
    public String readable() {
        String names = presentedNames.isEmpty() ? "no names" : String.join(", ", presentedNames);
        return matched
                ? referenceName + " matched by " + matchedBy
                : referenceName + " not matched; the certificate presents " + names;
    }
}
