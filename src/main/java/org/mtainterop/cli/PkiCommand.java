package org.mtainterop.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.mtainterop.pki.CertificateProfile;
import org.mtainterop.pki.IssuedCredential;
import org.mtainterop.pki.TestPki;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code pki}: writes a fresh test certificate (chain, key, root) for a host, as the containers mount them. */
@Command(name = "pki", mixinStandardHelpOptions = true,
        description = {"Generate a test PKI now and write one leaf's fullchain.pem, key.pem and ca.pem to a directory",
            "(the layout containers mount at /etc/mta-interop/tls). For test hosts only: a new root every time."})
public final class PkiCommand implements Callable<Integer> {
    @Spec
    private picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--host", required = true, paramLabel = "NAME", description = "The host name the leaf is for.")
    private String host;

    @Option(names = "--profile", paramLabel = "PROFILE", description = "Certificate profile (default: ${DEFAULT-VALUE}): ${COMPLETION-CANDIDATES}.")
    private CertificateProfile profile = CertificateProfile.VALID;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Directory to write the PEM files to.")
    private Path out;

    @Override
    public Integer call() {
        if (!host.matches("[A-Za-z0-9.-]+")) {
            throw new IllegalArgumentException("--host '" + host + "': not a host name");
        }
        IssuedCredential credential = TestPki.generate().issue(profile, host);
        credential.writePemFiles(out);
        spec.commandLine().getOut().println("wrote " + IssuedCredential.FULLCHAIN_FILE + ", " + IssuedCredential.KEY_FILE
                + " and " + IssuedCredential.CA_FILE + " for " + host + " (" + profile + ") to " + out.toAbsolutePath());
        return 0;
    }
}
