# language: fr
@pub @dane
Fonctionnalité: Les enregistrements DANE que publie un domaine de messagerie
  Un MTA d'envoi qui pratique DANE (RFC 7672) cherche les serveurs MX du domaine, leurs adresses et les
  enregistrements TLSA en _25._tcp.<serveur MX>, et n'emploie les enregistrements TLSA que si DNSSEC prouve
  chaque réponse en chemin. Une réponse invalide (bogus) lui fait différer le courrier ; un enregistrement
  TLSA qu'il ne peut employer ne protège rien.

  Contexte:
    Soit le domaine de messagerie évalué

  @REQ-DANE-01 @modern @must
  Scénario: Les enregistrements MX et TLSA sont validés par DNSSEC
    Quand un expéditeur DANE résout ses serveurs MX, leurs adresses et leurs enregistrements TLSA
    Alors les enregistrements MX et TLSA sont validés par DNSSEC

  @REQ-DANE-03 @modern @should
  Scénario: Les enregistrements TLSA n'emploient que les usages DANE
    Quand un expéditeur DANE résout ses serveurs MX, leurs adresses et leurs enregistrements TLSA
    Alors aucun enregistrement TLSA n'emploie un usage PKIX

  @REQ-DANE-02 @modern @must
  Scénario: Un enregistrement TLSA correspond à la chaîne présentée sur chaque adresse MX
    Quand un expéditeur DANE compare les enregistrements TLSA à la chaîne que présente chaque adresse MX
    Alors un enregistrement TLSA utilisable authentifie chaque chaîne présentée

  @REQ-DANE-04 @modern @must
  Scénario: Avec des enregistrements DANE-TA, l'ancre de confiance est envoyée dans la chaîne
    Quand un expéditeur DANE compare les enregistrements TLSA à la chaîne que présente chaque adresse MX
    Alors chaque chaîne présentée contient l'ancre de confiance DANE-TA
