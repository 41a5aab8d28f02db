package org.mtainterop.cert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The DER reader on bytes, with no certificate and no network: nested, long lengths and each malformed case. */
class DerElementTest {
    private static byte[] hex(String h) {
        return HexFormat.of().parseHex(h.replace(" ", ""));
    }

    /** What a signature covers is the element as encoded: short, one-octet and two-octet lengths come back the same. */
    @Test
    void encodesAnElementAsItWasRead() {
        for (int n : new int[] {0, 5, 127, 128, 255, 256, 70000}) {
            byte[] der = new byte[n < 128 ? 2 + n : n < 256 ? 3 + n : n < 65536 ? 4 + n : 5 + n];
            der[0] = 0x04;
            int header = der.length - n;
            if (header == 2) {
                der[1] = (byte) n;
            } else {
                der[1] = (byte) (0x80 | (header - 2));
                for (int i = 0; i < header - 2; i++) {
                    der[header - 1 - i] = (byte) (n >>> (8 * i));
                }
            }
            assertThat(DerElement.parse(der).encoded()).as("length " + n).isEqualTo(der);
        }
    }

    @Test
    void readsNestedElements() {
        // SEQUENCE { SEQUENCE { [0] { [0] { [6] "http://a.test" } } } }: one CRL distribution point with a URI
        DerElement points = DerElement.parse(hex("30 15 30 13 A0 11 A0 0F 86 0D 687474703A2F2F612E74657374"));
        List<DerElement> point = points.sequence().get(0).sequence();
        assertThat(point).hasSize(1);
        assertThat(point.get(0).isContext(0)).isTrue();
        assertThat(point.get(0).isConstructed()).isTrue();
        DerElement uri = point.get(0).children().get(0).children().get(0);
        assertThat(uri.isContext(6)).isTrue();
        assertThat(uri.isConstructed()).isFalse();
        assertThat(uri.ascii()).isEqualTo("http://a.test");
    }

    @Test
    void readsLongFormLengthsAndOctetStrings() {
        byte[] der = new byte[3 + 200];
        der[0] = DerElement.OCTET_STRING;
        der[1] = (byte) 0x81;
        der[2] = (byte) 200;
        assertThat(DerElement.parse(der).octets()).hasSize(200);
    }

    @Test
    void matchesObjectIdentifiers() {
        DerElement oid = DerElement.parse(hex("06 08 2B06010505073001"));
        assertThat(oid.isOid(hex("2B06010505073001"))).isTrue();
        assertThat(oid.isOid(hex("2B06010505073002"))).isFalse();
    }

    @Test
    void refusesMalformedInput() {
        assertThatThrownBy(() -> DerElement.parse(hex("30 05 0401"))).hasMessageContaining("says 5 octets, 2 left");
        assertThatThrownBy(() -> DerElement.parse(hex("30 80 0000"))).hasMessageContaining("indefinite");
        assertThatThrownBy(() -> DerElement.parse(hex("30 85 0000000001 00"))).hasMessageContaining("oversized");
        assertThatThrownBy(() -> DerElement.parse(hex("30 00 30 00"))).hasMessageContaining("found 2");
        assertThatThrownBy(() -> DerElement.parse(hex(""))).hasMessageContaining("found 0");
        assertThatThrownBy(() -> DerElement.parse(hex("1F 01 00"))).hasMessageContaining("high tag");
        assertThatThrownBy(() -> DerElement.parse(hex("30"))).hasMessageContaining("no length");
        assertThatThrownBy(() -> DerElement.parse(hex("30 82 01"))).hasMessageContaining("truncated");
        assertThatThrownBy(() -> DerElement.parse(hex("04 01 00")).sequence()).hasMessageContaining("expected element 0x30");
        assertThatThrownBy(() -> DerElement.parse(hex("04 01 00")).children()).hasMessageContaining("primitive");
    }
}
