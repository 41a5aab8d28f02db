@out @mta-sts
Feature: The sending MTA applies the recipient domain's MTA-STS policy
  A sender that does MTA-STS (RFC 8461) fetches the recipient domain's policy over HTTPS and validates each MX
  against it: the MX must match one of the policy's mx patterns, offer STARTTLS and present a certificate valid
  for its name (§4). Under enforce it must not deliver to an MX that fails, and keeps the message queued instead
  (§5.1); under testing it delivers anyway, reporting the failure where it supports TLS-RPT (§5). Each case is a
  recipient domain whose policy and MX the harness publishes.

  Background:
    Given the sending MTA under test

  @REQ-MTASTS-04 @modern @must
  Scenario: Under enforce, an MX that satisfies the policy gets the message
    When it relays a message to an MX that behaves as mta-sts-enforce-valid
    Then it delivers the message to that MX

  @REQ-MTASTS-04 @modern @must
  Scenario Outline: Under enforce, an MX that fails the policy gets nothing (<profile>)
    When it relays a message to an MX that behaves as <profile>
    Then it keeps the message queued rather than deliver to that MX

    Examples:
      | profile                     |
      | mta-sts-enforce-mx-mismatch |
      | mta-sts-enforce-wrong-name  |
      | mta-sts-enforce-no-starttls |

  @REQ-MTASTS-04 @modern @must
  Scenario: Under testing, an MX that fails the policy still gets the message
    When it relays a message to an MX that behaves as mta-sts-testing-wrong-name
    Then it delivers the message to that MX
