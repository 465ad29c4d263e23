// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.rules.validation;

import fr.gouv.emjpm.domain.mesure.CauseSortie;
import fr.gouv.emjpm.domain.mesure.Civilite;
import fr.gouv.emjpm.domain.mesure.NumeroRg;
import fr.gouv.emjpm.domain.mesure.ResultatRevision;
import fr.gouv.emjpm.domain.referentiel.Commune;
import fr.gouv.emjpm.domain.referentiel.Siret;
import fr.gouv.emjpm.domain.style.EmjpmStyle;
import fr.gouv.emjpm.domain.tribunal.Tribunal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Saisie d'une mesure par un import (Excel, CSV, OCMI) ou l'API des logiciels métier (MesureInput,
 * voir docs/formats/json-editeurs.md), déjà typée par l'adaptateur : les codes sont des énumérations, les dates des {@code
 * LocalDate} ; un champ absent est vide et sa règle le signale. Validée par {@link ValidationSaisie},
 * enregistrée par {@code fr.gouv.emjpm.rules.cyclevie.Enregistrement}.
 */
@Value.Immutable
@EmjpmStyle
abstract class AbstractSaisieMesure {
  /**
   * Numéro RG tel que reçu (normalisé à l'enregistrement, strict si {@link #strictNumeroRg()}) ; masqué
   * dans {@code toString()} (donnée personnelle indirecte).
   */
  @Value.Redacted
  abstract Optional<String> numeroRg();

  /** Numéro de dossier du mandataire ; masqué dans {@code toString()}. */
  @Value.Redacted
  abstract Optional<String> numeroDossier();

  abstract Optional<Integer> anneeNaissance();

  abstract Optional<Civilite> civilite();

  abstract Optional<Siret> tribunalSiret();

  /**
   * Tribunal en vigueur désigné par {@link #tribunalSiret()}, déjà résolu par l'adaptateur qui l'a
   * cherché pour ses propres messages (un import de fichier, OCMI) : les règles et l'enregistrement
   * s'en servent sans chercher le SIRET à nouveau. Vide : le moteur le cherche lui-même. S'il est
   * présent, c'est {@code Referentiel.tribunalCourant(tribunalSiret)}.
   */
  abstract Optional<Tribunal> tribunal();

  /**
   * Commune du lieu de vie courant, déjà résolue par l'adaptateur ({@link Localisation#commune}) : la
   * position de la mesure est la sienne, sans nouvelle recherche, si son code postal est celui que la
   * mesure garde. Vide : le moteur la cherche lui-même.
   */
  abstract Optional<Commune> commune();

  abstract Optional<String> tribunalCabinet();

  abstract Optional<Long> antenneId();

  abstract Optional<LocalDate> dateNomination();

  abstract Optional<LocalDate> datePremiereMesure();

  abstract Optional<LocalDate> dateProtectionEnCours();

  abstract Optional<LocalDate> dateFinMesure();

  abstract Optional<CauseSortie> causeSortie();

  abstract Optional<ResultatRevision> resultatRevision();

  /** Repli quand le dernier état n'a pas de code postal. */
  abstract Optional<String> codePostal();

  /** Repli quand le dernier état n'a pas de ville. */
  abstract Optional<String> ville();

  abstract List<SaisieEtat> etats();

  abstract List<SaisieRessource> ressources();

  /**
   * {@return numéro RG normalisé silencieusement ({@link NumeroRg#normalise}), calculé une seule fois
   * par saisie (clé des doublons, puis enregistrement) ; {@code 00000000} sans numéro RG}
   */
  @Value.Lazy
  public NumeroRg numeroRgNormalise() {
    return NumeroRg.normalise(numeroRg().orElse(""));
  }

  @Value.Default
  boolean strictNumeroRg() {
    return false;
  }

  /**
   * Type d'établissement facultatif en établissement (imports de fichier et OCMI, comme l'original) :
   * son absence est un avertissement {@code TYPE_ETABLISSEMENT_ABSENT} au lieu d'un refus. Faux par
   * défaut (API des logiciels métier, stricte comme l'original).
   */
  @Value.Default
  boolean typeEtablissementFacultatif() {
    return false;
  }
}
