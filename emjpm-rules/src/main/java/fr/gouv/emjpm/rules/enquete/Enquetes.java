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
   * @param contexte fournisseur du contexte du moteur (date du jour, référentiel), appelé à chaque
   *     opération ; non nul
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
   * Consolidation vide des réponses d'un périmètre (totaux par champ, secret statistique appliqué).
   *
   * @param type type d'enquête, non nul
   * @param annee année de la campagne
   * @return accumulateur vide, à remplir réponse par réponse
   */
  public ConsolidationEnquete consolidation(fr.gouv.emjpm.domain.enquete.TypeEnquete type, int annee) {
    return ConsolidationEnquete.pour(type, annee);
  }

  /**
   * Arbre de statut d'une réponse (§5.2–5.4).
   *
   * @param reponse réponse à évaluer, non nulle
   * @return arbre de statut de la réponse
   */
  public ArbreStatutEnquete statut(ReponseEnquete reponse) {
    return moteur.statut(reponse);
  }

  /**
   * Pré-remplissage complet (§9), identité comprise, avec le référentiel du moteur.
   *
   * @param type type d'enquête du répondant
   * @param annee année de la campagne (Y = annee − 1)
   * @param mesures mesures du répondant (toutes, le filtrage par période est fait ici)
   * @param precedente réponse du même répondant à la campagne annee − 1, quel que soit son statut ;
   *     vide si aucune
   * @param baremes montants AAH/SMIC ; ceux de Y sont exigés pour un préposé
   * @param identite identité du répondant (nom, départements, établissements)
   * @return la réponse, ou {@code ENQUETE_BAREME_MANQUANT} / {@code ENQUETE_DEPARTEMENT_INCONNU}
   */
  public Resultat<ReponseEnquete> preRemplir(TypeEnquete type, int annee, List<Mesure> mesures,
      Optional<ReponseEnquete> precedente, BaremesRevenus baremes, IdentiteRepondant identite) {
    return PreRemplissageEnquete.preRemplir(type, annee, mesures, precedente, baremes, identite,
        contexte.get().referentiel());
  }

  /**
   * Modification d'une réponse par cet acteur aujourd'hui.
   *
   * @param acteur rôle de celui qui modifie
   * @param statut statut actuel de la réponse
   * @param campagne campagne de la réponse
   * @return rapport vide si la modification est permise à la date du contexte, sinon ses violations
   */
  public RapportValidation verifierModification(ActeurEnquete acteur, StatutReponse statut, CampagneEnquete campagne) {
    return CycleEnquete.verifierModification(acteur, statut, campagne, contexte.get().aujourdhui());
  }

  /**
   * Import d'un classeur par cet acteur aujourd'hui.
   *
   * @param acteur rôle de celui qui importe
   * @param statut statut actuel de la réponse
   * @param campagne campagne de la réponse
   * @return rapport vide si l'import est permis à la date du contexte, sinon ses violations
   */
  public RapportValidation verifierImport(ActeurEnquete acteur, StatutReponse statut, CampagneEnquete campagne) {
    return CycleEnquete.verifierImport(acteur, statut, campagne, contexte.get().aujourdhui());
  }

  /**
   * Soumission aujourd'hui : le statut global est calculé sur la réponse elle-même (§5.5).
   *
   * @param acteur rôle de celui qui soumet
   * @param statut statut actuel de la réponse
   * @param reponse réponse soumise, dont le statut global est calculé ici
   * @param campagne campagne de la réponse
   * @return le nouveau statut {@link StatutReponse#SOUMIS} ou toutes les violations
   */
  public Resultat<StatutReponse> soumettre(ActeurEnquete acteur, StatutReponse statut, ReponseEnquete reponse,
      CampagneEnquete campagne) {
    return CycleEnquete.soumettre(acteur, statut, statut(reponse).global(), campagne, contexte.get().aujourdhui());
  }

  /**
   * Validation par une direction.
   *
   * @param acteur rôle de celui qui valide
   * @param statut statut actuel de la réponse
   * @param campagne campagne de la réponse
   * @return le nouveau statut {@link StatutReponse#VALIDE}, ou le refus
   */
  public Resultat<StatutReponse> valider(ActeurEnquete acteur, StatutReponse statut, CampagneEnquete campagne) {
    return CycleEnquete.valider(acteur, statut, campagne);
  }

  /**
   * Comptes des réponses d'un périmètre (référentiel du moteur).
   *
   * @param reponses réponses suivies, tous périmètres confondus (filtrées ici)
   * @param perimetre périmètre compté : nation, région ou département
   * @return comptes par type et par statut, 0 compris
   */
  public Comptes comptes(Collection<SuiviReponse> reponses, Perimetre perimetre) {
    return VuesDirection.comptes(reponses, perimetre, contexte.get().referentiel());
  }

  /**
   * Indicateurs de l'écran de campagne aujourd'hui (§3.5).
   *
   * @param campagne campagne ; sa date limite donne l'échéance
   * @param repondants répondants attendus, tous périmètres confondus (filtrés ici)
   * @param reponses réponses suivies, tous périmètres confondus (filtrées ici)
   * @param perimetre périmètre des indicateurs : nation, région ou département
   * @return indicateurs du périmètre à la date du contexte
   */
  public Indicateurs indicateurs(CampagneEnquete campagne, Collection<RepondantAttendu> repondants,
      Collection<SuiviReponse> reponses, Perimetre perimetre) {
    ContexteRegles c = contexte.get();
    return VuesDirection.indicateurs(campagne, c.aujourdhui(), repondants, reponses, perimetre, c.referentiel());
  }

  /**
   * Page de la liste des réponses de l'écran de campagne des directions (filtres, ordre, pages : voir
   * {@link ListeReponsesDirection}).
   *
   * @param reponses réponses de la campagne
   * @param filtres filtres département, type et statut
   * @param page numéro de page, à partir de 1
   * @param taillePage taille de page, entre 1 et 1000
   * @return la page demandée
   */
  public ListeReponsesDirection.Page reponsesDirection(
      Collection<LigneReponseEnquete> reponses, ListeReponsesDirection.Filtres filtres, int page, int taillePage) {
    return ListeReponsesDirection.page(reponses, filtres, page, taillePage);
  }

  /**
   * Texte de la dernière étape du répondant, le statut global étant calculé ici.
   *
   * @param campagne campagne (année, date limite)
   * @param statut statut de la réponse
   * @param reponse réponse dont le statut global est calculé
   * @return phrases, échéance et bouton de la dernière étape
   */
  public DerniereEtape derniereEtape(CampagneEnquete campagne, StatutReponse statut, ReponseEnquete reponse) {
    return DerniereEtape.de(campagne, statut, statut(reponse).global());
  }

  /**
   * Campagne montrée aux répondants aujourd'hui (voir {@link FicheCampagne#courante}).
   *
   * @param campagnes campagnes stockées
   * @return la campagne visible la plus récente, vide s'il n'y en a pas
   */
  public Optional<FicheCampagne> campagneCourante(Collection<FicheCampagne> campagnes) {
    return FicheCampagne.courante(campagnes, contexte.get().aujourdhui());
  }

  /**
   * Période « Du … au … » d'une campagne, dans le fuseau du moteur.
   *
   * @param campagne campagne stockée
   * @return « Du jj/mm/aaaa au jj/mm/aaaa »
   */
  public String periode(FicheCampagne campagne) {
    return campagne.periode(contexte.get().zone());
  }
}
