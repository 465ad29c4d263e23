// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.rules.enquete;

import static org.assertj.core.api.Assertions.assertThat;

import fr.gouv.emjpm.domain.enquete.StatutReponse;
import fr.gouv.emjpm.domain.enquete.TypeEnquete;
import fr.gouv.emjpm.domain.referentiel.CodeDepartement;
import fr.gouv.emjpm.rules.EmjpmEngine;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Liste des réponses des directions : champs de la ligne, marqueur, filtres et ordre (exemples). */
class ListeReponsesDirectionTest {

  static final ZoneId PARIS = EmjpmEngine.FUSEAU_PARIS;

  static LigneReponseEnquete r(long id, TypeEnquete t, StatutReponse s, String dep, String cree,
      String soumis, String importe) {
    return new LigneReponseEnquete(id, t, s, Optional.of(CodeDepartement.of(dep)), Instant.parse(cree),
        Optional.ofNullable(soumis).map(Instant::parse), Optional.ofNullable(importe).map(Instant::parse),
        "NOM" + id, Optional.of("VILLE"));
  }

  static final List<LigneReponseEnquete> REPONSES = List.of(
      r(1, TypeEnquete.INDIVIDUEL, StatutReponse.SOUMIS, "59", "2022-01-05T10:00:00Z", "2022-02-01T10:00:00Z", null),
      r(2, TypeEnquete.SERVICE, StatutReponse.VALIDE, "62", "2022-01-06T10:00:00Z", "2022-03-01T10:00:00Z",
          "2022-02-20T10:00:00Z"),
      r(3, TypeEnquete.PREPOSE, StatutReponse.BROUILLON, "59", "2022-01-04T10:00:00Z", null, null),
      r(4, TypeEnquete.INDIVIDUEL, StatutReponse.BROUILLON, "59", "2022-01-07T10:00:00Z", null, "2022-01-08T10:00:00Z"));

  static List<Long> ids(List<LigneReponseEnquete> l) {
    return l.stream().map(LigneReponseEnquete::id).toList();
  }

  @Test
  void ordreEnvoiDecroissantNonEnvoyeesEnPremierPuisCreationDecroissante() {
    assertThat(ids(ListeReponsesDirection.lignes(REPONSES, ListeReponsesDirection.Filtres.aucun())))
        .containsExactly(4L, 3L, 2L, 1L);
  }

  @Test
  void filtres() {
    assertThat(ids(ListeReponsesDirection.lignes(REPONSES, new ListeReponsesDirection.Filtres(
        Optional.of(CodeDepartement.of("59")), Optional.empty(), Optional.empty())))).containsExactly(4L, 3L, 1L);
    assertThat(ids(ListeReponsesDirection.lignes(REPONSES, new ListeReponsesDirection.Filtres(
        Optional.empty(), Optional.of(TypeEnquete.INDIVIDUEL), Optional.empty())))).containsExactly(4L, 1L);
    assertThat(ids(ListeReponsesDirection.lignes(REPONSES, new ListeReponsesDirection.Filtres(
        Optional.of(CodeDepartement.of("59")), Optional.of(TypeEnquete.INDIVIDUEL),
        Optional.of(StatutReponse.SOUMIS))))).containsExactly(1L);
    ListeReponsesDirection.Page p = EmjpmEngine.parDefaut().enquete()
        .reponsesDirection(REPONSES, ListeReponsesDirection.Filtres.aucun(), 2, 3);
    assertThat(ids(p.lignes())).containsExactly(1L);
    assertThat(p.total()).isEqualTo(4);
  }

  @Test
  void champsDeLaCarte() {
    LigneReponseEnquete importee = REPONSES.get(1);
    assertThat(importee.titre()).isEqualTo("réponse N°2");
    assertThat(importee.modeSaisie()).isEqualTo("(import)");
    assertThat(importee.envoi(PARIS)).isEqualTo("01/03/2022 (import)");
    assertThat(importee.visualisable()).isTrue();
    assertThat(REPONSES.get(0).envoi(PARIS)).isEqualTo("01/02/2022 (manuel)");
    assertThat(REPONSES.get(2).envoi(PARIS)).isEqualTo("(manuel)");
    assertThat(REPONSES.get(2).visualisable()).isFalse();
    assertThat(TypeEnquete.PREPOSE.libelle()).isEqualTo("Mandataire préposé d'établissement");
    assertThat(StatutReponse.SOUMIS.libelle()).isEqualTo("Réponse reçue");
  }
}
