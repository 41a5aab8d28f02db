package org.mtainterop.operators;

import java.net.InetAddress;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.mtainterop.policy.PolicyProfile;

/**
 * One partner operator as the operators file describes it.
 *
 * @param mx                 its MX hosts; empty when {@code discoverDns} (looked up at run time)
 * @param profile            the requirement profile it is expected to meet
 * @param trustCa            a PEM bundle its certificates chain to, beside the JDK trust store (absolute)
 * @param partnersRequireTls it requires TLS from its partners (STARTTLS-05)
 * @param partnerSource      the address of the harness's host this operator lists as a partner's: STARTTLS-05
 *                           connects from it
 * @param senders            client addresses/CIDRs and EHLO names ({@code *.suffix}) its sending MTAs use
 * @param networks           the networks its mail infrastructure lies in (PATH-02): every hop of a path must be there
 * @param testMailbox        the mailbox the {@code path} command sends from and delivers to
 */
public record Operator(String name, List<String> domains, List<MxHost> mx, boolean discoverDns,
                       PolicyProfile profile, Optional<Path> trustCa, boolean partnersRequireTls,
                       Optional<InetAddress> partnerSource, Optional<String> contact, List<SenderPattern> senders,
                       List<NetworkBlock> networks, Optional<TestMailbox> testMailbox) {
    public Operator {
        domains = List.copyOf(domains);
        mx = List.copyOf(mx);
        senders = List.copyOf(senders);
        networks = List.copyOf(networks);
    }

    /** An operator without declared networks or test mailbox (what {@code run} and {@code receive} read). */
    public Operator(String name, List<String> domains, List<MxHost> mx, boolean discoverDns, PolicyProfile profile,
                    Optional<Path> trustCa, boolean partnersRequireTls, Optional<InetAddress> partnerSource,
                    Optional<String> contact, List<SenderPattern> senders) {
        this(name, domains, mx, discoverDns, profile, trustCa, partnersRequireTls, partnerSource, contact, senders,
                List.of(), Optional.empty());
    }

    /** The header line of this operator in a console summary. */
    public String header() {
        return "operator " + name + " (profile " + profile.label() + contact.map(c -> ", contact " + c).orElse("")
                + ")";
    }
}
