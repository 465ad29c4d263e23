// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.rules.enquete;

import fr.gouv.emjpm.domain.commun.RapportValidation;
import fr.gouv.emjpm.domain.commun.Resultat;
import fr.gouv.emjpm.domain.enquete.CampagneEnquete;
import fr.gouv.emjpm.domain.enquete.ReponseEnquete;
import fr.gouv.emjpm.domain.enquete.StatutReponse;
import fr.gouv.emjpm.domain.enquete.TypeEnquete;
import fr.gouv.emjpm.domain.mesure.Mesure;
import fr.gouv.emjpm.rules.ContexteRegles;
import fr.gouv.emjpm.rules.enquete.VuesDirection.Comptes;
import fr.gouv.emjpm.rules.enquete.VuesDirection.Indicateurs;
import fr.gouv.emjpm.rules.enquete.VuesDirection.Perimetre;
import fr.gouv.emjpm.rules.enquete.VuesDirection.RepondantAttendu;
import fr.gouv.emjpm.rules.enquete.VuesDirection.SuiviReponse;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Façade de l'enquête annuelle pour un moteur ({@code engine.enquete()}) : les mêmes règles que
 * {@link MoteurStatutEnquete}, {@link CycleEnquete}, {@link PreRemplissageEnquete} et
 * {@link VuesDirection}, la date du jour et le référentiel venant du contexte du moteur (jamais de
 * l'horloge murale). Immuable et thread-safe.
 */
public final class Enquetes {
  private final Supplier<ContexteRegles> contexte;
  private final MoteurStatutEnquete moteur;

  /**
   * Façade évaluée avec le contexte fourni à chaque appel.
   *
   * @param contexte contexte
   */
  public Enquetes(Supplier<ContexteRegles> contexte) {
    this.contexte = Objects.requireNonNull(contexte, "contexte");
    this.moteur = MoteurStatutEnquete.standard();
  }

  /**
   * Catalogue des champs (enquete-fields.json embarqué).
   *
   * @return catalogue des champs (enquete-fields.json embarqué)
   */
  public CatalogueEnquete catalogue() {
    return CatalogueEnquete.standard();
  }

  /**
   * Arbre de statut d'une réponse (§5.2–5.4).
   *
   * @param reponse reponse
   * @return arbre de statut d'une réponse (§5.2–5.4)
   */
  public ArbreStatutEnquete statut(ReponseEnquete reponse) {
    return moteur.statut(reponse);
  }

  /**
   * Pré-remplissage complet (§9), identité comprise, avec le référentiel du moteur.
   *
   * @param type type
   * @param annee annee
   * @param mesures mesures
   * @param precedente precedente
   * @param baremes baremes
   * @param identite identite
   * @return pré-remplissage complet (§9), identité comprise, avec le référentiel du moteur
   */
  public Resultat<ReponseEnquete> preRemplir(TypeEnquete type, int annee, List<Mesure> mesures,
      Optional<ReponseEnquete> precedente, BaremesRevenus baremes, IdentiteRepondant identite) {
    return PreRemplissageEnquete.preRemplir(type, annee, mesures, precedente, baremes, identite,
        contexte.get().referentiel());
  }

  /**
   * Modification d'une réponse par cet acteur aujourd'hui.
   *
   * @param acteur acteur
   * @param statut statut
   * @param campagne campagne
   * @return modification d'une réponse par cet acteur aujourd'hui
   */
  public RapportValidation verifierModification(ActeurEnquete acteur, StatutReponse statut, CampagneEnquete campagne) {
    return CycleEnquete.verifierModification(acteur, statut, campagne, contexte.get().aujourdhui());
  }

  /**
   * Import d'un classeur par cet acteur aujourd'hui.
   *
   * @param acteur acteur
   * @param statut statut
   * @param campagne campagne
   * @return import d'un classeur par cet acteur aujourd'hui
   */
  public RapportValidation verifierImport(ActeurEnquete acteur, StatutReponse statut, CampagneEnquete campagne) {
    return CycleEnquete.verifierImport(acteur, statut, campagne, contexte.get().aujourdhui());
  }

  /**
   * Soumission aujourd'hui : le statut global est calculé sur la réponse elle-même (§5.5).
   *
   * @param acteur acteur
   * @param statut statut
   * @param reponse reponse
   * @param campagne campagne
   * @return soumission aujourd'hui : le statut global est calculé sur la réponse elle-même (§5.5)
   */
  public Resultat<StatutReponse> soumettre(ActeurEnquete acteur, StatutReponse statut, ReponseEnquete reponse,
      CampagneEnquete campagne) {
    return CycleEnquete.soumettre(acteur, statut, statut(reponse).global(), campagne, contexte.get().aujourdhui());
  }

  /**
   * Validation par une direction.
   *
   * @param acteur acteur
   * @param statut statut
   * @param campagne campagne
   * @return validation par une direction
   */
  public Resultat<StatutReponse> valider(ActeurEnquete acteur, StatutReponse statut, CampagneEnquete campagne) {
    return CycleEnquete.valider(acteur, statut, campagne);
  }

  /**
   * Comptes des réponses d'un périmètre (référentiel du moteur).
   *
   * @param reponses reponses
   * @param perimetre perimetre
   * @return comptes des réponses d'un périmètre (référentiel du moteur)
   */
  public Comptes comptes(Collection<SuiviReponse> reponses, Perimetre perimetre) {
    return VuesDirection.comptes(reponses, perimetre, contexte.get().referentiel());
  }

  /**
   * Indicateurs de l'écran de campagne aujourd'hui (§3.5).
   *
   * @param campagne campagne
   * @param repondants repondants
   * @param reponses reponses
   * @param perimetre perimetre
   * @return indicateurs de l'écran de campagne aujourd'hui (§3.5)
   */
  public Indicateurs indicateurs(CampagneEnquete campagne, Collection<RepondantAttendu> repondants,
      Collection<SuiviReponse> reponses, Perimetre perimetre) {
    ContexteRegles c = contexte.get();
    return VuesDirection.indicateurs(campagne, c.aujourdhui(), repondants, reponses, perimetre, c.referentiel());
  }
}
