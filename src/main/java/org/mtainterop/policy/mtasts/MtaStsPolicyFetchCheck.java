package org.mtainterop.policy.mtasts;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.mtainterop.cert.CertificateFacts;
import org.mtainterop.policy.Reason;
import org.mtainterop.policy.Verdict;
import org.mtainterop.probe.mtasts.FetchProblem;
import org.mtainterop.probe.mtasts.MtaStsFacts;
import org.mtainterop.probe.mtasts.PolicyFetch;
import org.mtainterop.probe.mtasts.PolicyFetcher;

/**
 * MTASTS-02: the policy is served at {@code https://mta-sts.<domain>/.well-known/mta-sts.txt} as RFC 8461 §3.3
 * requires: a certificate valid for {@code mta-sts.<domain>} (PKIX, RFC 6125), status 200 with no redirect
 * (senders "MUST NOT follow HTTP redirects"), media type {@code text/plain} (parameters allowed), and at most
 * 64 KiB (what senders read). A host that does not answer in time cannot be judged.
 */
public final class MtaStsPolicyFetchCheck extends PublishedCheck {
    public static final String ID = "MTASTS-02";

    @Override
    public String requirementId() {
        return ID;
    }

    @Override
    public Verdict judge(MtaStsFacts facts) {
        if (facts.sts().absent() || facts.fetch().isEmpty()) {
            return notPublished(facts);
        }
        PolicyFetch fetch = facts.fetch().get();
        String host = PolicyFetcher.policyHost(facts.domain());
        switch (fetch.stage()) {
            case NO_ADDRESS -> {
                return fetch.stoppedBy(FetchProblem.Kind.LOOKUP_FAILED)
                        ? Verdict.broken(ID, fetch.said().orElseThrow())
                        : Verdict.failed(ID, Reason.of("MtaStsPolicyFetch.failed.1", host, fetch.said().orElse(Reason.NONE)));
            }
            case CONNECT_FAILED -> {
                return Verdict.broken(ID, Reason.of("MtaStsPolicyFetch.broken.1",
                        host, fetch.url(), fetch.said().orElse(Reason.NONE)));
            }
            case TLS_FAILED -> {
                return fetch.timedOut()
                        ? Verdict.broken(ID, fetch.said().orElse(Reason.of("MtaStsPolicyFetch.tlsTimedOut")))
                        : Verdict.failed(ID, Reason.of("MtaStsPolicyFetch.failed.2", host,
                                fetch.said().orElse(Reason.of("MtaStsPolicyFetch.handshakeFailed")),
                                certificateProblem(fetch.certificate(), host)
                                        .map(p -> Reason.join("", List.of(Reason.fact("; "), p))).orElse(Reason.NONE)));
            }
            case RESPONSE_FAILED -> {
                return fetch.timedOut() ? Verdict.broken(ID, Reason.of("MtaStsPolicyFetch.broken.2", host,
                        fetch.said().orElse(Reason.of("MtaStsPolicyFetch.timedOut"))))
                        : Verdict.failed(ID, Reason.of("MtaStsPolicyFetch.failed.3", host, fetch.said().orElse(Reason.NONE)));
            }
            default -> {
                return judgeResponse(fetch, host);
            }
        }
    }

    private static Verdict judgeResponse(PolicyFetch fetch, String host) {
        List<Reason> problems = new ArrayList<>();
        certificateProblem(fetch.certificate(), host).ifPresent(problems::add);
        if (fetch.isRedirect()) {
            problems.add(Reason.of("MtaStsPolicyFetch.redirect", fetch.statusLine().orElse(""), fetch.header("Location")
                    .map(Reason::fact).orElse(Reason.of("MtaStsPolicyFetch.noLocation"))));
        } else if (fetch.status() != 200) {
            problems.add(Reason.of("MtaStsPolicyFetch.status", fetch.status(), fetch.statusLine().orElse("")));
        } else {
            Optional<String> type = fetch.mediaType();
            if (type.isEmpty()) {
                problems.add(Reason.of("MtaStsPolicyFetch.noContentType"));
            } else if (!type.get().equals("text/plain")) {
                problems.add(Reason.of("MtaStsPolicyFetch.contentType", fetch.header("Content-Type").orElse("")));
            }
            if (fetch.bodyTooLarge()) {
                problems.add(Reason.of("MtaStsPolicyFetch.bodyTooLarge"));
            }
        }
        if (!problems.isEmpty()) {
            return Verdict.failed(ID, Reason.of("MtaStsPolicyFetch.failed.4", fetch.url(), Reason.join("; ", problems)));
        }
        return Verdict.passed(ID, Reason.of("MtaStsPolicyFetch.passed.1",
                fetch.url(), fetch.header("Content-Type").orElse(""),
                fetch.body().length, host, fetch.tls().map(t -> " (" + t + ")").orElse("")));
    }

    private static Optional<Reason> certificateProblem(Optional<CertificateFacts> certificate, String host) {
        if (certificate.isEmpty()) {
            return Optional.empty();
        }
        CertificateFacts facts = certificate.get();
        List<Reason> problems = new ArrayList<>();
        if (!facts.pkix().valid()) {
            problems.add(Reason.of("MtaStsPolicyFetch.certificateInvalid", facts.pkix().described()));
        }
        if (!facts.nameMatch().matched()) {
            problems.add(Reason.of("MtaStsPolicyFetch.certificateNotFor", host, facts.nameMatch().readable()));
        }
        return problems.isEmpty() ? Optional.empty()
                : Optional.of(Reason.of("MtaStsPolicyFetch.policyRefused", Reason.join("; ", problems)));
    }
}
