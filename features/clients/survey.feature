# Generated from the survey's clients and cases (SurveyFeatureText); regenerate with
# ./mvnw test -Dtest=SurveyFeatureTextTest -Dgolden.update=true
@clients
Feature: Mail programs keep the user's password and mail inside verified TLS
  The 2014 pilot also asked how users' mail programs encrypt their link to the operator. Each program is
  configured as its own documentation recommends for "TLS required, certificate verified" (see
  containers/clients/README.md), then pointed at the harness's adversarial server, one server behaviour
  at a time. The server records what the program sent: whether credentials came, in plaintext or inside
  TLS, after which certificate; never their value. A program that fails the compliant control cannot be
  judged on the other cases: its configuration is suspect.

  @control
  Scenario Outline: <client> over <protocol> works with a server that <case>
    Given the mail program <client>, configured for <protocol> with TLS required and the certificate verified
    When it connects to a server that <case>
    Then it logs in inside TLS and does its job

    @client-curl @submission
    Examples: curl, submission
      | client | protocol | case |
      | curl | submission | is compliant |
      | curl | submission | is compliant, on its implicit-TLS port |

    @client-curl @imap
    Examples: curl, imap
      | client | protocol | case |
      | curl | imap | is compliant |
      | curl | imap | is compliant, on its implicit-TLS port |

    @client-curl @pop3
    Examples: curl, pop3
      | client | protocol | case |
      | curl | pop3 | is compliant |
      | curl | pop3 | is compliant, on its implicit-TLS port |

    @client-msmtp @submission
    Examples: msmtp, submission
      | client | protocol | case |
      | msmtp | submission | is compliant |
      | msmtp | submission | is compliant, on its implicit-TLS port |

    @client-fetchmail @imap
    Examples: fetchmail, imap
      | client | protocol | case |
      | fetchmail | imap | is compliant |
      | fetchmail | imap | is compliant, on its implicit-TLS port |

    @client-fetchmail @pop3
    Examples: fetchmail, pop3
      | client | protocol | case |
      | fetchmail | pop3 | is compliant |
      | fetchmail | pop3 | is compliant, on its implicit-TLS port |

    @client-s-nail @submission
    Examples: s-nail, submission
      | client | protocol | case |
      | s-nail | submission | is compliant |
      | s-nail | submission | is compliant, on its implicit-TLS port |

    @client-s-nail @imap
    Examples: s-nail, imap
      | client | protocol | case |
      | s-nail | imap | is compliant |
      | s-nail | imap | is compliant, on its implicit-TLS port |

    @client-s-nail @pop3
    Examples: s-nail, pop3
      | client | protocol | case |
      | s-nail | pop3 | is compliant |
      | s-nail | pop3 | is compliant, on its implicit-TLS port |

    @client-neomutt @submission
    Examples: neomutt, submission
      | client | protocol | case |
      | neomutt | submission | is compliant |
      | neomutt | submission | is compliant, on its implicit-TLS port |

    @client-neomutt @imap
    Examples: neomutt, imap
      | client | protocol | case |
      | neomutt | imap | is compliant |
      | neomutt | imap | is compliant, on its implicit-TLS port |

    @client-neomutt @pop3
    Examples: neomutt, pop3
      | client | protocol | case |
      | neomutt | pop3 | is compliant |
      | neomutt | pop3 | is compliant, on its implicit-TLS port |

    @client-mbsync @imap
    Examples: mbsync, imap
      | client | protocol | case |
      | mbsync | imap | is compliant |
      | mbsync | imap | is compliant, on its implicit-TLS port |

    @client-getmail6 @imap
    Examples: getmail6, imap
      | client | protocol | case |
      | getmail6 | imap | is compliant, on its implicit-TLS port |

    @client-getmail6 @pop3
    Examples: getmail6, pop3
      | client | protocol | case |
      | getmail6 | pop3 | is compliant, on its implicit-TLS port |

    @client-python @submission
    Examples: python, submission
      | client | protocol | case |
      | python | submission | is compliant |
      | python | submission | is compliant, on its implicit-TLS port |

    @client-python @imap
    Examples: python, imap
      | client | protocol | case |
      | python | imap | is compliant |
      | python | imap | is compliant, on its implicit-TLS port |

    @client-python @pop3
    Examples: python, pop3
      | client | protocol | case |
      | python | pop3 | is compliant |
      | python | pop3 | is compliant, on its implicit-TLS port |

    @client-angus-mail @submission
    Examples: angus-mail, submission
      | client | protocol | case |
      | angus-mail | submission | is compliant |
      | angus-mail | submission | is compliant, on its implicit-TLS port |

    @client-angus-mail @imap
    Examples: angus-mail, imap
      | client | protocol | case |
      | angus-mail | imap | is compliant |
      | angus-mail | imap | is compliant, on its implicit-TLS port |

    @client-angus-mail @pop3
    Examples: angus-mail, pop3
      | client | protocol | case |
      | angus-mail | pop3 | is compliant |
      | angus-mail | pop3 | is compliant, on its implicit-TLS port |

  @REQ-CLIENT-01 @pilot @must
  Scenario Outline: <client> over <protocol> sends nothing in plaintext to a server that <case>
    Given the mail program <client>, configured for <protocol> with TLS required and the certificate verified
    When it connects to a server that <case>
    Then it sends no credentials and no mail in plaintext

    @client-curl @submission
    Examples: curl, submission
      | client | protocol | case |
      | curl | submission | does not offer STARTTLS |
      | curl | submission | answers STARTTLS with an error |
      | curl | submission | aborts the TLS handshake |

    @client-curl @imap
    Examples: curl, imap
      | client | protocol | case |
      | curl | imap | does not offer STARTTLS |
      | curl | imap | answers STARTTLS with an error |
      | curl | imap | aborts the TLS handshake |

    @client-curl @pop3
    Examples: curl, pop3
      | client | protocol | case |
      | curl | pop3 | does not offer STARTTLS |
      | curl | pop3 | answers STARTTLS with an error |
      | curl | pop3 | aborts the TLS handshake |

    @client-msmtp @submission
    Examples: msmtp, submission
      | client | protocol | case |
      | msmtp | submission | does not offer STARTTLS |
      | msmtp | submission | answers STARTTLS with an error |
      | msmtp | submission | aborts the TLS handshake |

    @client-fetchmail @imap
    Examples: fetchmail, imap
      | client | protocol | case |
      | fetchmail | imap | does not offer STARTTLS |
      | fetchmail | imap | answers STARTTLS with an error |
      | fetchmail | imap | aborts the TLS handshake |

    @client-fetchmail @pop3
    Examples: fetchmail, pop3
      | client | protocol | case |
      | fetchmail | pop3 | does not offer STARTTLS |
      | fetchmail | pop3 | answers STARTTLS with an error |
      | fetchmail | pop3 | aborts the TLS handshake |

    @client-s-nail @submission
    Examples: s-nail, submission
      | client | protocol | case |
      | s-nail | submission | does not offer STARTTLS |
      | s-nail | submission | answers STARTTLS with an error |
      | s-nail | submission | aborts the TLS handshake |

    @client-s-nail @imap
    Examples: s-nail, imap
      | client | protocol | case |
      | s-nail | imap | does not offer STARTTLS |
      | s-nail | imap | answers STARTTLS with an error |
      | s-nail | imap | aborts the TLS handshake |

    @client-s-nail @pop3
    Examples: s-nail, pop3
      | client | protocol | case |
      | s-nail | pop3 | does not offer STARTTLS |
      | s-nail | pop3 | answers STARTTLS with an error |
      | s-nail | pop3 | aborts the TLS handshake |

    @client-neomutt @submission
    Examples: neomutt, submission
      | client | protocol | case |
      | neomutt | submission | does not offer STARTTLS |
      | neomutt | submission | answers STARTTLS with an error |
      | neomutt | submission | aborts the TLS handshake |

    @client-neomutt @imap
    Examples: neomutt, imap
      | client | protocol | case |
      | neomutt | imap | does not offer STARTTLS |
      | neomutt | imap | answers STARTTLS with an error |
      | neomutt | imap | aborts the TLS handshake |

    @client-neomutt @pop3
    Examples: neomutt, pop3
      | client | protocol | case |
      | neomutt | pop3 | does not offer STARTTLS |
      | neomutt | pop3 | answers STARTTLS with an error |
      | neomutt | pop3 | aborts the TLS handshake |

    @client-mbsync @imap
    Examples: mbsync, imap
      | client | protocol | case |
      | mbsync | imap | does not offer STARTTLS |
      | mbsync | imap | answers STARTTLS with an error |
      | mbsync | imap | aborts the TLS handshake |

    @client-python @submission
    Examples: python, submission
      | client | protocol | case |
      | python | submission | does not offer STARTTLS |
      | python | submission | answers STARTTLS with an error |
      | python | submission | aborts the TLS handshake |

    @client-python @imap
    Examples: python, imap
      | client | protocol | case |
      | python | imap | does not offer STARTTLS |
      | python | imap | answers STARTTLS with an error |
      | python | imap | aborts the TLS handshake |

    @client-python @pop3
    Examples: python, pop3
      | client | protocol | case |
      | python | pop3 | does not offer STARTTLS |
      | python | pop3 | answers STARTTLS with an error |
      | python | pop3 | aborts the TLS handshake |

    @client-angus-mail @submission
    Examples: angus-mail, submission
      | client | protocol | case |
      | angus-mail | submission | does not offer STARTTLS |
      | angus-mail | submission | answers STARTTLS with an error |
      | angus-mail | submission | aborts the TLS handshake |

    @client-angus-mail @imap
    Examples: angus-mail, imap
      | client | protocol | case |
      | angus-mail | imap | does not offer STARTTLS |
      | angus-mail | imap | answers STARTTLS with an error |
      | angus-mail | imap | aborts the TLS handshake |

    @client-angus-mail @pop3
    Examples: angus-mail, pop3
      | client | protocol | case |
      | angus-mail | pop3 | does not offer STARTTLS |
      | angus-mail | pop3 | answers STARTTLS with an error |
      | angus-mail | pop3 | aborts the TLS handshake |

  @REQ-CLIENT-02 @pilot @must
  Scenario Outline: <client> over <protocol> gives up on a server that <case>
    Given the mail program <client>, configured for <protocol> with TLS required and the certificate verified
    When it connects to a server that <case>
    Then it sends no credentials and no mail after seeing that certificate

    @client-curl @submission
    Examples: curl, submission
      | client | protocol | case |
      | curl | submission | presents an expired certificate |
      | curl | submission | presents a certificate for another name |
      | curl | submission | presents a self-signed certificate |
      | curl | submission | presents a certificate from an untrusted authority |

    @client-curl @imap
    Examples: curl, imap
      | client | protocol | case |
      | curl | imap | presents an expired certificate |
      | curl | imap | presents a certificate for another name |
      | curl | imap | presents a self-signed certificate |
      | curl | imap | presents a certificate from an untrusted authority |

    @client-curl @pop3
    Examples: curl, pop3
      | client | protocol | case |
      | curl | pop3 | presents an expired certificate |
      | curl | pop3 | presents a certificate for another name |
      | curl | pop3 | presents a self-signed certificate |
      | curl | pop3 | presents a certificate from an untrusted authority |

    @client-msmtp @submission
    Examples: msmtp, submission
      | client | protocol | case |
      | msmtp | submission | presents an expired certificate |
      | msmtp | submission | presents a certificate for another name |
      | msmtp | submission | presents a self-signed certificate |
      | msmtp | submission | presents a certificate from an untrusted authority |

    @client-fetchmail @imap
    Examples: fetchmail, imap
      | client | protocol | case |
      | fetchmail | imap | presents an expired certificate |
      | fetchmail | imap | presents a certificate for another name |
      | fetchmail | imap | presents a self-signed certificate |
      | fetchmail | imap | presents a certificate from an untrusted authority |

    @client-fetchmail @pop3
    Examples: fetchmail, pop3
      | client | protocol | case |
      | fetchmail | pop3 | presents an expired certificate |
      | fetchmail | pop3 | presents a certificate for another name |
      | fetchmail | pop3 | presents a self-signed certificate |
      | fetchmail | pop3 | presents a certificate from an untrusted authority |

    @client-s-nail @submission
    Examples: s-nail, submission
      | client | protocol | case |
      | s-nail | submission | presents an expired certificate |
      | s-nail | submission | presents a certificate for another name |
      | s-nail | submission | presents a self-signed certificate |
      | s-nail | submission | presents a certificate from an untrusted authority |

    @client-s-nail @imap
    Examples: s-nail, imap
      | client | protocol | case |
      | s-nail | imap | presents an expired certificate |
      | s-nail | imap | presents a certificate for another name |
      | s-nail | imap | presents a self-signed certificate |
      | s-nail | imap | presents a certificate from an untrusted authority |

    @client-s-nail @pop3
    Examples: s-nail, pop3
      | client | protocol | case |
      | s-nail | pop3 | presents an expired certificate |
      | s-nail | pop3 | presents a certificate for another name |
      | s-nail | pop3 | presents a self-signed certificate |
      | s-nail | pop3 | presents a certificate from an untrusted authority |

    @client-neomutt @submission
    Examples: neomutt, submission
      | client | protocol | case |
      | neomutt | submission | presents an expired certificate |
      | neomutt | submission | presents a certificate for another name |
      | neomutt | submission | presents a self-signed certificate |
      | neomutt | submission | presents a certificate from an untrusted authority |

    @client-neomutt @imap
    Examples: neomutt, imap
      | client | protocol | case |
      | neomutt | imap | presents an expired certificate |
      | neomutt | imap | presents a certificate for another name |
      | neomutt | imap | presents a self-signed certificate |
      | neomutt | imap | presents a certificate from an untrusted authority |

    @client-neomutt @pop3
    Examples: neomutt, pop3
      | client | protocol | case |
      | neomutt | pop3 | presents an expired certificate |
      | neomutt | pop3 | presents a certificate for another name |
      | neomutt | pop3 | presents a self-signed certificate |
      | neomutt | pop3 | presents a certificate from an untrusted authority |

    @client-mbsync @imap
    Examples: mbsync, imap
      | client | protocol | case |
      | mbsync | imap | presents an expired certificate |
      | mbsync | imap | presents a certificate for another name |
      | mbsync | imap | presents a self-signed certificate |
      | mbsync | imap | presents a certificate from an untrusted authority |

    @client-python @submission
    Examples: python, submission
      | client | protocol | case |
      | python | submission | presents an expired certificate |
      | python | submission | presents a certificate for another name |
      | python | submission | presents a self-signed certificate |
      | python | submission | presents a certificate from an untrusted authority |

    @client-python @imap
    Examples: python, imap
      | client | protocol | case |
      | python | imap | presents an expired certificate |
      | python | imap | presents a certificate for another name |
      | python | imap | presents a self-signed certificate |
      | python | imap | presents a certificate from an untrusted authority |

    @client-python @pop3
    Examples: python, pop3
      | client | protocol | case |
      | python | pop3 | presents an expired certificate |
      | python | pop3 | presents a certificate for another name |
      | python | pop3 | presents a self-signed certificate |
      | python | pop3 | presents a certificate from an untrusted authority |

    @client-angus-mail @submission
    Examples: angus-mail, submission
      | client | protocol | case |
      | angus-mail | submission | presents an expired certificate |
      | angus-mail | submission | presents a certificate for another name |
      | angus-mail | submission | presents a self-signed certificate |
      | angus-mail | submission | presents a certificate from an untrusted authority |

    @client-angus-mail @imap
    Examples: angus-mail, imap
      | client | protocol | case |
      | angus-mail | imap | presents an expired certificate |
      | angus-mail | imap | presents a certificate for another name |
      | angus-mail | imap | presents a self-signed certificate |
      | angus-mail | imap | presents a certificate from an untrusted authority |

    @client-angus-mail @pop3
    Examples: angus-mail, pop3
      | client | protocol | case |
      | angus-mail | pop3 | presents an expired certificate |
      | angus-mail | pop3 | presents a certificate for another name |
      | angus-mail | pop3 | presents a self-signed certificate |
      | angus-mail | pop3 | presents a certificate from an untrusted authority |

  @REQ-CLIENT-03 @anssi @must
  Scenario Outline: <client> over <protocol> is not fooled by a server that <case>
    Given the mail program <client>, configured for <protocol> with TLS required and the certificate verified
    When it connects to a server that <case>
    Then it does not take the injected responses for the server's

    @client-curl @submission
    Examples: curl, submission
      | client | protocol | case |
      | curl | submission | injects responses before the TLS handshake |

    @client-curl @imap
    Examples: curl, imap
      | client | protocol | case |
      | curl | imap | injects responses before the TLS handshake |

    @client-curl @pop3
    Examples: curl, pop3
      | client | protocol | case |
      | curl | pop3 | injects responses before the TLS handshake |

    @client-msmtp @submission
    Examples: msmtp, submission
      | client | protocol | case |
      | msmtp | submission | injects responses before the TLS handshake |

    @client-fetchmail @imap
    Examples: fetchmail, imap
      | client | protocol | case |
      | fetchmail | imap | injects responses before the TLS handshake |

    @client-fetchmail @pop3
    Examples: fetchmail, pop3
      | client | protocol | case |
      | fetchmail | pop3 | injects responses before the TLS handshake |

    @client-s-nail @submission
    Examples: s-nail, submission
      | client | protocol | case |
      | s-nail | submission | injects responses before the TLS handshake |

    @client-s-nail @imap
    Examples: s-nail, imap
      | client | protocol | case |
      | s-nail | imap | injects responses before the TLS handshake |

    @client-s-nail @pop3
    Examples: s-nail, pop3
      | client | protocol | case |
      | s-nail | pop3 | injects responses before the TLS handshake |

    @client-neomutt @submission
    Examples: neomutt, submission
      | client | protocol | case |
      | neomutt | submission | injects responses before the TLS handshake |

    @client-neomutt @imap
    Examples: neomutt, imap
      | client | protocol | case |
      | neomutt | imap | injects responses before the TLS handshake |

    @client-neomutt @pop3
    Examples: neomutt, pop3
      | client | protocol | case |
      | neomutt | pop3 | injects responses before the TLS handshake |

    @client-mbsync @imap
    Examples: mbsync, imap
      | client | protocol | case |
      | mbsync | imap | injects responses before the TLS handshake |

    @client-python @submission
    Examples: python, submission
      | client | protocol | case |
      | python | submission | injects responses before the TLS handshake |

    @client-python @imap
    Examples: python, imap
      | client | protocol | case |
      | python | imap | injects responses before the TLS handshake |

    @client-python @pop3
    Examples: python, pop3
      | client | protocol | case |
      | python | pop3 | injects responses before the TLS handshake |

    @client-angus-mail @submission
    Examples: angus-mail, submission
      | client | protocol | case |
      | angus-mail | submission | injects responses before the TLS handshake |

    @client-angus-mail @imap
    Examples: angus-mail, imap
      | client | protocol | case |
      | angus-mail | imap | injects responses before the TLS handshake |

    @client-angus-mail @pop3
    Examples: angus-mail, pop3
      | client | protocol | case |
      | angus-mail | pop3 | injects responses before the TLS handshake |

  @REQ-CLIENT-04 @anssi @should
  Scenario Outline: <client> over <protocol> trusts nothing from a server that <case>
    Given the mail program <client>, configured for <protocol> with TLS required and the certificate verified
    When it connects to a server that <case>
    Then it reads the capabilities again inside TLS and uses nothing announced only before

    @client-curl @submission
    Examples: curl, submission
      | client | protocol | case |
      | curl | submission | announces other capabilities before TLS than inside it |

    @client-curl @imap
    Examples: curl, imap
      | client | protocol | case |
      | curl | imap | announces other capabilities before TLS than inside it |

    @client-curl @pop3
    Examples: curl, pop3
      | client | protocol | case |
      | curl | pop3 | announces other capabilities before TLS than inside it |

    @client-msmtp @submission
    Examples: msmtp, submission
      | client | protocol | case |
      | msmtp | submission | announces other capabilities before TLS than inside it |

    @client-fetchmail @imap
    Examples: fetchmail, imap
      | client | protocol | case |
      | fetchmail | imap | announces other capabilities before TLS than inside it |

    @client-fetchmail @pop3
    Examples: fetchmail, pop3
      | client | protocol | case |
      | fetchmail | pop3 | announces other capabilities before TLS than inside it |

    @client-s-nail @submission
    Examples: s-nail, submission
      | client | protocol | case |
      | s-nail | submission | announces other capabilities before TLS than inside it |

    @client-s-nail @imap
    Examples: s-nail, imap
      | client | protocol | case |
      | s-nail | imap | announces other capabilities before TLS than inside it |

    @client-s-nail @pop3
    Examples: s-nail, pop3
      | client | protocol | case |
      | s-nail | pop3 | announces other capabilities before TLS than inside it |

    @client-neomutt @submission
    Examples: neomutt, submission
      | client | protocol | case |
      | neomutt | submission | announces other capabilities before TLS than inside it |

    @client-neomutt @imap
    Examples: neomutt, imap
      | client | protocol | case |
      | neomutt | imap | announces other capabilities before TLS than inside it |

    @client-neomutt @pop3
    Examples: neomutt, pop3
      | client | protocol | case |
      | neomutt | pop3 | announces other capabilities before TLS than inside it |

    @client-mbsync @imap
    Examples: mbsync, imap
      | client | protocol | case |
      | mbsync | imap | announces other capabilities before TLS than inside it |

    @client-python @submission
    Examples: python, submission
      | client | protocol | case |
      | python | submission | announces other capabilities before TLS than inside it |

    @client-python @imap
    Examples: python, imap
      | client | protocol | case |
      | python | imap | announces other capabilities before TLS than inside it |

    @client-python @pop3
    Examples: python, pop3
      | client | protocol | case |
      | python | pop3 | announces other capabilities before TLS than inside it |

    @client-angus-mail @submission
    Examples: angus-mail, submission
      | client | protocol | case |
      | angus-mail | submission | announces other capabilities before TLS than inside it |

    @client-angus-mail @imap
    Examples: angus-mail, imap
      | client | protocol | case |
      | angus-mail | imap | announces other capabilities before TLS than inside it |

    @client-angus-mail @pop3
    Examples: angus-mail, pop3
      | client | protocol | case |
      | angus-mail | pop3 | announces other capabilities before TLS than inside it |

  @REQ-CLIENT-05 @modern @should
  Scenario Outline: <client> over <protocol> does not fall back with a server that <case>
    Given the mail program <client>, configured for <protocol> with TLS required and the certificate verified
    When it connects to a server that <case>
    Then it sends nothing in plaintext and does not fall back to STARTTLS

    @client-curl @submission
    Examples: curl, submission
      | client | protocol | case |
      | curl | submission | answers in plaintext on its implicit-TLS port |

    @client-curl @imap
    Examples: curl, imap
      | client | protocol | case |
      | curl | imap | answers in plaintext on its implicit-TLS port |

    @client-curl @pop3
    Examples: curl, pop3
      | client | protocol | case |
      | curl | pop3 | answers in plaintext on its implicit-TLS port |

    @client-msmtp @submission
    Examples: msmtp, submission
      | client | protocol | case |
      | msmtp | submission | answers in plaintext on its implicit-TLS port |

    @client-fetchmail @imap
    Examples: fetchmail, imap
      | client | protocol | case |
      | fetchmail | imap | answers in plaintext on its implicit-TLS port |

    @client-fetchmail @pop3
    Examples: fetchmail, pop3
      | client | protocol | case |
      | fetchmail | pop3 | answers in plaintext on its implicit-TLS port |

    @client-s-nail @submission
    Examples: s-nail, submission
      | client | protocol | case |
      | s-nail | submission | answers in plaintext on its implicit-TLS port |

    @client-s-nail @imap
    Examples: s-nail, imap
      | client | protocol | case |
      | s-nail | imap | answers in plaintext on its implicit-TLS port |

    @client-s-nail @pop3
    Examples: s-nail, pop3
      | client | protocol | case |
      | s-nail | pop3 | answers in plaintext on its implicit-TLS port |

    @client-neomutt @submission
    Examples: neomutt, submission
      | client | protocol | case |
      | neomutt | submission | answers in plaintext on its implicit-TLS port |

    @client-neomutt @imap
    Examples: neomutt, imap
      | client | protocol | case |
      | neomutt | imap | answers in plaintext on its implicit-TLS port |

    @client-neomutt @pop3
    Examples: neomutt, pop3
      | client | protocol | case |
      | neomutt | pop3 | answers in plaintext on its implicit-TLS port |

    @client-mbsync @imap
    Examples: mbsync, imap
      | client | protocol | case |
      | mbsync | imap | answers in plaintext on its implicit-TLS port |

    @client-getmail6 @imap
    Examples: getmail6, imap
      | client | protocol | case |
      | getmail6 | imap | answers in plaintext on its implicit-TLS port |

    @client-getmail6 @pop3
    Examples: getmail6, pop3
      | client | protocol | case |
      | getmail6 | pop3 | answers in plaintext on its implicit-TLS port |

    @client-python @submission
    Examples: python, submission
      | client | protocol | case |
      | python | submission | answers in plaintext on its implicit-TLS port |

    @client-python @imap
    Examples: python, imap
      | client | protocol | case |
      | python | imap | answers in plaintext on its implicit-TLS port |

    @client-python @pop3
    Examples: python, pop3
      | client | protocol | case |
      | python | pop3 | answers in plaintext on its implicit-TLS port |

    @client-angus-mail @submission
    Examples: angus-mail, submission
      | client | protocol | case |
      | angus-mail | submission | answers in plaintext on its implicit-TLS port |

    @client-angus-mail @imap
    Examples: angus-mail, imap
      | client | protocol | case |
      | angus-mail | imap | answers in plaintext on its implicit-TLS port |

    @client-angus-mail @pop3
    Examples: angus-mail, pop3
      | client | protocol | case |
      | angus-mail | pop3 | answers in plaintext on its implicit-TLS port |
