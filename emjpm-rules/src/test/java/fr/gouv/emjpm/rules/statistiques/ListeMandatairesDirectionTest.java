// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.rules.statistiques;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.gouv.emjpm.domain.gestionnaire.GestionnaireId;
import fr.gouv.emjpm.domain.gestionnaire.TypeGestionnaire;
import fr.gouv.emjpm.domain.referentiel.CodeDepartement;
import fr.gouv.emjpm.rules.EmjpmEngine;
import fr.gouv.emjpm.rules.disponibilite.ComptageMesures;
import fr.gouv.emjpm.rules.disponibilite.Disponibilite;
import fr.gouv.emjpm.rules.disponibilite.FicheAntenne;
import fr.gouv.emjpm.rules.disponibilite.FicheGestionnaire;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Sous-vue « liste des mandataires » des tableaux de bord des directions (exemples). */
class ListeMandatairesDirectionTest {

  static final CodeDepartement D59 = CodeDepartement.of("59");
  static final CodeDepartement D62 = CodeDepartement.of("62");
  static final Statistiques STATS = EmjpmEngine.parDefaut().statistiques();

  @Test
  void filtreParTypeClasseParCapaciteRestanteEtSommeLesAntennesDuPerimetre() {
    GestionnaireId s = GestionnaireId.service(1);
    GestionnaireId i = GestionnaireId.individuel(2);
    GestionnaireId p = GestionnaireId.prepose(3);
    List<FicheGestionnaire> fiches = List.of(
        FicheGestionnaire.builder().id(s).nom("Service").mesuresMax(100).addDepartements(D59, D62)
            .addAntennes(FicheAntenne.builder().id(10).nom("Lille").departement(D59).mesuresMax(30).build())
            .addAntennes(FicheAntenne.builder().id(11).nom("Arras").departement(D62).mesuresMax(40).build())
            .build(),
        FicheGestionnaire.builder().id(i).nom("Dupont").mesuresMax(20).addDepartements(D59).build(),
        FicheGestionnaire.builder().id(p).nom("Martin").mesuresMax(5).addDepartements(D62).build());
    ComptageMesures c = ComptageMesures.builder()
        .enCours(s, 10).enCours(s, 10).enAttente(s, 11).enCours(i).enCours(p).build();
    PageMandatairesDirection nord = STATS.mandataires(
        Perimetre.departement(D59), fiches, c, Optional.empty(), true, 1, 20);
    // capacité restante : service 100 − 3 = 97, individuel 20 − 1 = 19 ; le préposé est hors du 59.
    assertThat(nord.lignes()).extracting(l -> l.fiche().id()).containsExactly(s, i);
    LigneMandataireDirection service = nord.lignes().get(0);
    assertThat(service.antennesDuPerimetre()).isEqualTo(1);
    assertThat(service.sommeAntennes()).contains(new Disponibilite(30, 2, 0, false));
    assertThat(nord.lignes().get(1).sommeAntennes()).isEmpty();
    PageMandatairesDirection croissant = STATS.mandataires(
        Perimetre.region("32", List.of(D59, D62)), fiches, c, Optional.empty(), false, 1, 20);
    assertThat(croissant.lignes()).extracting(l -> l.fiche().id()).containsExactly(p, i, s);
    assertThat(croissant.lignes().get(2).sommeAntennes()).contains(new Disponibilite(70, 2, 1, false));
    assertThat(STATS.mandataires(Perimetre.national(), fiches, c, Optional.of(TypeGestionnaire.PREPOSE), true, 1, 20)
        .lignes()).extracting(l -> l.fiche().id()).containsExactly(p);
    assertThatThrownBy(() -> STATS.mandataires(Perimetre.national(), fiches, c, Optional.empty(), true, 0, 20))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void uneSeuleLigneParGestionnaireEtACapaciteEgaleOrdreParNom() {
    GestionnaireId b = GestionnaireId.individuel(7);
    GestionnaireId a = GestionnaireId.individuel(8);
    FicheGestionnaire premiere = FicheGestionnaire.builder().id(b).nom("Bernard").mesuresMax(10).addDepartements(D59).build();
    // la même fiche rendue une seconde fois par l'hôte (une ligne par département habilité, par exemple)
    FicheGestionnaire doublon = FicheGestionnaire.builder().id(b).nom("Bernard bis").mesuresMax(10).addDepartements(D62).build();
    FicheGestionnaire autre = FicheGestionnaire.builder().id(a).nom("Albert").mesuresMax(10).addDepartements(D62).build();
    List<LigneMandataireDirection> lignes = ListeMandatairesDirection.lignes(
        Perimetre.region("32", List.of(D59, D62)), List.of(premiere, doublon, autre),
        ComptageMesures.builder().build(), Optional.empty(), true);
    // capacité restante égale (10) : ordre par nom ; « Bernard » une seule fois, sa première fiche l'emporte
    assertThat(lignes).extracting(LigneMandataireDirection::fiche).containsExactly(autre, premiere);
  }
}
