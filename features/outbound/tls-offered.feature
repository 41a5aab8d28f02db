@out
Feature: What the sending MTA offers in its ClientHello
  Whatever a sender offers, a hostile or careless MX may pick: its ClientHello, read off the wire by the receiving
  MX, must hold no weak suite, no group outside the allowed list and no compression, and bind TLS 1.2 sessions to
  their handshake (RFC 7465, RFC 9325 §3.3 and §4.1, RFC 7627, ANSSI TLS guide v1.2).

  Background:
    Given the sending MTA under test

  @REQ-TLS-CS-01 @pilot @must
  Scenario: The sender offers no weak cipher suite
    When it relays a message to an MX that behaves as compliant
    Then its ClientHello offers no weak cipher suite

  @REQ-TLS-KX-01 @anssi @must
  Scenario: The sender offers only allowed key-exchange groups
    When it relays a message to an MX that behaves as compliant
    Then its ClientHello offers only allowed key-exchange groups

  @REQ-TLS-EXT-02 @anssi @should
  Scenario: The sender offers extended master secret with TLS 1.2
    When it relays a message to an MX that behaves as compliant
    Then its ClientHello offers extended master secret with TLS 1.2

  @REQ-TLS-EXT-03 @anssi @must
  Scenario: The sender offers no TLS compression
    When it relays a message to an MX that behaves as compliant
    Then its ClientHello offers no TLS compression
