@in @submission @imap @pop3
Feature: No password before TLS, and nothing from before TLS trusted
  A password sent before TLS is readable on the network, and commands slipped in before the handshake
  run inside it (the STARTTLS command-injection class). These apply to the STARTTLS / STLS ports; on
  the implicit-TLS ports nothing is exchanged before TLS and they are skipped.

  Background:
    Given the mail access service under test

  @REQ-ACCESS-02 @pilot @must
  Scenario: No login is offered or accepted before TLS
    When a mail program asks to log in before TLS
    Then no login is offered or accepted before TLS

  @REQ-ACCESS-04 @pilot @must
  Scenario: A command pipelined behind STARTTLS or STLS is discarded
    When a mail program pipelines a plaintext command behind the TLS command
    Then the plaintext command is discarded

  @REQ-ACCESS-05 @anssi @should
  Scenario: The capabilities are announced afresh inside TLS
    When a mail program secures the connection with TLS
    And a mail program pipelines a plaintext command behind the TLS command
    Then the capabilities are announced afresh inside TLS
