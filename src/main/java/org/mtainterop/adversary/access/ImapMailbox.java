package org.mtainterop.adversary.access;

import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The INBOX of one IMAP session (RFC 9051 §6.3-6.4): the one {@link DemoMessage}, its flags, whether it was expunged,
 * and whether the mailbox is selected, read-only or not. Answers as the lines to send; the dialogue sends them.
 */
final class ImapMailbox {
    private boolean selected;
    private boolean readOnly;
    private boolean expunged;
    private final Set<String> flags = new LinkedHashSet<>();

    boolean selected() {
        return selected;
    }

    void deselect() {
        selected = false;
    }

    String[] select(String tag, String verb, List<String> args) {
        if (args.isEmpty() || !isInbox(args.get(0))) {
            selected = false;
            return new String[] {tag + " NO [NONEXISTENT] no such mailbox"};
        }
        selected = true;
        readOnly = verb.equals("EXAMINE");
        return new String[] {"* FLAGS (\\Answered \\Flagged \\Deleted \\Seen \\Draft)",
            "* OK [PERMANENTFLAGS (\\Answered \\Flagged \\Deleted \\Seen \\Draft \\*)] flags permitted",
            "* " + (expunged ? 0 : 1) + " EXISTS", "* 0 RECENT",
            "* OK [UIDVALIDITY " + DemoMessage.UID_VALIDITY + "] UIDs valid",
            "* OK [UIDNEXT " + (DemoMessage.UID + 1) + "] predicted next UID",
            tag + " OK [" + (readOnly ? "READ-ONLY" : "READ-WRITE") + "] " + verb + " completed"};
    }

    static String[] list(String tag, String verb, List<String> args) {
        String pattern = args.size() > 1 ? ImapArguments.unquote(args.get(args.size() - 1)) : "";
        if (pattern.isEmpty()) {
            return new String[] {"* " + verb + " (\\Noselect) \"/\" \"\"", tag + " OK " + verb + " completed"};
        }
        if (pattern.equals("*") || pattern.equals("%") || pattern.equalsIgnoreCase("INBOX")) {
            return new String[] {"* " + verb + " (\\HasNoChildren) \"/\" INBOX", tag + " OK " + verb + " completed"};
        }
        return new String[] {tag + " OK " + verb + " completed"};
    }

    String[] status(String tag, List<String> args) {
        if (args.isEmpty() || !isInbox(args.get(0))) {
            return new String[] {tag + " NO [NONEXISTENT] no such mailbox"};
        }
        int unseen = expunged || flags.contains("\\Seen") ? 0 : 1;
        return new String[] {"* STATUS INBOX (MESSAGES " + (expunged ? 0 : 1) + " RECENT 0 UIDNEXT " + (DemoMessage.UID + 1)
                + " UIDVALIDITY " + DemoMessage.UID_VALIDITY + " UNSEEN " + unseen + ")", tag + " OK STATUS completed"};
    }

    /** EXPUNGE (also UID EXPUNGE) or CLOSE: removes the message if it is \Deleted and the mailbox is writable. */
    String[] expungeOrClose(String tag, String verb) {
        boolean remove = flags.contains("\\Deleted") && !expunged && !readOnly;
        expunged |= remove;
        selected = !verb.equals("CLOSE");
        return remove && verb.equals("EXPUNGE") ? new String[] {"* 1 EXPUNGE", tag + " OK EXPUNGE completed"}
                : new String[] {tag + " OK " + verb + " completed"};
    }

    /** Whether the message is in the command's sequence (or UID) set. */
    boolean matches(List<String> args) {
        return !expunged && !args.isEmpty() && ImapArguments.contains(args.get(0), 1, 1);
    }

    /** The FETCH response when the set matches and items were asked for; marks the message \Seen if it was read. */
    Optional<ImapFetchResponse.Rendered> fetch(List<String> args, boolean uid) {
        if (!matches(args) || args.size() < 2) {
            return Optional.empty();
        }
        ImapFetchResponse.Rendered fetched = ImapFetchResponse.render(
                ImapArguments.listItems(String.join(" ", args.subList(1, args.size()))), uid, flags);
        if (fetched.seenNow() && !readOnly) {
            flags.add("\\Seen");
        }
        return Optional.of(fetched);
    }

    /** SEARCH: the message, unless SEEN, UNSEEN or DELETED in the criteria rule it out; other keys are not read. */
    String[] search(String tag, String label, List<String> args) {
        Set<String> criteria = new HashSet<>(ImapArguments.split(String.join(" ", args).toUpperCase(Locale.ROOT)
                .replace("(", " ").replace(")", " ")));
        boolean seen = flags.contains("\\Seen");
        boolean hit = !expunged && !(criteria.contains("UNSEEN") && seen) && !(criteria.contains("SEEN") && !seen)
                && !(criteria.contains("DELETED") && !flags.contains("\\Deleted"));
        return new String[] {hit ? "* SEARCH 1" : "* SEARCH", tag + " OK " + label + " completed"};
    }

    String[] store(String tag, String label, List<String> args, boolean uid) {
        if (args.size() < 3) {
            return new String[] {tag + " BAD syntax: STORE set FLAGS (flags)"};
        }
        boolean matches = matches(args);
        String action = args.get(1).toUpperCase(Locale.ROOT);
        if (matches && !readOnly) {
            List<String> given = ImapArguments.listItems(args.get(2)).stream().map(ImapMailbox::systemFlag).toList();
            if (action.startsWith("+")) {
                flags.addAll(given);
            } else if (action.startsWith("-")) {
                given.forEach(flags::remove);
            } else {
                flags.clear();
                flags.addAll(given);
            }
        }
        if (matches && !action.endsWith(".SILENT")) {
            return new String[] {"* 1 FETCH (" + (uid ? "UID " + DemoMessage.UID + " " : "") + "FLAGS ("
                    + String.join(" ", flags) + "))", tag + " OK " + label + " completed"};
        }
        return new String[] {tag + " OK " + label + " completed"};
    }

    private static boolean isInbox(String token) {
        return ImapArguments.unquote(token).equalsIgnoreCase("INBOX");
    }

    /** System flags in their usual spelling (\SEEN -> \Seen); keywords as given. */
    private static String systemFlag(String flag) {
        return flag.length() > 1 && flag.charAt(0) == '\\'
                ? "\\" + flag.substring(1, 2).toUpperCase(Locale.ROOT) + flag.substring(2).toLowerCase(Locale.ROOT) : flag;
    }
}
