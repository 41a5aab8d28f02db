# language: fr
@in @submission @imap @pop3
Fonctionnalité: Suites cryptographiques acceptées par les services d'accès à la messagerie
  Chaque suite acceptée par chaque service est recensée, version de protocole par version de protocole, en
  proposant tout le registre de l'IANA puis en retirant la suite choisie jusqu'au refus : les mêmes règles que
  pour le MX, puisque le mot de passe et le courrier de l'utilisateur passent par ces connexions. Le pilote
  proscrit les suites cassées ; le guide TLS de l'ANSSI exige la confidentialité persistante, sa propre liste
  de suites et que l'ordre du serveur prévale.

  Contexte:
    Soit le service d'accès à la messagerie évalué

  @REQ-TLS-CS-01 @pilot @must
  Scénario: Aucune suite cryptographique cassée ou faible n'est acceptée
    Quand un logiciel de messagerie propose chaque suite cryptographique tour à tour
    Alors aucune suite NULL, anonyme, RC4, DES, 3DES, export ou de moins de 128 bits n'est acceptée

  @REQ-TLS-CS-02 @anssi @must
  Scénario: Chaque suite acceptée assure la confidentialité persistante
    Quand un logiciel de messagerie propose chaque suite cryptographique tour à tour
    Alors chaque suite acceptée assure la confidentialité persistante

  @REQ-TLS-CS-03 @anssi @should
  Scénario: Les suites acceptées suivent la liste de l'ANSSI, dans l'ordre du serveur
    Quand un logiciel de messagerie propose chaque suite cryptographique tour à tour
    Alors chaque suite acceptée figure sur la liste de l'ANSSI et l'ordre du serveur prévaut

  @REQ-TLS-CS-04 @anssi @should
  Scénario: Des suites CBC seulement avec encrypt-then-MAC
    Quand un logiciel de messagerie propose chaque suite cryptographique tour à tour
    Alors les suites CBC ne sont employées qu'avec encrypt-then-MAC
