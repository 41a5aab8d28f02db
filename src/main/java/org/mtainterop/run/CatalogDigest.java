package org.mtainterop.run;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/**
 * What judged a run, as one value: {@code sha256:} over the features directory (the catalog requirements.md and
 * every feature file, each as its path relative to the directory, a NUL, its bytes, a NUL; in path order).
 * Shards whose catalogs differ judged with different requirements: {@code merge} refuses to join them.
 */
public final class CatalogDigest {
    private CatalogDigest() {
    }

    /** The digest of {@code features}; empty when there is no such directory. */
    public static String of(Path features) {
        if (!Files.isDirectory(features)) {
            return "";
        }
        try (Stream<Path> walk = Files.walk(features)) {
            List<Path> files = walk.filter(Files::isRegularFile).sorted().toList();
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (Path file : files) {
                sha.update(features.relativize(file).toString().replace('\\', '/').getBytes(StandardCharsets.UTF_8));
                sha.update((byte) 0);
                sha.update(Files.readAllBytes(file));
                sha.update((byte) 0);
            }
            return "sha256:" + HexFormat.of().formatHex(sha.digest());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the features directory " + features, e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java platform", e);
        }
    }
}
