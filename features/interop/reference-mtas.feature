@interop
Feature: The reference MTAs deliver to each other over verified TLS
  The pilot's partners run different MTAs. Each one must be able to send to every other one, and to itself,
  with STARTTLS, TLS 1.2 or newer and a certificate the sender checked against its trust anchor and the
  receiver's MX name (RFC 3207, RFC 6125, RFC 8996). Every receiver is configured compliant; every sender
  requires a verified certificate, so a message that arrives was sent over verified TLS.

  @REQ-INTEROP-01 @pilot @must
  Scenario Outline: <sender> delivers to <receiver> over verified TLS 1.2 or newer
    Given <sender> requires a verified certificate when it relays mail
    When <sender> relays a message to <receiver>
    Then the message reaches <receiver>'s mailbox over TLS 1.2 or newer, with a verified certificate

    Examples:
      | sender    | receiver  |
      | Postfix   | Postfix   |
      | Postfix   | Exim      |
      | Postfix   | OpenSMTPD |
      | Exim      | Postfix   |
      | Exim      | Exim      |
      | Exim      | OpenSMTPD |
      | OpenSMTPD | Postfix   |
      | OpenSMTPD | Exim      |
      | OpenSMTPD | OpenSMTPD |
