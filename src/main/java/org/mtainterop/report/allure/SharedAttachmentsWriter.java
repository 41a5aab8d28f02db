package org.mtainterop.report.allure;

import io.qameta.allure.AllureResultsWriter;
import io.qameta.allure.FileSystemResultsWriter;
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
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Allure's file-system writer, except that an attachment with the same bytes as one already written (the TLS
 * enumeration or a transcript, attached to every scenario that reads it) becomes a hard link to that file,
 * not a second copy: the report reads the same, and a run creates a fifth fewer files. Creating files is a
 * real cost of a run: ext4 searches longer for a free inode while the previous run's are freshly deleted.
 * Where links are not possible (another file system, Windows), the bytes are written again.
 */
public final class SharedAttachmentsWriter implements AllureResultsWriter {
    private final Path directory;
    private final FileSystemResultsWriter files;
    private final Map<String, Path> byDigest = new ConcurrentHashMap<>();

    public SharedAttachmentsWriter(Path directory) {
        this.directory = directory;
        this.files = new FileSystemResultsWriter(directory);
    }

    @Override
    public void write(TestResult result) {
        files.write(result);
    }

    @Override
    public void write(TestResultContainer container) {
        files.write(container);
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
