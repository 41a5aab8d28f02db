@pub @tls-rpt
Feature: Where a mail domain wants TLS failure reports
  A sending MTA that speaks TLS-RPT (RFC 8460) looks up the TXT record at _smtp._tls.<domain> and sends its
  daily reports of failed TLS sessions (MTA-STS or DANE) to the mailto: or https: addresses it names.

  Background:
    Given the mail domain under test

  @REQ-TLSRPT-01 @modern @should
  Scenario: One TLS-RPT record names where to send reports
    When a sender looks up where to report TLS failures
    Then exactly one TLS-RPT record names where to send reports
