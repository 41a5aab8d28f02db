@in @smtp
Feature: STARTTLS on port 25 (RFC 3207)
  In the 2014 pilot the operators agreed that every MTA-to-MTA link is encrypted with STARTTLS.
  These scenarios check that a receiving MX offers STARTTLS, completes a modern handshake, and
  treats the TLS session as a fresh start, as RFC 3207 requires.

  Background:
    Given the receiving MTA under test

  @REQ-STARTTLS-01 @pilot @must
  Scenario: The MX advertises STARTTLS
    When a sending MTA greets it with EHLO
    Then STARTTLS is advertised

  @REQ-STARTTLS-02 @anssi @should
  Scenario: The MX refuses STARTTLS with an argument
    When a sending MTA sends STARTTLS with an argument
    Then the command is refused with 501

  @REQ-STARTTLS-05 @pilot @must
  Scenario: The MX refuses plaintext mail from a partner that must use TLS
    When a partner's MTA starts a mail transaction without STARTTLS
    Then the transaction is refused with 530

  @REQ-STARTTLS-08 @pilot @must
  Scenario: A modern sending MTA completes the TLS handshake
    When a sending MTA upgrades the session with STARTTLS
    Then the TLS handshake completes

  @REQ-STARTTLS-03 @pilot @should
  Scenario: The MX forgets what it learned before TLS
    When a sending MTA upgrades the session with STARTTLS
    Then a mail transaction started before a new EHLO is refused

  @REQ-STARTTLS-04 @pilot @must
  Scenario: The MX does not offer STARTTLS again inside TLS
    When a sending MTA upgrades the session with STARTTLS
    Then STARTTLS is not advertised again inside TLS
