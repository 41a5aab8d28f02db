package org.mtainterop.cert;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * One DER element (X.690 §8.1, §10): its identifier octet and its contents, and the elements inside a
 * constructed one. Just enough ASN.1 to read the certificate extensions the harness reports
 * ({@link CertificateRevocation}) with the JDK alone: a run that reads them does not load and verify the
 * BouncyCastle provider jar (signed, so neither class-data sharing nor the archive cover it), which cost a
 * tenth of a second on the probing path of every run. Strict: definite lengths only, no high tag numbers, no
 * bytes after the element, every length within its parent; anything else is an {@link IllegalArgumentException}.
 *
 * @param tag      the identifier octet: class (bits 8-7), constructed (bit 6) and tag number (bits 5-1)
 * @param contents the contents octets
 */
record DerElement(int tag, byte[] contents) {
    static final int SEQUENCE = 0x30;
    static final int OCTET_STRING = 0x04;
    static final int OBJECT_IDENTIFIER = 0x06;
    private static final int CONSTRUCTED = 0x20;
    private static final int CONTEXT = 0x80;

    DerElement {
        contents = contents.clone();
    }

    /** The single element {@code der} encodes, and nothing after it. */
    static DerElement parse(byte[] der) {
        List<DerElement> all = sequenceOf(der, 0, der.length);
        if (all.size() != 1) {
            throw new IllegalArgumentException("expected one DER element, found " + all.size());
        }
        return all.get(0);
    }

    @Override
    public byte[] contents() {
        return contents.clone();
    }

    /** The element as encoded: identifier, definite length in the fewest octets, contents (what DER signs). */
    byte[] encoded() {
        int n = contents.length;
        byte[] length;
        if (n < 0x80) {
            length = new byte[] {(byte) n};
        } else {
            int octets = n > 0xFFFFFF ? 4 : n > 0xFFFF ? 3 : n > 0xFF ? 2 : 1;
            length = new byte[octets + 1];
            length[0] = (byte) (0x80 | octets);
            for (int i = 0; i < octets; i++) {
                length[octets - i] = (byte) (n >>> (8 * i));
            }
        }
        byte[] out = new byte[1 + length.length + n];
        out[0] = (byte) tag;
        System.arraycopy(length, 0, out, 1, length.length);
        System.arraycopy(contents, 0, out, 1 + length.length, n);
        return out;
    }

    boolean isConstructed() {
        return (tag & CONSTRUCTED) != 0;
    }

    /** Whether this is the context-specific tag {@code [number]}, primitive or constructed. */
    boolean isContext(int number) {
        return (tag & 0xC0) == CONTEXT && (tag & 0x1F) == number;
    }

    /** The tag number (bits 5-1). */
    int number() {
        return tag & 0x1F;
    }

    /** The elements a constructed element holds, in order. */
    List<DerElement> children() {
        if (!isConstructed()) {
            throw new IllegalArgumentException(String.format("element 0x%02X is primitive", tag));
        }
        return sequenceOf(contents, 0, contents.length);
    }

    /** The elements of a SEQUENCE (or SEQUENCE OF). */
    List<DerElement> sequence() {
        expect(SEQUENCE);
        return children();
    }

    /** The contents of an OCTET STRING. */
    byte[] octets() {
        expect(OCTET_STRING);
        return contents();
    }

    /** The contents as text: an IA5String, or an implicitly tagged one such as a GeneralName URI. */
    String ascii() {
        if (isConstructed()) {
            throw new IllegalArgumentException(String.format("element 0x%02X is not a string", tag));
        }
        return new String(contents, StandardCharsets.US_ASCII);
    }

    /** Whether this is the OBJECT IDENTIFIER whose contents octets are {@code oid}. */
    boolean isOid(byte[] oid) {
        return tag == OBJECT_IDENTIFIER && Arrays.equals(contents, oid);
    }

    private void expect(int expected) {
        if (tag != expected) {
            throw new IllegalArgumentException(String.format("expected element 0x%02X, found 0x%02X", expected, tag));
        }
    }

    private static List<DerElement> sequenceOf(byte[] der, int from, int to) {
        List<DerElement> elements = new ArrayList<>();
        int at = from;
        while (at < to) {
            int tag = der[at++] & 0xFF;
            if ((tag & 0x1F) == 0x1F) {
                throw new IllegalArgumentException("high tag numbers are not read");
            }
            if (at >= to) {
                throw new IllegalArgumentException("element 0x%02X has no length".formatted(tag));
            }
            int first = der[at++] & 0xFF;
            long length;
            if (first < 0x80) {
                length = first;
            } else {
                int octets = first & 0x7F;
                if (octets == 0 || octets > 4) {
                    throw new IllegalArgumentException("indefinite or oversized length (0x%02X)".formatted(first));
                }
                length = 0;
                for (int i = 0; i < octets; i++) {
                    if (at >= to) {
                        throw new IllegalArgumentException("truncated length");
                    }
                    length = (length << 8) | (der[at++] & 0xFF);
                }
            }
            if (length > to - at) {
                throw new IllegalArgumentException("element 0x%02X says %d octets, %d left".formatted(tag, length, to - at));
            }
            elements.add(new DerElement(tag, Arrays.copyOfRange(der, at, at + (int) length)));
            at += (int) length;
        }
        return elements;
    }
}
