@in @smtp
Feature: TLS protocol versions offered by the receiving MX
  Partners' sending MTAs range from TLS 1.2-only to TLS 1.3. The pilot requires TLS 1.2 to work;
  the ANSSI guide recommends TLS 1.3 where available.

  Background:
    Given the receiving MTA under test

  @REQ-TLS-VER-03 @pilot @must
  Scenario: TLS 1.2 is supported
    When a sending MTA offers only TLS 1.2
    Then the TLS 1.2 handshake completes

  @REQ-TLS-VER-04 @anssi @should
  Scenario: TLS 1.3 is supported and preferred
    When a sending MTA offers TLS 1.3 and TLS 1.2
    Then TLS 1.3 is chosen

  @REQ-TLS-VER-01 @pilot @must
  Scenario: SSLv2 and SSLv3 are never negotiated
    When a sending MTA tries each protocol version in turn
    Then SSLv2 and SSLv3 are refused

  @REQ-TLS-VER-02 @anssi @must
  Scenario: TLS 1.0 and TLS 1.1 are refused
    When a sending MTA tries each protocol version in turn
    Then TLS 1.0 and TLS 1.1 are refused
