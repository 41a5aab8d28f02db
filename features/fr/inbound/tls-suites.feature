# language: fr
@in @smtp
Fonctionnalité: Suites cryptographiques acceptées par le MX de réception
  Chaque suite acceptée par le MX est recensée, version de protocole par version de protocole, en proposant
  tout le registre de l'IANA puis en retirant la suite choisie jusqu'au refus. Le pilote proscrit les suites
  cassées ; le guide TLS de l'ANSSI exige la confidentialité persistante, sa propre liste de suites et que
  l'ordre du serveur prévale.

  Contexte:
    Soit le MTA de réception évalué

  @REQ-TLS-CS-01 @pilot @must
  Scénario: Aucune suite cryptographique cassée ou faible n'est acceptée
    Quand un MTA d'envoi propose chaque suite cryptographique tour à tour
    Alors aucune suite NULL, anonyme, RC4, DES, 3DES, export ou de moins de 128 bits n'est acceptée

  @REQ-TLS-CS-02 @anssi @must
  Scénario: Chaque suite acceptée assure la confidentialité persistante
    Quand un MTA d'envoi propose chaque suite cryptographique tour à tour
    Alors chaque suite acceptée assure la confidentialité persistante

  @REQ-TLS-CS-03 @anssi @should
  Scénario: Les suites acceptées suivent la liste de l'ANSSI, dans l'ordre du MX
    Quand un MTA d'envoi propose chaque suite cryptographique tour à tour
    Alors chaque suite acceptée figure sur la liste de l'ANSSI et l'ordre du MX prévaut

  @REQ-TLS-CS-04 @anssi @should
  Scénario: Des suites CBC seulement avec encrypt-then-MAC
    Quand un MTA d'envoi propose chaque suite cryptographique tour à tour
    Alors les suites CBC ne sont employées qu'avec encrypt-then-MAC
