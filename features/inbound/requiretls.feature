@in @smtp
Feature: REQUIRETLS advertisement (RFC 8689)
  REQUIRETLS lets a sender demand TLS for the whole path of a message. It is only meaningful inside TLS.

  Background:
    Given the receiving MTA under test

  @REQ-REQTLS-01 @modern @info
  Scenario: REQUIRETLS is advertised only inside TLS
    When a sending MTA upgrades the session with STARTTLS
    Then REQUIRETLS is advertised only inside TLS
