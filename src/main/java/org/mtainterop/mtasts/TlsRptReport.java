package org.mtainterop.mtasts;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

/**
 * A TLS-RPT aggregate report (RFC 8460 §4), as parsed by {@link TlsRptReportParser}: what one sending
 * organisation saw of the TLS sessions it attempted to a policy domain over a date range.
 */
public record TlsRptReport(String organizationName, OffsetDateTime start, OffsetDateTime end, String contactInfo,
                           String reportId, List<PolicyResult> policies) {
    public TlsRptReport {
        policies = List.copyOf(policies);
    }

    /** {@code policy-type} (§4.4): what the sender applied. */
    public enum PolicyType {
        STS("sts"), TLSA("tlsa"), NO_POLICY_FOUND("no-policy-found");

        private final String json;

        PolicyType(String json) {
            this.json = json;
        }

        public String json() {
            return json;
        }

        static Optional<PolicyType> of(String json) {
            for (PolicyType type : values()) {
                if (type.json.equals(json)) {
                    return Optional.of(type);
                }
            }
            return Optional.empty();
        }
    }

    /** {@code result-type} (§4.3): negotiation failures (§4.3.1), then policy failures (§4.3.2). */
    public enum ResultType {
        STARTTLS_NOT_SUPPORTED("starttls-not-supported"),
        CERTIFICATE_HOST_MISMATCH("certificate-host-mismatch"),
        CERTIFICATE_EXPIRED("certificate-expired"),
        CERTIFICATE_NOT_TRUSTED("certificate-not-trusted"),
        VALIDATION_FAILURE("validation-failure"),
        TLSA_INVALID("tlsa-invalid"),
        DNSSEC_INVALID("dnssec-invalid"),
        DANE_REQUIRED("dane-required"),
        STS_POLICY_FETCH_ERROR("sts-policy-fetch-error"),
        STS_POLICY_INVALID("sts-policy-invalid"),
        STS_WEBPKI_INVALID("sts-webpki-invalid");

        private final String json;

        ResultType(String json) {
            this.json = json;
        }

        public String json() {
            return json;
        }

        static Optional<ResultType> of(String json) {
            for (ResultType type : values()) {
                if (type.json.equals(json)) {
                    return Optional.of(type);
                }
            }
            return Optional.empty();
        }
    }

    /** One {@code policies[]} element: the policy applied, its session counts and failures. */
    public record PolicyResult(PolicyType policyType, List<String> policyString, String policyDomain,
                               List<String> mxHost, long successfulSessions, long failedSessions,
                               List<FailureDetail> failureDetails) {
        public PolicyResult {
            policyString = List.copyOf(policyString);
            mxHost = List.copyOf(mxHost);
            failureDetails = List.copyOf(failureDetails);
        }
    }

    /** One {@code failure-details[]} element (§4.4). */
    public record FailureDetail(ResultType resultType, Optional<String> sendingMtaIp,
                                Optional<String> receivingMxHostname, Optional<String> receivingMxHelo,
                                Optional<String> receivingIp, long failedSessionCount,
                                Optional<String> additionalInformation, Optional<String> failureReasonCode) {
    }

    /** Every result type the report names, over all its policies. */
    public List<ResultType> resultTypes() {
        return policies.stream().flatMap(p -> p.failureDetails().stream()).map(FailureDetail::resultType)
                .distinct().toList();
    }
}
