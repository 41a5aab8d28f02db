package org.mtainterop.tls.raw.session;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

/** The TLS 1.3 key schedule and record protection against RFC 8448 §3 (Simple 1-RTT Handshake). */
class KeyScheduleRfc8448Test {
    private static final HexFormat HEX = HexFormat.of();
    private static final String CLIENT_HELLO = "010000c00303cb34ecb1e78163ba1c38c6dacb196a6dffa21a8d9912ec18a2ef6283024dece7000006130113031302010000910000000b0009000006736572766572ff01000100000a00140012001d0017001800190100010101020103010400230000003300260024001d002099381de560e4bd43d23d8e435a7dbafeb3c06e51c13cae4d5413691e529aaf2c002b0003020304000d0020001e040305030603020308040805080604010501060102010402050206020202002d00020101001c00024001";
    private static final String SERVER_HELLO = "020000560303a6af06a4121860dc5e6e60249cd34c95930c8ac5cb1434dac155772ed3e2692800130100002e00330024001d0020c9828876112095fe66762bdbf7c672e156d6cc253b833df1dd69b1b04e751f0f002b00020304";
    private static final String ENCRYPTED_EXTENSIONS = "080000240022000a00140012001d00170018001901000101010201030104001c0002400100000000";
    private static final String CERTIFICATE = "0b0001b9000001b50001b0308201ac30820115a003020102020102300d06092a864886f70d01010b0500300e310c300a06035504031303727361301e170d3136303733303031323335395a170d3236303733303031323335395a300e310c300a0603550403130372736130819f300d06092a864886f70d010101050003818d0030818902818100b4bb498f8279303d980836399b36c6988c0c68de55e1bdb826d3901a2461eafd2de49a91d015abbc9a95137ace6c1af19eaa6af98c7ced43120998e187a80ee0ccb0524b1b018c3e0b63264d449a6d38e22a5fda430846748030530ef0461c8ca9d9efbfae8ea6d1d03e2bd193eff0ab9a8002c47428a6d35a8d88d79f7f1e3f0203010001a31a301830090603551d1304023000300b0603551d0f0404030205a0300d06092a864886f70d01010b05000381810085aad2a0e5b9276b908c65f73a7267170618a54c5f8a7b337d2df7a594365417f2eae8f8a58c8f8172f9319cf36b7fd6c55b80f21a03015156726096fd335e5e67f2dbf102702e608ccae6bec1fc63a42a99be5c3eb7107c3c54e9b9eb2bd5203b1c3b84e0a8b2f759409ba3eac9d91d402dcc0cc8f8961229ac9187b42b4de10000";
    private static final String CERTIFICATE_VERIFY = "0f000084080400805a747c5d88fa9bd2e55ab085a61015b7211f824cd484145ab3ff52f1fda8477b0b7abc90db78e2d33a5c141a078653fa6bef780c5ea248eeaaa785c4f394cab6d30bbe8d4859ee511f602957b15411ac027671459e46445c9ea58c181e818e95b8c3fb0bf3278409d3be152a3da5043e063dda65cdf5aea20d53dfacd42f74f3";
    private static final String SERVER_FINISHED = "140000209b9b141d906337fbd2cbdce71df4deda4ab42c309572cb7fffee5454b78f0718";
    private static final String CLIENT_FINISHED = "14000020a8ec436d677634ae525ac1fcebe11a039ec17694fac6e98527b642f2edd5ce61";

    private final KeySchedule ks = KeySchedule.sha256();

    @Test
    void secretsKeysAndFinishedMatchTheTrace() throws Exception {
        EphemeralKey client = EphemeralKey.x25519(HEX.parseHex("49af42ba7f7994852d713ef2784bcbcaa7911de26adc5642cb634540e7ea5005"),
                HEX.parseHex("99381de560e4bd43d23d8e435a7dbafeb3c06e51c13cae4d5413691e529aaf2c"));
        byte[] shared = client.sharedSecret(HEX.parseHex("c9828876112095fe66762bdbf7c672e156d6cc253b833df1dd69b1b04e751f0f"));
        assertHex("8bd4054fb55b9d63fdfbacf9f04b9f0d35e6d63f537563efd46272900f89492d", shared);
        byte[] early = ks.extract(null, ks.zeros());
        assertHex("33ad0a1c607ec03b09e6cd9893680ce210adf300aa1f2660e1b22e10f170f92a", early);
        assertHex("6f2615a108c702c5678f54fc9dbab69716c076189c48250cebeac3576c3611ba", ks.derived(early));
        byte[] handshake = ks.extract(ks.derived(early), shared);
        assertHex("1dc826e93606aa6fdc0aadc12f741b01046aa6b99f691ed221a9f0ca043fbeac", handshake);
        ByteArrayOutputStream transcript = new ByteArrayOutputStream();
        transcript.write(HEX.parseHex(CLIENT_HELLO));
        transcript.write(HEX.parseHex(SERVER_HELLO));
        byte[] clientHs = ks.deriveSecret(handshake, "c hs traffic", ks.hash(transcript.toByteArray()));
        byte[] serverHs = ks.deriveSecret(handshake, "s hs traffic", ks.hash(transcript.toByteArray()));
        assertHex("b3eddb126e067f35a780b3abf45e2d8f3b1a950738f52e9600746a0e27a55a21", clientHs);
        assertHex("b67b7d690cc16c4e75e54213cb2d37b4e9c912bcded9105d42befd59d391ad38", serverHs);
        KeySchedule.TrafficKeys serverKeys = ks.trafficKeys(serverHs, 16);
        assertHex("3fce516009c21727d0f2e4e86ee403bc", serverKeys.key());
        assertHex("5d313eb2671276ee13000b30", serverKeys.iv());
        KeySchedule.TrafficKeys clientKeys = ks.trafficKeys(clientHs, 16);
        assertHex("dbfaa693d1762c5b666af5d950258d01", clientKeys.key());
        assertHex("5bd3c71b836e0b76bb73265f", clientKeys.iv());
        for (String message : new String[] {ENCRYPTED_EXTENSIONS, CERTIFICATE, CERTIFICATE_VERIFY}) {
            transcript.write(HEX.parseHex(message));
        }
        assertHex(SERVER_FINISHED.substring(8), ks.finishedVerifyData(serverHs, ks.hash(transcript.toByteArray())));
        transcript.write(HEX.parseHex(SERVER_FINISHED));
        byte[] master = ks.extract(ks.derived(handshake), ks.zeros());
        assertHex("43de77e0c77713859a944db9db2590b53190a65b3ee2e4f12dd7a0bb7ce254b4", ks.derived(handshake));
        assertHex("18df06843d13a08bf2a449844c5f8a478001bc4d4c627984d5a41da8d0402919", master);
        byte[] throughServerFinished = ks.hash(transcript.toByteArray());
        assertHex("9e40646ce79a7f9dc05af8889bce6552875afa0b06df0087f792ebb7c17504a5",
                ks.deriveSecret(master, "c ap traffic", throughServerFinished));
        assertHex("a11af9f05531f856ad47116b45a950328204b4f44bfb6b3a4b4f1f3fcb631643",
                ks.deriveSecret(master, "s ap traffic", throughServerFinished));
        assertHex(CLIENT_FINISHED.substring(8), ks.finishedVerifyData(clientHs, throughServerFinished));
        transcript.write(HEX.parseHex(CLIENT_FINISHED));
        assertHex("7df235f2031d2a051287d02b0241b0bfdaf86cc856231f2d5aba46c434ec196c",
                ks.deriveSecret(master, "res master", ks.hash(transcript.toByteArray())));
    }

    @Test
    void theClientsFirstApplicationRecordSealsAndOpensAsInTheTrace() throws Exception {
        byte[] clientApp = HEX.parseHex("9e40646ce79a7f9dc05af8889bce6552875afa0b06df0087f792ebb7c17504a5");
        KeySchedule.TrafficKeys keys = ks.trafficKeys(clientApp, 16);
        assertHex("17422dda596ed5d9acd890e3c63f5051", keys.key());
        assertHex("5b78923dee08579033e523d9", keys.iv());
        byte[] payload = HEX.parseHex("000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f202122232425262728292a2b2c2d2e2f3031");
        String record = "1703030043a23f7054b62c94d0affafe8228ba55cbefacea42f914aa66bcab3f2b9819a8a5b46b395bd54a9a20441e2b62974e1f5a6292a2977014bd1e3deae63aeebb21694915e4";
        assertHex(record, RecordProtection.tls13(RecordProtection.Aead.AES_128_GCM, keys).seal(23, payload));
        RecordProtection.Opened opened = RecordProtection.tls13(RecordProtection.Aead.AES_128_GCM, keys)
                .open(23, HEX.parseHex(record.substring(10)));
        assertEquals(23, opened.contentType());
        assertArrayEquals(payload, opened.content());
    }

    @Test
    void aTamperedRecordIsRefused() {
        KeySchedule.TrafficKeys keys = ks.trafficKeys(new byte[32], 16);
        byte[] record = HEX.parseHex("1703030043a23f7054b62c94d0affafe8228ba55cbefacea42f914aa66bcab3f2b9819a8a5b46b395bd54a9a20441e2b62974e1f5a6292a2977014bd1e3deae63aeebb21694915e4");
        org.junit.jupiter.api.Assertions.assertThrows(org.mtainterop.tls.raw.RawTlsException.class, () ->
                RecordProtection.tls13(RecordProtection.Aead.AES_128_GCM, keys).open(23,
                        java.util.Arrays.copyOfRange(record, 5, record.length)));
    }

    private static void assertHex(String expected, byte[] actual) {
        assertEquals(expected, HEX.formatHex(actual));
    }
}
