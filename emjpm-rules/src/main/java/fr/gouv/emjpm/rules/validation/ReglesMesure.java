// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.rules.validation;

import fr.gouv.emjpm.domain.commun.Violation;
import fr.gouv.emjpm.domain.mesure.Mesure;
import fr.gouv.emjpm.domain.mesure.MesureEtat;
import fr.gouv.emjpm.domain.mesure.StatutMesure;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Invariants d'une mesure enregistrée : ce que toute opération légale du cycle de vie
 * préserve. Sert à vérifier une mesure reçue d'un hôte et d'oracle aux tests de propriétés.
 */
public final class ReglesMesure {
  private ReglesMesure() {}

  /** Une mesure en cours a une date de nomination et au moins un état. */
  public static final Regle<Mesure> EN_COURS_COMPLETE =
      (m, ctx) -> {
        if (m.statut() != StatutMesure.EN_COURS) {
          return List.of();
        }
        List<Violation> v = new java.util.ArrayList<>();
        if (m.dateNomination().isEmpty()) {
          v.add(Violation.de(CodeRegle.EN_COURS_SANS_DATE_NOMINATION, "/dateNomination"));
        }
        if (m.etats().isEmpty()) {
          v.add(Violation.de(CodeRegle.EN_COURS_SANS_ETAT, "/etats"));
        }
        return v;
      };

  /** Une mesure clôturée a une date de fin. */
  public static final Regle<Mesure> ETEINTE_DATEE =
      (m, ctx) ->
          m.statut() == StatutMesure.ETEINTE && m.dateFinMesure().isEmpty()
              ? List.of(Violation.de(CodeRegle.ETEINTE_SANS_DATE_FIN, "/dateFinMesure"))
              : List.of();

  /** Au plus un état par jour. */
  public static final Regle<Mesure> UN_ETAT_PAR_JOUR =
      (m, ctx) -> {
        Set<LocalDate> jours = new HashSet<>();
        for (int i = 0; i < m.etats().size(); i++) {
          if (!jours.add(m.etats().get(i).dateChangementEtat())) {
            return List.of(Violation.de(CodeRegle.DEUX_ETATS_MEME_JOUR, "/etats/" + i));
          }
        }
        return List.of();
      };

  /** Nature, champ, lieu de vie, code postal et pays courants = ceux du dernier état. */
  public static final Regle<Mesure> CHAMPS_COURANTS =
      (m, ctx) -> {
        Optional<MesureEtat> dernier = m.etats().stream().max(Comparator.comparing(MesureEtat::dateChangementEtat));
        if (dernier.isEmpty()) {
          return List.of();
        }
        MesureEtat e = dernier.get();
        boolean ok =
            m.nature() == e.nature()
                && m.champ().equals(e.champ())
                && m.lieuVie().equals(Optional.of(e.lieuVie()))
                && m.codePostal().equals(e.codePostal())
                && m.pays() == e.pays();
        return ok ? List.of() : List.of(Violation.de(CodeRegle.CHAMPS_COURANTS_DIFFERENTS_DU_DERNIER_ETAT, ""));
      };

  /** Type d'établissement présent quand la personne vit en établissement. */
  public static final Regle<Mesure> TYPE_ETABLISSEMENT =
      (m, ctx) ->
          m.lieuVie().filter(ReglesLieuDeVie::exigeTypeEtablissement).isPresent() && m.typeEtablissement().isEmpty()
              ? List.of(Violation.de(CodeRegle.TYPE_ETABLISSEMENT_OBLIGATOIRE, "/typeEtablissement"))
              : List.of();

  /** Année de naissance entre 1900 et l'année en cours. */
  public static final Regle<Mesure> ANNEE_NAISSANCE =
      (m, ctx) ->
          m.anneeNaissance().filter(a -> a < 1900 || a > ctx.anneeEnCours()).isPresent()
              ? List.of(Violation.de(CodeRegle.ANNEE_NAISSANCE_HORS_BORNES, "/anneeNaissance", Map.of("max", ctx.anneeEnCours())))
              : List.of();

  /** Demande de réouverture ⇔ statut en attente avec drapeau et données. */
  public static final Regle<Mesure> REOUVERTURE =
      (m, ctx) -> {
        boolean ok =
            m.enAttenteReouverture() == m.demandeReouverture().isPresent()
                && (!m.enAttenteReouverture() || m.statut() == StatutMesure.EN_ATTENTE);
        return ok ? List.of() : List.of(Violation.de(CodeRegle.REOUVERTURE_INCOHERENTE, "/enAttenteReouverture"));
      };

  /** {@return catalogue complet} */
  public static List<Regle<Mesure>> toutes() {
    return List.of(
        EN_COURS_COMPLETE, ETEINTE_DATEE, UN_ETAT_PAR_JOUR, CHAMPS_COURANTS, TYPE_ETABLISSEMENT, ANNEE_NAISSANCE, REOUVERTURE);
  }
}
