# language: fr
@pub @tls-rpt
Fonctionnalité: Où un domaine de messagerie veut recevoir les rapports d'échec TLS
  Un MTA d'envoi qui pratique TLS-RPT (RFC 8460) cherche l'enregistrement TXT en _smtp._tls.<domaine> et
  envoie ses rapports quotidiens des sessions TLS en échec (MTA-STS ou DANE) aux adresses mailto: ou https:
  qu'il indique.

  Contexte:
    Soit le domaine de messagerie évalué

  @REQ-TLSRPT-01 @modern @should
  Scénario: Un enregistrement TLS-RPT indique où envoyer les rapports
    Quand un expéditeur cherche où signaler les échecs TLS
    Alors un seul enregistrement TLS-RPT indique où envoyer les rapports
