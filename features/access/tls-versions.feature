@in @submission @imap @pop3
Feature: TLS protocol versions offered to mail programs
  Users' mail programs range from old ones that stop at TLS 1.0 to current ones that speak TLS 1.3. Each
  service (submission, IMAP, POP3; after STARTTLS or STLS, or from the first byte on 465, 993, 995) is offered
  one protocol version per hello: the pilot bans SSL and requires TLS 1.2 (RFC 8314 §4.1), RFC 8996 and the
  ANSSI guide ban TLS 1.0 and 1.1, and the ANSSI guide asks for TLS 1.3 where available.

  Background:
    Given the mail access service under test

  @REQ-TLS-VER-01 @pilot @must
  Scenario: SSLv2 and SSLv3 are never negotiated
    When a mail program tries each protocol version in turn
    Then SSLv2 and SSLv3 are refused

  @REQ-TLS-VER-02 @anssi @must
  Scenario: TLS 1.0 and TLS 1.1 are refused
    When a mail program tries each protocol version in turn
    Then TLS 1.0 and TLS 1.1 are refused

  @REQ-TLS-VER-03 @pilot @must
  Scenario: TLS 1.2 is supported
    When a mail program offers only TLS 1.2
    Then the mail program's TLS 1.2 handshake completes

  @REQ-TLS-VER-04 @anssi @should
  Scenario: TLS 1.3 is supported and preferred
    When a mail program offers TLS 1.3 and TLS 1.2
    Then the mail program's connection uses TLS 1.3
