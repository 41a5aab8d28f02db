@pub @mta-sts
Feature: The MTA-STS policy a mail domain publishes
  A sending MTA that speaks MTA-STS (RFC 8461) looks up the TXT record at _mta-sts.<domain>, fetches the
  policy from https://mta-sts.<domain>/.well-known/mta-sts.txt, and then delivers only to MX hosts that the
  policy names and that present a valid certificate for their name. A broken publication either protects
  nothing or, under mode enforce, stops mail.

  Background:
    Given the mail domain under test

  @REQ-MTASTS-01 @modern @must
  Scenario: Exactly one MTA-STS record announces the policy
    When a sender looks up its MTA-STS record and fetches its policy
    Then exactly one MTA-STS record names the policy, its id following the policy

  @REQ-MTASTS-02 @modern @must
  Scenario: The policy is served over HTTPS as senders require
    When a sender looks up its MTA-STS record and fetches its policy
    Then the policy is served over HTTPS as senders require

  @REQ-MTASTS-03 @modern @must
  Scenario: The policy is valid and covers every MX
    When a sender looks up its MTA-STS record and fetches its policy
    Then the policy is valid and allows every MX, each with a certificate for its name
