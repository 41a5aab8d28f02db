@in @submission @imap @pop3
Feature: TLS on the services users' mail programs connect to
  Mail programs submit mail (submission, 587 and 465) and read it (IMAP, 143 and 993; POP3, 110 and 995)
  with the user's password. The operator offers TLS on each: STARTTLS or STLS on the first port of
  each pair, TLS from the first byte on the second (RFC 8314), with a certificate that names the server
  name users configure. The harness plays a mail program and never logs in.

  Background:
    Given the mail access service under test

  @REQ-ACCESS-01 @pilot @must
  Scenario: The service offers TLS
    When a mail program connects and asks for the capabilities
    Then the service offers TLS

  @REQ-ACCESS-03 @modern @should
  Scenario: Implicit TLS is offered beside STARTTLS
    When a mail program connects to the implicit-TLS port
    Then TLS is also offered from the first byte

  @REQ-STARTTLS-08 @pilot @must
  Scenario: A modern mail program's TLS handshake completes
    When a mail program secures the connection with TLS
    Then the mail program's TLS handshake completes
