@out @dane
Feature: The sending MTA authenticates the receiving MX with DANE
  A sender that does DANE (RFC 7672) and finds the MX's TLSA records in a DNSSEC-secure zone must authenticate
  the MX's chain with them: deliver when a usable record matches, keep the mail queued when none does, and never
  fall back to unauthenticated or plaintext delivery. A DANE-EE(3) match vouches for the key alone: the
  certificate's names and dates do not matter (RFC 7672 §3.1.1).

  Background:
    Given the sending MTA under test

  @REQ-DANE-05 @modern @must
  Scenario Outline: A chain the secure TLSA records do not authenticate is refused and the mail deferred (<profile>)
    When it relays a message to an MX that behaves as <profile>
    Then it refuses the MX's chain and the message is deferred

    Examples:
      | profile            |
      | dane-wrong-tlsa    |
      | dane-ta-wrong-name |
      | dane-ta-not-sent   |

  @REQ-DANE-06 @modern @should
  Scenario: A DANE-EE(3) match is enough, whatever the certificate's names and dates
    When it relays a message to an MX that behaves as dane-ee-expired-wrong-name
    Then it delivers the message inside TLS
