# language: fr
@out
Fonctionnalité: Le dialogue STARTTLS du MTA d'envoi
  Quand le MTA de l'opérateur relaie du courrier, le banc d'essai est le MX de réception. Un expéditeur doit
  basculer en TLS quand STARTTLS est proposé, saluer de nouveau sous TLS et ne se fier à rien de ce qu'il a
  appris avant la négociation (RFC 3207 §4.2), et doit attendre le 220 du MX avant de commencer TLS, même
  quand PIPELINING est proposé (RFC 2920 §3.1).

  Contexte:
    Soit le MTA d'envoi évalué

  @REQ-STARTTLS-06 @pilot @must
  Scénario: L'expéditeur bascule en TLS par STARTTLS et oublie ce qu'il a appris avant TLS
    Quand il relaie un message vers un MX qui se comporte en fake-extension-before-tls
    Alors il bascule en TLS par STARTTLS, salue de nouveau et oublie les extensions annoncées avant TLS

  @REQ-STARTTLS-07 @anssi @should
  Scénario: L'expéditeur attend le 220 après STARTTLS
    Quand il relaie un message vers un MX qui se comporte en compliant
    Alors il n'envoie rien entre STARTTLS et le 220 du MX
