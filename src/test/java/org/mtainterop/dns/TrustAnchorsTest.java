package org.mtainterop.dns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xbill.DNS.DNSKEYRecord;
import org.xbill.DNS.DSRecord;

class TrustAnchorsTest {
    private static final String DS = "test.\t3600\tIN\tDS\t4242 13 2 8cb0fc6c527506a053f4f14c8464bebbd6dede2738d11468dd953d7d6a3021f1";
    private static final String DNSKEY = "example. 3600 IN DNSKEY 257 3 13 "
            + "mdsswUyr3DPW132mOi8V9xESWE8jTo0dxCjjnopKl+GqJxpVXckHAeF+KkxLbxILfDLUT0rAK9iUzy1L53eKGQ==";

    @TempDir
    Path dir;

    private Path file(String text) throws Exception {
        Path f = dir.resolve("anchors");
        Files.writeString(f, text);
        return f;
    }

    @Test
    void readsDsAndDnskeyLinesSkippingCommentsAndBlanks() throws Exception {
        TrustAnchors anchors = TrustAnchors.load(file("; test tree\n\n" + DS + "\n# another\n" + DNSKEY + "\n"));
        assertThat(anchors.anchors()).hasSize(2);
        assertThat(anchors.anchors().get(0)).isInstanceOf(DSRecord.class);
        assertThat(anchors.anchors().get(1)).isInstanceOf(DNSKEYRecord.class);
        assertThat(anchors.names()).containsExactly("test.", "example.");
        assertThat(anchors.asZoneText()).contains("DS", "DNSKEY");
    }

    @Test
    void aSyntaxErrorNamesFileAndLine() throws Exception {
        Path f = file(DS + "\n\ntest. 3600 IN DS 4242 13 2 not-hex\n");
        assertThatThrownBy(() -> TrustAnchors.load(f)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith(f + ":3: ").hasMessageContaining("not a DS or DNSKEY record");
    }

    @Test
    void anotherRecordTypeIsRefusedWithFileAndLine() throws Exception {
        Path f = file("test. 3600 IN A 192.0.2.1\n");
        assertThatThrownBy(() -> TrustAnchors.load(f)).hasMessage(f + ":1: a A record; a trust anchor is a DS or a DNSKEY record");
    }

    @Test
    void aRelativeOwnerIsRefused() throws Exception {
        Path f = file("test 3600 IN DS 4242 13 2 8cb0fc6c527506a053f4f14c8464bebbd6dede2738d11468dd953d7d6a3021f1\n");
        assertThatThrownBy(() -> TrustAnchors.load(f)).hasMessageStartingWith(f + ":1: owner name 'test' is not absolute");
    }

    @Test
    void anEmptyOrMissingFileIsAnErrorNamingIt() throws Exception {
        Path empty = file("; nothing\n");
        assertThatThrownBy(() -> TrustAnchors.load(empty)).hasMessageContaining(empty + ": no DS or DNSKEY record");
        Path missing = dir.resolve("missing");
        assertThatThrownBy(() -> TrustAnchors.load(missing)).hasMessageStartingWith(missing + ": cannot read");
    }

    @Test
    void createFailsBeforeAnyLookupOnABadAnchorFile() throws Exception {
        Path f = file("garbage\n");
        assertThatThrownBy(() -> DnsLookups.create(DnsResolverSettings.resolver(
                new java.net.InetSocketAddress("127.0.0.1", 53)).withTrustAnchor(f)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith(f + ":1: ");
    }
}
