@path
Feature: End to end across operators: every hop encrypted, on declared infrastructure
  Securing one side alone is vain: a message from a user of one operator to a user of another must be
  encrypted on every hop, from the sender's submission service to the recipient's mailbox, and handled only
  by the infrastructure the operators declare (the pilot's second commitment). Each operator names a test
  mailbox; one message goes from each test mailbox to each test mailbox, and the Received fields of the copy
  that arrives (RFC 5321 §4.4, with the transmission types of RFC 3848 and RFC 8314) tell how each hop
  carried it and from which address. A field that does not say plainly is reported as unparseable, never
  guessed.

  Background:
    Given each operator's test mailbox sends one message to each operator's test mailbox
    When each message is read from the recipient's mailbox

  @REQ-PATH-01 @pilot @must
  Scenario: Every hop of every message used TLS
    Then every hop between the sender's submission service and the recipient's mailbox used TLS

  @REQ-PATH-02 @pilot @must
  Scenario: Every hop lies within the declared networks
    Then every hop lies within the networks the two operators declare

  @REQ-PATH-03 @pilot @should
  Scenario: The message arrives within the stated time
    Then the message reaches the recipient's mailbox within the stated time
