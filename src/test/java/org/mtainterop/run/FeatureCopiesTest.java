package org.mtainterop.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FeatureCopiesTest {
    @TempDir
    Path features;

    /** Each target's copy has the original's bytes, names the target, maps back to the original and goes with its batch. */
    @Test
    void aBatchCopiesEachTargetsFeaturesAndMapsThemBack() throws Exception {
        Path original = layout();
        try (FeatureCopies copies = new FeatureCopies(features)) {
            FeatureCopies.Batch batch = copies.copy(List.of(features.resolve("inbound")), List.of(3, 7),
                    List.of("mx1.example.test", "mx2.example.test"));
            assertEquals(2, batch.selectors().size());
            Path copy = batch.selectors().get(1).get(0).resolve("starttls.feature");
            assertEquals(Files.readString(original), Files.readString(copy));
            assertEquals(Optional.of(original.toUri()), copies.originalOf(copy.toUri()));
            assertEquals(Optional.of("t7-mx2.example.test"), copies.treeOf(copy.toUri()));
            assertEquals(Optional.empty(), copies.originalOf(original.toUri()));
            copies.delete(batch);
            assertFalse(Files.exists(copy));
        }
    }

    /** Where the system has a memory file system for everyone, the copies are made there, not on the disk. */
    @Test
    void theCopiesAreInMemoryWhereTheSystemHasDevShm() throws Exception {
        Path shm = Path.of("/dev/shm");
        assumeTrue(Files.isDirectory(shm) && Files.isWritable(shm), "no writable /dev/shm on this system");
        layout();
        try (FeatureCopies copies = new FeatureCopies(features)) {
            FeatureCopies.Batch batch = copies.copy(List.of(features.resolve("inbound")), List.of(0),
                    List.of("mx.example.test"));
            assertTrue(batch.directory().startsWith(shm.toRealPath()), batch.directory().toString());
            Path runDirectory = batch.directory().getParent();
            copies.close();
            assertFalse(Files.exists(runDirectory), "the run's directory is deleted when the run ends");
        }
    }

    private Path layout() throws Exception {
        Path file = features.resolve("inbound").resolve("starttls.feature");
        Files.createDirectories(file.getParent());
        Files.writeString(file, "Feature: STARTTLS\n  Scenario: offered\n    Given x\n");
        return file;
    }
}
