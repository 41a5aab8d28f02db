package org.mtainterop.clients;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** containers/clients/README.md's support table says what the Java side (and, by RealClientsAgainstDovecotTest, the drivers) do. */
class SupportTableDocumentedTest {
    private static final Path README = Path.of(System.getProperty("mtainterop.home", "."), "containers/clients/README.md");

    @Test
    void theReadmeTableIsTheSupportTable() throws IOException {
        Map<String, List<String>> documented = new LinkedHashMap<>();
        boolean inTable = false;
        for (String line : Files.readAllLines(README)) {
            if (line.startsWith("| client | submission starttls")) {
                inTable = true;
            } else if (inTable && line.startsWith("| ") && !line.startsWith("|---")) {
                String[] cells = line.substring(2, line.length() - 2).split(" \\| ");
                documented.put(cells[0], List.of(cells).subList(1, cells.length));
            } else if (inTable && !line.startsWith("|")) {
                break;
            }
        }
        Map<String, List<String>> actual = new LinkedHashMap<>();
        List<SurveyClient> clients = new ArrayList<>(SurveyClients.containerised(null));
        clients.add(new AngusMailSurveyClient(InetAddress.getLoopbackAddress()));
        for (SurveyClient client : clients) {
            List<String> cells = new ArrayList<>();
            for (AccessProtocolKind protocol : AccessProtocolKind.values()) {
                for (TlsMode mode : TlsMode.values()) {
                    cells.add(client.supports(protocol, mode) ? "yes" : "-");
                }
            }
            actual.put(client.name(), cells);
        }
        assertThat(documented).isEqualTo(actual);
    }
}
