package org.mtainterop.tls.raw.session;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Optional;
import org.mtainterop.tls.raw.NamedGroups;
import org.mtainterop.policy.Reason;
import org.mtainterop.tls.raw.RawTlsException;

/**
 * A TLS 1.2 client handshake for measurement: ECDHE (X25519, P-256) with AES-GCM (RFC 5289), the extended master
 * secret (RFC 7627) when the server agrees, an empty session_ticket extension (RFC 5077) so a server that issues
 * tickets sends one, the client Finished, and the server's NewSessionTicket, ChangeCipherSpec and Finished (verified).
 *
 * <p><b>The server is not authenticated here</b>: the certificate and the ServerKeyExchange signature are read, not
 * verified. This is measurement of what the server announces; certificates are judged elsewhere.
 */
public final class Tls12Handshake {
    static final int[] SUITES = {0xC02B, 0xC02F, 0xC02C, 0xC030};
    private static final int EXT_EC_POINT_FORMATS = 11;
    private static final int EXT_EMS = 23;
    private static final int EXT_SESSION_TICKET = 35;
    private static final int EXT_RENEGOTIATION_INFO = 0xff01;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Tls13Handshake.Options options;

    public Tls12Handshake(Tls13Handshake.Options options) {
        this.options = options;
    }

    public Tls12Session run(RecordChannel channel) throws IOException {
        byte[] clientRandom = new byte[32];
        RANDOM.nextBytes(clientRandom);
        byte[] hello = Wire.handshake(1, helloBody(clientRandom));
        ByteArrayOutputStream transcript = new ByteArrayOutputStream();
        transcript.write(hello, 0, hello.length);
        channel.write(Tls13Handshake.plaintextRecord(hello));

        byte[] serverRandom = null;
        int suite = -1;
        boolean ems = false;
        boolean ticketPromised = false;
        PresentedCertificates certificates = PresentedCertificates.NONE;
        boolean certificateRequested = false;
        int group = -1;
        byte[] serverShare = null;
        while (true) {
            byte[] m = nextPlaintextMessage(channel);
            int type = m[0] & 0xff;
            transcript.write(m, 0, m.length);
            if (serverRandom == null && type != 2) {
                throw new RawTlsException(Reason.of("TlsSession.beforeServerHello", type));
            }
            Wire.Reader r = new Wire.Reader(m, 4, Wire.Part.handshakeMessage(type));
            switch (type) {
                case 2 -> {
                    int version = r.u16();
                    if (version != 0x0303) {
                        throw new RawTlsException(Reason.of("TlsSession.version", String.format("0x%04X", version), "TLS 1.2"));
                    }
                    serverRandom = r.bytes(32);
                    r.vector8();
                    suite = r.u16();
                    if (!offered(suite)) {
                        throw new RawTlsException(Reason.of("TlsSession.suiteNotOffered", String.format("0x%04X", suite)));
                    }
                    if (r.u8() != 0) {
                        throw new RawTlsException(Reason.of("TlsSession.compression"));
                    }
                    byte[] extensions = r.remaining() > 0 ? r.vector16() : new byte[0];
                    ems = Tls13Handshake.hasExtension(extensions, EXT_EMS);
                    ticketPromised = Tls13Handshake.hasExtension(extensions, EXT_SESSION_TICKET);
                }
                case 11 -> certificates = new PresentedCertificates(certificateList(r.vector24()), Optional.empty());
                // Certificate: read, not verified (see the class comment)
                case 22 -> certificates = certificates.withOcspResponse(PresentedCertificates.certificateStatus(
                        Arrays.copyOfRange(m, 4, m.length), Wire.Part.message("CertificateStatus"))); // RFC 6066 §8
                case 12 -> {
                    if (r.u8() != 3) {
                        throw new RawTlsException(Reason.of("TlsSession.noNamedCurve"));
                    }
                    group = r.u16();
                    serverShare = r.vector8();
                }
                case 13 -> certificateRequested = true;
                case 14 -> {
                    // ServerHelloDone
                }
                default -> throw new RawTlsException(Reason.of("TlsSession.unexpectedMessage", type));
            }
            if (type == 14) {
                break;
            }
        }
        if (serverShare == null) {
            throw new RawTlsException(Reason.of("TlsSession.noKeyExchange"));
        }
        if (group != NamedGroups.X25519 && group != NamedGroups.SECP256R1) {
            throw new RawTlsException(Reason.of("TlsSession.groupNotOffered", group));
        }
        EphemeralKey key = EphemeralKey.generate(group);
        byte[] preMaster = key.sharedSecret(serverShare);
        if (certificateRequested) {
            byte[] empty = Wire.handshake(11, new Wire.Writer().u24(0).toBytes());
            transcript.write(empty, 0, empty.length);
            channel.write(record(empty));
        }
        byte[] keyExchange = Wire.handshake(16, new Wire.Writer().vector8(key.publicShare()).toBytes());
        transcript.write(keyExchange, 0, keyExchange.length);
        channel.write(record(keyExchange));
        Tls12Prf prf = Tls12Prf.forSuite(suite);
        KeySchedule hash = prf.hash();
        byte[] master = prf.masterSecret(preMaster, ems, hash.hash(transcript.toByteArray()), clientRandom, serverRandom);
        int keyLength = suite == 0xC02C || suite == 0xC030 ? 32 : 16;
        byte[] block = prf.prf(master, "key expansion", Tls12Prf.concat(serverRandom, clientRandom), 2 * keyLength + 8);
        RecordProtection client = RecordProtection.tls12Gcm(Arrays.copyOfRange(block, 0, keyLength),
                Arrays.copyOfRange(block, 2 * keyLength, 2 * keyLength + 4));
        RecordProtection server = RecordProtection.tls12Gcm(Arrays.copyOfRange(block, keyLength, 2 * keyLength),
                Arrays.copyOfRange(block, 2 * keyLength + 4, 2 * keyLength + 8));
        byte[] finished = Wire.handshake(20, prf.verifyData(master, "client finished", hash.hash(transcript.toByteArray())));
        transcript.write(finished, 0, finished.length);
        channel.write(new byte[] {20, 3, 3, 0, 1, 1});
        channel.write(client.seal(22, finished));

        Optional<SessionTicket> ticket = Optional.empty();
        while (true) {
            RecordChannel.Record record = channel.read(RecordChannel.Awaited.TICKET_AND_FINISHED);
            if (record.type() == 21) {
                throw Tls13Handshake.alert(record.fragment());
            }
            if (record.type() == 22) {
                channel.addHandshakeBytes(record.fragment());
                byte[] m = channel.nextHandshakeMessage();
                if (m != null) {
                    if ((m[0] & 0xff) != 4) {
                        throw new RawTlsException(Reason.of("TlsSession.beforeChangeCipherSpec", m[0] & 0xff));
                    }
                    transcript.write(m, 0, m.length);
                    Wire.Reader r = new Wire.Reader(m, 4, Wire.Part.message("NewSessionTicket"));
                    long hint = r.u32();
                    byte[] opaque = r.vector16();
                    ticket = Optional.of(new SessionTicket(0x0303, hint, 0, new byte[0], opaque, Optional.empty(),
                            System.nanoTime()));
                }
                continue;
            }
            if (record.type() != 20) {
                throw new RawTlsException(Reason.of("TlsSession.insteadOfChangeCipherSpec", record.type()));
            }
            break;
        }
        RecordChannel.Record protectedFinished = channel.read(RecordChannel.Awaited.FINISHED);
        if (protectedFinished.type() == 21) {
            throw Tls13Handshake.alert(protectedFinished.fragment());
        }
        RecordProtection.Opened opened = server.open(protectedFinished.type(), protectedFinished.fragment());
        byte[] expected = Wire.handshake(20, prf.verifyData(master, "server finished", hash.hash(transcript.toByteArray())));
        if (opened.contentType() != 22 || !MessageDigest.isEqual(expected, opened.content())) {
            throw new RawTlsException(Reason.of("TlsSession.finishedMismatch", "RFC 5246 §7.4.9"));
        }
        return new Tls12Session(suite, ems, certificates, ticketPromised, ticket);
    }

    /** ASN.1Cert certificate_list<0..2^24-1> (RFC 5246 §7.4.2). */
    private static java.util.List<byte[]> certificateList(byte[] list) throws RawTlsException {
        Wire.Reader r = new Wire.Reader(list, 0, Wire.Part.field("certificate_list"));
        java.util.List<byte[]> chain = new java.util.ArrayList<>();
        while (r.remaining() > 0) {
            chain.add(r.vector24());
        }
        return chain;
    }

    /** A plaintext handshake record after the ServerHello: the negotiated version, 0x0303 (RFC 5246 §6.2.1, E.1). */
    private static byte[] record(byte[] handshake) {
        return new Wire.Writer().u8(22).u16(0x0303).vector16(handshake).toBytes();
    }

    private static boolean offered(int suite) {
        return Arrays.stream(SUITES).anyMatch(s -> s == suite);
    }

    private static byte[] nextPlaintextMessage(RecordChannel channel) throws IOException {
        while (true) {
            byte[] message = channel.nextHandshakeMessage();
            if (message != null) {
                return message;
            }
            RecordChannel.Record record = channel.read(RecordChannel.Awaited.FIRST_FLIGHT);
            if (record.type() == 21) {
                throw Tls13Handshake.alert(record.fragment());
            }
            if (record.type() != 22) {
                throw new RawTlsException(Reason.of("TlsSession.inFirstFlight", record.type()));
            }
            channel.addHandshakeBytes(record.fragment());
        }
    }

    private byte[] helloBody(byte[] random) {
        Wire.Writer suites = new Wire.Writer();
        for (int suite : SUITES) {
            suites.u16(suite);
        }
        Wire.Writer ext = new Wire.Writer();
        options.serverName().ifPresent(name -> ext.extension(Tls13Handshake.EXT_SERVER_NAME, new Wire.Writer()
                .vector16(new Wire.Writer().u8(0).vector16(name.getBytes(StandardCharsets.US_ASCII)).toBytes()).toBytes()));
        ext.extension(Tls13Handshake.EXT_SUPPORTED_GROUPS, new Wire.Writer().vector16(new Wire.Writer()
                .u16(NamedGroups.X25519).u16(NamedGroups.SECP256R1).toBytes()).toBytes());
        ext.extension(EXT_EC_POINT_FORMATS, new Wire.Writer().u8(1).u8(0).toBytes());
        ext.extension(Tls13Handshake.EXT_SIGNATURE_ALGORITHMS, new Wire.Writer().vector16(Tls13Handshake.SIGNATURE_SCHEMES)
                .toBytes());
        ext.extension(EXT_EMS, new byte[0]);
        ext.extension(EXT_SESSION_TICKET, new byte[0]);
        if (options.statusRequest()) {
            ext.extension(Tls13Handshake.EXT_STATUS_REQUEST, new Wire.Writer().u8(1).u16(0).u16(0).toBytes());
        }
        ext.extension(EXT_RENEGOTIATION_INFO, new byte[] {0});
        return new Wire.Writer().u16(0x0303).bytes(random).u8(0).vector16(suites.toBytes()).u8(1).u8(0)
                .vector16(ext.toBytes()).toBytes();
    }
}
