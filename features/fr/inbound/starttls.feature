# language: fr
@in @smtp
Fonctionnalité: STARTTLS sur le port 25 (RFC 3207)
  Lors du pilote de 2014, les opérateurs sont convenus de chiffrer par STARTTLS chaque liaison entre MTA.
  Ces scénarios vérifient qu'un MX de réception propose STARTTLS, mène à bien une négociation moderne et
  traite la session TLS comme un nouveau départ, ainsi que l'exige la RFC 3207.

  Contexte:
    Soit le MTA de réception évalué

  @REQ-STARTTLS-01 @pilot @must
  Scénario: Le MX annonce STARTTLS
    Quand un MTA d'envoi le salue par EHLO
    Alors STARTTLS est annoncé

  @REQ-STARTTLS-02 @anssi @should
  Scénario: Le MX refuse STARTTLS suivi d'un argument
    Quand un MTA d'envoi envoie STARTTLS avec un argument
    Alors la commande est refusée par un 501

  @REQ-STARTTLS-05 @pilot @must
  Scénario: Le MX refuse le courrier en clair d'un partenaire tenu d'utiliser TLS
    Quand le MTA d'un partenaire commence une transaction de courrier sans STARTTLS
    Alors la transaction est refusée par un 530

  @REQ-STARTTLS-08 @pilot @must
  Scénario: Un MTA d'envoi moderne mène à bien la négociation TLS
    Quand un MTA d'envoi bascule la session en TLS par STARTTLS
    Alors la négociation TLS aboutit

  @REQ-STARTTLS-03 @pilot @should
  Scénario: Le MX oublie ce qu'il a appris avant TLS
    Quand un MTA d'envoi bascule la session en TLS par STARTTLS
    Alors une transaction de courrier commencée avant un nouvel EHLO est refusée

  @REQ-STARTTLS-04 @pilot @must
  Scénario: Le MX ne propose plus STARTTLS sous TLS
    Quand un MTA d'envoi bascule la session en TLS par STARTTLS
    Alors STARTTLS n'est plus annoncé sous TLS
