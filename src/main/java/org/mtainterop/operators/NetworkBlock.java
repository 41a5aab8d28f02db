package org.mtainterop.operators;

/**
 * One network an operator declares its mail infrastructure in ({@code networks:} in the operators file): an IPv4
 * or IPv6 address or CIDR block, parsed without any lookup.
 */
public record NetworkBlock(String cidr, SenderPattern.AddressBlock block) {

    /** {@code 192.0.2.0/24}, {@code 2001:db8::/32} or a single address; an {@link IllegalArgumentException} otherwise. */
    public static NetworkBlock parse(String text) {
        if (!(SenderPattern.parse(text) instanceof SenderPattern.AddressBlock block)) {
            throw new IllegalArgumentException("not an address or CIDR block '" + text + "'");
        }
        return new NetworkBlock(text.strip(), block);
    }

    /** True when {@code address} (a literal) lies inside this block. */
    public boolean contains(String address) {
        return block.matches(address, "");
    }

    @Override
    public String toString() {
        return cidr;
    }
}
