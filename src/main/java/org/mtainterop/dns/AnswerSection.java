package org.mtainterop.dns;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.xbill.DNS.CNAMERecord;
import org.xbill.DNS.DClass;
import org.xbill.DNS.Message;
import org.xbill.DNS.Name;
import org.xbill.DNS.RRset;
import org.xbill.DNS.Record;
import org.xbill.DNS.Section;
import org.xbill.DNS.TXTRecord;
import org.xbill.DNS.Type;
import org.xbill.DNS.dnssec.ValidatingResolver;

/** Reads what a lookup needs out of a DNS reply: the answer RRset (CNAMEs followed), the validator's reason. */
final class AnswerSection {
    /** More CNAME hops than this in one answer is a loop or an attack, not a configuration. */
    static final int MAX_CNAME_HOPS = 8;

    private AnswerSection() {
    }

    /** The records of {@code type} at {@code name}, following CNAMEs within the answer section; RRSIGs left out. */
    static List<Record> records(Message reply, Name name, int type) {
        List<RRset> rrsets = reply.getSectionRRsets(Section.ANSWER);
        Name current = name;
        for (int hop = 0; hop <= MAX_CNAME_HOPS; hop++) {
            Name owner = current;
            Optional<RRset> wanted = rrsets.stream()
                    .filter(s -> s.getName().equals(owner) && s.getType() == type).findFirst();
            if (wanted.isPresent()) {
                return new ArrayList<>(wanted.get().rrs(false));
            }
            Optional<RRset> alias = type == Type.CNAME ? Optional.empty() : rrsets.stream()
                    .filter(s -> s.getName().equals(owner) && s.getType() == Type.CNAME).findFirst();
            if (alias.isEmpty()) {
                return List.of();
            }
            current = ((CNAMERecord) alias.get().first()).getTarget();
        }
        return List.of();
    }

    /** The reason dnsjava's validator attaches to a bogus answer (a TXT of its private class in the additional section). */
    static Optional<String> validatorReason(Message reply) {
        for (Record record : reply.getSection(Section.ADDITIONAL)) {
            if (record instanceof TXTRecord txt && record.getDClass() == ValidatingResolver.VALIDATION_REASON_QCLASS
                    && record.getName().equals(Name.root)) {
                return Optional.of(String.join("", txt.getStrings()));
            }
        }
        return Optional.empty();
    }

    static boolean isInternetClass(Record record) {
        return record.getDClass() == DClass.IN;
    }
}
