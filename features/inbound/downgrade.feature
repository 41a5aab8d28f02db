@in @smtp
Feature: Resistance to command injection around STARTTLS
  An attacker on the path can append plaintext commands to the STARTTLS command in the same packet.
  A receiving MX must discard everything it received before the handshake (RFC 3207 §4.2,
  CVE-2011-0411), or the attacker's commands run inside the encrypted session.

  Background:
    Given the receiving MTA under test

  @REQ-DOWNGRADE-01 @pilot @must
  Scenario: Plaintext commands pipelined behind STARTTLS are discarded
    When a sending MTA pipelines a plaintext command behind STARTTLS
    Then the pipelined command is discarded
