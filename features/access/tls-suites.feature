@in @submission @imap @pop3
Feature: Cipher suites accepted by the mail access services
  Every suite each service accepts is listed, protocol version by protocol version, by offering the whole IANA
  registry and removing the suite it picks until it refuses: the same rules as for the MX, since the user's
  password and mail travel over these connections. The pilot bans broken suites; the ANSSI TLS guide asks for
  forward secrecy, its own list of suites, and the server's order to win.

  Background:
    Given the mail access service under test

  @REQ-TLS-CS-01 @pilot @must
  Scenario: No broken or weak cipher suite is accepted
    When a mail program offers each cipher suite in turn
    Then no NULL, anonymous, RC4, DES, 3DES, export or weaker than 128-bit suite is accepted

  @REQ-TLS-CS-02 @anssi @must
  Scenario: Every accepted suite has forward secrecy
    When a mail program offers each cipher suite in turn
    Then every accepted suite provides forward secrecy

  @REQ-TLS-CS-03 @anssi @should
  Scenario: Accepted suites follow the ANSSI list, in the server's order
    When a mail program offers each cipher suite in turn
    Then every accepted suite is on the ANSSI list and the server's own order wins

  @REQ-TLS-CS-04 @anssi @should
  Scenario: CBC suites only with encrypt-then-MAC
    When a mail program offers each cipher suite in turn
    Then CBC suites are only used with encrypt-then-MAC
