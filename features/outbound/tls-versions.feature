@out
Feature: TLS protocol versions offered by the sending MTA
  The sender's ClientHello shows which versions it would accept; an MX that only speaks TLS 1.0 shows
  whether it really refuses them (RFC 7568, RFC 8996, ANSSI guide R3).

  Background:
    Given the sending MTA under test

  @REQ-TLS-VER-01 @pilot @must
  Scenario: The sender never offers SSLv2 or SSLv3
    When it relays a message to an MX that behaves as compliant
    Then its ClientHello offers neither SSLv2 nor SSLv3

  @REQ-TLS-VER-02 @anssi @must
  Scenario: The sender refuses TLS 1.0 and TLS 1.1
    When it relays a message to an MX that behaves as tls10-only
    Then it refuses TLS 1.0 and TLS 1.1
