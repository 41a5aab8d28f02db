@in @submission @imap @pop3
Feature: Key exchange groups accepted by the mail access services
  Each service is offered one group per hello. The ANSSI TLS guide allows the NIST P-256, P-384 and P-521
  curves, X25519, X448 and the Brainpool curves, and finite-field Diffie-Hellman of at least 2048 bits.

  Background:
    Given the mail access service under test

  @REQ-TLS-KX-01 @anssi @must
  Scenario: Only allowed groups are accepted
    When a mail program offers each key exchange group in turn
    Then only allowed groups of sufficient strength are accepted

  @REQ-TLS-KX-02 @anssi @must
  Scenario: Finite-field Diffie-Hellman is at least 2048 bits
    When a mail program offers each key exchange group in turn
    Then finite-field Diffie-Hellman, if used, has at least 2048 bits
