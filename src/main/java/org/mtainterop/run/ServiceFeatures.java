package org.mtainterop.run;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.mtainterop.net.MailService;

/**
 * The feature files that may judge a target offering a service: everything under {@code features/} but the
 * other commands' directories ({@code outbound/}, {@code interop/}, {@code path/}, {@code clients/}, and {@code dane/} and {@code mta-sts/},
 * judged per mail domain: other glue, other subjects) and the other family's ({@code access/} for an MX, {@code inbound/} for submission, IMAP, POP3).
 * Tags still pick the scenarios; this only spares each launch parsing files none of its scenarios can be in
 * (the client survey alone is 750 lines). A directory or file an operator adds is always read.
 */
final class ServiceFeatures {
    private static final Set<String> OTHER_COMMANDS = otherCommands();

    private static Set<String> otherCommands() {
        Set<String> directories = new java.util.HashSet<>(Set.of("outbound", "interop", "path", "clients"));
        directories.addAll(DomainJudging.FEATURES);
        return Set.copyOf(directories);
    }

    private ServiceFeatures() {
    }

    static List<Path> of(Path featuresDir, MailService service) {
        String otherFamily = service.userAccess() ? "inbound" : "access";
        try (Stream<Path> entries = Files.list(featuresDir)) {
            return entries.filter(p -> Files.isDirectory(p) || p.getFileName().toString().endsWith(".feature"))
                    .filter(p -> !OTHER_COMMANDS.contains(p.getFileName().toString()))
                    .filter(p -> !p.getFileName().toString().equals(otherFamily))
                    .sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + featuresDir, e);
        }
    }
}
