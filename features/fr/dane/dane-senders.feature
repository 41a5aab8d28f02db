# language: fr
@out @dane
Fonctionnalité: Le MTA d'envoi authentifie le MX de réception par DANE
  Un expéditeur qui pratique DANE (RFC 7672) et trouve les enregistrements TLSA du MX dans une zone sécurisée
  par DNSSEC doit authentifier la chaîne du MX avec eux : remettre le courrier quand un enregistrement
  utilisable correspond, le garder en file quand aucun ne correspond, et ne jamais se rabattre sur une remise
  non authentifiée ou en clair. Une correspondance DANE-EE(3) ne garantit que la clé : les noms et les dates
  du certificat n'importent pas (RFC 7672 §3.1.1).

  Contexte:
    Soit le MTA d'envoi évalué

  @REQ-DANE-05 @modern @must
  Plan du scénario: Une chaîne que les enregistrements TLSA sécurisés n'authentifient pas est refusée et le courrier différé (<profile>)
    Quand il relaie un message vers un MX qui se comporte en <profile>
    Alors il refuse la chaîne du MX et le message est différé

    Exemples:
      | profile            |
      | dane-wrong-tlsa    |
      | dane-ta-wrong-name |
      | dane-ta-not-sent   |

  @REQ-DANE-06 @modern @should
  Scénario: Une correspondance DANE-EE(3) suffit, quels que soient les noms et les dates du certificat
    Quand il relaie un message vers un MX qui se comporte en dane-ee-expired-wrong-name
    Alors il remet le message sous TLS
