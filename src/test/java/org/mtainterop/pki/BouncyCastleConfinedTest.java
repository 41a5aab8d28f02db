package org.mtainterop.pki;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * BouncyCastle stays in pki/ (making test certificates and keys). Its jars are signed: the first class loaded from
 * them makes the JVM verify the jar's signature and digest its manifest, and class-data sharing cannot archive
 * them. Read on the probing path (CERT-05's extensions, before cert/DerElement), that cost every run 0.5 CPU-seconds
 * and a tenth of a second of wall time; probing and judging use the JDK alone.
 */
class BouncyCastleConfinedTest {

    @Test
    void onlyThePkiPackageImportsBouncyCastle() throws IOException {
        Path main = Path.of("src/main/java/org/mtainterop");
        try (Stream<Path> files = Files.walk(main)) {
            List<Path> importing = files.filter(p -> p.toString().endsWith(".java"))
                    .filter(p -> !p.startsWith(main.resolve("pki")))
                    .filter(BouncyCastleConfinedTest::importsBouncyCastle).toList();
            assertThat(importing).as("main sources outside pki/ importing org.bouncycastle").isEmpty();
        }
    }

    private static boolean importsBouncyCastle(Path source) {
        try {
            return Files.readString(source).contains("import org.bouncycastle.");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
