@in @submission @imap @pop3
Feature: TLS extensions and compression on the mail access services
  The same extensions matter on the link from a user's mail program: secure renegotiation and the extended
  master secret protect the session; compression, heartbeat and truncated HMAC only widen the attack surface
  (ANSSI TLS guide; RFC 9325).

  Background:
    Given the mail access service under test

  @REQ-TLS-EXT-01 @anssi @should
  Scenario: Secure renegotiation is supported
    When a mail program asks for compression and optional TLS extensions
    Then secure renegotiation is supported

  @REQ-TLS-EXT-02 @anssi @should
  Scenario: The extended master secret is supported
    When a mail program asks for compression and optional TLS extensions
    Then the extended master secret is agreed

  @REQ-TLS-EXT-03 @anssi @must
  Scenario: TLS compression is refused
    When a mail program asks for compression and optional TLS extensions
    Then TLS compression is refused

  @REQ-TLS-EXT-06 @anssi @should
  Scenario: Neither heartbeat nor truncated HMAC
    When a mail program asks for compression and optional TLS extensions
    Then neither heartbeat nor truncated HMAC is agreed
