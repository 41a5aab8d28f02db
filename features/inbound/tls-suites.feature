@in @smtp
Feature: Cipher suites accepted by the receiving MX
  Every suite the MX accepts is listed, protocol version by protocol version, by offering the whole IANA
  registry and removing the suite it picks until it refuses. The pilot bans broken suites; the ANSSI TLS
  guide asks for forward secrecy, its own list of suites, and the server's order to win.

  Background:
    Given the receiving MTA under test

  @REQ-TLS-CS-01 @pilot @must
  Scenario: No broken or weak cipher suite is accepted
    When a sending MTA offers each cipher suite in turn
    Then no NULL, anonymous, RC4, DES, 3DES, export or weaker than 128-bit suite is accepted

  @REQ-TLS-CS-02 @anssi @must
  Scenario: Every accepted suite has forward secrecy
    When a sending MTA offers each cipher suite in turn
    Then every accepted suite provides forward secrecy

  @REQ-TLS-CS-03 @anssi @should
  Scenario: Accepted suites follow the ANSSI list, in the MX's order
    When a sending MTA offers each cipher suite in turn
    Then every accepted suite is on the ANSSI list and the MX's own order wins

  @REQ-TLS-CS-04 @anssi @should
  Scenario: CBC suites only with encrypt-then-MAC
    When a sending MTA offers each cipher suite in turn
    Then CBC suites are only used with encrypt-then-MAC
