package org.mtainterop.tls.raw.session;

import static org.mtainterop.tls.raw.session.Tls13Handshake.EXT_EARLY_DATA;
import static org.mtainterop.tls.raw.session.Tls13Handshake.EXT_KEY_SHARE;
import static org.mtainterop.tls.raw.session.Tls13Handshake.EXT_PRE_SHARED_KEY;
import static org.mtainterop.tls.raw.session.Tls13Handshake.EXT_STATUS_REQUEST;
import static org.mtainterop.tls.raw.session.Tls13Handshake.EXT_SUPPORTED_VERSIONS;
import static org.mtainterop.tls.raw.session.Tls13Handshake.alert;
import static org.mtainterop.tls.raw.session.Tls13Handshake.hasExtension;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.mtainterop.policy.Reason;
import org.mtainterop.tls.raw.RawTlsException;

/** The server's flight, read through the key schedule, with the transcript it builds. */
final class Tls13ServerFlight {
    /** The ServerHello's facts the key schedule needs. */
    record ServerHelloFacts(int suite, int group, byte[] share, boolean pskAccepted) {
    }

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

    Tls13ServerFlight(RecordChannel channel, KeySchedule ks) {
        this.channel = channel;
        this.ks = ks;
    }

    byte[] transcriptHash() {
        return ks.hash(transcript.toByteArray());
    }

    /** The ServerHello {@code message} (not a HelloRetryRequest), with the key share for one of {@code keys}. */
    ServerHelloFacts serverHello(byte[] message, List<EphemeralKey> keys) throws IOException {
        if ((message[0] & 0xff) != 2) {
            throw new RawTlsException(Reason.of("TlsSession.insteadOfServerHello", message[0] & 0xff));
        }
        Wire.Reader r = new Wire.Reader(message, 4, Wire.Part.message("ServerHello"));
        int legacyVersion = r.u16();
        byte[] random = r.bytes(32);
        r.vector8();
        int suite = r.u16();
        r.u8();
        int version = legacyVersion;
        int group = -1;
        byte[] share = null;
        boolean psk = false;
        Wire.Reader ext = new Wire.Reader(r.remaining() > 0 ? r.vector16() : new byte[0], 0, Wire.Part.extensionsOf("ServerHello"));
        while (ext.remaining() > 0) {
            int type = ext.u16();
            Wire.Reader data = new Wire.Reader(ext.vector16(), 0, Wire.Part.extensionOf("ServerHello", type));
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
            throw new RawTlsException(Reason.of("TlsSession.version", String.format("0x%04X", version), "TLS 1.3"));
        }
        if (share == null) {
            throw new RawTlsException(Reason.of("TlsSession.noKeyShare"));
        }
        final int chosen = group;
        EphemeralKey key = keys.stream().filter(k -> k.group() == chosen).findFirst().orElseThrow(
                () -> new RawTlsException(Reason.of("TlsSession.keyShareNotOffered", chosen)));
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
            throw new RawTlsException(Reason.of("TlsSession.pastServerHello"));
        }
        RecordProtection server = RecordProtection.tls13(aead, ks.trafficKeys(serverHs, aead.keyLength()));
        while (true) {
            byte[] message = nextProtectedMessage(server);
            int type = message[0] & 0xff;
            if (type == 20) {
                byte[] expected = ks.finishedVerifyData(serverHs, transcriptHash());
                if (!MessageDigest.isEqual(expected, java.util.Arrays.copyOfRange(message, 4, message.length))) {
                    throw new RawTlsException(Reason.of("TlsSession.finishedMismatch", "RFC 8446 §4.4.4"));
                }
                transcript.write(message, 0, message.length);
                return;
            }
            transcript.write(message, 0, message.length);
            switch (type) {
                case 8 -> {
                    earlyDataAccepted = hasExtension(new Wire.Reader(message, 4, Wire.Part.message("EncryptedExtensions")).vector16(),
                            EXT_EARLY_DATA);
                    if (stopAfterExtensions) {
                        return;
                    }
                }
                case 13 -> certificateRequest = new Wire.Reader(message, 4, Wire.Part.message("CertificateRequest")).vector8();
                case 11 -> certificates = presented(message);
                case 15 -> {
                    // CertificateVerify: read, not verified (measurement, see the class comment)
                }
                default -> throw new RawTlsException(Reason.of("TlsSession.unexpectedEncrypted", type));
            }
        }
    }

    byte[] nextPlaintextMessage() throws IOException {
        while (true) {
            byte[] message = channel.nextHandshakeMessage();
            if (message != null) {
                return message;
            }
            RecordChannel.Record record = channel.read(RecordChannel.Awaited.SERVER_HELLO);
            switch (record.type()) {
                case 22 -> channel.addHandshakeBytes(record.fragment());
                case 21 -> throw alert(record.fragment());
                case 20 -> {
                }
                default -> throw new RawTlsException(Reason.of("TlsSession.recordBeforeServerHello", record.type()));
            }
        }
    }

    private byte[] nextProtectedMessage(RecordProtection server) throws IOException {
        while (true) {
            byte[] message = channel.nextHandshakeMessage();
            if (message != null) {
                return message;
            }
            RecordChannel.Record record = channel.read(RecordChannel.Awaited.ENCRYPTED_FLIGHT);
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
                throw new RawTlsException(Reason.of("TlsSession.protectedContent", opened.contentType()));
            }
            channel.addHandshakeBytes(opened.content());
        }
    }

    /** The CertificateEntry list, and the first entry's status_request (an OCSP response, RFC 8446 §4.4.2.1). */
    private static PresentedCertificates presented(byte[] message) throws RawTlsException {
        Wire.Reader r = new Wire.Reader(message, 4, Wire.Part.message("Certificate"));
        r.vector8();
        Wire.Reader list = new Wire.Reader(r.vector24(), 0, Wire.Part.field("certificate_list"));
        List<byte[]> chain = new ArrayList<>();
        Optional<byte[]> ocsp = Optional.empty();
        while (list.remaining() > 0) {
            chain.add(list.vector24());
            Wire.Reader ext = new Wire.Reader(list.vector16(), 0, Wire.Part.extensionsOf("CertificateEntry"));
            while (ext.remaining() > 0) {
                int type = ext.u16();
                byte[] data = ext.vector16();
                if (type == EXT_STATUS_REQUEST && chain.size() == 1) {
                    ocsp = Optional.of(PresentedCertificates.certificateStatus(data, Wire.Part.LEAF_STATUS_REQUEST));
                }
            }
        }
        return new PresentedCertificates(chain, ocsp);
    }
}
