package org.mtainterop.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The DNS options of {@code run}: bad values are usage errors (exit 2) naming the option, file and line, before anything runs. */
class RunDomainOptionsTest {
    @TempDir
    Path dir;

    private record Run(int code, String out, String err) {
    }

    private Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = MtaInteropCommand.execute(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void aTrustAnchorSyntaxErrorNamesFileAndLine() throws Exception {
        Path anchors = Files.writeString(dir.resolve("anchors.ds"), "; test tree\ntest. 3600 IN DS 1 13 2 zz\n");
        Run r = run("run", "--domain", "secure.test", "--resolver", "127.0.0.1:1", "--trust-anchor", anchors.toString(),
                "--report-dir", dir.toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("--trust-anchor", anchors.toAbsolutePath() + ":2:").doesNotContain("\tat ");
    }

    @Test
    void aBadResolverOrDomainNamesTheOption() {
        Run port = run("run", "--domain", "secure.test", "--resolver", "127.0.0.1:99999", "--report-dir", dir.toString());
        assertThat(port.code()).isEqualTo(2);
        assertThat(port.err()).contains("--resolver", "99999");
        Run domain = run("run", "--domain", "not a domain", "--report-dir", dir.toString());
        assertThat(domain.code()).isEqualTo(2);
        assertThat(domain.err()).contains("--domain 'not a domain'");
    }

    @Test
    void dnsOptionsWithoutADomainAreAUsageError() {
        Run r = run("run", "--resolver", "127.0.0.1", "--target", "127.0.0.1:1", "--report-dir", dir.toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("--resolver needs a mail domain");
    }
}
