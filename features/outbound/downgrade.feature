@out
Feature: The sending MTA resists downgrades
  An attacker on the path can strip STARTTLS from the EHLO reply, answer it with an error, break the
  handshake or inject lines into the plaintext stream. Between partners that require TLS, the mail must wait
  in the queue rather than travel in plaintext, and no forged reply may be acted on
  (RFC 3207 §6, RFC 7457 §2.1, "NO STARTTLS" 2021).

  Background:
    Given the sending MTA under test

  @REQ-DOWNGRADE-02 @anssi @must
  Scenario: Lines injected after the 220 to STARTTLS are ignored
    When it relays a message to an MX that behaves as inject-after-220
    Then it ignores the lines injected behind the 220

  @REQ-DOWNGRADE-03 @pilot @must
  Scenario Outline: A mandatory-TLS sender defers rather than send in plaintext (<profile>)
    When it relays a message to an MX that behaves as <profile>
    Then the message is deferred and nothing is sent in plaintext

    Examples:
      | profile         |
      | no-starttls     |
      | starttls-454    |
      | handshake-abort |

  @REQ-DOWNGRADE-04 @anssi @should
  Scenario: After a failed handshake the sender does not retry with an older TLS version
    When it relays a message to an MX that behaves as fail-first-handshake
    Then its retry offers no older TLS version
