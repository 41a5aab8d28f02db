/**
 * The DNS layer for DANE (RFC 7672) and MTA-STS: {@link org.mtainterop.dns.DnsLookup} answers one question with
 * its {@link org.mtainterop.dns.DnssecStatus} (secure, insecure, bogus, SERVFAIL, or no answer), validated by
 * the harness from its own {@link org.mtainterop.dns.TrustAnchors} ({@link org.mtainterop.dns.ValidationMode#HARNESS})
 * or trusting the resolver's AD bit ({@link org.mtainterop.dns.ValidationMode#RESOLVER_AD_BIT});
 * {@link org.mtainterop.dns.DomainDnsProbe} observes a mail domain's MX, addresses and TLSA records once
 * ({@link org.mtainterop.dns.DomainDnsFacts}). Lookups never throw for network trouble and are bounded by a
 * timeout and a deadline. Tests run against {@code org.mtainterop.dns.testbed.DnsTestBed} (NSD and Unbound).
 */
package org.mtainterop.dns;
