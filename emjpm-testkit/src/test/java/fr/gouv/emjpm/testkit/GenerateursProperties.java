// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.testkit;

import static org.quicktheories.QuickTheory.qt;

import fr.gouv.emjpm.domain.mesure.Mesure;
import fr.gouv.emjpm.domain.mesure.MesureEtat;
import fr.gouv.emjpm.domain.mesure.NatureMesure;
import fr.gouv.emjpm.domain.mesure.Pays;
import fr.gouv.emjpm.domain.mesure.StatutMesure;
import fr.gouv.emjpm.domain.service.Antenne;
import fr.gouv.emjpm.testkit.quicktheories.EmjpmGen;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class GenerateursProperties {

  private static boolean datesStrictementCroissantes(List<MesureEtat> etats) {
    for (int i = 1; i < etats.size(); i++) {
      if (!etats.get(i).dateChangementEtat().isAfter(etats.get(i - 1).dateChangementEtat())) {
        return false;
      }
    }
    return true;
  }

  private static boolean etatsConformes(List<MesureEtat> etats) {
    return etats.stream().allMatch(e ->
        e.lieuVie().exigeTypeEtablissement() == e.typeEtablissement().isPresent()
            && (e.pays() != Pays.FR || (e.codePostal().isPresent() && e.ville().isPresent())));
  }

  @Test
  void lesEtatsOntDesDatesDistinctesCroissantesEtSontConformes() {
    qt().forAll(EmjpmGen.etats())
        .check(e -> !e.isEmpty() && e.size() <= 4 && datesStrictementCroissantes(e) && etatsConformes(e));
  }

  @Test
  void lesMesuresSontCoherentesAvecLeurStatut() {
    qt().withExamples(500).forAll(EmjpmGen.mesures()).check(m -> {
      if (m.estEnAttente()) {
        return m.etats().isEmpty() && m.magistratId().isPresent() && m.lieuVie().isEmpty();
      }
      MesureEtat courant = m.etatCourant().orElseThrow();
      boolean reflet = m.nature() == courant.nature() && m.champ().equals(courant.champ())
          && m.lieuVie().equals(java.util.Optional.of(courant.lieuVie())) && m.codePostal().equals(courant.codePostal());
      boolean dates = m.dateNomination().equals(java.util.Optional.of(m.etats().get(0).dateChangementEtat()))
          && !m.dateProtectionEnCours().orElseThrow().isAfter(courant.dateChangementEtat())
          && !m.dateProtectionEnCours().orElseThrow().isBefore(m.dateNomination().orElseThrow());
      boolean fin = m.estEteinte()
          ? m.causeSortie().isPresent() && m.dateFinMesure().orElseThrow().isAfter(courant.dateChangementEtat())
          : m.dateFinMesure().isEmpty();
      return reflet && dates && fin && datesStrictementCroissantes(m.etats()) && etatsConformes(m.etats());
    });
  }

  @Test
  void laConfigurationEstRespectee() {
    LocalDate debut = LocalDate.of(2019, 1, 1);
    LocalDate fin = LocalDate.of(2019, 1, 31);
    qt().forAll(EmjpmGen.depuis(Mesures.eteintes().nature(NatureMesure.TUTELLE).nombreEtats(5).datesEntre(debut, fin)))
        .check(m -> m.statut() == StatutMesure.ETEINTE && m.nature() == NatureMesure.TUTELLE && m.etats().size() == 5
            && m.etats().stream().allMatch(e -> !e.dateChangementEtat().isBefore(debut) && !e.dateChangementEtat().isAfter(fin))
            && !m.dateFinMesure().orElseThrow().isAfter(fin)
            && m.ressources().stream().allMatch(r -> r.annee() == 2019));
  }

  @Test
  void lesServicesRespectentLaRegleDesCapacites() {
    qt().forAll(EmjpmGen.services())
        .check(s -> s.sommeCapacitesAntennes() <= s.dispoMax() && !s.departements().isEmpty()
            && s.antennes().stream().map(Antenne::id).distinct().count() == s.antennes().size());
  }

  @Test
  void lesMandatairesSontValides() {
    qt().forAll(EmjpmGen.mandatairesIndividuels())
        .check(m -> m.estIndividuel() && m.siret().isPresent() && m.suspendu() == m.motifSuspension().isPresent()
            && !m.tribunauxPreferes().isEmpty()
            && fr.gouv.emjpm.domain.referentiel.CodePostal.departementDe(m.codePostal().orElseThrow()).valeur().equals(m.departement()));
    qt().forAll(EmjpmGen.mandatairesPreposes()).check(Mandataire -> Mandataire.estPrepose());
  }

  @Test
  void memeGraineMemesValeurs() {
    qt().forAll(org.quicktheories.generators.SourceDSL.longs().all())
        .check(g -> Mesures.generateur().liste(g, 3).equals(Mesures.generateur().liste(g, 3)));
  }

  @Test
  void lesMesuresGenereesAvecUneDateUniqueRespectentLeBornage() {
    Mesure m = Mesures.enCours().nombreEtats(1).datesEntre(LocalDate.of(2020, 1, 1), LocalDate.of(2020, 1, 2)).generer(1L);
    org.assertj.core.api.Assertions.assertThat(m.etats()).hasSize(1);
  }
}
