# language: fr
@in @smtp
Fonctionnalité: Résistance à l'injection de commandes autour de STARTTLS
  Un attaquant placé sur le chemin peut ajouter des commandes en clair à la commande STARTTLS, dans le même
  paquet. Un MX de réception doit oublier tout ce qu'il a reçu avant la négociation (RFC 3207 §4.2,
  CVE-2011-0411) ; sinon les commandes de l'attaquant s'exécutent dans la session chiffrée.

  Contexte:
    Soit le MTA de réception évalué

  @REQ-DOWNGRADE-01 @pilot @must
  Scénario: Les commandes en clair enchaînées derrière STARTTLS sont ignorées
    Quand un MTA d'envoi enchaîne une commande en clair derrière STARTTLS
    Alors la commande enchaînée est ignorée
