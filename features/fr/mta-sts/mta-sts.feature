# language: fr
@pub @mta-sts
Fonctionnalité: La politique MTA-STS que publie un domaine de messagerie
  Un MTA d'envoi qui pratique MTA-STS (RFC 8461) cherche l'enregistrement TXT en _mta-sts.<domaine>,
  récupère la politique à https://mta-sts.<domaine>/.well-known/mta-sts.txt, puis ne remet le courrier
  qu'aux serveurs MX que la politique nomme et qui présentent un certificat valide à leur nom. Une publication
  défaillante soit ne protège rien, soit, en mode enforce, arrête le courrier.

  Contexte:
    Soit le domaine de messagerie évalué

  @REQ-MTASTS-01 @modern @must
  Scénario: Un seul enregistrement MTA-STS annonce la politique
    Quand un expéditeur cherche son enregistrement MTA-STS et récupère sa politique
    Alors un seul enregistrement MTA-STS annonce la politique, et son identifiant suit la politique

  @REQ-MTASTS-02 @modern @must
  Scénario: La politique est servie en HTTPS comme l'exigent les expéditeurs
    Quand un expéditeur cherche son enregistrement MTA-STS et récupère sa politique
    Alors la politique est servie en HTTPS comme l'exigent les expéditeurs

  @REQ-MTASTS-03 @modern @must
  Scénario: La politique est valide et couvre chaque MX
    Quand un expéditeur cherche son enregistrement MTA-STS et récupère sa politique
    Alors la politique est valide et autorise chaque MX, chacun avec un certificat à son nom
