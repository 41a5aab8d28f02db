package org.mtainterop.probe.mtasts;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.mtainterop.cert.CertificateFacts;
import org.mtainterop.policy.Reason;
import org.mtainterop.report.ReportLanguage;

/**
 * What fetching {@code https://mta-sts.<domain>/.well-known/mta-sts.txt} showed (RFC 8461 §3.3): facts only,
 * judged by MTASTS-02 and MTASTS-03. Redirects are recorded, never followed.
 *
 * @param url          the URL asked for
 * @param addresses    the policy host's addresses, in the order tried
 * @param connectedTo  the address that answered, if any
 * @param stage        how far the fetch got
 * @param failure      why it stopped before a complete response, if it did: its kind and words ({@link #said()})
 * @param timedOut     it stopped because a timeout or the deadline passed (the host is slow or gone: not judged)
 * @param certificate  the chain the policy host presented, validated for the policy host's name (PKIX, RFC 6125)
 * @param tls          the negotiated protocol and suite, e.g. {@code TLSv1.3 TLS_AES_128_GCM_SHA256}
 * @param statusLine   the HTTP status line as sent
 * @param headers      the response header fields as sent, in order
 * @param body         at most {@link #MAX_BODY} bytes of the body
 * @param bodyTooLarge the server had more than {@link #MAX_BODY} bytes (reading stopped there)
 */
public record PolicyFetch(String url, List<String> addresses, Optional<String> connectedTo, Stage stage,
                          Optional<FetchProblem> failure, boolean timedOut, Optional<CertificateFacts> certificate, Optional<String> tls,
                          Optional<String> statusLine, int status, List<Map.Entry<String, String>> headers,
                          byte[] body, boolean bodyTooLarge, Duration elapsed) {
    /** RFC 8461 §3.3: "senders SHOULD impose a limit on the response size; ... 64 kilobytes". */
    public static final int MAX_BODY = 64 * 1024;

    /** How far the fetch got. */
    public enum Stage {
        /** The policy host has no address (or the lookup failed): {@code failure} says which. */
        NO_ADDRESS,
        /** No address accepted a TCP connection in time. */
        CONNECT_FAILED,
        /** The TLS handshake failed. */
        TLS_FAILED,
        /** The response was malformed, cut short or too slow: {@code failure} says how. */
        RESPONSE_FAILED,
        /** A complete response (status, headers and body, possibly cut at {@link #MAX_BODY}). */
        RESPONDED;

        /** The stage as a verdict quotes it: the constant's name in English, « sans adresse » in French. */
        public Reason said() {
            return switch (this) {
                case NO_ADDRESS -> Reason.of("PolicyFetch.stageNoAddress");
                case CONNECT_FAILED -> Reason.of("PolicyFetch.stageConnectFailed");
                case TLS_FAILED -> Reason.of("PolicyFetch.stageTlsFailed");
                case RESPONSE_FAILED -> Reason.of("PolicyFetch.stageResponseFailed");
                case RESPONDED -> Reason.of("PolicyFetch.stageResponded");
            };
        }
    }

    public PolicyFetch {
        Objects.requireNonNull(url, "url");
        addresses = List.copyOf(addresses);
        Objects.requireNonNull(stage, "stage");
        Objects.requireNonNull(failure, "failure");
        headers = List.copyOf(headers);
        body = body.clone();
    }

    @Override
    public byte[] body() {
        return body.clone();
    }

    /** Why it stopped, in the report's language. */
    public Optional<Reason> said() {
        return failure.map(FetchProblem::said);
    }

    /** Why it stopped, in English (as the evidence shows it). */
    public Optional<String> problem() {
        return failure.map(FetchProblem::problem);
    }

    /** Whether it stopped for this kind of trouble. */
    public boolean stoppedBy(FetchProblem.Kind kind) {
        return failure.filter(f -> f.kind() == kind).isPresent();
    }

    /** The fetch in one line: {@code PolicyFetch[https://…, TLS_FAILED: TLS handshake: …, 0 bytes]}. */
    public Reason summary() {
        return Reason.of("PolicyFetch.summary", url, stage.said(), said().<Reason>map(r -> Reason.of("Dns.afterColon", r))
                .orElse(Reason.NONE), statusLine.isPresent() ? ", " + status : "", body.length);
    }

    public Optional<String> header(String name) {
        return headers.stream().filter(h -> h.getKey().equalsIgnoreCase(name)).map(Map.Entry::getValue).findFirst();
    }

    /** The media type without parameters, lower-cased: {@code text/plain} for {@code text/plain; charset=utf-8}. */
    public Optional<String> mediaType() {
        return header("Content-Type").map(v -> v.split(";", 2)[0].strip().toLowerCase(Locale.ROOT));
    }

    public boolean isRedirect() {
        return stage == Stage.RESPONDED && status >= 300 && status < 400;
    }

    /** The fetch as text for the report: request, connection, TLS, status, headers and the body. */
    public String evidence() {
        StringBuilder text = new StringBuilder("GET ").append(url).append('\n')
                .append("addresses: ").append(addresses.isEmpty() ? "(none)" : String.join(", ", addresses)).append('\n')
                .append("connected to: ").append(connectedTo.orElse("(none)")).append('\n')
                .append("stage: ").append(stage).append(problem().map(p -> " (" + p + ")").orElse("")).append('\n');
        tls.ifPresent(t -> text.append("TLS: ").append(t).append('\n'));
        certificate.ifPresent(c -> text.append("certificate: PKIX ").append(c.pkix().valid() ? "valid" : "INVALID")
                .append(", ").append(c.pkix().reason()).append("; name ").append(c.nameMatch().readable()).append('\n'));
        elapsedLine(text);
        statusLine.ifPresent(s -> {
            text.append('\n').append(s).append('\n');
            headers.forEach(h -> text.append(h.getKey()).append(": ").append(h.getValue()).append('\n'));
            text.append('\n').append(new String(body, StandardCharsets.UTF_8));
            if (bodyTooLarge) {
                text.append("\n... (more than ").append(MAX_BODY).append(" bytes: reading stopped)\n");
            }
        });
        return text.toString();
    }

    private void elapsedLine(StringBuilder text) {
        text.append("elapsed: ").append(elapsed.toMillis()).append(" ms\n");
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof PolicyFetch that && url.equals(that.url) && addresses.equals(that.addresses)
                && connectedTo.equals(that.connectedTo) && stage == that.stage && failure.equals(that.failure) && timedOut == that.timedOut
                && certificate.equals(that.certificate) && tls.equals(that.tls) && statusLine.equals(that.statusLine)
                && status == that.status && headers.equals(that.headers) && Arrays.equals(body, that.body)
                && bodyTooLarge == that.bodyTooLarge && elapsed.equals(that.elapsed);
    }

    @Override
    public int hashCode() {
        return Objects.hash(url, stage, status, Arrays.hashCode(body));
    }

    @Override
    public String toString() {
        return summary().render(ReportLanguage.EN);
    }
}
