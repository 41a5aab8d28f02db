package org.mtainterop.path;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import org.mtainterop.policy.Reason;
import org.mtainterop.report.ReportLanguage;

/**
 * The Received fields of one message header, read as hops in the order the message travelled (the oldest field,
 * at the bottom of the header, is hop 1). Bounded: a header block longer than {@link #MAX_HEADER} characters is
 * cut there, and at most {@link #MAX_HOPS} fields are read (a mail loop or a hostile header); how many were left
 * out is kept, so a report never presents a partial chain as a whole one.
 *
 * @param hops    oldest first
 * @param notRead Received fields beyond {@link #MAX_HOPS}, not read (the oldest ones are kept: they are the
 *                hops nearest the submission)
 * @param cut     the header block was longer than {@link #MAX_HEADER} and was cut
 */
public record ReceivedChain(List<ReceivedHop> hops, int notRead, boolean cut) {
    public static final int MAX_HOPS = 100;
    public static final int MAX_HEADER = 512 * 1024;

    public ReceivedChain {
        hops = List.copyOf(hops);
    }

    /** The chain of a message's header block (CRLF or LF lines, folded or not; the body, if present, ignored). */
    public static ReceivedChain of(String headerBlock) {
        boolean cut = headerBlock.length() > MAX_HEADER;
        String head = cut ? headerBlock.substring(0, MAX_HEADER) : headerBlock;
        List<String> received = new ArrayList<>();
        StringBuilder field = null;
        int start = 0;
        while (start <= head.length()) {
            int nl = head.indexOf('\n', start);
            int end = nl < 0 ? head.length() : nl;
            String line = head.substring(start, end > start && head.charAt(end - 1) == '\r' ? end - 1 : end);
            start = end + 1;
            if (line.isEmpty() && nl >= 0) {
                break; // end of the header block
            }
            if (!line.isEmpty() && (line.charAt(0) == ' ' || line.charAt(0) == '\t')) {
                if (field != null && field.length() <= ReceivedParser.MAX_FIELD) {
                    field.append(' ').append(line.strip());
                }
                continue;
            }
            if (field != null) {
                received.add(field.toString());
                field = null;
            }
            if (line.length() >= 9 && line.substring(0, 9).toLowerCase(Locale.ROOT).equals("received:")) {
                field = new StringBuilder(line.substring(9).strip());
            }
            if (nl < 0) {
                break;
            }
        }
        if (field != null) {
            received.add(field.toString());
        }
        Collections.reverse(received); // oldest first
        int notRead = Math.max(0, received.size() - MAX_HOPS);
        List<ReceivedHop> hops = new ArrayList<>();
        for (int i = 0; i < received.size() - notRead; i++) {
            hops.add(ReceivedParser.parse(i + 1, received.get(i)));
        }
        return new ReceivedChain(hops, notRead, cut);
    }

    public List<ReceivedHop> unparseable() {
        return hops.stream().filter(h -> h.transport() == ReceivedHop.Transport.UNPARSEABLE).toList();
    }

    /** The chain was read whole: nothing cut, nothing left out. */
    public boolean complete() {
        return notRead == 0 && !cut;
    }

    /** Every hop, one per line, and what was not read, in English. */
    public String describe() {
        return described().render(ReportLanguage.EN);
    }

    /** {@link #describe()} in the report's language: each of {@link #lines()} followed by a line break. */
    public Reason described() {
        List<Reason> parts = new ArrayList<>();
        lines().forEach(l -> parts.add(Reason.join("", List.of(l, Reason.fact("\n")))));
        return Reason.join("", parts);
    }

    /** Every hop, and what was not read, one reason each (a verdict joins them with "; "). */
    public List<Reason> lines() {
        List<Reason> out = new ArrayList<>();
        hops.forEach(h -> out.add(h.described()));
        if (notRead > 0) {
            out.add(Reason.of("ReceivedChain.notRead", notRead, MAX_HOPS));
        }
        if (cut) {
            out.add(Reason.of("ReceivedChain.cut", MAX_HEADER));
        }
        if (hops.isEmpty()) {
            out.add(Reason.of("ReceivedChain.none"));
        }
        return out;
    }
}
