@in @smtp
Feature: TLS extensions and compression on the receiving MX
  Some TLS extensions protect the session (secure renegotiation, extended master secret); others only
  widen the attack surface (compression, heartbeat, truncated HMAC). The ANSSI TLS guide asks for the
  former and against the latter.

  Background:
    Given the receiving MTA under test

  @REQ-TLS-EXT-01 @anssi @should
  Scenario: Secure renegotiation is supported
    When a sending MTA asks for compression and optional TLS extensions
    Then secure renegotiation is supported

  @REQ-TLS-EXT-02 @anssi @should
  Scenario: The extended master secret is supported
    When a sending MTA asks for compression and optional TLS extensions
    Then the extended master secret is agreed

  @REQ-TLS-EXT-03 @anssi @must
  Scenario: TLS compression is refused
    When a sending MTA asks for compression and optional TLS extensions
    Then TLS compression is refused

  @REQ-TLS-EXT-04 @anssi @should
  Scenario: 0-RTT early data is refused
    When a sending MTA offers early data on a resumed TLS 1.3 session
    Then the early data is refused

  @REQ-TLS-EXT-05 @anssi @info
  Scenario: Session tickets live at most 24 hours
    When a sending MTA completes TLS handshakes and keeps the session tickets
    Then the session tickets live at most 24 hours

  @REQ-TLS-EXT-06 @anssi @should
  Scenario: Neither heartbeat nor truncated HMAC
    When a sending MTA asks for compression and optional TLS extensions
    Then neither heartbeat nor truncated HMAC is agreed
