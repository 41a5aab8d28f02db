# language: fr
@in @smtp
Fonctionnalité: Groupes d'échange de clés acceptés par le MX de réception
  Le MX se voit proposer un groupe par ClientHello. Le guide TLS de l'ANSSI autorise les courbes NIST P-256,
  P-384 et P-521, X25519, X448 et les courbes Brainpool, ainsi que le Diffie-Hellman sur corps fini d'au
  moins 2048 bits.

  Contexte:
    Soit le MTA de réception évalué

  @REQ-TLS-KX-01 @anssi @must
  Scénario: Seuls les groupes autorisés sont acceptés
    Quand un MTA d'envoi propose chaque groupe d'échange de clés tour à tour
    Alors seuls des groupes autorisés et assez robustes sont acceptés

  @REQ-TLS-KX-02 @anssi @must
  Scénario: Le Diffie-Hellman sur corps fini compte au moins 2048 bits
    Quand un MTA d'envoi propose chaque groupe d'échange de clés tour à tour
    Alors le Diffie-Hellman sur corps fini, s'il est employé, compte au moins 2048 bits
