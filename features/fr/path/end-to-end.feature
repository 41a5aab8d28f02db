# language: fr
@path
Fonctionnalité: De bout en bout entre opérateurs : chaque saut chiffré, sur une infrastructure déclarée
  Sécuriser un seul côté est vain : un message d'un utilisateur d'un opérateur à un utilisateur d'un autre doit
  être chiffré sur chaque saut, du service de soumission de l'expéditeur jusqu'à la boîte aux lettres du
  destinataire, et ne passer que par l'infrastructure que déclarent les opérateurs (le second engagement du
  pilote). Chaque opérateur désigne une boîte aux lettres de test ; un message part de chaque boîte de test vers
  chaque boîte de test, et les champs Received de la copie qui arrive (RFC 5321 §4.4, avec les types de
  transmission des RFC 3848 et RFC 8314) disent comment chaque saut l'a transporté et depuis quelle adresse. Un
  champ qui ne le dit pas clairement est signalé comme illisible, jamais deviné.

  Contexte:
    Soit la boîte aux lettres de test de chaque opérateur envoie un message à la boîte aux lettres de test de chaque opérateur
    Quand chaque message est relevé dans la boîte aux lettres du destinataire

  @REQ-PATH-01 @pilot @must
  Scénario: Chaque saut de chaque message a employé TLS
    Alors chaque saut entre le service de soumission de l'expéditeur et la boîte aux lettres du destinataire a employé TLS

  @REQ-PATH-02 @pilot @must
  Scénario: Chaque saut se trouve dans les réseaux déclarés
    Alors chaque saut se trouve dans les réseaux que déclarent les deux opérateurs

  @REQ-PATH-03 @pilot @should
  Scénario: Le message arrive dans le délai indiqué
    Alors le message arrive dans la boîte aux lettres du destinataire dans le délai indiqué
