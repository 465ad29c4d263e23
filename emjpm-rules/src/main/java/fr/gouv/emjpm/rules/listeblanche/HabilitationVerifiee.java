// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.rules.listeblanche;

import fr.gouv.emjpm.domain.commun.RapportValidation;
import fr.gouv.emjpm.domain.commun.Resultat;
import fr.gouv.emjpm.domain.commun.Violation;
import fr.gouv.emjpm.domain.gestionnaire.TypeGestionnaire;
import fr.gouv.emjpm.domain.listeblanche.EntreeListeBlanche;
import fr.gouv.emjpm.domain.listeblanche.TypeListeBlanche;
import fr.gouv.emjpm.domain.mandataire.Mandataire;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/**
 * Lien « habilitation vérifiée » entre un compte de mandataire et une entrée de la liste blanche : une
 * entrée du même type (individuel ou préposé), liée à un seul compte ; le SIRET de l'entrée est recopié
 * sur le mandataire ; un mandataire sans lien ne peut pas être activé. L'administrateur se voit
 * proposer l'entrée de même SIRET (individuel) ou de même e-mail (préposé). Sans état, thread-safe.
 */
public final class HabilitationVerifiee {

  private static final HabilitationVerifiee STANDARD = new HabilitationVerifiee();

  private HabilitationVerifiee() {}

  /** {@return règles standard} */
  public static HabilitationVerifiee standard() {
    return STANDARD;
  }

  private static TypeListeBlanche typeAttendu(TypeGestionnaire type) {
    return type == TypeGestionnaire.PREPOSE ? TypeListeBlanche.PREPOSE : TypeListeBlanche.INDIVIDUEL;
  }

  /**
   * Vrai si l'habilitation du mandataire est vérifiée (lié à une entrée de la liste blanche).
   *
   * @param mandataire le mandataire
   * @return vrai s'il est lié à une entrée
   */
  public boolean estVerifiee(Mandataire mandataire) {
    return mandataire.listeBlancheId().isPresent();
  }

  /**
   * Lie le mandataire à l'entrée et recopie le SIRET de l'entrée quand elle en a un.
   *
   * @param mandataire le mandataire
   * @param entree l'entrée choisie
   * @param entreeLieeAUnAutre vrai si l'entrée est déjà liée à un autre compte
   * @return le mandataire lié, ou un échec {@code LB_HABILITATION_TYPE_INCOMPATIBLE} ou {@code
   *     LB_HABILITATION_DEJA_LIEE}
   */
  public Resultat<Mandataire> lier(Mandataire mandataire, EntreeListeBlanche entree, boolean entreeLieeAUnAutre) {
    RapportValidation.Builder r = RapportValidation.builder();
    if (entree.type() != typeAttendu(mandataire.type())) {
      r.ajouter(Violation.de(CodeListeBlanche.LB_HABILITATION_TYPE_INCOMPATIBLE, "/liste_blanche_id"));
    }
    boolean dejaLeSien = mandataire.listeBlancheId().filter(id -> id == entree.id()).isPresent();
    if (entreeLieeAUnAutre && !dejaLeSien) {
      r.ajouter(Violation.de(CodeListeBlanche.LB_HABILITATION_DEJA_LIEE, "/liste_blanche_id"));
    }
    if (!r.estValide()) {
      return Resultat.echec(r.build().violations());
    }
    Mandataire lie = mandataire.withListeBlancheId(entree.id());
    if (entree.siret().isPresent()) {
      lie = lie.withSiret(entree.siret());
    }
    return Resultat.succes(lie);
  }

  /**
   * Retire le lien (l'habilitation n'est plus vérifiée).
   *
   * @param mandataire le mandataire
   * @return le mandataire sans entrée liée
   */
  public Mandataire delier(Mandataire mandataire) {
    return mandataire.withListeBlancheId(Optional.empty());
  }

  /**
   * Condition d'activation d'un compte de mandataire par l'administrateur : être lié à la liste
   * blanche.
   *
   * @param mandataire le mandataire
   * @return vide, ou {@code LB_HABILITATION_NON_VERIFIEE}
   */
  public RapportValidation verifierActivation(Mandataire mandataire) {
    return estVerifiee(mandataire)
        ? RapportValidation.vide()
        : RapportValidation.de(Violation.de(CodeListeBlanche.LB_HABILITATION_NON_VERIFIEE, "/liste_blanche_id"));
  }

  /**
   * Entrées proposées à l'administrateur pour ce compte : du type du mandataire, de même SIRET pour un
   * individuel, de même e-mail (sans casse ni espaces de bord) pour un préposé.
   *
   * @param mandataire le mandataire
   * @param emailCompte e-mail du compte
   * @param entrees entrées candidates
   * @param emailEntree e-mail de chaque entrée (les entrées du domaine ne portent pas de coordonnées)
   * @return entrées proposées, dans l'ordre donné
   */
  public List<EntreeListeBlanche> proposer(Mandataire mandataire, Optional<String> emailCompte,
      Collection<? extends EntreeListeBlanche> entrees, Function<EntreeListeBlanche, Optional<String>> emailEntree) {
    TypeListeBlanche type = typeAttendu(mandataire.type());
    Optional<String> email = emailCompte.map(HabilitationVerifiee::normaliser).filter(s -> !s.isEmpty());
    return entrees.stream()
        .filter(e -> e.type() == type)
        .filter(e -> type == TypeListeBlanche.INDIVIDUEL
            ? mandataire.siret().isPresent() && e.siret().equals(mandataire.siret())
            : email.isPresent() && emailEntree.apply(e).map(HabilitationVerifiee::normaliser).equals(email))
        .map(e -> (EntreeListeBlanche) e)
        .toList();
  }

  private static String normaliser(String email) {
    return email.strip().toLowerCase(Locale.ROOT);
  }
}
