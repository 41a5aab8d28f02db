package org.mtainterop.interop;

/** One receiving side of the matrix: reachable by name on the run's network, with a mailbox the harness reads. */
interface InteropReceiver extends AutoCloseable {
    String label();

    /** {@code mx.<label>.test}: the name in its certificate, the name senders relay to. */
    default String mxName() {
        return "mx." + label() + ".test";
    }

    /** Where senders reach it on the run's network. */
    String address();

    int port();

    /** Every message received so far, as mbox text ({@code From } separator lines). */
    String mailbox();

    @Override
    void close();
}
