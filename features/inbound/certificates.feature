@in @smtp
Feature: The certificate of the receiving MX
  A sending MTA that verifies its partners (the pilot's agreement, DANE or MTA-STS) defers mail to an
  MX whose certificate does not validate or does not name the MX host.

  Background:
    Given the receiving MTA under test

  @REQ-CERT-01 @pilot @must
  Scenario: The certificate chain is complete, unexpired and trusted
    When the MX presents its certificate chain over STARTTLS
    Then the chain is complete, unexpired and trusted

  @REQ-CERT-02 @pilot @must
  Scenario: The certificate names the MX host
    When the MX presents its certificate chain over STARTTLS
    Then the certificate names the MX host

  @REQ-CERT-03 @anssi @must
  Scenario: The certificate uses strong keys and SHA-2 signatures
    When the MX presents its certificate chain over STARTTLS
    Then the certificate key and signatures are strong enough

  @REQ-CERT-04 @anssi @should
  Scenario: The certificate has a critical key usage, names server authentication and lives at most 825 days
    When the MX presents its certificate chain over STARTTLS
    Then the certificate's key usages and lifetime suit a TLS server

  @REQ-CERT-05 @anssi @info
  Scenario: The certificate says where its revocation status is published, and what the MX staples for it is valid
    When the MX presents its certificate chain over STARTTLS
    Then the certificate says where its revocation status is published and any OCSP response stapled for it is valid

  @REQ-CERT-08 @pilot @must
  Scenario: The MX serves clients that send no SNI or an unknown SNI
    When sending MTAs connect without SNI and with an unknown SNI
    Then both handshakes complete
