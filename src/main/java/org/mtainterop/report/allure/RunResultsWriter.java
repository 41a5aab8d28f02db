package org.mtainterop.report.allure;

import io.qameta.allure.AllureResultsWriter;
import io.qameta.allure.FileSystemResultsWriter;
import io.qameta.allure.model.FixtureResult;
import io.qameta.allure.model.Status;
import io.qameta.allure.model.TestResult;
import io.qameta.allure.model.TestResultContainer;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Allure's file-system writer for a run's scenarios, with two savings. An attachment with the same bytes as one
 * already written (the TLS enumeration or a transcript, attached to every scenario that reads it) becomes a
 * hard link to that file, not a second copy; where links are not possible (another file system, Windows),
 * the bytes are written again. And the per-scenario container holding nothing but the harness's own passed
 * binding hook ({@link #PLUMBING}) is not written: it showed "bindScenario: passed" as the set-up of every
 * test. The report reads the same otherwise, from half as many files: creating files is a real cost of a run
 * (ext4 searches longer for a free inode while the previous run's are freshly deleted).
 */
public final class RunResultsWriter implements AllureResultsWriter {
    /** The glue's own hooks: a container holding only these, all passed, tells a reader nothing. */
    static final String PLUMBING = "org.mtainterop.steps.ScenarioHooks.";
    private final Path directory;
    private final FileSystemResultsWriter files;
    private final Map<String, Path> byDigest = new ConcurrentHashMap<>();

    public RunResultsWriter(Path directory) {
        this.directory = directory;
        this.files = new FileSystemResultsWriter(directory);
    }

    @Override
    public void write(TestResult result) {
        files.write(result);
    }

    @Override
    public void write(TestResultContainer container) {
        if (!onlyPassedPlumbing(container)) {
            files.write(container);
        }
    }

    private static boolean onlyPassedPlumbing(TestResultContainer container) {
        List<FixtureResult> fixtures = new ArrayList<>(container.getBefores());
        fixtures.addAll(container.getAfters());
        return fixtures.stream().allMatch(f -> f.getStatus() == Status.PASSED
                && f.getName() != null && f.getName().startsWith(PLUMBING) && f.getAttachments().isEmpty());
    }

    @Override
    public void write(String source, InputStream attachment) {
        byte[] bytes;
        try (attachment) {
            bytes = attachment.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the attachment " + source, e);
        }
        Path target = directory.resolve(source);
        Path first = byDigest.putIfAbsent(digest(bytes), target);
        if (first != null && link(target, first)) {
            return;
        }
        files.write(source, new ByteArrayInputStream(bytes));
    }

    private static boolean link(Path link, Path existing) {
        try {
            Files.createLink(link, existing);
            return true;
        } catch (IOException | UnsupportedOperationException e) {
            return false;
        }
    }

    private static String digest(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
