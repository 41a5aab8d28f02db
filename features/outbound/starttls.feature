@out
Feature: The sending MTA's STARTTLS dialogue
  When the operator's MTA relays mail, the harness is the receiving MX. A sender must upgrade when STARTTLS
  is offered, greet again inside TLS and trust nothing it learned before the handshake (RFC 3207 §4.2), and
  must wait for the MX's 220 before it starts TLS, even when PIPELINING is offered (RFC 2920 §3.1).

  Background:
    Given the sending MTA under test

  @REQ-STARTTLS-06 @pilot @must
  Scenario: The sender upgrades with STARTTLS and forgets what it learned before TLS
    When it relays a message to an MX that behaves as fake-extension-before-tls
    Then it upgrades with STARTTLS, greets again and forgets the pre-TLS extensions

  @REQ-STARTTLS-07 @anssi @should
  Scenario: The sender waits for the 220 after STARTTLS
    When it relays a message to an MX that behaves as compliant
    Then it sends nothing between STARTTLS and the MX's 220
