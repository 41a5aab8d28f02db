@in @submission @imap @pop3
Feature: The certificate of the mail access service
  Mail programs check the server's certificate before they send the user's password (RFC 8314 §4.2):
  an untrusted chain or another name means a warning the user learns to click away, or no mail at all.

  Background:
    Given the mail access service under test

  @REQ-CERT-01 @pilot @must
  Scenario: The certificate chain is complete, unexpired and trusted
    When the service presents its certificate chain
    Then the service's chain is complete, unexpired and trusted

  @REQ-CERT-02 @pilot @must
  Scenario: The certificate names the server users configure
    When the service presents its certificate chain
    Then the certificate names the server name the users configure

  @REQ-CERT-03 @anssi @must
  Scenario: The certificate uses strong keys and SHA-2 signatures
    When the service presents its certificate chain
    Then the service's certificate key and signatures are strong enough

  @REQ-CERT-04 @anssi @should
  Scenario: The certificate has a critical key usage, names server authentication and lives at most 825 days
    When the service presents its certificate chain
    Then the service's certificate key usages and lifetime suit a TLS server
