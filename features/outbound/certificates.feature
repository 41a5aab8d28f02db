@out
Feature: The sending MTA checks the receiving MX's certificate
  Partners agreed to authenticate each other's MX: a sender that verifies must refuse a chain that is
  expired, self-signed, issued for another name or by an unknown CA, or whose signature does not verify, and keep
  the mail queued (RFC 6125 §6, RFC 5280 §6). It should name the MX in SNI so the MX can choose its certificate (RFC 6066 §3).

  Background:
    Given the sending MTA under test

  @REQ-CERT-06 @pilot @must
  Scenario Outline: A bad certificate is refused and the mail deferred (<profile>)
    When it relays a message to an MX that behaves as <profile>
    Then it refuses the certificate and the message is deferred

    Examples:
      | profile       |
      | expired-cert  |
      | self-signed   |
      | wrong-host    |
      | untrusted-ca  |
      | bad-signature |

  @REQ-CERT-07 @modern @should
  Scenario: The sender names the MX host in SNI
    When it relays a message to an MX that behaves as compliant
    Then its ClientHello names the MX host in SNI
