package org.mtainterop.tls.raw.session;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.mtainterop.tls.raw.NamedGroups;
import org.mtainterop.policy.Reason;
import org.mtainterop.tls.raw.RawTlsException;

/**
 * A TLS 1.3 client handshake for measurement (RFC 8446): ClientHello with X25519 and P-256 shares (or fewer, see
 * {@link Options}), a HelloRetryRequest followed once (§4.1.4, {@link HelloRetryRequest}), the key schedule of §7.1,
 * the server's encrypted flight ({@link Tls13ServerFlight}), the client Finished, then the NewSessionTickets the
 * server sends after the handshake; and a resumption with one of those tickets (PSK with binder, §4.2.11) offering early data
 * (§4.2.10), read as far as the server's EncryptedExtensions.
 *
 * <p><b>The server is not authenticated here</b>: the certificate and CertificateVerify are read, not verified. This
 * is measurement of what the server announces; certificates are judged elsewhere (cert/, over JSSE). The server's
 * Finished is verified, which proves the key schedule agrees with the server's.
 */
public final class Tls13Handshake {
    static final int[] SUITES = {0x1301, 0x1302, 0x1303};
    static final int EXT_SERVER_NAME = 0;
    static final int EXT_STATUS_REQUEST = 5;
    static final int EXT_SUPPORTED_GROUPS = 10;
    static final int EXT_SIGNATURE_ALGORITHMS = 13;
    static final int EXT_PRE_SHARED_KEY = 41;
    static final int EXT_EARLY_DATA = 42;
    static final int EXT_SUPPORTED_VERSIONS = 43;
    static final int EXT_PSK_MODES = 45;
    static final int EXT_KEY_SHARE = 51;
    static final byte[] SIGNATURE_SCHEMES = new Wire.Writer().u16(0x0403).u16(0x0503).u16(0x0603).u16(0x0804)
            .u16(0x0805).u16(0x0806).u16(0x0807).u16(0x0808).u16(0x0401).u16(0x0501).u16(0x0601).toBytes();
    private static final byte[] CHANGE_CIPHER_SPEC = {20, 3, 3, 0, 1, 1};
    private static final SecureRandom RANDOM = new SecureRandom();

    /** The groups offered in supported_groups, in preference order. */
    static final List<Integer> GROUPS = List.of(NamedGroups.X25519, NamedGroups.SECP256R1);

    /**
     * What to offer: SNI, status_request, how long to wait for tickets after the handshake, the groups the first
     * ClientHello sends key shares for (a subset of {@link #GROUPS}; a server wanting another asks for it with a
     * HelloRetryRequest), and the prompt: application data the client sends after its Finished (an SMTP
     * {@code EHLO}), so that the server's answer, which follows the tickets it sends, ends the wait for them.
     * Without a prompt the client waits out {@code ticketWait}, and half a second after each ticket for another.
     */
    public record Options(Optional<String> serverName, boolean statusRequest, Duration ticketWait,
                          List<Integer> firstKeyShares, Optional<String> prompt) {
        public Options {
            firstKeyShares = List.copyOf(firstKeyShares);
            if (firstKeyShares.isEmpty() || !GROUPS.containsAll(firstKeyShares)) {
                throw new IllegalArgumentException("first key shares " + firstKeyShares + " must be some of " + GROUPS);
            }
        }

        public Options(Optional<String> serverName, boolean statusRequest, Duration ticketWait,
                       List<Integer> firstKeyShares) {
            this(serverName, statusRequest, ticketWait, firstKeyShares, Optional.empty());
        }

        /** Key shares for every group offered: no HelloRetryRequest is needed for a group the client supports. */
        public Options(Optional<String> serverName, boolean statusRequest, Duration ticketWait) {
            this(serverName, statusRequest, ticketWait, GROUPS);
        }

        /** These options, the client sending {@code prompt} after its Finished. */
        public Options prompting(String prompt) {
            return new Options(serverName, statusRequest, ticketWait, firstKeyShares, Optional.of(prompt));
        }
    }

    /** What a resumption offering early data learnt from the server's ServerHello and EncryptedExtensions. */
    public record EarlyDataAnswer(boolean pskAccepted, boolean earlyDataAccepted) {
    }

    private final Options options;

    public Tls13Handshake(Options options) {
        this.options = options;
    }

    /**
     * A complete handshake and the tickets that follow it. A HelloRetryRequest is followed once (RFC 8446 §4.1.4): a
     * second ClientHello, the same but for a key share of the selected group only and the cookie echoed, over a
     * transcript that starts with message_hash(ClientHello1); a second HelloRetryRequest, or one a client must
     * refuse, ends the handshake with the reason.
     */
    public Tls13Session run(RecordChannel channel) throws IOException {
        List<EphemeralKey> keys = options.firstKeyShares().stream().map(EphemeralKey::generate).toList();
        byte[] random = new byte[32];
        byte[] sessionId = new byte[32]; // RFC 8446 §D.4 middlebox compatibility
        RANDOM.nextBytes(random);
        RANDOM.nextBytes(sessionId);
        byte[] hello = Wire.handshake(1, helloBody(random, sessionId, keys, SUITES, null, false, Optional.empty()));
        channel.write(plaintextRecord(hello));
        Tls13ServerFlight flight = new Tls13ServerFlight(channel, KeySchedule.sha256());
        flight.transcript.write(hello, 0, hello.length);
        byte[] first = flight.nextPlaintextMessage();
        Optional<HelloRetryRequest> retry = Optional.empty();
        if (HelloRetryRequest.is(first)) {
            HelloRetryRequest hrr = HelloRetryRequest.read(first, SUITES, GROUPS,
                    keys.stream().map(EphemeralKey::group).toList());
            retry = Optional.of(hrr);
            KeySchedule hrrHash = KeySchedule.forSuite(hrr.suite());
            flight.transcript.reset();
            byte[] stand = HelloRetryRequest.messageHash(hrrHash, hello);
            flight.transcript.write(stand, 0, stand.length);
            flight.transcript.write(first, 0, first.length);
            if (hrr.selectedGroup().isPresent()) {
                keys = List.of(EphemeralKey.generate(hrr.selectedGroup().get()));
            }
            hello = Wire.handshake(1, helloBody(random, sessionId, keys, SUITES, null, false, hrr.cookie()));
            channel.write(CHANGE_CIPHER_SPEC); // §D.4: the compatibility change_cipher_spec before the second hello
            channel.write(plaintextRecord(hello));
            flight.transcript.write(hello, 0, hello.length);
            first = flight.nextPlaintextMessage();
            if (HelloRetryRequest.is(first)) {
                throw new RawTlsException(Reason.of("TlsSession.secondRetry"));
            }
        }
        Tls13ServerFlight.ServerHelloFacts sh = flight.serverHello(first, keys);
        if (retry.isPresent() && sh.suite() != retry.get().suite()) {
            throw new RawTlsException(Reason.of("TlsSession.retrySuiteChanged", String.format("0x%04X", sh.suite()), String.format("0x%04X", retry.get().suite())));
        }
        KeySchedule ks = flight.ks;
        byte[] early = ks.extract(null, ks.zeros());
        flight.handshakeSecrets(early, sh);
        flight.readEncryptedFlight(false);
        byte[] master = ks.extract(ks.derived(flight.handshakeSecret), ks.zeros());
        byte[] throughServerFinished = flight.transcriptHash();
        byte[] clientApp = ks.deriveSecret(master, "c ap traffic", throughServerFinished);
        byte[] serverApp = ks.deriveSecret(master, "s ap traffic", throughServerFinished);
        if (retry.isEmpty()) {
            channel.write(CHANGE_CIPHER_SPEC);
        }
        RecordProtection clientHs = RecordProtection.tls13(flight.aead, ks.trafficKeys(flight.clientHs, flight.aead.keyLength()));
        if (flight.certificateRequest != null) {
            byte[] empty = Wire.handshake(11, new Wire.Writer().vector8(flight.certificateRequest).u24(0).toBytes());
            flight.transcript.write(empty, 0, empty.length);
            channel.write(clientHs.seal(22, empty));
        }
        byte[] finished = Wire.handshake(20, ks.finishedVerifyData(flight.clientHs, flight.transcriptHash()));
        flight.transcript.write(finished, 0, finished.length);
        channel.write(clientHs.seal(22, finished));
        byte[] resumption = ks.deriveSecret(master, "res master", flight.transcriptHash());
        if (options.prompt().isPresent()) {
            RecordProtection clientAppKeys = RecordProtection.tls13(flight.aead,
                    ks.trafficKeys(clientApp, flight.aead.keyLength()));
            channel.write(clientAppKeys.seal(23, options.prompt().get().getBytes(StandardCharsets.US_ASCII)));
        }
        List<SessionTicket> tickets = readTickets(channel,
                RecordProtection.tls13(flight.aead, ks.trafficKeys(serverApp, flight.aead.keyLength())));
        return new Tls13Session(sh.suite(), sh.group(), flight.certificateRequest != null, flight.certificates, tickets,
                resumption, retry);
    }

    /**
     * A new connection resuming {@code session} with {@code ticket}, sending {@code earlyData} as 0-RTT data, read
     * up to the EncryptedExtensions: whether the server took the PSK and whether it accepted the early data.
     */
    public EarlyDataAnswer resume(RecordChannel channel, Tls13Session session, SessionTicket ticket, byte[] earlyData)
            throws IOException {
        KeySchedule ks = KeySchedule.forSuite(session.suite());
        byte[] psk = ks.ticketPsk(session.resumptionMasterSecret(), ticket.nonce());
        byte[] early = ks.extract(null, psk);
        List<EphemeralKey> keys = GROUPS.stream().map(EphemeralKey::generate).toList();
        byte[] random = new byte[32];
        byte[] sessionId = new byte[32];
        RANDOM.nextBytes(random);
        RANDOM.nextBytes(sessionId);
        byte[] hello = Wire.handshake(1, helloBody(random, sessionId, keys, new int[] {session.suite()}, ticket, true,
                Optional.empty()));
        int binderBytes = 2 + 1 + ks.hashLength();
        byte[] truncated = java.util.Arrays.copyOf(hello, hello.length - binderBytes);
        byte[] binder = ks.finishedVerifyData(ks.deriveSecret(early, "res binder", ks.hash(new byte[0])), ks.hash(truncated));
        System.arraycopy(binder, 0, hello, hello.length - binder.length, binder.length);
        channel.write(plaintextRecord(hello));
        channel.write(CHANGE_CIPHER_SPEC);
        RecordProtection.Aead aead = RecordProtection.Aead.ofTls13Suite(session.suite());
        byte[] clientEarly = ks.deriveSecret(early, "c e traffic", ks.hash(hello));
        channel.write(RecordProtection.tls13(aead, ks.trafficKeys(clientEarly, aead.keyLength())).seal(23, earlyData));
        Tls13ServerFlight flight = new Tls13ServerFlight(channel, ks);
        flight.transcript.write(hello, 0, hello.length);
        byte[] first = flight.nextPlaintextMessage();
        if (HelloRetryRequest.is(first)) {
            throw new RawTlsException(Reason.of("TlsSession.resumptionRetry"));
        }
        Tls13ServerFlight.ServerHelloFacts sh = flight.serverHello(first, keys);
        if (sh.suite() != session.suite()) {
            throw new RawTlsException(Reason.of("TlsSession.resumedSuite", String.format("0x%04X", sh.suite()), String.format("0x%04X", session.suite())));
        }
        flight.handshakeSecrets(sh.pskAccepted() ? early : ks.extract(null, ks.zeros()), sh);
        flight.readEncryptedFlight(true);
        return new EarlyDataAnswer(sh.pskAccepted(), flight.earlyDataAccepted);
    }

    private List<SessionTicket> readTickets(RecordChannel channel, RecordProtection serverApp) throws IOException {
        channel.within(options.ticketWait());
        List<SessionTicket> tickets = new ArrayList<>();
        try {
            while (true) {
                RecordChannel.Record record = channel.read(RecordChannel.Awaited.NEW_SESSION_TICKET);
                if (record.type() != 23) {
                    if (record.type() == 21) {
                        break;
                    }
                    throw new RawTlsException(Reason.of("TlsSession.plaintextAfter", record.type()));
                }
                RecordProtection.Opened opened = serverApp.open(23, record.fragment());
                if (opened.contentType() == 21) {
                    break;
                }
                if (opened.contentType() != 22) {
                    if (opened.contentType() == 23 && options.prompt().isPresent() && !channel.hasBufferedBytes()) {
                        return tickets; // the answer to the prompt: the server has sent what it sends before it
                    }
                    continue; // application data before we spoke, or more arrived with the answer: read on
                }
                channel.addHandshakeBytes(opened.content());
                for (byte[] m = channel.nextHandshakeMessage(); m != null; m = channel.nextHandshakeMessage()) {
                    if ((m[0] & 0xff) == 4) {
                        tickets.add(newSessionTicket(m));
                        if (options.prompt().isEmpty()) {
                            channel.within(Duration.ofMillis(500)); // a second ticket follows at once, if at all
                        }
                    } else if ((m[0] & 0xff) == 24) {
                        return tickets; // KeyUpdate: later records use keys we do not follow
                    }
                }
            }
        } catch (SocketTimeoutException quiet) {
            // the server said all it says before the client speaks
        }
        return tickets;
    }

    static SessionTicket newSessionTicket(byte[] message) throws RawTlsException {
        Wire.Reader r = new Wire.Reader(message, 4, Wire.Part.message("NewSessionTicket"));
        long lifetime = r.u32();
        long ageAdd = r.u32();
        byte[] nonce = r.vector8();
        byte[] ticket = r.vector16();
        if (ticket.length == 0) {
            throw new RawTlsException(Reason.of("TlsSession.emptyTicket"));
        }
        Wire.Reader ext = new Wire.Reader(r.vector16(), 0, Wire.Part.extensionsOf("NewSessionTicket"));
        Optional<Long> maxEarly = Optional.empty();
        while (ext.remaining() > 0) {
            int type = ext.u16();
            byte[] data = ext.vector16();
            if (type == EXT_EARLY_DATA) {
                maxEarly = Optional.of(new Wire.Reader(data, 0, Wire.Part.extension("early_data")).u32());
            }
        }
        return new SessionTicket(0x0304, lifetime, ageAdd, nonce, ticket, maxEarly, System.nanoTime());
    }

    private byte[] helloBody(byte[] random, byte[] sessionId, List<EphemeralKey> keys, int[] suites, SessionTicket ticket,
                             boolean earlyData, Optional<byte[]> cookie) {
        Wire.Writer suiteList = new Wire.Writer();
        for (int suite : suites) {
            suiteList.u16(suite);
        }
        Wire.Writer ext = new Wire.Writer();
        options.serverName().ifPresent(name -> {
            byte[] host = name.getBytes(StandardCharsets.US_ASCII);
            ext.extension(EXT_SERVER_NAME, new Wire.Writer().vector16(new Wire.Writer().u8(0).vector16(host).toBytes())
                    .toBytes());
        });
        Wire.Writer groups = new Wire.Writer();
        GROUPS.forEach(groups::u16);
        ext.extension(EXT_SUPPORTED_GROUPS, new Wire.Writer().vector16(groups.toBytes()).toBytes());
        cookie.ifPresent(c -> ext.extension(HelloRetryRequest.EXT_COOKIE, new Wire.Writer().vector16(c).toBytes()));
        ext.extension(EXT_SIGNATURE_ALGORITHMS, new Wire.Writer().vector16(SIGNATURE_SCHEMES).toBytes());
        ext.extension(EXT_SUPPORTED_VERSIONS, new Wire.Writer().u8(2).u16(0x0304).toBytes());
        ext.extension(EXT_PSK_MODES, new Wire.Writer().u8(1).u8(1).toBytes()); // psk_dhe_ke
        Wire.Writer shares = new Wire.Writer();
        keys.forEach(k -> shares.u16(k.group()).vector16(k.publicShare()));
        ext.extension(EXT_KEY_SHARE, new Wire.Writer().vector16(shares.toBytes()).toBytes());
        if (options.statusRequest()) {
            ext.extension(EXT_STATUS_REQUEST, new Wire.Writer().u8(1).u16(0).u16(0).toBytes()); // ocsp, no ids/exts
        }
        if (ticket != null) {
            if (earlyData) {
                ext.extension(EXT_EARLY_DATA, new byte[0]);
            }
            long ageMillis = (System.nanoTime() - ticket.receivedNanos()) / 1_000_000;
            long obfuscated = (ageMillis + ticket.ageAdd()) & 0xffffffffL;
            byte[] identities = new Wire.Writer().vector16(ticket.ticket()).u32(obfuscated).toBytes();
            int hashLength = KeySchedule.forSuite(suites[0]).hashLength();
            byte[] binders = new Wire.Writer().vector8(new byte[hashLength]).toBytes(); // filled in after hashing
            ext.extension(EXT_PRE_SHARED_KEY, new Wire.Writer().vector16(identities).vector16(binders).toBytes());
        }
        return new Wire.Writer().u16(0x0303).bytes(random).vector8(sessionId).vector16(suiteList.toBytes())
                .u8(1).u8(0).vector16(ext.toBytes()).toBytes();
    }

    static byte[] plaintextRecord(byte[] handshake) {
        return new Wire.Writer().u8(22).u16(0x0301).vector16(handshake).toBytes();
    }


    static final byte[] HRR_RANDOM = java.util.HexFormat.of()
            .parseHex("CF21AD74E59A6111BE1D8C021E65B891C2A211167ABB8C5E079E09E2C8A8339C");

    static boolean hasExtension(byte[] extensions, int wanted) throws RawTlsException {
        Wire.Reader r = new Wire.Reader(extensions, 0, Wire.Part.EXTENSIONS);
        while (r.remaining() > 0) {
            int type = r.u16();
            r.vector16();
            if (type == wanted) {
                return true;
            }
        }
        return false;
    }

    static RawTlsException alert(byte[] fragment) {
        if (fragment.length < 2) {
            return new RawTlsException(Reason.of("TlsSession.alertTruncated"));
        }
        return new RawTlsException(Reason.of(fragment[0] == 2 ? "TlsSession.alertFatal" : "TlsSession.alert", fragment[1] & 0xff));
    }
}
