# language: fr
# Généré à partir des clients et des cas de l'enquête (SurveyFeatureText) ; régénérer avec
# ./mvnw test -Dtest=SurveyFeatureTextTest -Dgolden.update=true
@clients
Fonctionnalité: Les programmes de messagerie gardent le mot de passe et le courrier de l'utilisateur dans un TLS vérifié
  Le pilote de 2014 demandait aussi comment les programmes de messagerie des utilisateurs chiffrent leur lien
  avec l'opérateur. Chaque programme est configuré comme sa propre documentation le recommande pour « TLS
  exigé, certificat vérifié » (voir containers/clients/README.md), puis dirigé vers le serveur adverse du
  harnais, un comportement de serveur à la fois. Le serveur note ce que le programme a envoyé : si des
  identifiants sont venus, en clair ou dans TLS, après quel certificat ; jamais leur valeur. Un programme
  qui échoue au contrôle conforme ne peut pas être jugé sur les autres cas : sa configuration est suspecte.

  @control
  Plan du scénario: <client> en <protocol> fonctionne avec un serveur qui <case>
    Soit le programme de messagerie <client>, configuré pour <protocol> avec TLS exigé et le certificat vérifié
    Quand il se connecte à un serveur qui <case>
    Alors il s'authentifie dans TLS et fait son travail

    @client-curl @submission
    Exemples: curl, submission
      | client | protocol | case |
      | curl | submission | est conforme |
      | curl | submission | est conforme, sur son port TLS implicite |

    @client-curl @imap
    Exemples: curl, imap
      | client | protocol | case |
      | curl | imap | est conforme |
      | curl | imap | est conforme, sur son port TLS implicite |

    @client-curl @pop3
    Exemples: curl, pop3
      | client | protocol | case |
      | curl | pop3 | est conforme |
      | curl | pop3 | est conforme, sur son port TLS implicite |

    @client-msmtp @submission
    Exemples: msmtp, submission
      | client | protocol | case |
      | msmtp | submission | est conforme |
      | msmtp | submission | est conforme, sur son port TLS implicite |

    @client-fetchmail @imap
    Exemples: fetchmail, imap
      | client | protocol | case |
      | fetchmail | imap | est conforme |
      | fetchmail | imap | est conforme, sur son port TLS implicite |

    @client-fetchmail @pop3
    Exemples: fetchmail, pop3
      | client | protocol | case |
      | fetchmail | pop3 | est conforme |
      | fetchmail | pop3 | est conforme, sur son port TLS implicite |

    @client-s-nail @submission
    Exemples: s-nail, submission
      | client | protocol | case |
      | s-nail | submission | est conforme |
      | s-nail | submission | est conforme, sur son port TLS implicite |

    @client-s-nail @imap
    Exemples: s-nail, imap
      | client | protocol | case |
      | s-nail | imap | est conforme |
      | s-nail | imap | est conforme, sur son port TLS implicite |

    @client-s-nail @pop3
    Exemples: s-nail, pop3
      | client | protocol | case |
      | s-nail | pop3 | est conforme |
      | s-nail | pop3 | est conforme, sur son port TLS implicite |

    @client-neomutt @submission
    Exemples: neomutt, submission
      | client | protocol | case |
      | neomutt | submission | est conforme |
      | neomutt | submission | est conforme, sur son port TLS implicite |

    @client-neomutt @imap
    Exemples: neomutt, imap
      | client | protocol | case |
      | neomutt | imap | est conforme |
      | neomutt | imap | est conforme, sur son port TLS implicite |

    @client-neomutt @pop3
    Exemples: neomutt, pop3
      | client | protocol | case |
      | neomutt | pop3 | est conforme |
      | neomutt | pop3 | est conforme, sur son port TLS implicite |

    @client-mbsync @imap
    Exemples: mbsync, imap
      | client | protocol | case |
      | mbsync | imap | est conforme |
      | mbsync | imap | est conforme, sur son port TLS implicite |

    @client-getmail6 @imap
    Exemples: getmail6, imap
      | client | protocol | case |
      | getmail6 | imap | est conforme, sur son port TLS implicite |

    @client-getmail6 @pop3
    Exemples: getmail6, pop3
      | client | protocol | case |
      | getmail6 | pop3 | est conforme, sur son port TLS implicite |

    @client-python @submission
    Exemples: python, submission
      | client | protocol | case |
      | python | submission | est conforme |
      | python | submission | est conforme, sur son port TLS implicite |

    @client-python @imap
    Exemples: python, imap
      | client | protocol | case |
      | python | imap | est conforme |
      | python | imap | est conforme, sur son port TLS implicite |

    @client-python @pop3
    Exemples: python, pop3
      | client | protocol | case |
      | python | pop3 | est conforme |
      | python | pop3 | est conforme, sur son port TLS implicite |

    @client-angus-mail @submission
    Exemples: angus-mail, submission
      | client | protocol | case |
      | angus-mail | submission | est conforme |
      | angus-mail | submission | est conforme, sur son port TLS implicite |

    @client-angus-mail @imap
    Exemples: angus-mail, imap
      | client | protocol | case |
      | angus-mail | imap | est conforme |
      | angus-mail | imap | est conforme, sur son port TLS implicite |

    @client-angus-mail @pop3
    Exemples: angus-mail, pop3
      | client | protocol | case |
      | angus-mail | pop3 | est conforme |
      | angus-mail | pop3 | est conforme, sur son port TLS implicite |

  @REQ-CLIENT-01 @pilot @must
  Plan du scénario: <client> en <protocol> n'envoie rien en clair à un serveur qui <case>
    Soit le programme de messagerie <client>, configuré pour <protocol> avec TLS exigé et le certificat vérifié
    Quand il se connecte à un serveur qui <case>
    Alors il n'envoie ni identifiants ni message en clair

    @client-curl @submission
    Exemples: curl, submission
      | client | protocol | case |
      | curl | submission | ne propose pas STARTTLS |
      | curl | submission | répond à STARTTLS par une erreur |
      | curl | submission | interrompt la négociation TLS |

    @client-curl @imap
    Exemples: curl, imap
      | client | protocol | case |
      | curl | imap | ne propose pas STARTTLS |
      | curl | imap | répond à STARTTLS par une erreur |
      | curl | imap | interrompt la négociation TLS |

    @client-curl @pop3
    Exemples: curl, pop3
      | client | protocol | case |
      | curl | pop3 | ne propose pas STARTTLS |
      | curl | pop3 | répond à STARTTLS par une erreur |
      | curl | pop3 | interrompt la négociation TLS |

    @client-msmtp @submission
    Exemples: msmtp, submission
      | client | protocol | case |
      | msmtp | submission | ne propose pas STARTTLS |
      | msmtp | submission | répond à STARTTLS par une erreur |
      | msmtp | submission | interrompt la négociation TLS |

    @client-fetchmail @imap
    Exemples: fetchmail, imap
      | client | protocol | case |
      | fetchmail | imap | ne propose pas STARTTLS |
      | fetchmail | imap | répond à STARTTLS par une erreur |
      | fetchmail | imap | interrompt la négociation TLS |

    @client-fetchmail @pop3
    Exemples: fetchmail, pop3
      | client | protocol | case |
      | fetchmail | pop3 | ne propose pas STARTTLS |
      | fetchmail | pop3 | répond à STARTTLS par une erreur |
      | fetchmail | pop3 | interrompt la négociation TLS |

    @client-s-nail @submission
    Exemples: s-nail, submission
      | client | protocol | case |
      | s-nail | submission | ne propose pas STARTTLS |
      | s-nail | submission | répond à STARTTLS par une erreur |
      | s-nail | submission | interrompt la négociation TLS |

    @client-s-nail @imap
    Exemples: s-nail, imap
      | client | protocol | case |
      | s-nail | imap | ne propose pas STARTTLS |
      | s-nail | imap | répond à STARTTLS par une erreur |
      | s-nail | imap | interrompt la négociation TLS |

    @client-s-nail @pop3
    Exemples: s-nail, pop3
      | client | protocol | case |
      | s-nail | pop3 | ne propose pas STARTTLS |
      | s-nail | pop3 | répond à STARTTLS par une erreur |
      | s-nail | pop3 | interrompt la négociation TLS |

    @client-neomutt @submission
    Exemples: neomutt, submission
      | client | protocol | case |
      | neomutt | submission | ne propose pas STARTTLS |
      | neomutt | submission | répond à STARTTLS par une erreur |
      | neomutt | submission | interrompt la négociation TLS |

    @client-neomutt @imap
    Exemples: neomutt, imap
      | client | protocol | case |
      | neomutt | imap | ne propose pas STARTTLS |
      | neomutt | imap | répond à STARTTLS par une erreur |
      | neomutt | imap | interrompt la négociation TLS |

    @client-neomutt @pop3
    Exemples: neomutt, pop3
      | client | protocol | case |
      | neomutt | pop3 | ne propose pas STARTTLS |
      | neomutt | pop3 | répond à STARTTLS par une erreur |
      | neomutt | pop3 | interrompt la négociation TLS |

    @client-mbsync @imap
    Exemples: mbsync, imap
      | client | protocol | case |
      | mbsync | imap | ne propose pas STARTTLS |
      | mbsync | imap | répond à STARTTLS par une erreur |
      | mbsync | imap | interrompt la négociation TLS |

    @client-python @submission
    Exemples: python, submission
      | client | protocol | case |
      | python | submission | ne propose pas STARTTLS |
      | python | submission | répond à STARTTLS par une erreur |
      | python | submission | interrompt la négociation TLS |

    @client-python @imap
    Exemples: python, imap
      | client | protocol | case |
      | python | imap | ne propose pas STARTTLS |
      | python | imap | répond à STARTTLS par une erreur |
      | python | imap | interrompt la négociation TLS |

    @client-python @pop3
    Exemples: python, pop3
      | client | protocol | case |
      | python | pop3 | ne propose pas STARTTLS |
      | python | pop3 | répond à STARTTLS par une erreur |
      | python | pop3 | interrompt la négociation TLS |

    @client-angus-mail @submission
    Exemples: angus-mail, submission
      | client | protocol | case |
      | angus-mail | submission | ne propose pas STARTTLS |
      | angus-mail | submission | répond à STARTTLS par une erreur |
      | angus-mail | submission | interrompt la négociation TLS |

    @client-angus-mail @imap
    Exemples: angus-mail, imap
      | client | protocol | case |
      | angus-mail | imap | ne propose pas STARTTLS |
      | angus-mail | imap | répond à STARTTLS par une erreur |
      | angus-mail | imap | interrompt la négociation TLS |

    @client-angus-mail @pop3
    Exemples: angus-mail, pop3
      | client | protocol | case |
      | angus-mail | pop3 | ne propose pas STARTTLS |
      | angus-mail | pop3 | répond à STARTTLS par une erreur |
      | angus-mail | pop3 | interrompt la négociation TLS |

  @REQ-CLIENT-02 @pilot @must
  Plan du scénario: <client> en <protocol> renonce face à un serveur qui <case>
    Soit le programme de messagerie <client>, configuré pour <protocol> avec TLS exigé et le certificat vérifié
    Quand il se connecte à un serveur qui <case>
    Alors il n'envoie ni identifiants ni message après avoir vu ce certificat

    @client-curl @submission
    Exemples: curl, submission
      | client | protocol | case |
      | curl | submission | présente un certificat expiré |
      | curl | submission | présente un certificat pour un autre nom |
      | curl | submission | présente un certificat auto-signé |
      | curl | submission | présente un certificat d'une autorité non reconnue |

    @client-curl @imap
    Exemples: curl, imap
      | client | protocol | case |
      | curl | imap | présente un certificat expiré |
      | curl | imap | présente un certificat pour un autre nom |
      | curl | imap | présente un certificat auto-signé |
      | curl | imap | présente un certificat d'une autorité non reconnue |

    @client-curl @pop3
    Exemples: curl, pop3
      | client | protocol | case |
      | curl | pop3 | présente un certificat expiré |
      | curl | pop3 | présente un certificat pour un autre nom |
      | curl | pop3 | présente un certificat auto-signé |
      | curl | pop3 | présente un certificat d'une autorité non reconnue |

    @client-msmtp @submission
    Exemples: msmtp, submission
      | client | protocol | case |
      | msmtp | submission | présente un certificat expiré |
      | msmtp | submission | présente un certificat pour un autre nom |
      | msmtp | submission | présente un certificat auto-signé |
      | msmtp | submission | présente un certificat d'une autorité non reconnue |

    @client-fetchmail @imap
    Exemples: fetchmail, imap
      | client | protocol | case |
      | fetchmail | imap | présente un certificat expiré |
      | fetchmail | imap | présente un certificat pour un autre nom |
      | fetchmail | imap | présente un certificat auto-signé |
      | fetchmail | imap | présente un certificat d'une autorité non reconnue |

    @client-fetchmail @pop3
    Exemples: fetchmail, pop3
      | client | protocol | case |
      | fetchmail | pop3 | présente un certificat expiré |
      | fetchmail | pop3 | présente un certificat pour un autre nom |
      | fetchmail | pop3 | présente un certificat auto-signé |
      | fetchmail | pop3 | présente un certificat d'une autorité non reconnue |

    @client-s-nail @submission
    Exemples: s-nail, submission
      | client | protocol | case |
      | s-nail | submission | présente un certificat expiré |
      | s-nail | submission | présente un certificat pour un autre nom |
      | s-nail | submission | présente un certificat auto-signé |
      | s-nail | submission | présente un certificat d'une autorité non reconnue |

    @client-s-nail @imap
    Exemples: s-nail, imap
      | client | protocol | case |
      | s-nail | imap | présente un certificat expiré |
      | s-nail | imap | présente un certificat pour un autre nom |
      | s-nail | imap | présente un certificat auto-signé |
      | s-nail | imap | présente un certificat d'une autorité non reconnue |

    @client-s-nail @pop3
    Exemples: s-nail, pop3
      | client | protocol | case |
      | s-nail | pop3 | présente un certificat expiré |
      | s-nail | pop3 | présente un certificat pour un autre nom |
      | s-nail | pop3 | présente un certificat auto-signé |
      | s-nail | pop3 | présente un certificat d'une autorité non reconnue |

    @client-neomutt @submission
    Exemples: neomutt, submission
      | client | protocol | case |
      | neomutt | submission | présente un certificat expiré |
      | neomutt | submission | présente un certificat pour un autre nom |
      | neomutt | submission | présente un certificat auto-signé |
      | neomutt | submission | présente un certificat d'une autorité non reconnue |

    @client-neomutt @imap
    Exemples: neomutt, imap
      | client | protocol | case |
      | neomutt | imap | présente un certificat expiré |
      | neomutt | imap | présente un certificat pour un autre nom |
      | neomutt | imap | présente un certificat auto-signé |
      | neomutt | imap | présente un certificat d'une autorité non reconnue |

    @client-neomutt @pop3
    Exemples: neomutt, pop3
      | client | protocol | case |
      | neomutt | pop3 | présente un certificat expiré |
      | neomutt | pop3 | présente un certificat pour un autre nom |
      | neomutt | pop3 | présente un certificat auto-signé |
      | neomutt | pop3 | présente un certificat d'une autorité non reconnue |

    @client-mbsync @imap
    Exemples: mbsync, imap
      | client | protocol | case |
      | mbsync | imap | présente un certificat expiré |
      | mbsync | imap | présente un certificat pour un autre nom |
      | mbsync | imap | présente un certificat auto-signé |
      | mbsync | imap | présente un certificat d'une autorité non reconnue |

    @client-python @submission
    Exemples: python, submission
      | client | protocol | case |
      | python | submission | présente un certificat expiré |
      | python | submission | présente un certificat pour un autre nom |
      | python | submission | présente un certificat auto-signé |
      | python | submission | présente un certificat d'une autorité non reconnue |

    @client-python @imap
    Exemples: python, imap
      | client | protocol | case |
      | python | imap | présente un certificat expiré |
      | python | imap | présente un certificat pour un autre nom |
      | python | imap | présente un certificat auto-signé |
      | python | imap | présente un certificat d'une autorité non reconnue |

    @client-python @pop3
    Exemples: python, pop3
      | client | protocol | case |
      | python | pop3 | présente un certificat expiré |
      | python | pop3 | présente un certificat pour un autre nom |
      | python | pop3 | présente un certificat auto-signé |
      | python | pop3 | présente un certificat d'une autorité non reconnue |

    @client-angus-mail @submission
    Exemples: angus-mail, submission
      | client | protocol | case |
      | angus-mail | submission | présente un certificat expiré |
      | angus-mail | submission | présente un certificat pour un autre nom |
      | angus-mail | submission | présente un certificat auto-signé |
      | angus-mail | submission | présente un certificat d'une autorité non reconnue |

    @client-angus-mail @imap
    Exemples: angus-mail, imap
      | client | protocol | case |
      | angus-mail | imap | présente un certificat expiré |
      | angus-mail | imap | présente un certificat pour un autre nom |
      | angus-mail | imap | présente un certificat auto-signé |
      | angus-mail | imap | présente un certificat d'une autorité non reconnue |

    @client-angus-mail @pop3
    Exemples: angus-mail, pop3
      | client | protocol | case |
      | angus-mail | pop3 | présente un certificat expiré |
      | angus-mail | pop3 | présente un certificat pour un autre nom |
      | angus-mail | pop3 | présente un certificat auto-signé |
      | angus-mail | pop3 | présente un certificat d'une autorité non reconnue |

  @REQ-CLIENT-03 @anssi @must
  Plan du scénario: <client> en <protocol> n'est pas dupé par un serveur qui <case>
    Soit le programme de messagerie <client>, configuré pour <protocol> avec TLS exigé et le certificat vérifié
    Quand il se connecte à un serveur qui <case>
    Alors il ne prend pas les réponses injectées pour celles du serveur

    @client-curl @submission
    Exemples: curl, submission
      | client | protocol | case |
      | curl | submission | injecte des réponses avant la négociation TLS |

    @client-curl @imap
    Exemples: curl, imap
      | client | protocol | case |
      | curl | imap | injecte des réponses avant la négociation TLS |

    @client-curl @pop3
    Exemples: curl, pop3
      | client | protocol | case |
      | curl | pop3 | injecte des réponses avant la négociation TLS |

    @client-msmtp @submission
    Exemples: msmtp, submission
      | client | protocol | case |
      | msmtp | submission | injecte des réponses avant la négociation TLS |

    @client-fetchmail @imap
    Exemples: fetchmail, imap
      | client | protocol | case |
      | fetchmail | imap | injecte des réponses avant la négociation TLS |

    @client-fetchmail @pop3
    Exemples: fetchmail, pop3
      | client | protocol | case |
      | fetchmail | pop3 | injecte des réponses avant la négociation TLS |

    @client-s-nail @submission
    Exemples: s-nail, submission
      | client | protocol | case |
      | s-nail | submission | injecte des réponses avant la négociation TLS |

    @client-s-nail @imap
    Exemples: s-nail, imap
      | client | protocol | case |
      | s-nail | imap | injecte des réponses avant la négociation TLS |

    @client-s-nail @pop3
    Exemples: s-nail, pop3
      | client | protocol | case |
      | s-nail | pop3 | injecte des réponses avant la négociation TLS |

    @client-neomutt @submission
    Exemples: neomutt, submission
      | client | protocol | case |
      | neomutt | submission | injecte des réponses avant la négociation TLS |

    @client-neomutt @imap
    Exemples: neomutt, imap
      | client | protocol | case |
      | neomutt | imap | injecte des réponses avant la négociation TLS |

    @client-neomutt @pop3
    Exemples: neomutt, pop3
      | client | protocol | case |
      | neomutt | pop3 | injecte des réponses avant la négociation TLS |

    @client-mbsync @imap
    Exemples: mbsync, imap
      | client | protocol | case |
      | mbsync | imap | injecte des réponses avant la négociation TLS |

    @client-python @submission
    Exemples: python, submission
      | client | protocol | case |
      | python | submission | injecte des réponses avant la négociation TLS |

    @client-python @imap
    Exemples: python, imap
      | client | protocol | case |
      | python | imap | injecte des réponses avant la négociation TLS |

    @client-python @pop3
    Exemples: python, pop3
      | client | protocol | case |
      | python | pop3 | injecte des réponses avant la négociation TLS |

    @client-angus-mail @submission
    Exemples: angus-mail, submission
      | client | protocol | case |
      | angus-mail | submission | injecte des réponses avant la négociation TLS |

    @client-angus-mail @imap
    Exemples: angus-mail, imap
      | client | protocol | case |
      | angus-mail | imap | injecte des réponses avant la négociation TLS |

    @client-angus-mail @pop3
    Exemples: angus-mail, pop3
      | client | protocol | case |
      | angus-mail | pop3 | injecte des réponses avant la négociation TLS |

  @REQ-CLIENT-04 @anssi @should
  Plan du scénario: <client> en <protocol> ne croit rien d'un serveur qui <case>
    Soit le programme de messagerie <client>, configuré pour <protocol> avec TLS exigé et le certificat vérifié
    Quand il se connecte à un serveur qui <case>
    Alors il relit les capacités dans TLS et n'utilise rien de ce qui n'était annoncé qu'avant

    @client-curl @submission
    Exemples: curl, submission
      | client | protocol | case |
      | curl | submission | annonce avant TLS d'autres capacités qu'à l'intérieur |

    @client-curl @imap
    Exemples: curl, imap
      | client | protocol | case |
      | curl | imap | annonce avant TLS d'autres capacités qu'à l'intérieur |

    @client-curl @pop3
    Exemples: curl, pop3
      | client | protocol | case |
      | curl | pop3 | annonce avant TLS d'autres capacités qu'à l'intérieur |

    @client-msmtp @submission
    Exemples: msmtp, submission
      | client | protocol | case |
      | msmtp | submission | annonce avant TLS d'autres capacités qu'à l'intérieur |

    @client-fetchmail @imap
    Exemples: fetchmail, imap
      | client | protocol | case |
      | fetchmail | imap | annonce avant TLS d'autres capacités qu'à l'intérieur |

    @client-fetchmail @pop3
    Exemples: fetchmail, pop3
      | client | protocol | case |
      | fetchmail | pop3 | annonce avant TLS d'autres capacités qu'à l'intérieur |

    @client-s-nail @submission
    Exemples: s-nail, submission
      | client | protocol | case |
      | s-nail | submission | annonce avant TLS d'autres capacités qu'à l'intérieur |

    @client-s-nail @imap
    Exemples: s-nail, imap
      | client | protocol | case |
      | s-nail | imap | annonce avant TLS d'autres capacités qu'à l'intérieur |

    @client-s-nail @pop3
    Exemples: s-nail, pop3
      | client | protocol | case |
      | s-nail | pop3 | annonce avant TLS d'autres capacités qu'à l'intérieur |

    @client-neomutt @submission
    Exemples: neomutt, submission
      | client | protocol | case |
      | neomutt | submission | annonce avant TLS d'autres capacités qu'à l'intérieur |

    @client-neomutt @imap
    Exemples: neomutt, imap
      | client | protocol | case |
      | neomutt | imap | annonce avant TLS d'autres capacités qu'à l'intérieur |

    @client-neomutt @pop3
    Exemples: neomutt, pop3
      | client | protocol | case |
      | neomutt | pop3 | annonce avant TLS d'autres capacités qu'à l'intérieur |

    @client-mbsync @imap
    Exemples: mbsync, imap
      | client | protocol | case |
      | mbsync | imap | annonce avant TLS d'autres capacités qu'à l'intérieur |

    @client-python @submission
    Exemples: python, submission
      | client | protocol | case |
      | python | submission | annonce avant TLS d'autres capacités qu'à l'intérieur |

    @client-python @imap
    Exemples: python, imap
      | client | protocol | case |
      | python | imap | annonce avant TLS d'autres capacités qu'à l'intérieur |

    @client-python @pop3
    Exemples: python, pop3
      | client | protocol | case |
      | python | pop3 | annonce avant TLS d'autres capacités qu'à l'intérieur |

    @client-angus-mail @submission
    Exemples: angus-mail, submission
      | client | protocol | case |
      | angus-mail | submission | annonce avant TLS d'autres capacités qu'à l'intérieur |

    @client-angus-mail @imap
    Exemples: angus-mail, imap
      | client | protocol | case |
      | angus-mail | imap | annonce avant TLS d'autres capacités qu'à l'intérieur |

    @client-angus-mail @pop3
    Exemples: angus-mail, pop3
      | client | protocol | case |
      | angus-mail | pop3 | annonce avant TLS d'autres capacités qu'à l'intérieur |

  @REQ-CLIENT-05 @modern @should
  Plan du scénario: <client> en <protocol> ne se replie pas avec un serveur qui <case>
    Soit le programme de messagerie <client>, configuré pour <protocol> avec TLS exigé et le certificat vérifié
    Quand il se connecte à un serveur qui <case>
    Alors il n'envoie rien en clair et ne se replie pas sur STARTTLS

    @client-curl @submission
    Exemples: curl, submission
      | client | protocol | case |
      | curl | submission | répond en clair sur son port TLS implicite |

    @client-curl @imap
    Exemples: curl, imap
      | client | protocol | case |
      | curl | imap | répond en clair sur son port TLS implicite |

    @client-curl @pop3
    Exemples: curl, pop3
      | client | protocol | case |
      | curl | pop3 | répond en clair sur son port TLS implicite |

    @client-msmtp @submission
    Exemples: msmtp, submission
      | client | protocol | case |
      | msmtp | submission | répond en clair sur son port TLS implicite |

    @client-fetchmail @imap
    Exemples: fetchmail, imap
      | client | protocol | case |
      | fetchmail | imap | répond en clair sur son port TLS implicite |

    @client-fetchmail @pop3
    Exemples: fetchmail, pop3
      | client | protocol | case |
      | fetchmail | pop3 | répond en clair sur son port TLS implicite |

    @client-s-nail @submission
    Exemples: s-nail, submission
      | client | protocol | case |
      | s-nail | submission | répond en clair sur son port TLS implicite |

    @client-s-nail @imap
    Exemples: s-nail, imap
      | client | protocol | case |
      | s-nail | imap | répond en clair sur son port TLS implicite |

    @client-s-nail @pop3
    Exemples: s-nail, pop3
      | client | protocol | case |
      | s-nail | pop3 | répond en clair sur son port TLS implicite |

    @client-neomutt @submission
    Exemples: neomutt, submission
      | client | protocol | case |
      | neomutt | submission | répond en clair sur son port TLS implicite |

    @client-neomutt @imap
    Exemples: neomutt, imap
      | client | protocol | case |
      | neomutt | imap | répond en clair sur son port TLS implicite |

    @client-neomutt @pop3
    Exemples: neomutt, pop3
      | client | protocol | case |
      | neomutt | pop3 | répond en clair sur son port TLS implicite |

    @client-mbsync @imap
    Exemples: mbsync, imap
      | client | protocol | case |
      | mbsync | imap | répond en clair sur son port TLS implicite |

    @client-getmail6 @imap
    Exemples: getmail6, imap
      | client | protocol | case |
      | getmail6 | imap | répond en clair sur son port TLS implicite |

    @client-getmail6 @pop3
    Exemples: getmail6, pop3
      | client | protocol | case |
      | getmail6 | pop3 | répond en clair sur son port TLS implicite |

    @client-python @submission
    Exemples: python, submission
      | client | protocol | case |
      | python | submission | répond en clair sur son port TLS implicite |

    @client-python @imap
    Exemples: python, imap
      | client | protocol | case |
      | python | imap | répond en clair sur son port TLS implicite |

    @client-python @pop3
    Exemples: python, pop3
      | client | protocol | case |
      | python | pop3 | répond en clair sur son port TLS implicite |

    @client-angus-mail @submission
    Exemples: angus-mail, submission
      | client | protocol | case |
      | angus-mail | submission | répond en clair sur son port TLS implicite |

    @client-angus-mail @imap
    Exemples: angus-mail, imap
      | client | protocol | case |
      | angus-mail | imap | répond en clair sur son port TLS implicite |

    @client-angus-mail @pop3
    Exemples: angus-mail, pop3
      | client | protocol | case |
      | angus-mail | pop3 | répond en clair sur son port TLS implicite |
