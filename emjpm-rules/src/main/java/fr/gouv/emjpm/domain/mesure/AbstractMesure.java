// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.domain.mesure;

import fr.gouv.emjpm.domain.gestionnaire.GestionnaireId;
import fr.gouv.emjpm.domain.referentiel.CodeDepartement;
import fr.gouv.emjpm.domain.referentiel.CodePostal;
import fr.gouv.emjpm.domain.style.EmjpmStyle;
import fr.gouv.emjpm.domain.tribunal.TribunalId;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** BOUCHON TEMPORAIRE. */
@Value.Immutable
@EmjpmStyle
abstract class AbstractMesure {
  abstract Optional<Long> id();

  abstract StatutMesure statut();

  abstract GestionnaireId gestionnaire();

  abstract Optional<Long> antenneId();

  abstract TribunalId tribunal();

  abstract NumeroRg numeroRg();

  abstract Optional<String> numeroDossier();

  abstract Optional<String> cabinet();

  abstract Optional<Long> magistratId();

  abstract Optional<Long> greffierId();

  @Value.Default
  boolean urgent() {
    return false;
  }

  abstract Optional<LocalDate> dateJugement();

  abstract Optional<LocalDate> dateNomination();

  abstract Optional<LocalDate> datePremierMesure();

  abstract Optional<LocalDate> dateProtectionEnCours();

  abstract Optional<LocalDate> dateFinMesure();

  abstract Optional<CauseSortie> causeSortie();

  abstract Optional<ResultatRevision> resultatRevision();

  abstract NatureMesure natureMesure();

  abstract Optional<ChampMesure> champMesure();

  abstract Optional<LieuVie> lieuVie();

  abstract Optional<TypeEtablissement> typeEtablissement();

  abstract Civilite civilite();

  abstract int anneeNaissance();

  abstract Optional<CodePostal> codePostal();

  abstract Optional<String> ville();

  @Value.Default
  Pays pays() {
    return Pays.FR;
  }

  abstract Optional<CodeDepartement> departement();

  abstract Optional<Double> latitude();

  abstract Optional<Double> longitude();

  abstract Optional<Long> editeurId();

  @Value.Default
  boolean enAttenteReouverture() {
    return false;
  }

  abstract Optional<DemandeReouverture> demandeReouverture();

  abstract Instant dateCreation();

  abstract List<MesureEtat> etats();

  abstract List<Ressource> ressources();
}
