package org.mtainterop.path;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.mtainterop.operators.NetworkBlock;
import org.mtainterop.policy.Reason;

/** Path facts written by hand (no network): headers as a real run would have read them. */
public final class CannedPathMatrix {
    public static final List<NetworkBlock> A_NETS = List.of(NetworkBlock.parse("10.1.0.0/16"), NetworkBlock.parse("10.9.0.1"));
    public static final List<NetworkBlock> B_NETS = List.of(NetworkBlock.parse("10.2.0.0/16"), NetworkBlock.parse("10.9.0.2"));

    private CannedPathMatrix() {
    }

    public static final String SUBMISSION = "Received: from [127.0.0.1] (unknown [10.1.0.1])\r\n"
            + "\t(using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits))\r\n"
            + "\tby mx.a.test (Postfix) with ESMTPSA id 1A; Wed,  2 Dec 2026 19:57:24 +0000 (UTC)\r\n";
    public static final String RELAY_TLS = "Received: from mx.a.test (unknown [10.9.0.1])\r\n"
            + "\t(using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits))\r\n"
            + "\tby mx.b.test (Postfix) with ESMTPS id 2B for <t@b.test>; Wed,  2 Dec 2026 19:57:25 +0000 (UTC)\r\n";
    public static final String LMTPS = "Received: from mx.b.test ([10.2.0.2])\r\n"
            + "\t(using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits))\r\n"
            + "\tby imap.b.test with LMTPS id x (envelope-from <t@a.test>) for <t@b.test>; Wed, 02 Dec 2026 19:57:25 +0000\r\n";

    /** Received fields newest first, as a header holds them: the arguments oldest first. */
    public static String header(String... oldestFirst) {
        StringBuilder h = new StringBuilder();
        for (int i = oldestFirst.length - 1; i >= 0; i--) {
            h.append(oldestFirst[i]);
        }
        return h.append("From: <t@a.test>\r\nX-Mta-Interop-Path: path-x\r\n\r\n").toString();
    }

    public static PathResult delivered(String sender, String receiver, double seconds, String header) {
        return delivered(sender, receiver, seconds, header, A_NETS, B_NETS);
    }

    public static PathResult delivered(String sender, String receiver, double seconds, String header,
                                       List<NetworkBlock> senderNets, List<NetworkBlock> receiverNets) {
        PathMessage m = PathMessage.between(sender, receiver, "t@" + sender + ".test", "t@" + receiver + ".test");
        return new PathResult(sender, receiver, m, new SessionFacts("mx.a.test:587 (10.1.0.1)", Optional.of("10.1.0.1"),
                Optional.of("TLSv1.3 TLS_AES_256_GCM_SHA384"), true, Reason.of("SubmissionSession.accepted", "250 2.0.0 Ok: queued as 1A"),
                "C: AUTH PLAIN <redacted>\n"), Optional.of(new SessionFacts("imap.b.test:143 (10.2.0.3)",
                Optional.of("10.2.0.3"), Optional.of("TLSv1.3 TLS_AES_256_GCM_SHA384"), true, Reason.of("MailboxSession.found", "1.0", "7"),
                "C: p2 LOGIN <redacted>\n")), Optional.of(ReceivedChain.of(header)), seconds, "deleted (UID EXPUNGE 7)",
                false, senderNets, receiverNets, Duration.ofSeconds(60));
    }

    public static PathResult notDelivered(String sender, String receiver, boolean submitted) {
        PathMessage m = PathMessage.between(sender, receiver, "t@" + sender + ".test", "t@" + receiver + ".test");
        SessionFacts submission = new SessionFacts("mx.a.test:587", Optional.of("10.1.0.1"), Optional.empty(), submitted,
                submitted ? Reason.fact("accepted") : Reason.of("SubmissionSession.authRefused", "t", "535"), "");
        Optional<SessionFacts> mailbox = submitted ? Optional.of(new SessionFacts("imap.b.test:143", Optional.of("10.2.0.3"),
                Optional.empty(), false, Reason.of("MailboxSession.notFound", 90L), "")) : Optional.empty();
        return new PathResult(sender, receiver, m, submission, mailbox, Optional.empty(), submitted ? 90 : 0, "",
                submitted, A_NETS, B_NETS, Duration.ofSeconds(60));
    }

    /** a and b: a → b good; b → a with a cleartext hop; a → a outside the networks; b → b not delivered. */
    public static PathMatrixResult mixed() {
        List<PathResult> r = new ArrayList<>();
        r.add(delivered("a", "a", 1.0, header(SUBMISSION, RELAY_TLS.replace("10.9.0.1", "198.51.100.7"), LMTPS)));
        r.add(delivered("a", "b", 2.5, header(SUBMISSION, RELAY_TLS, LMTPS)));
        r.add(delivered("b", "a", 3.0, header(SUBMISSION, RELAY_TLS.replace("with ESMTPS", "with ESMTP")
                .replace("\t(using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits))\r\n", ""), LMTPS)));
        r.add(notDelivered("b", "b", true));
        return new PathMatrixResult(List.of("a", "b"), r, Duration.ofSeconds(70));
    }
}
