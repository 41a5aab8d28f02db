# language: fr
@out
Fonctionnalité: Le MTA d'envoi vérifie le certificat du MX de réception
  Les partenaires sont convenus d'authentifier le MX les uns des autres : un expéditeur qui vérifie doit
  refuser une chaîne expirée, autosignée, émise pour un autre nom ou par une autorité inconnue, ou dont la
  signature ne se vérifie pas, et garder le courrier en file d'attente (RFC 6125 §6, RFC 5280 §6). Il devrait
  désigner le MX dans le SNI pour que le MX puisse choisir son certificat (RFC 6066 §3).

  Contexte:
    Soit le MTA d'envoi évalué

  @REQ-CERT-06 @pilot @must
  Plan du scénario: Un mauvais certificat est refusé et le courrier différé (<profile>)
    Quand il relaie un message vers un MX qui se comporte en <profile>
    Alors il refuse le certificat et le message est différé

    Exemples:
      | profile       |
      | expired-cert  |
      | self-signed   |
      | wrong-host    |
      | untrusted-ca  |
      | bad-signature |

  @REQ-CERT-07 @modern @should
  Scénario: L'expéditeur désigne le serveur MX dans le SNI
    Quand il relaie un message vers un MX qui se comporte en compliant
    Alors son ClientHello désigne le serveur MX dans le SNI
