package org.mtainterop.adversary.mtasts;

/** How the harness's MTA-STS policy server misbehaves on purpose (none: it serves the policy as RFC 8461 §3.3 asks). */
public enum PolicyServerFault {
    NONE("200, text/plain, the policy"),
    REDIRECT("301 to another URL on the same host (senders must not follow it)"),
    NOT_FOUND("404"),
    WRONG_CONTENT_TYPE("200 with Content-Type text/html"),
    NO_CONTENT_TYPE("200 without a Content-Type"),
    OVERSIZED_BODY("200 with a 100 KiB body announced by Content-Length"),
    OVERSIZED_CHUNKED("200 with an endless chunked body"),
    DRIP_FED("200 with the body sent one byte every 500 ms");

    private final String description;

    PolicyServerFault(String description) {
        this.description = description;
    }

    public String description() {
        return description;
    }
}
