package org.mtainterop.dns;

import java.net.InetSocketAddress;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.mtainterop.net.Deadline;
import org.mtainterop.net.SaidIOException;
import org.mtainterop.policy.Reason;
import org.xbill.DNS.EDNSOption;
import org.xbill.DNS.Flags;
import org.xbill.DNS.Message;
import org.xbill.DNS.OPTRecord;
import org.xbill.DNS.Resolver;
import org.xbill.DNS.SimpleResolver;
import org.xbill.DNS.TSIG;
import org.xbill.DNS.WireParseException;

/**
 * One resolver, asked within one lookup's deadline: each query over UDP (one retry after a timeout while
 * the deadline allows), a truncated reply retried over TCP, every exchange recorded in a {@link QueryTrace}.
 * A failure completes the query exceptionally with a {@link DnsQueryException} that says what happened as a
 * {@link Reason} ({@code Dns.noReply}: "no reply from 192.0.2.53:53 within 3000 ms over UDP" in English, « pas de
 * réponse … » in French; a malformed reply, the wrong message ID, a truncated one), its message the English words.
 * Created per lookup (the trace and deadline are the lookup's); dnsjava's validator sits on top of it.
 */
final class BoundedResolver implements Resolver {
    private final InetSocketAddress server;
    private final Duration perQuery;
    private final Deadline deadline;
    private final QueryTrace trace;
    private volatile OPTRecord edns;

    BoundedResolver(InetSocketAddress server, Duration perQuery, Deadline deadline, QueryTrace trace) {
        this.server = server;
        this.perQuery = perQuery;
        this.deadline = deadline;
        this.trace = trace;
    }

    /** Why a query got no usable reply: said as a {@link Reason} (dnsjava's own words in it are facts), in English as the message. */
    static final class DnsQueryException extends SaidIOException {
        private static final long serialVersionUID = 1L;
        private final boolean noReply;

        DnsQueryException(Reason said) {
            this(said, false);
        }

        private DnsQueryException(Reason said, boolean noReply) {
            super(said);
            this.noReply = noReply;
        }

        /** Nothing came back within the query's timeout: the one failure a UDP query is retried after. */
        static DnsQueryException noReply(int timeoutMillis, String transport, InetSocketAddress server) {
            return new DnsQueryException(Reason.of("Dns.noReply", timeoutMillis, transport, describe(server)), true);
        }

        boolean isNoReply() {
            return noReply;
        }
    }

    @Override
    public CompletionStage<Message> sendAsync(Message query, Executor executor) {
        return CompletableFuture.supplyAsync(() -> {
            try {
                Message reply = exchange(query);
                trace.replied(query, reply);
                return reply;
            } catch (DnsQueryException e) {
                trace.failed(query, e.said());
                throw new CompletionException(e);
            }
        }, executor);
    }

    @Override
    public CompletionStage<Message> sendAsync(Message query) {
        return sendAsync(query, QueryThreads.EXECUTOR);
    }

    private Message exchange(Message query) throws DnsQueryException {
        Message reply = null;
        DnsQueryException udpFailure = null;
        for (int attempt = 0; attempt < 2 && reply == null; attempt++) {
            try {
                reply = once(query, false);
            } catch (DnsQueryException e) {
                udpFailure = e;
                if (!e.isNoReply() || deadline.expired()) {
                    throw e;
                }
            }
        }
        if (reply == null) {
            throw udpFailure;
        }
        if (reply.getHeader().getFlag(Flags.TC)) {
            try {
                reply = once(query, true);
            } catch (DnsQueryException e) {
                throw new DnsQueryException(Reason.of("Dns.truncatedTcpFailed", e.said()));
            }
            if (reply.getHeader().getFlag(Flags.TC)) {
                throw new DnsQueryException(Reason.of("Dns.truncatedOverTcp"));
            }
        }
        return reply;
    }

    private Message once(Message query, boolean tcp) throws DnsQueryException {
        String transport = tcp ? "TCP" : "UDP";
        if (deadline.expired()) {
            throw new DnsQueryException(Reason.of("Dns.deadlineBeforeQuery", deadline.total().toMillis(), transport));
        }
        int timeoutMillis = deadline.nextTimeoutMillis(perQuery);
        SimpleResolver simple = new SimpleResolver(server);
        simple.setTCP(tcp);
        simple.setIgnoreTruncation(true);
        simple.setTimeout(Duration.ofMillis(timeoutMillis));
        if (edns != null) {
            simple.setEDNS(edns);
        }
        try {
            // dnsjava's own timeout ends the exchange; the outer bound is a safety net if it does not.
            return simple.sendAsync(query.clone()).toCompletableFuture().get(timeoutMillis + 500L, TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            throw DnsQueryException.noReply(timeoutMillis, transport, server);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DnsQueryException(Reason.of("Dns.interruptedWaiting", describe(server)));
        } catch (ExecutionException e) {
            throw failure(e.getCause(), transport, timeoutMillis);
        }
    }

    /** What dnsjava's failure means, its message quoted as a fact. */
    private DnsQueryException failure(Throwable cause, String transport, int timeoutMillis) {
        String message = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
        if (cause instanceof SocketTimeoutException || cause instanceof java.util.concurrent.TimeoutException
                || message.toLowerCase(java.util.Locale.ROOT).contains("timed out")) {
            return DnsQueryException.noReply(timeoutMillis, transport, server);
        }
        if (cause instanceof WireParseException) {
            if (message.startsWith("invalid message id")) {
                return new DnsQueryException(Reason.of("Dns.wrongId", transport, message));
            }
            return new DnsQueryException(Reason.of("Dns.malformed", transport, message));
        }
        return new DnsQueryException(Reason.of("Dns.noUsableReply", transport, describe(server), message));
    }

    static String describe(InetSocketAddress address) {
        String host = address.getAddress() != null ? address.getAddress().getHostAddress() : address.getHostString();
        return (host.indexOf(':') >= 0 ? "[" + host + "]" : host) + ":" + address.getPort();
    }

    @Override
    public void setPort(int port) {
        throw new UnsupportedOperationException("the resolver's port is fixed by DnsResolverSettings");
    }

    @Override
    public void setTCP(boolean flag) {
        // UDP first, TCP on truncation: fixed.
    }

    @Override
    public void setIgnoreTruncation(boolean flag) {
        // A truncated reply is always retried over TCP.
    }

    @Override
    public void setEDNS(int version, int payloadSize, int flags, List<EDNSOption> options) {
        edns = version < 0 ? null : new OPTRecord(payloadSize == 0 ? SimpleResolver.DEFAULT_EDNS_PAYLOADSIZE : payloadSize,
                0, version, flags, options == null ? List.of() : options);
    }

    @Override
    public void setTSIGKey(TSIG key) {
        throw new UnsupportedOperationException("TSIG is not used");
    }

    @Override
    public void setTimeout(Duration timeout) {
        // The per-query timeout and the deadline come from DnsResolverSettings.
    }

    @Override
    public Duration getTimeout() {
        return perQuery;
    }

    /** The executor for queries sent without one: daemon threads, so a stuck query never holds the JVM. */
    static final class QueryThreads {
        static final Executor EXECUTOR = java.util.concurrent.Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "dns-query");
            t.setDaemon(true);
            return t;
        });

        private QueryThreads() {
        }
    }
}
