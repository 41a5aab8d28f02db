package org.mtainterop.tls.raw;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import org.junit.jupiter.api.Test;
import org.mtainterop.policy.Reason;
import org.mtainterop.report.EnglishLeftovers;
import org.mtainterop.report.ReportLanguage;

class TlsResponseReaderTest {
    private static final String RANDOM = "11".repeat(32);

    private static byte[] hex(String s) {
        return TlsResponseReader.hex(s.replace(" ", ""));
    }

    private static String handshake(int type, String bodyHex) {
        int len = bodyHex.replace(" ", "").length() / 2;
        return String.format("%02x%06x", type, len) + bodyHex.replace(" ", "");
    }

    private static String record(int type, String fragmentHex) {
        int len = fragmentHex.length() / 2;
        return String.format("%02x0303%04x", type, len) + fragmentHex;
    }

    private static ServerResponse read(String hexBytes) throws IOException {
        return new TlsResponseReader().read(new ByteArrayInputStream(hex(hexBytes)));
    }

    @Test
    void tls12FirstFlightGivesSuiteExtensionsCertificatesCurveAndDone() throws IOException {
        String serverHello = handshake(2, "0303" + RANDOM + "00" + "c02b" + "00"
                + "000e" + "ff01000100" + "00170000" + "000b000100");
        String certificate = handshake(11, "000009" + "000003" + "308100" + "000000");
        String ske = handshake(12, "03" + "001d" + "20" + "aa".repeat(32) + "0403" + "0002" + "beef");
        String done = handshake(14, "");
        ServerResponse r = read(record(22, serverHello.replace(" ", "") + certificate + ske) + record(22, done));
        assertThat(r.end()).isEqualTo(ServerResponse.End.SERVER_HELLO_DONE);
        ServerHello h = r.serverHello().orElseThrow();
        assertThat(h.negotiatedVersion()).contains(ProtocolVersion.TLS_1_2);
        assertThat(h.suite().ianaName()).isEqualTo("TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256");
        assertThat(h.hasExtension(ServerHello.EXT_RENEGOTIATION_INFO)).isTrue();
        assertThat(h.hasExtension(ServerHello.EXT_EXTENDED_MASTER_SECRET)).isTrue();
        assertThat(h.hasExtension(ServerHello.EXT_ENCRYPT_THEN_MAC)).isFalse();
        assertThat(r.certificateCount()).isEqualTo(2);
        assertThat(r.keyExchange()).contains(ServerKeyExchange.namedCurve(29));
    }

    @Test
    void dheServerKeyExchangeGivesThePrimeSize() throws IOException {
        String serverHello = handshake(2, "0303" + RANDOM + "00" + "009e" + "00");
        String ske = handshake(12, "0080" + "ff".repeat(128) + "0001" + "02" + "0001" + "05");
        ServerResponse r = read(record(22, serverHello + ske + handshake(14, "")));
        assertThat(r.keyExchange()).contains(ServerKeyExchange.finiteField(1024));
    }

    @Test
    void tls13ServerHelloStopsAtOnceWithTheRealVersion() throws IOException {
        String sh = handshake(2, "0303" + RANDOM + "20" + "22".repeat(32) + "1302" + "00"
                + "002e" + "002b00020304" + "0033" + "0024" + "001d" + "0020" + "33".repeat(32));
        ServerResponse r = read(record(22, sh) + record(20, "01") + record(23, "00".repeat(40)));
        assertThat(r.end()).isEqualTo(ServerResponse.End.TLS13_SERVER_HELLO);
        assertThat(r.serverHello().orElseThrow().negotiatedVersion()).contains(ProtocolVersion.TLS_1_3);
        assertThat(r.serverHello().get().legacyVersion()).isEqualTo(0x0303);
        assertThat(r.serverHello().get().keyShareGroup()).contains(29);
    }

    @Test
    void helloRetryRequestIsRecognisedByItsSpecialRandom() throws IOException {
        String hrr = handshake(2, "0303" + "CF21AD74E59A6111BE1D8C021E65B891C2A211167ABB8C5E079E09E2C8A8339C" + "00"
                + "1301" + "00" + "000c" + "002b00020304" + "003300020017");
        ServerResponse r = read(record(22, hrr));
        assertThat(r.end()).isEqualTo(ServerResponse.End.HELLO_RETRY_REQUEST);
        assertThat(r.serverHello().orElseThrow().helloRetryRequest()).isTrue();
        assertThat(r.serverHello().get().keyShareGroup()).contains(NamedGroups.SECP256R1);
        assertThat(r.accepted()).isTrue();
    }

    @Test
    void alertIsReadAndNamed() throws IOException {
        ServerResponse r = read(record(21, "0228"));
        assertThat(r.end()).isEqualTo(ServerResponse.End.ALERT);
        assertThat(r.alert().orElseThrow().descriptionName()).isEqualTo("handshake_failure");
        assertThat(r.accepted()).isFalse();
        assertThat(r.brief()).isEqualTo("alert: fatal handshake_failure");
    }

    @Test
    void silentCloseIsNotAnError() throws IOException {
        assertThat(read("").end()).isEqualTo(ServerResponse.End.CLOSED);
    }

    @Test
    void sslv2ServerHelloIsRecognised() throws IOException {
        // SERVER-HELLO: hit 0, cert type 1, version 0002, cert len 0, specs len 3, conn id len 16
        String body = "04" + "00" + "01" + "0002" + "0000" + "0003" + "0010" + "010080" + "ab".repeat(16);
        ServerResponse r = read(String.format("%04x", 0x8000 | body.length() / 2) + body);
        assertThat(r.end()).isEqualTo(ServerResponse.End.SSL2_SERVER_HELLO);
        assertThat(r.sslv2CipherSpecs()).containsExactly(0x010080);
    }

    @Test
    void truncatedRecordsAreRefused() {
        String sh = record(22, handshake(2, "0303" + RANDOM + "00" + "c02b" + "00"));
        assertThatThrownBy(() -> read(sh.substring(0, sh.length() - 10))).isInstanceOf(RawTlsException.class)
                .hasMessageContaining("truncated record body");
        assertThatThrownBy(() -> read("1603")).isInstanceOf(RawTlsException.class)
                .hasMessageContaining("truncated record header");
        assertThatThrownBy(() -> read(record(22, handshake(2, "0303" + "11".repeat(10)))))
                .isInstanceOf(RawTlsException.class).hasMessageContaining("malformed handshake message");
    }

    @Test
    void aTenMebibyteHandshakeMessageIsRefusedBeforeBuffering() {
        CountingStream in = new CountingStream(hex(record(22, "02a00000" + "00".repeat(100))), 64 * 1024 * 1024);
        assertThatThrownBy(() -> new TlsResponseReader().read(in)).isInstanceOf(RawTlsException.class)
                .hasMessageContaining("10485760 bytes").hasMessageContaining("cap");
        assertThat(in.consumed).isLessThan(200);
    }

    @Test
    void anOversizedRecordIsRefused() {
        assertThatThrownBy(() -> read("16030350000000")).isInstanceOf(RawTlsException.class)
                .hasMessageContaining("exceeds the TLS maximum");
    }

    @Test
    void plaintextInsteadOfTlsIsRefused() {
        assertThatThrownBy(() -> read("3435342034"))
                .isInstanceOf(RawTlsException.class).hasMessageContaining("not a TLS record");
    }

    @Test
    void whatIsWrongIsSaidInTheReportsLanguageTheEnglishAsItWas() {
        assertThat(refusal("1603").render(ReportLanguage.EN))
                .isEqualTo("truncated record header: 1 of 4 bytes before the connection closed");
        assertThat(refusal("1603").render(ReportLanguage.FR))
                .isEqualTo("en-tête d'enregistrement tronqué : 1 sur 4 octets reçus avant la fermeture de la connexion");
        assertThat(refusal("16030350000000").render(ReportLanguage.EN))
                .isEqualTo("record of 20480 bytes exceeds the TLS maximum of 18432");
        assertThat(refusal("16030350000000").render(ReportLanguage.FR))
                .isEqualTo("enregistrement de 20480 octets, au-delà du maximum TLS de 18432");
        assertThat(refusal("3435342034").render(ReportLanguage.FR)).isEqualTo("pas un enregistrement TLS : type de contenu 52");
        Reason inside = refusal(record(22, handshake(2, "0303" + "11".repeat(10))));
        assertThat(inside.render(ReportLanguage.EN)).isEqualTo("malformed handshake message of type 2: truncated inside");
        assertThat(inside.render(ReportLanguage.FR))
                .isEqualTo("message de négociation de type 2 mal formé : tronqué à l'intérieur");
        Reason sessionId = refusal(record(22, handshake(2, "0303" + RANDOM + "21" + "00".repeat(33) + "c02b00")));
        assertThat(sessionId.render(ReportLanguage.EN)).isEqualTo("ServerHello session id of 33 bytes (max 32)");
        assertThat(sessionId.render(ReportLanguage.FR)).isEqualTo("identifiant de session du ServerHello de 33 octets (32 au plus)");
        for (Reason r : new Reason[] {refusal("1603"), inside, sessionId}) {
            assertThat(EnglishLeftovers.in(r.render(ReportLanguage.FR))).as(r.render(ReportLanguage.FR)).isEmpty();
        }
    }

    private static Reason refusal(String hexBytes) {
        try {
            read(hexBytes);
        } catch (RawTlsException e) {
            assertThat(e.getMessage()).isEqualTo(e.said().render(ReportLanguage.EN));
            return e.said();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        throw new AssertionError("accepted: " + hexBytes);
    }

    /** Serves a prefix, then endless zeros, counting what the reader took. */
    private static final class CountingStream extends InputStream {
        private final byte[] prefix;
        private final long limit;
        long consumed;

        CountingStream(byte[] prefix, long limit) {
            this.prefix = prefix;
            this.limit = limit;
        }

        @Override
        public int read() {
            if (consumed >= limit) {
                return -1;
            }
            return consumed < prefix.length ? prefix[(int) consumed++] & 0xff : (int) (consumed++ * 0);
        }

        @Override
        public int read(byte[] b, int off, int len) {
            int n = 0;
            while (n < len) {
                int c = read();
                if (c < 0) {
                    return n == 0 ? -1 : n;
                }
                b[off + n++] = (byte) c;
            }
            return n;
        }
    }
}
