package org.mtainterop.tls.raw.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.mtainterop.net.Said;
import org.mtainterop.report.EnglishLeftovers;
import org.mtainterop.report.ReportLanguage;
import org.mtainterop.tls.raw.NamedGroups;

/**
 * The words of the harness's own TLS client when a server's handshake goes wrong, exactly as they are written in
 * English (logs, the session probe's evidence), and in French as a French report quotes them: each case from real
 * bytes, in memory or from a loopback peer.
 */
class SessionClientWordsTest {
    private static final Tls13Handshake.Options OPTIONS = new Tls13Handshake.Options(Optional.empty(), false,
            Duration.ofSeconds(1));

    @Test
    void theCodecsRefusalsInMemory() throws Exception {
        assertThat(message(() -> RecordProtection.Aead.ofTls13Suite(0x1304)))
                .isEqualTo("the server chose TLS 1.3 suite 0x1304, not offered");
        assertThat(message(() -> Tls13Handshake.hasExtension(new byte[] {0}, 5)))
                .isEqualTo("truncated extensions: 2 bytes wanted, 1 left");
        assertThat(Tls13Handshake.alert(new byte[] {2, 40}).getMessage()).isEqualTo("the server sent alert 40 (fatal)");
        assertThat(Tls13Handshake.alert(new byte[] {1, 0}).getMessage()).isEqualTo("the server sent alert 0");
        assertThat(Tls13Handshake.alert(new byte[] {2}).getMessage()).isEqualTo("a truncated alert");
        assertThat(message(() -> Tls13Handshake.newSessionTicket(Wire.handshake(4, new byte[] {0, 0, 0, 1, 0, 0, 0, 0, 0,
                0, 0})))).isEqualTo("a NewSessionTicket with an empty ticket (RFC 8446 §4.6.1: at least 1 byte)");
        assertThat(message(() -> Tls13Handshake.newSessionTicket(Wire.handshake(4, new byte[] {0, 0}))))
                .isEqualTo("truncated NewSessionTicket: 4 bytes wanted, 2 left");
        assertThat(message(() -> EphemeralKey.generate(NamedGroups.X25519).sharedSecret(new byte[31])))
                .isEqualTo("an X25519 key share of 31 bytes (RFC 7748: 32)");
        assertThat(message(() -> EphemeralKey.generate(NamedGroups.SECP256R1).sharedSecret(new byte[32])))
                .isEqualTo("a P-256 key share that is not a 65-byte uncompressed point");
        RecordProtection gcm = RecordProtection.tls12Gcm(new byte[16], new byte[4]);
        assertThat(message(() -> gcm.open(23, new byte[5]))).isEqualTo("a protected TLS 1.2 record of 5 bytes");
        assertThat(message(() -> gcm.open(23, new byte[40])))
                .isEqualTo("a protected record does not authenticate (bad AEAD tag)");
        assertThat(message(() -> HelloRetryRequest.read(hrr(0xC02F), Tls13Handshake.SUITES, Tls13Handshake.GROUPS,
                List.of(NamedGroups.X25519)))).isEqualTo("a HelloRetryRequest for suite 0xC02F, not offered (RFC 8446"
                + " §4.1.4: illegal_parameter)");
        assertThat(message(() -> HelloRetryRequest.read(hrr(0x1301, 0, 51, 0, 2, 0, 24), Tls13Handshake.SUITES, Tls13Handshake.GROUPS,
                List.of(NamedGroups.X25519)))).isEqualTo("a HelloRetryRequest for group 24, which the ClientHello did not"
                + " offer in supported_groups [29, 23] (RFC 8446 §4.2.8: illegal_parameter)");
        assertThat(message(() -> HelloRetryRequest.read(hrr(0x1301, 0, 43, 0, 1, 3), Tls13Handshake.SUITES,
                Tls13Handshake.GROUPS, List.of(NamedGroups.X25519))))
                .isEqualTo("truncated HelloRetryRequest extension 43: 2 bytes wanted, 1 left");
    }

    @Test
    void aTls13ServerHelloThatGoesWrong() throws Exception {
        assertThat(tls13(serverHello(0x1301, 0x0303, new byte[0])).getMessage())
                .isEqualTo("the server negotiated version 0x0303, not TLS 1.3");
        assertThat(tls13(serverHello(0x1301, 0x0304, new byte[0])).getMessage())
                .isEqualTo("a TLS 1.3 ServerHello without key_share");
        assertThat(tls13(serverHello(0x1301, 0x0304, keyShare(24, 32))).getMessage())
                .isEqualTo("the server's key share is for group 24, not offered");
        assertThat(tls13(serverHello(0x1304, 0x0304, keyShare(29, 32))).getMessage())
                .isEqualTo("the server chose TLS 1.3 suite 0x1304, not offered");
        assertThat(tls13(serverHello(0x1301, 0x0304, keyShare(29, 31))).getMessage())
                .isEqualTo("an X25519 key share of 31 bytes (RFC 7748: 32)");
        assertThat(tls13(new byte[] {22, 3, 3, 0, 8, 2, 0, 0, 4, 3, 3, 1, 2}).getMessage())
                .isEqualTo("truncated ServerHello: 32 bytes wanted, 2 left");
        assertThat(tls13(new byte[] {23, 3, 3, 0, 1, 0}).getMessage())
                .isEqualTo("a record of type 23 before the ServerHello");
        assertThat(tls13("220 hello\r\n".getBytes()).getMessage())
                .isEqualTo("not a TLS record: content type 50 while waiting for ServerHello");
    }

    @Test
    void aTls12ServerThatGoesWrong() throws Exception {
        assertThat(tls12(tls12Hello(0x0301, 0xC02F)).getMessage())
                .isEqualTo("the server negotiated version 0x0301, not TLS 1.2");
        assertThat(tls12(tls12Hello(0x0303, 0x009C)).getMessage()).isEqualTo("the server chose suite 0x009C, not offered");
        assertThat(tls12(new byte[] {22, 3, 3, 0, 8, 2, 0, 0, 4, 3, 3, 1, 2}).getMessage())
                .isEqualTo("truncated handshake message 2: 32 bytes wanted, 2 left");
        assertThat(tls12(new byte[] {22, 3, 3, 0, 4, 14, 0, 0, 0}).getMessage())
                .isEqualTo("handshake message of type 14 before the ServerHello");
        assertThat(tls12(new byte[] {23, 3, 3, 0, 1, 0}).getMessage())
                .isEqualTo("a record of type 23 in the server's first flight");
        assertThat(tls12(new byte[] {21, 3, 3, 0, 2, 2, 40}).getMessage()).isEqualTo("the server sent alert 40 (fatal)");
        assertThat(tls12(new byte[] {22, 3}).getMessage())
                .isEqualTo("deadline reached during the record header while waiting for the server's first flight (2 of 5"
                        + " bytes)");
    }

    @Test
    void theSameWordsInFrenchWithTheProtocolTokensAsTheyAre() throws Exception {
        assertThat(french(tls12(tls12Hello(0x0303, 0x009C))))
                .isEqualTo("le serveur a choisi la suite 0x009C, qui n'était pas proposée");
        assertThat(french(tls12(tls12Hello(0x0301, 0xC02F)))).isEqualTo("le serveur a négocié la version 0x0301, et non TLS 1.2");
        assertThat(french(tls12(new byte[] {21, 3, 3, 0, 2, 2, 40}))).isEqualTo("le serveur a envoyé l'alerte 40 (fatale)");
        assertThat(french(tls12(new byte[] {22, 3, 3, 0, 8, 2, 0, 0, 4, 3, 3, 1, 2})))
                .isEqualTo("données tronquées dans le message de négociation de type 2 : 32 octets attendus, il en reste 2");
        assertThat(french(tls12(new byte[] {22, 3}))).isEqualTo("délai atteint en lisant l'en-tête d'enregistrement en"
                + " attendant la première série de messages du serveur (2 sur 5 octets)");
        assertThat(french(tls13(serverHello(0x1304, 0x0304, keyShare(29, 32)))))
                .isEqualTo("le serveur a choisi la suite TLS 1.3 0x1304, qui n'était pas proposée");
        assertThat(french(tls13(serverHello(0x1301, 0x0304, keyShare(24, 32)))))
                .isEqualTo("la part de clé du serveur est pour le groupe 24, qui n'était pas proposé");
        assertThat(french(tls13(new byte[] {22, 3, 3, 0, 8, 2, 0, 0, 4, 3, 3, 1, 2})))
                .isEqualTo("données tronquées dans le message ServerHello : 32 octets attendus, il en reste 2");
        assertThat(french(tls13("220 hello\r\n".getBytes())))
                .isEqualTo("pas un enregistrement TLS : type de contenu 50 en attendant le ServerHello");
        assertThat(french(assertThrows(IOException.class, () -> HelloRetryRequest.read(hrr(0x1301, 0, 51, 0, 2, 0, 24),
                Tls13Handshake.SUITES, Tls13Handshake.GROUPS, List.of(NamedGroups.X25519))))).isEqualTo("un HelloRetryRequest"
                + " pour le groupe 24, que le ClientHello ne proposait pas dans supported_groups [29, 23] (RFC 8446 §4.2.8 :"
                + " illegal_parameter)");
        assertThat(french(assertThrows(IOException.class, () -> HelloRetryRequest.read(hrr(0x1301, 0, 43, 0, 1, 3),
                Tls13Handshake.SUITES, Tls13Handshake.GROUPS, List.of(NamedGroups.X25519)))))
                .isEqualTo("données tronquées dans l'extension 43 du HelloRetryRequest : 2 octets attendus, il en reste 1");
        String badTag = french(assertThrows(IOException.class,
                () -> RecordProtection.tls12Gcm(new byte[16], new byte[4]).open(23, new byte[40])));
        assertThat(badTag).isEqualTo("un enregistrement protégé ne s'authentifie pas (étiquette AEAD invalide)");
        assertThat(EnglishLeftovers.in(badTag)).isEmpty();
    }

    /** What a French report quotes of {@code e}: its words as data, in French. */
    private static String french(IOException e) {
        assertThat(e).as(e.getMessage()).isInstanceOf(Said.class);
        return ((Said) e).said().render(ReportLanguage.FR);
    }

    private interface Failing {
        void run() throws IOException;
    }

    private static String message(Failing call) {
        return assertThrows(IOException.class, call::run).getMessage();
    }

    /** A HelloRetryRequest message (header included) for {@code suite}: supported_versions 0x0304, then {@code more}. */
    private static byte[] hrr(int suite, int... more) {
        Wire.Writer ext = new Wire.Writer().u16(43).vector16(new byte[] {3, 4});
        for (int b : more) {
            ext.u8(b);
        }
        return Wire.handshake(2, new Wire.Writer().u16(0x0303).bytes(Tls13Handshake.HRR_RANDOM).vector8(new byte[0])
                .u16(suite).u8(0).vector16(ext.toBytes()).toBytes());
    }

    /** A TLS 1.3 ServerHello record: {@code suite}, supported_versions {@code version} (none for 0x0303), {@code ext}. */
    private static byte[] serverHello(int suite, int version, byte[] ext) {
        Wire.Writer all = new Wire.Writer();
        if (version != 0x0303) {
            all.u16(43).vector16(new Wire.Writer().u16(version).toBytes());
        }
        all.bytes(ext);
        byte[] random = new byte[32];
        random[0] = 1;
        return Tls13Handshake.plaintextRecord(Wire.handshake(2, new Wire.Writer().u16(0x0303).bytes(random)
                .vector8(new byte[0]).u16(suite).u8(0).vector16(all.toBytes()).toBytes()));
    }

    private static byte[] keyShare(int group, int length) {
        byte[] share = new byte[length];
        share[0] = 9;
        return new Wire.Writer().u16(51).vector16(new Wire.Writer().u16(group).vector16(share).toBytes()).toBytes();
    }

    private static byte[] tls12Hello(int version, int suite) {
        return Tls13Handshake.plaintextRecord(Wire.handshake(2, new Wire.Writer().u16(version).bytes(new byte[32])
                .vector8(new byte[0]).u16(suite).u8(0).toBytes()));
    }

    private static IOException tls13(byte[] reply) throws Exception {
        return against(reply, false);
    }

    private static IOException tls12(byte[] reply) throws Exception {
        return against(reply, true);
    }

    /** The error of a handshake against a loopback peer that reads the ClientHello, sends {@code reply}, then waits. */
    static IOException against(byte[] reply, boolean tls12) {
        return ScriptedHelloPeer.handshakeError(ScriptedHelloPeer.replying(reply), Duration.ofMillis(1500), channel -> {
            if (tls12) {
                new Tls12Handshake(OPTIONS).run(channel);
            } else {
                new Tls13Handshake(OPTIONS).run(channel);
            }
        });
    }
}
