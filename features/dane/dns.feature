@pub @dane
Feature: The DANE records a mail domain publishes
  A sending MTA that speaks DANE (RFC 7672) looks up the domain's MX hosts, their addresses and the TLSA
  records at _25._tcp.<MX host>, and uses the TLSA records only when DNSSEC proves every answer on the way.
  A bogus answer makes it defer the mail; a TLSA record it cannot use protects nothing.

  Background:
    Given the mail domain under test

  @REQ-DANE-01 @modern @must
  Scenario: The MX and TLSA records validate under DNSSEC
    When a DANE sender resolves its MX hosts, their addresses and their TLSA records
    Then the MX and TLSA records validate under DNSSEC

  @REQ-DANE-03 @modern @should
  Scenario: The TLSA records use only the DANE usages
    When a DANE sender resolves its MX hosts, their addresses and their TLSA records
    Then no TLSA record uses a PKIX usage
