// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.rules.profil;

import fr.gouv.emjpm.domain.commun.RapportValidation;
import fr.gouv.emjpm.domain.commun.Resultat;
import fr.gouv.emjpm.domain.direction.Direction;
import fr.gouv.emjpm.domain.etablissement.Etablissement;
import fr.gouv.emjpm.domain.mesure.Mesure;
import fr.gouv.emjpm.domain.referentiel.CodeDepartement;
import fr.gouv.emjpm.domain.tribunal.Tribunal;
import fr.gouv.emjpm.domain.tribunal.TribunalId;
import fr.gouv.emjpm.rules.ContexteRegles;
import fr.gouv.emjpm.rules.cyclevie.Juge;
import fr.gouv.emjpm.rules.etablissement.RepertoireEtablissements;
import fr.gouv.emjpm.rules.statistiques.Perimetre;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Profils des acteurs, évalués avec le référentiel du moteur : règles des formulaires de profil,
 * tribunaux préférentiels, directions et leurs périmètres, partage du courriel des juges, répertoire
 * des établissements FINESS. Obtenu par {@code EmjpmEngine.profils()}. Immuable et thread-safe.
 */
public final class Profils {

  private final Supplier<ContexteRegles> contexte;

  /**
   * Profils évalués avec ce contexte.
   *
   * @param contexte fournisseur du contexte du moteur (référentiel)
   */
  public Profils(Supplier<ContexteRegles> contexte) {
    this.contexte = Objects.requireNonNull(contexte, "contexte");
  }

  /**
   * Règles des formulaires de profil (mandataire, service, antenne).
   *
   * @return règles des formulaires de profil
   */
  public ReglesProfil regles() {
    return ReglesProfil.standard();
  }

  /**
   * Règles des tribunaux préférentiels (avec un référentiel explicite).
   *
   * @return règles des tribunaux préférentiels
   */
  public TribunauxPreferes tribunauxPreferes() {
    return TribunauxPreferes.standard();
  }

  /**
   * Tribunaux proposés dans le formulaire de profil, lus dans le référentiel du moteur.
   *
   * @param habilitation départements de l'habilitation du gestionnaire
   * @return tribunaux actuels de ces départements
   */
  public List<Tribunal> tribunauxProposables(Collection<CodeDepartement> habilitation) {
    return TribunauxPreferes.standard().proposables(habilitation, contexte.get().referentiel());
  }

  /**
   * Vérifie les tribunaux préférentiels choisis avec le référentiel du moteur (voir {@link
   * TribunauxPreferes#verifier}).
   *
   * @param choix tribunaux choisis
   * @param habilitation départements de l'habilitation
   * @param precedents liste enregistrée avant la modification
   * @return toutes les violations
   */
  public RapportValidation verifierTribunauxPreferes(
      List<TribunalId> choix, Collection<CodeDepartement> habilitation, Collection<TribunalId> precedents) {
    return TribunauxPreferes.standard().verifier(choix, habilitation, precedents, contexte.get().referentiel());
  }

  /**
   * Règles des directions (avec un référentiel explicite).
   *
   * @return règles des directions
   */
  public Directions directions() {
    return Directions.standard();
  }

  /**
   * Périmètre des statistiques d'une direction, lu dans le référentiel du moteur.
   *
   * @param direction la direction
   * @return le périmètre, ou un échec pour une région inconnue
   */
  public Resultat<Perimetre> perimetre(Direction direction) {
    return Directions.standard().perimetre(direction, contexte.get().referentiel());
  }

  /**
   * Libellé d'une direction, avec les noms du référentiel du moteur.
   *
   * @param direction la direction
   * @return le libellé
   */
  public String libelle(Direction direction) {
    return Directions.standard().libelle(direction, contexte.get().referentiel());
  }

  /**
   * Courriel du magistrat ou du greffier montré au gestionnaire d'une mesure qu'il a réservée, selon
   * son choix de partage ({@code share_email}).
   *
   * @param mesure mesure vue par le gestionnaire
   * @param juge magistrat ou greffier
   * @param partageCourriel valeur de {@code share_email} du juge
   * @param courriel courriel du compte du juge
   * @return le courriel à montrer, vide sinon
   */
  public Optional<String> courrielDuJugePourLeGestionnaire(
      Mesure mesure, Juge juge, boolean partageCourriel, String courriel) {
    return PartageCourriel.courrielDuJugePourLeGestionnaire(mesure, juge, partageCourriel, courriel);
  }

  /**
   * Répertoire des établissements FINESS donnés.
   *
   * @param etablissements établissements (par exemple ceux d'un extrait FINESS)
   * @return le répertoire
   */
  public RepertoireEtablissements etablissements(Collection<Etablissement> etablissements) {
    return RepertoireEtablissements.de(etablissements);
  }
}
