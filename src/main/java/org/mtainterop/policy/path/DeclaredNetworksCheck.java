package org.mtainterop.policy.path;

import java.util.ArrayList;
import java.util.List;
import org.mtainterop.operators.NetworkBlock;
import org.mtainterop.path.PathResult;
import org.mtainterop.path.ReceivedChain;
import org.mtainterop.path.ReceivedHop;
import org.mtainterop.policy.Reason;
import org.mtainterop.policy.Verdict;

/**
 * PATH-02 (pilot, must): the message was handled only by infrastructure the operators declare ({@code networks:}
 * of A and B in the operators file). The addresses judged: A's submission service as the harness connected to it,
 * the address each receiving server recorded for the host that handed the message over (every Received field but
 * the oldest, which records the harness itself), and B's IMAP service as connected. Loopback addresses are the
 * receiving host itself. Failed naming each address outside every declared block, with its hop; broken when the
 * message did not arrive, an operator declares no networks, or a hop's address cannot be read (never guessed).
 */
public final class DeclaredNetworksCheck extends PathCheck {
    public static final String ID = "PATH-02";

    public DeclaredNetworksCheck(String sender, String receiver) {
        super(sender, receiver);
    }

    @Override
    public String requirementId() {
        return ID;
    }

    private record Seen(String address, Reason where) {
    }

    @Override
    Verdict judge(PathResult r) {
        if (!r.delivered()) {
            return Verdict.broken(ID, Reason.of("DeclaredNetworks.broken.1", r.pair(), r.notDelivered()));
        }
        if (r.senderNetworks().isEmpty() || r.receiverNetworks().isEmpty()) {
            return Verdict.broken(ID, Reason.of("DeclaredNetworks.broken.2",
                    r.pair(), (r.senderNetworks().isEmpty() ? r.sender() : r.receiver())));
        }
        List<NetworkBlock> declared = new ArrayList<>(r.senderNetworks());
        declared.addAll(r.receiverNetworks());
        ReceivedChain chain = r.chain().get();
        List<Seen> seen = new ArrayList<>();
        List<Reason> unreadable = new ArrayList<>();
        r.submission().connectedAddress().ifPresent(a -> seen.add(new Seen(a, Reason.of("DeclaredNetworks.submissionService",
                r.sender(), r.submission().endpoint()))));
        for (ReceivedHop hop : chain.hops()) {
            if (hop.index() == 1) {
                continue; // the harness's own connection to the submission service
            }
            if (hop.transport() == ReceivedHop.Transport.UNPARSEABLE) {
                unreadable.add(hop.described());
            } else if (hop.overNetwork()) {
                hop.fromAddress().ifPresentOrElse(a -> seen.add(new Seen(a, hop.described())),
                        () -> unreadable.add(Reason.of("DeclaredNetworks.noAddress", hop.index(),
                                hop.fromName().map(Reason::fact).orElse(Reason.of("DeclaredNetworks.sendingHost")))));
            }
        }
        r.mailbox().flatMap(m -> m.connectedAddress()).ifPresent(a -> seen.add(new Seen(a,
                Reason.of("DeclaredNetworks.imapService", r.receiver(), r.mailbox().get().endpoint()))));
        List<Reason> outside = seen.stream().filter(s -> !loopback(s.address()))
                .filter(s -> declared.stream().noneMatch(n -> n.contains(s.address())))
                .map(s -> Reason.join("", List.of(Reason.fact(s.address() + " ("), s.where(), Reason.fact(")")))).toList();
        String networks = r.sender() + " " + r.senderNetworks() + ", " + r.receiver() + " " + r.receiverNetworks();
        if (!outside.isEmpty()) {
            return Verdict.failed(ID, Reason.of("DeclaredNetworks.failed.1",
                    r.pair(), outside.size(), networks, Reason.join("; ", outside)));
        }
        if (!unreadable.isEmpty() || !chain.complete()) {
            return Verdict.broken(ID, Reason.of("DeclaredNetworks.broken.3",
                    r.pair(), unreadable.isEmpty() ? Reason.of("DeclaredNetworks.chainNotWhole")
                            : Reason.of("DeclaredNetworks.addressOf", Reason.join("; ", unreadable)), networks));
        }
        return Verdict.passed(ID, Reason.of("DeclaredNetworks.passed.1",
                r.pair(), seen.size(), networks, String.join(", ", seen.stream().map(Seen::address).toList())));
    }

    private static boolean loopback(String address) {
        return address.startsWith("127.") || address.equals("::1") || address.equals("0:0:0:0:0:0:0:1");
    }
}
