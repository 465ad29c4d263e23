// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.rules.proximite;

import static org.assertj.core.api.Assertions.assertThat;

import fr.gouv.emjpm.domain.gestionnaire.GestionnaireId;
import fr.gouv.emjpm.domain.gestionnaire.TypeGestionnaire;
import fr.gouv.emjpm.domain.referentiel.CodeInsee;
import fr.gouv.emjpm.domain.referentiel.CodePostal;
import fr.gouv.emjpm.domain.referentiel.Referentiel;
import fr.gouv.emjpm.domain.tribunal.TribunalId;
import java.util.Optional;
import fr.gouv.emjpm.rules.disponibilite.ComptageMesures;
import fr.gouv.emjpm.rules.disponibilite.FicheGestionnaire;
import fr.gouv.emjpm.rules.recherche.FiltresGestionnaire;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProximiteGestionnairesTest {

  static final Position ROUBAIX = Position.of(50.6942, 3.1746);
  static final TribunalId LILLE = TribunalId.of("TJ-LILLE");

  static FicheGestionnaire fiche(GestionnaireId id, double lat, double lon, int max) {
    return FicheGestionnaire.builder().id(id).nom(id.toString()).mesuresMax(max).position(Position.of(lat, lon)).build();
  }

  final FicheGestionnaire tourcoing = fiche(GestionnaireId.individuel(1), 50.7236, 3.1610, 10);
  final FicheGestionnaire lille = fiche(GestionnaireId.service(1), 50.6292, 3.0573, 50).withTribunauxPreferes(LILLE);
  final FicheGestionnaire paris = fiche(GestionnaireId.prepose(1), 48.8566, 2.3522, 5);
  final FicheGestionnaire marseille = fiche(GestionnaireId.individuel(2), 43.2965, 5.3698, 5);
  final FicheGestionnaire sansPosition = FicheGestionnaire.builder().id(GestionnaireId.individuel(3)).nom("x").build();
  final ProximiteGestionnaires proximite = ProximiteGestionnaires.avec(Referentiel.embarque());
  final IndexGestionnaires index =
      proximite.indexer(List.of(marseille, paris, lille, tourcoing, sansPosition));

  @Test
  void rayonParDefautTroisCentsKmTriParDistance() {
    List<GestionnaireProche> r =
        proximite.autourDe(ROUBAIX, index, RequeteProximite.builder().tribunal(LILLE).build(), ComptageMesures.vide());
    assertThat(r).extracting(g -> g.fiche().id()).containsExactly(tourcoing.id(), lille.id(), paris.id());
    assertThat(r.get(0).distanceKm()).isBetween(3.0, 4.0);
    assertThat(r.get(1).prefere()).isTrue();
    assertThat(index.taille()).isEqualTo(4);
  }

  @Test
  void filtresEtMaximum() {
    ComptageMesures.Builder b = ComptageMesures.builder();
    for (int i = 0; i < 10; i++) {
      b.enCours(tourcoing.id());
    }
    RequeteProximite dispo =
        RequeteProximite.builder().rayonKm(1000).filtres(FiltresGestionnaire.builder().disponiblesSeulement(true).build()).build();
    assertThat(proximite.autourDe(ROUBAIX, index, dispo, b.build()))
        .extracting(g -> g.fiche().id())
        .containsExactly(lille.id(), paris.id(), marseille.id());
    RequeteProximite individuels =
        RequeteProximite.builder().rayonKm(1000).nombreMax(1).filtres(FiltresGestionnaire.builder().type(TypeGestionnaire.INDIVIDUEL).build()).build();
    assertThat(proximite.autourDe(Position.of(43.3, 5.4), index, individuels, ComptageMesures.vide()))
        .extracting(g -> g.fiche().id())
        .containsExactly(marseille.id());
  }

  @Test
  void depuisUneCommuneOuUnCodePostalDuReferentiel() {
    RequeteProximite r = RequeteProximite.builder().nombreMax(2).build();
    // 59512 = Roubaix
    assertThat(proximite.autourDe(CodeInsee.of("59512"), index, r, ComptageMesures.vide()).valeurOuErreur())
        .extracting(g -> g.fiche().id())
        .containsExactly(tourcoing.id(), lille.id());
    assertThat(proximite.localiser(CodePostal.of("59100"), Optional.of("roubaix")).valeurOuErreur().latitude())
        .isBetween(50.6, 50.8);
    assertThat(proximite.localiser(CodePostal.of("59100"), Optional.empty()).estSucces()).isTrue();
    assertThat(proximite.localiser(CodeInsee.of("99999")).violations())
        .extracting(v -> v.code())
        .containsExactly("COMMUNE_INCONNUE");
    assertThat(proximite.autourDe(CodePostal.of("99999"), Optional.empty(), index, r, ComptageMesures.vide()).violations())
        .extracting(v -> v.code())
        .containsExactly("CODE_POSTAL_INCONNU");
  }
}
