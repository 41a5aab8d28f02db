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
import org.mtainterop.tls.raw.RawTlsException;

/**
 * A TLS 1.3 client handshake for measurement (RFC 8446): ClientHello with X25519 and P-256 shares, the key
 * schedule of §7.1, the server's encrypted flight, the client Finished, then the NewSessionTickets the server sends
 * after the handshake; and a resumption with one of those tickets (PSK with binder, §4.2.11) offering early data
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

    /** What to offer: SNI, status_request, and how long to wait for tickets after the handshake. */
    public record Options(Optional<String> serverName, boolean statusRequest, Duration ticketWait) {
    }

    /** What a resumption offering early data learnt from the server's ServerHello and EncryptedExtensions. */
    public record EarlyDataAnswer(boolean pskAccepted, boolean earlyDataAccepted) {
    }

    private final Options options;

    public Tls13Handshake(Options options) {
        this.options = options;
    }

    /** A complete handshake and the tickets that follow it. */
    public Tls13Session run(RecordChannel channel) throws IOException {
        List<EphemeralKey> keys = List.of(EphemeralKey.generate(NamedGroups.X25519),
                EphemeralKey.generate(NamedGroups.SECP256R1));
        byte[] hello = Wire.handshake(1, helloBody(keys, SUITES, null, false));
        channel.write(plaintextRecord(hello));
        Flight flight = new Flight(channel, KeySchedule.sha256());
        flight.transcript.write(hello, 0, hello.length);
        ServerHelloFacts sh = flight.readServerHello(keys);
        KeySchedule ks = flight.ks;
        byte[] early = ks.extract(null, ks.zeros());
        flight.handshakeSecrets(early, sh);
        flight.readEncryptedFlight(false);
        byte[] master = ks.extract(ks.derived(flight.handshakeSecret), ks.zeros());
        byte[] throughServerFinished = flight.transcriptHash();
        byte[] clientApp = ks.deriveSecret(master, "c ap traffic", throughServerFinished);
        byte[] serverApp = ks.deriveSecret(master, "s ap traffic", throughServerFinished);
        channel.write(CHANGE_CIPHER_SPEC);
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
        List<SessionTicket> tickets = readTickets(channel,
                RecordProtection.tls13(flight.aead, ks.trafficKeys(serverApp, flight.aead.keyLength())));
        return new Tls13Session(sh.suite, sh.group, flight.certificateRequest != null, flight.certificates, tickets,
                resumption);
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
        List<EphemeralKey> keys = List.of(EphemeralKey.generate(NamedGroups.X25519),
                EphemeralKey.generate(NamedGroups.SECP256R1));
        byte[] hello = Wire.handshake(1, helloBody(keys, new int[] {session.suite()}, ticket, true));
        int binderBytes = 2 + 1 + ks.hashLength();
        byte[] truncated = java.util.Arrays.copyOf(hello, hello.length - binderBytes);
        byte[] binder = ks.finishedVerifyData(ks.deriveSecret(early, "res binder", ks.hash(new byte[0])), ks.hash(truncated));
        System.arraycopy(binder, 0, hello, hello.length - binder.length, binder.length);
        channel.write(plaintextRecord(hello));
        channel.write(CHANGE_CIPHER_SPEC);
        RecordProtection.Aead aead = RecordProtection.Aead.ofTls13Suite(session.suite());
        byte[] clientEarly = ks.deriveSecret(early, "c e traffic", ks.hash(hello));
        channel.write(RecordProtection.tls13(aead, ks.trafficKeys(clientEarly, aead.keyLength())).seal(23, earlyData));
        Flight flight = new Flight(channel, ks);
        flight.transcript.write(hello, 0, hello.length);
        ServerHelloFacts sh = flight.readServerHello(keys);
        if (sh.suite != session.suite()) {
            throw new RawTlsException(String.format("the resumed handshake chose suite 0x%04X, not the ticket's 0x%04X",
                    sh.suite, session.suite()));
        }
        flight.handshakeSecrets(sh.pskAccepted ? early : ks.extract(null, ks.zeros()), sh);
        flight.readEncryptedFlight(true);
        return new EarlyDataAnswer(sh.pskAccepted, flight.earlyDataAccepted);
    }

    private List<SessionTicket> readTickets(RecordChannel channel, RecordProtection serverApp) throws IOException {
        channel.within(options.ticketWait());
        List<SessionTicket> tickets = new ArrayList<>();
        try {
            while (true) {
                RecordChannel.Record record = channel.read("NewSessionTicket");
                if (record.type() != 23) {
                    if (record.type() == 21) {
                        break;
                    }
                    throw new RawTlsException("a plaintext record of type " + record.type() + " after the handshake");
                }
                RecordProtection.Opened opened = serverApp.open(23, record.fragment());
                if (opened.contentType() == 21) {
                    break;
                }
                if (opened.contentType() != 22) {
                    continue; // application data before we spoke: not ours to read
                }
                channel.addHandshakeBytes(opened.content());
                for (byte[] m = channel.nextHandshakeMessage(); m != null; m = channel.nextHandshakeMessage()) {
                    if ((m[0] & 0xff) == 4) {
                        tickets.add(newSessionTicket(m));
                        channel.within(Duration.ofMillis(500)); // a second ticket follows at once, if at all
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
        Wire.Reader r = new Wire.Reader(message, 4, "NewSessionTicket");
        long lifetime = r.u32();
        long ageAdd = r.u32();
        byte[] nonce = r.vector8();
        byte[] ticket = r.vector16();
        if (ticket.length == 0) {
            throw new RawTlsException("a NewSessionTicket with an empty ticket (RFC 8446 §4.6.1: at least 1 byte)");
        }
        Wire.Reader ext = new Wire.Reader(r.vector16(), 0, "NewSessionTicket extensions");
        Optional<Long> maxEarly = Optional.empty();
        while (ext.remaining() > 0) {
            int type = ext.u16();
            byte[] data = ext.vector16();
            if (type == EXT_EARLY_DATA) {
                maxEarly = Optional.of(new Wire.Reader(data, 0, "early_data").u32());
            }
        }
        return new SessionTicket(0x0304, lifetime, ageAdd, nonce, ticket, maxEarly, System.nanoTime());
    }

    private byte[] helloBody(List<EphemeralKey> keys, int[] suites, SessionTicket ticket, boolean earlyData) {
        byte[] random = new byte[32];
        byte[] sessionId = new byte[32]; // RFC 8446 §D.4 middlebox compatibility
        RANDOM.nextBytes(random);
        RANDOM.nextBytes(sessionId);
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
        ext.extension(EXT_SUPPORTED_GROUPS, new Wire.Writer().vector16(new Wire.Writer().u16(NamedGroups.X25519)
                .u16(NamedGroups.SECP256R1).toBytes()).toBytes());
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

    /** The ServerHello's facts the key schedule needs. */
    private record ServerHelloFacts(int suite, int group, byte[] share, boolean pskAccepted) {
    }

    /** The server's flight, read through the key schedule, with the transcript it builds. */
    private static final class Flight {
        final RecordChannel channel;
        final ByteArrayOutputStream transcript = new ByteArrayOutputStream();
        KeySchedule ks;
        RecordProtection.Aead aead;
        byte[] handshakeSecret;
        byte[] clientHs;
        byte[] serverHs;
        byte[] certificateRequest;
        PresentedCertificates certificates = PresentedCertificates.NONE;
        boolean earlyDataAccepted;

        Flight(RecordChannel channel, KeySchedule ks) {
            this.channel = channel;
            this.ks = ks;
        }

        byte[] transcriptHash() {
            return ks.hash(transcript.toByteArray());
        }

        ServerHelloFacts readServerHello(List<EphemeralKey> keys) throws IOException {
            byte[] message = nextPlaintextMessage();
            if ((message[0] & 0xff) != 2) {
                throw new RawTlsException("handshake message of type " + (message[0] & 0xff) + " instead of ServerHello");
            }
            Wire.Reader r = new Wire.Reader(message, 4, "ServerHello");
            int legacyVersion = r.u16();
            byte[] random = r.bytes(32);
            r.vector8();
            int suite = r.u16();
            r.u8();
            if (java.util.Arrays.equals(random, HRR_RANDOM)) {
                throw new RawTlsException("the server answered with a HelloRetryRequest");
            }
            int version = legacyVersion;
            int group = -1;
            byte[] share = null;
            boolean psk = false;
            Wire.Reader ext = new Wire.Reader(r.remaining() > 0 ? r.vector16() : new byte[0], 0, "ServerHello extensions");
            while (ext.remaining() > 0) {
                int type = ext.u16();
                Wire.Reader data = new Wire.Reader(ext.vector16(), 0, "ServerHello extension " + type);
                if (type == EXT_SUPPORTED_VERSIONS) {
                    version = data.u16();
                } else if (type == EXT_KEY_SHARE) {
                    group = data.u16();
                    share = data.vector16();
                } else if (type == EXT_PRE_SHARED_KEY) {
                    psk = data.u16() == 0;
                }
            }
            if (version != 0x0304) {
                throw new RawTlsException(String.format("the server negotiated version 0x%04X, not TLS 1.3", version));
            }
            if (share == null) {
                throw new RawTlsException("a TLS 1.3 ServerHello without key_share");
            }
            final int chosen = group;
            EphemeralKey key = keys.stream().filter(k -> k.group() == chosen).findFirst().orElseThrow(
                    () -> new RawTlsException("the server's key share is for group " + chosen + ", not offered"));
            ks = KeySchedule.forSuite(suite);
            aead = RecordProtection.Aead.ofTls13Suite(suite);
            transcript.write(message, 0, message.length);
            return new ServerHelloFacts(suite, group, key.sharedSecret(share), psk);
        }

        void handshakeSecrets(byte[] early, ServerHelloFacts sh) {
            handshakeSecret = ks.extract(ks.derived(early), sh.share());
            byte[] hash = transcriptHash();
            clientHs = ks.deriveSecret(handshakeSecret, "c hs traffic", hash);
            serverHs = ks.deriveSecret(handshakeSecret, "s hs traffic", hash);
        }

        /** EncryptedExtensions … Finished (verified); with {@code stopAfterExtensions}, only EncryptedExtensions. */
        void readEncryptedFlight(boolean stopAfterExtensions) throws IOException {
            if (channel.handshakePending()) {
                throw new RawTlsException("the ServerHello record carries bytes past the ServerHello (RFC 8446 §5.1)");
            }
            RecordProtection server = RecordProtection.tls13(aead, ks.trafficKeys(serverHs, aead.keyLength()));
            while (true) {
                byte[] message = nextProtectedMessage(server);
                int type = message[0] & 0xff;
                if (type == 20) {
                    byte[] expected = ks.finishedVerifyData(serverHs, transcriptHash());
                    if (!MessageDigest.isEqual(expected, java.util.Arrays.copyOfRange(message, 4, message.length))) {
                        throw new RawTlsException("the server's Finished does not match the handshake (RFC 8446 §4.4.4)");
                    }
                    transcript.write(message, 0, message.length);
                    return;
                }
                transcript.write(message, 0, message.length);
                switch (type) {
                    case 8 -> {
                        earlyDataAccepted = hasExtension(new Wire.Reader(message, 4, "EncryptedExtensions").vector16(),
                                EXT_EARLY_DATA);
                        if (stopAfterExtensions) {
                            return;
                        }
                    }
                    case 13 -> certificateRequest = new Wire.Reader(message, 4, "CertificateRequest").vector8();
                    case 11 -> certificates = presented(message);
                    case 15 -> {
                        // CertificateVerify: read, not verified (measurement, see the class comment)
                    }
                    default -> throw new RawTlsException("unexpected handshake message of type " + type
                            + " in the server's encrypted flight");
                }
            }
        }

        private byte[] nextPlaintextMessage() throws IOException {
            while (true) {
                byte[] message = channel.nextHandshakeMessage();
                if (message != null) {
                    return message;
                }
                RecordChannel.Record record = channel.read("ServerHello");
                switch (record.type()) {
                    case 22 -> channel.addHandshakeBytes(record.fragment());
                    case 21 -> throw alert(record.fragment());
                    case 20 -> {
                    }
                    default -> throw new RawTlsException("a record of type " + record.type() + " before the ServerHello");
                }
            }
        }

        private byte[] nextProtectedMessage(RecordProtection server) throws IOException {
            while (true) {
                byte[] message = channel.nextHandshakeMessage();
                if (message != null) {
                    return message;
                }
                RecordChannel.Record record = channel.read("the server's encrypted handshake");
                if (record.type() == 20) {
                    continue; // §D.4 compatibility change_cipher_spec
                }
                if (record.type() == 21) {
                    throw alert(record.fragment());
                }
                RecordProtection.Opened opened = server.open(record.type(), record.fragment());
                if (opened.contentType() == 21) {
                    throw alert(opened.content());
                }
                if (opened.contentType() != 22) {
                    throw new RawTlsException("protected content of type " + opened.contentType() + " during the handshake");
                }
                channel.addHandshakeBytes(opened.content());
            }
        }

        /** The CertificateEntry list, and the first entry's status_request (an OCSP response, RFC 8446 §4.4.2.1). */
        private static PresentedCertificates presented(byte[] message) throws RawTlsException {
            Wire.Reader r = new Wire.Reader(message, 4, "Certificate");
            r.vector8();
            Wire.Reader list = new Wire.Reader(r.vector24(), 0, "certificate_list");
            List<byte[]> chain = new ArrayList<>();
            Optional<byte[]> ocsp = Optional.empty();
            while (list.remaining() > 0) {
                chain.add(list.vector24());
                Wire.Reader ext = new Wire.Reader(list.vector16(), 0, "CertificateEntry extensions");
                while (ext.remaining() > 0) {
                    int type = ext.u16();
                    byte[] data = ext.vector16();
                    if (type == EXT_STATUS_REQUEST && chain.size() == 1) {
                        ocsp = Optional.of(PresentedCertificates.certificateStatus(data, "the leaf's status_request"));
                    }
                }
            }
            return new PresentedCertificates(chain, ocsp);
        }
    }

    static final byte[] HRR_RANDOM = java.util.HexFormat.of()
            .parseHex("CF21AD74E59A6111BE1D8C021E65B891C2A211167ABB8C5E079E09E2C8A8339C");

    static boolean hasExtension(byte[] extensions, int wanted) throws RawTlsException {
        Wire.Reader r = new Wire.Reader(extensions, 0, "extensions");
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
            return new RawTlsException("a truncated alert");
        }
        return new RawTlsException("the server sent alert " + (fragment[1] & 0xff) + (fragment[0] == 2 ? " (fatal)" : ""));
    }
}
