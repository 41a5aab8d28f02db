# language: fr
@in @submission @imap @pop3
Fonctionnalité: Versions du protocole TLS proposées aux logiciels de messagerie
  Les logiciels de messagerie des utilisateurs vont des anciens, qui s'arrêtent à TLS 1.0, aux actuels, qui
  parlent TLS 1.3. Chaque service (soumission, IMAP, POP3 ; après STARTTLS ou STLS, ou dès le premier octet
  sur 465, 993 et 995) se voit proposer une version de protocole par ClientHello : le pilote proscrit SSL et
  exige TLS 1.2 (RFC 8314 §4.1), la RFC 8996 et le guide de l'ANSSI proscrivent TLS 1.0 et 1.1, et le guide
  de l'ANSSI demande TLS 1.3 là où il est disponible.

  Contexte:
    Soit le service d'accès à la messagerie évalué

  @REQ-TLS-VER-01 @pilot @must
  Scénario: SSLv2 et SSLv3 ne sont jamais négociés
    Quand un logiciel de messagerie essaie chaque version du protocole tour à tour
    Alors SSLv2 et SSLv3 sont refusés

  @REQ-TLS-VER-02 @anssi @must
  Scénario: TLS 1.0 et TLS 1.1 sont refusés
    Quand un logiciel de messagerie essaie chaque version du protocole tour à tour
    Alors TLS 1.0 et TLS 1.1 sont refusés

  @REQ-TLS-VER-03 @pilot @must
  Scénario: TLS 1.2 est pris en charge
    Quand un logiciel de messagerie ne propose que TLS 1.2
    Alors la négociation TLS 1.2 du logiciel de messagerie aboutit

  @REQ-TLS-VER-04 @anssi @should
  Scénario: TLS 1.3 est pris en charge et préféré
    Quand un logiciel de messagerie propose TLS 1.3 et TLS 1.2
    Alors la connexion du logiciel de messagerie utilise TLS 1.3
