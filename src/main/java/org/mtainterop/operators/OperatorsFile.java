package org.mtainterop.operators;

import java.io.IOException;
import java.io.Reader;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.mtainterop.policy.PolicyProfile;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Reads and validates an operators file (YAML; schema in README, "Describe your partners"). Every error is
 * an {@link IllegalArgumentException} naming the file, the line and the field:
 * {@code operators.yaml:12: operators[1].mx[0]: not a host name 'mx 1'}.
 */
public final class OperatorsFile {
    static final Set<String> OPERATOR_FIELDS = Set.of("name", "domains", "mx", "discover", "profile", "trust_ca",
            "partners_require_tls", "partner_source", "contact", "senders", "networks", "test_mailbox");
    static final Set<String> MAILBOX_FIELDS = Set.of("address", "submission", "imap", "user", "password_file",
            "password_env");
    static final Set<String> MX_FIELDS = Set.of("name", "port", "address");

    private final Path file;

    private OperatorsFile(Path file) {
        this.file = file;
    }

    public static List<Operator> load(Path file) {
        if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
            throw new IllegalArgumentException(file + ": operators file not found or not readable");
        }
        OperatorsFile reader = new OperatorsFile(file);
        LoaderOptions options = new LoaderOptions();
        options.setMaxAliasesForCollections(20);
        options.setCodePointLimit(1 << 20);
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return reader.operators(new Yaml(options).compose(in));
        } catch (MarkedYAMLException e) {
            int line = e.getProblemMark() == null ? 1 : e.getProblemMark().getLine() + 1;
            throw new IllegalArgumentException(file + ":" + line + ": not valid YAML: " + e.getProblem());
        } catch (YAMLException | IOException e) {
            throw new IllegalArgumentException(file + ": cannot read: " + e.getMessage());
        }
    }

    private List<Operator> operators(Node root) {
        if (root == null) {
            throw new IllegalArgumentException(file + ":1: operators: missing (the file is empty)");
        }
        Map<String, Node> top = fields(root, "", Set.of("operators"));
        Node list = required(top, root, "", "operators");
        List<Node> items = list(list, "operators");
        if (items.isEmpty()) {
            throw error(list, "operators", "empty list (describe at least one operator)");
        }
        List<Operator> operators = new ArrayList<>();
        Map<String, String> seen = new LinkedHashMap<>();
        for (int i = 0; i < items.size(); i++) {
            String path = "operators[" + i + "]";
            Operator operator = operator(items.get(i), path);
            Node nameNode = fields(items.get(i), path, OPERATOR_FIELDS).get("name");
            String earlier = seen.putIfAbsent(operator.name(), path + " (line " + line(nameNode) + ")");
            if (earlier != null) {
                throw error(nameNode, path + ".name", "duplicate operator name '" + operator.name() + "' (also " + earlier + ")");
            }
            operators.add(operator);
        }
        return operators;
    }

    private Operator operator(Node node, String path) {
        Map<String, Node> f = fields(node, path, OPERATOR_FIELDS);
        Node nameNode = required(f, node, path, "name");
        String name = string(nameNode, path + ".name");
        if (!name.matches("[A-Za-z0-9][A-Za-z0-9._-]{0,62}")) {
            throw error(nameNode, path + ".name", "not a short name (letters, digits, '.', '_', '-') '" + name + "'");
        }
        List<String> domains = new ArrayList<>();
        List<Node> domainNodes = list(required(f, node, path, "domains"), path + ".domains");
        if (domainNodes.isEmpty()) {
            throw error(f.get("domains"), path + ".domains", "empty list (at least one mail domain)");
        }
        for (int i = 0; i < domainNodes.size(); i++) {
            String domain = string(domainNodes.get(i), path + ".domains[" + i + "]");
            if (!HostNames.isHostName(domain)) {
                throw error(domainNodes.get(i), path + ".domains[" + i + "]", "not a domain name '" + domain + "'");
            }
            domains.add(domain);
        }
        boolean discover = false;
        if (f.containsKey("discover")) {
            String how = string(f.get("discover"), path + ".discover");
            if (!how.equals("dns")) {
                throw error(f.get("discover"), path + ".discover", "expected 'dns', found '" + how + "'");
            }
            discover = true;
        }
        List<MxHost> mx = new ArrayList<>();
        if (f.containsKey("mx")) {
            if (discover) {
                throw error(f.get("mx"), path + ".mx", "give the MX hosts or 'discover: dns', not both");
            }
            List<Node> mxNodes = list(f.get("mx"), path + ".mx");
            for (int i = 0; i < mxNodes.size(); i++) {
                mx.add(mxHost(mxNodes.get(i), path + ".mx[" + i + "]"));
            }
            if (mx.isEmpty()) {
                throw error(f.get("mx"), path + ".mx", "empty list (give the MX hosts, or 'discover: dns')");
            }
        } else if (!discover) {
            throw error(node, path + ".mx", "missing (give the MX hosts, or 'discover: dns')");
        }
        PolicyProfile profile = PolicyProfile.PILOT;
        if (f.containsKey("profile")) {
            try {
                profile = PolicyProfile.parse(string(f.get("profile"), path + ".profile"));
            } catch (IllegalArgumentException e) {
                throw error(f.get("profile"), path + ".profile", e.getMessage());
            }
        }
        Optional<Path> trustCa = Optional.empty();
        if (f.containsKey("trust_ca")) {
            Path relative = Path.of(string(f.get("trust_ca"), path + ".trust_ca"));
            Path pem = file.toAbsolutePath().getParent().resolve(relative).normalize();
            if (!Files.isRegularFile(pem) || !Files.isReadable(pem)) {
                throw error(f.get("trust_ca"), path + ".trust_ca", "file not found or not readable: " + pem);
            }
            trustCa = Optional.of(pem);
        }
        boolean requireTls = f.containsKey("partners_require_tls")
                && bool(f.get("partners_require_tls"), path + ".partners_require_tls");
        Optional<InetAddress> partnerSource = Optional.empty();
        if (f.containsKey("partner_source")) {
            String a = string(f.get("partner_source"), path + ".partner_source");
            partnerSource = Optional.of(addressLiteral(f.get("partner_source"), path + ".partner_source", a));
        }
        Optional<String> contact = f.containsKey("contact")
                ? Optional.of(string(f.get("contact"), path + ".contact")) : Optional.empty();
        List<SenderPattern> senders = new ArrayList<>();
        if (f.containsKey("senders")) {
            List<Node> senderNodes = list(f.get("senders"), path + ".senders");
            for (int i = 0; i < senderNodes.size(); i++) {
                String where = path + ".senders[" + i + "]";
                try {
                    senders.add(SenderPattern.parse(string(senderNodes.get(i), where)));
                } catch (IllegalArgumentException e) {
                    throw error(senderNodes.get(i), where, e.getMessage());
                }
            }
        }
        List<NetworkBlock> networks = new ArrayList<>();
        if (f.containsKey("networks")) {
            List<Node> networkNodes = list(f.get("networks"), path + ".networks");
            if (networkNodes.isEmpty()) {
                throw error(f.get("networks"), path + ".networks", "empty list (give the CIDR blocks, or leave the field out)");
            }
            for (int i = 0; i < networkNodes.size(); i++) {
                String where = path + ".networks[" + i + "]";
                try {
                    networks.add(NetworkBlock.parse(string(networkNodes.get(i), where)));
                } catch (IllegalArgumentException e) {
                    throw error(networkNodes.get(i), where, e.getMessage());
                }
            }
        }
        Optional<TestMailbox> mailbox = f.containsKey("test_mailbox")
                ? Optional.of(testMailbox(f.get("test_mailbox"), path + ".test_mailbox", domains)) : Optional.empty();
        return new Operator(name, domains, mx, discover, profile, trustCa, requireTls, partnerSource, contact, senders,
                networks, mailbox);
    }

    /** {@code test_mailbox}: address (in one of the operator's domains), submission, imap, user, one password reference. */
    private TestMailbox testMailbox(Node node, String path, List<String> domains) {
        Map<String, Node> f = fields(node, path, MAILBOX_FIELDS);
        Node addressNode = required(f, node, path, "address");
        String address = string(addressNode, path + ".address");
        int at = address.lastIndexOf('@');
        if (at < 1 || !address.substring(0, at).matches("[A-Za-z0-9._+-]{1,64}")
                || !HostNames.isHostName(address.substring(at + 1))) {
            throw error(addressNode, path + ".address", "not a mailbox address 'local@domain' '" + address + "'");
        }
        String domain = address.substring(at + 1).toLowerCase(Locale.ROOT);
        if (domains.stream().noneMatch(d -> d.equalsIgnoreCase(domain))) {
            throw error(addressNode, path + ".address", "domain '" + domain + "' is not one of the operator's domains "
                    + domains);
        }
        MxHost submission = mxHost(required(f, node, path, "submission"), path + ".submission", 587);
        MxHost imap = mxHost(required(f, node, path, "imap"), path + ".imap", 143);
        String user = string(required(f, node, path, "user"), path + ".user");
        Optional<Path> passwordFile = Optional.empty();
        Optional<String> passwordEnv = Optional.empty();
        if (f.containsKey("password_file") == f.containsKey("password_env")) {
            throw error(node, path, "give exactly one of password_file and password_env (the password itself never"
                    + " goes into this file)");
        }
        if (f.containsKey("password_file")) {
            Path relative = Path.of(string(f.get("password_file"), path + ".password_file"));
            Path secret = file.toAbsolutePath().getParent().resolve(relative).normalize();
            if (!Files.isRegularFile(secret) || !Files.isReadable(secret)) {
                throw error(f.get("password_file"), path + ".password_file", "file not found or not readable: " + secret);
            }
            passwordFile = Optional.of(secret);
        } else {
            String variable = string(f.get("password_env"), path + ".password_env");
            if (!variable.matches("[A-Za-z_][A-Za-z0-9_]{0,127}")) {
                throw error(f.get("password_env"), path + ".password_env", "not an environment variable name '"
                        + variable + "'");
            }
            passwordEnv = Optional.of(variable);
        }
        return new TestMailbox(address, submission, imap, user, passwordFile, passwordEnv,
                file.getFileName() + ":" + line(node) + ": " + path);
    }

    /** An IPv4 or IPv6 address literal, parsed without any lookup. */
    private InetAddress addressLiteral(Node node, String path, String text) {
        boolean literal = text.matches("[0-9]{1,3}(\\.[0-9]{1,3}){3}") || text.contains(":") && text.matches("[0-9A-Fa-f:.]+");
        if (!literal) {
            throw error(node, path, "not an IP address '" + text + "' (an address of the host the harness runs on)");
        }
        try {
            return InetAddress.getByName(text);
        } catch (UnknownHostException e) {
            throw error(node, path, "not an IP address '" + text + "'");
        }
    }

    private MxHost mxHost(Node node, String path) {
        return mxHost(node, path, MxHost.SMTP_PORT);
    }

    /** {@code HOST}, {@code HOST:PORT}, {@code [IPv6]:PORT}, or a mapping {@code {name, port, address}}. */
    private MxHost mxHost(Node node, String path, int defaultPort) {
        if (node instanceof MappingNode) {
            Map<String, Node> f = fields(node, path, MX_FIELDS);
            Node nameNode = required(f, node, path, "name");
            String name = string(nameNode, path + ".name");
            if (!HostNames.isHostName(name)) {
                throw error(nameNode, path + ".name", "not a host name '" + name + "'");
            }
            int port = f.containsKey("port") ? port(f.get("port"), path + ".port", scalar(f.get("port"), path + ".port"))
                    : defaultPort;
            Optional<String> address = Optional.empty();
            if (f.containsKey("address")) {
                String a = string(f.get("address"), path + ".address");
                if (!HostNames.isHostOrAddress(a)) {
                    throw error(f.get("address"), path + ".address", "not a host name or address '" + a + "'");
                }
                address = Optional.of(a);
            }
            return new MxHost(name, port, address);
        }
        String text = string(node, path);
        String host = text;
        String port = null;
        if (text.startsWith("[") && text.contains("]:")) {
            host = text.substring(1, text.indexOf("]:"));
            port = text.substring(text.indexOf("]:") + 2);
        } else if (text.indexOf(':') >= 0 && text.indexOf(':') == text.lastIndexOf(':')) {
            host = text.substring(0, text.indexOf(':'));
            port = text.substring(text.indexOf(':') + 1);
        }
        if (!HostNames.isHostOrAddress(host)) {
            throw error(node, path, "not a host name '" + text + "'");
        }
        return new MxHost(host, port == null ? defaultPort : port(node, path, port), Optional.empty());
    }

    private int port(Node node, String path, String text) {
        try {
            int p = Integer.parseInt(text);
            if (p >= 1 && p <= 65535) {
                return p;
            }
        } catch (NumberFormatException ignored) {
            // reported below
        }
        throw error(node, path, "port must be 1-65535, found '" + text + "'");
    }

    /** The keys of a mapping, each known and given once. */
    private Map<String, Node> fields(Node node, String path, Set<String> allowed) {
        if (!(node instanceof MappingNode mapping)) {
            throw error(node, path.isEmpty() ? "(top level)" : path, "expected a mapping (field: value), found " + kind(node));
        }
        Map<String, Node> fields = new LinkedHashMap<>();
        for (NodeTuple tuple : mapping.getValue()) {
            String key = tuple.getKeyNode() instanceof ScalarNode s ? s.getValue() : "?";
            String where = path.isEmpty() ? key : path + "." + key;
            if (!allowed.contains(key)) {
                throw error(tuple.getKeyNode(), where, "unknown field (expected one of: "
                        + String.join(", ", allowed.stream().sorted().toList()) + ")");
            }
            if (fields.put(key, tuple.getValueNode()) != null) {
                throw error(tuple.getKeyNode(), where, "given twice");
            }
        }
        return fields;
    }

    private Node required(Map<String, Node> fields, Node parent, String path, String key) {
        Node value = fields.get(key);
        if (value == null) {
            throw error(parent, path.isEmpty() ? key : path + "." + key, "missing (required)");
        }
        return value;
    }

    private List<Node> list(Node node, String path) {
        if (node instanceof SequenceNode sequence) {
            return sequence.getValue();
        }
        throw error(node, path, "expected a list, found " + kind(node));
    }

    private String scalar(Node node, String path) {
        if (node instanceof ScalarNode s && !s.getTag().equals(Tag.NULL)) {
            return s.getValue();
        }
        throw error(node, path, "expected a value, found " + kind(node));
    }

    private String string(Node node, String path) {
        if (node instanceof ScalarNode s && !s.getTag().equals(Tag.NULL) && !s.getTag().equals(Tag.BOOL)
                && !s.getValue().isBlank()) {
            return s.getValue().strip();
        }
        throw error(node, path, "expected a string, found " + kind(node));
    }

    private boolean bool(Node node, String path) {
        if (node instanceof ScalarNode s && s.getTag().equals(Tag.BOOL)) {
            return Set.of("true", "yes", "on", "y").contains(s.getValue().toLowerCase(Locale.ROOT));
        }
        throw error(node, path, "expected true or false, found " + kind(node));
    }

    private static String kind(Node node) {
        if (node instanceof MappingNode) {
            return "a mapping";
        }
        if (node instanceof SequenceNode) {
            return "a list";
        }
        ScalarNode s = (ScalarNode) node;
        if (s.getTag().equals(Tag.NULL) || s.getValue().isBlank()) {
            return "nothing";
        }
        return (s.getTag().equals(Tag.BOOL) ? "a boolean" : s.getTag().equals(Tag.INT) ? "a number" : "a string")
                + " '" + s.getValue() + "'";
    }

    private static int line(Node node) {
        return node.getStartMark() == null ? 1 : node.getStartMark().getLine() + 1;
    }

    private IllegalArgumentException error(Node node, String path, String message) {
        return new IllegalArgumentException(file + ":" + line(node) + ": " + path + ": " + message);
    }
}
