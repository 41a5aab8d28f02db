package org.mtainterop.run;

import java.security.GeneralSecurityException;
import java.time.Instant;
import java.util.List;
import javax.net.ssl.SSLContext;
import org.mtainterop.cert.TrustAnchors;
import org.mtainterop.policy.Outcome;
import org.mtainterop.policy.Severity;
import org.mtainterop.report.JsonSummaryWriter;
import org.mtainterop.report.RequirementResult;
import org.mtainterop.report.RunSummary;
import org.mtainterop.report.TargetReport;
import org.mtainterop.tls.raw.CipherSuites;
import org.mtainterop.tls.raw.KeyShares;
import org.mtainterop.tls.raw.NamedGroups;
import org.mtainterop.tls.raw.ProtocolVersion;

/**
 * The work every run does whatever its options, begun on a second core while picocli builds the command line
 * (about 0.2 s of the first): the JDK trust store, the JSSE provider, the IANA tables, the TLS 1.3 key shares
 * of the raw hellos, and the JSON summary's serializers (from a throwaway summary). What it makes lands in
 * caches the run reads ({@link TrustAnchors#jdkDefaults()}, {@link KeyShares}, the tables, Jackson's, the
 * JDK's own); a failure is ignored here and met, and reported, by the run.
 */
public final class RunWarmUp {
    private RunWarmUp() {
    }

    public static void start() {
        Thread warmUp = new Thread(() -> {
            try {
                TrustAnchors.jdkDefaults();
                CipherSuites.usableIn(ProtocolVersion.TLS_1_3);
                KeyShares.publicShare(NamedGroups.X25519);
                KeyShares.publicShare(NamedGroups.SECP256R1);
                SSLContext.getInstance("TLS").init(null, null, null);
                RequirementResult result = new RequirementResult("", Outcome.PASSED, Severity.MUST, List.of(), "", 0);
                new JsonSummaryWriter().toJson(new RunSummary("", Instant.EPOCH, "",
                        List.of(new TargetReport("", "", 0, "", List.of(result)))));
            } catch (RuntimeException | GeneralSecurityException ignored) {
                // the run does the same work and reports what goes wrong
            }
        }, "mta-interop-warm-up");
        warmUp.setDaemon(true);
        warmUp.start();
    }
}
