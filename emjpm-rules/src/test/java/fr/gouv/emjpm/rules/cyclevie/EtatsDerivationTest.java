// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.rules.cyclevie;

import static org.assertj.core.api.Assertions.assertThat;

import fr.gouv.emjpm.domain.mesure.ChampMesure;
import fr.gouv.emjpm.domain.mesure.LieuVie;
import fr.gouv.emjpm.domain.mesure.Mesure;
import fr.gouv.emjpm.domain.mesure.MesureEtat;
import fr.gouv.emjpm.domain.mesure.NatureMesure;
import fr.gouv.emjpm.domain.mesure.Pays;
import fr.gouv.emjpm.domain.mesure.TypeEtablissement;
import fr.gouv.emjpm.domain.referentiel.CodePostal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class EtatsDerivationTest {

  private static MesureEtat etat(String date, NatureMesure n, ChampMesure c) {
    return MesureEtat.builder()
        .dateChangementEtat(LocalDate.parse(date))
        .nature(n)
        .champ(c)
        .lieuVie(LieuVie.DOMICILE)
        .pays(Pays.FR)
        .codePostal("75005")
        .ville("PARIS")
        .build();
  }

  @Test
  void exempleDeLaSpecification() {
    // Dans le désordre : le tri par date fait partie de la règle.
    List<MesureEtat> etats =
        List.of(
            etat("2020-05-12", NatureMesure.CURATELLE_RENFORCEE, ChampMesure.PROTECTION_BIEN_PERSONNE),
            etat("2018-02-01", NatureMesure.CURATELLE_SIMPLE, ChampMesure.PROTECTION_PERSONNE),
            etat("2019-09-19", NatureMesure.CURATELLE_SIMPLE, ChampMesure.PROTECTION_BIEN_PERSONNE));
    assertThat(Etats.dateProtectionEnCours(etats)).contains(LocalDate.of(2020, 5, 12));
  }

  @Test
  void varianteMemeNatureEtChampQueLEtatPrecedent() {
    List<MesureEtat> etats =
        List.of(
            etat("2018-02-01", NatureMesure.CURATELLE_SIMPLE, ChampMesure.PROTECTION_PERSONNE),
            etat("2019-09-19", NatureMesure.CURATELLE_SIMPLE, ChampMesure.PROTECTION_BIEN_PERSONNE),
            etat("2020-05-12", NatureMesure.CURATELLE_SIMPLE, ChampMesure.PROTECTION_BIEN_PERSONNE));
    assertThat(Etats.dateProtectionEnCours(etats)).contains(LocalDate.of(2019, 9, 19));
  }

  @Test
  void sansEtatPasDeDate() {
    assertThat(Etats.dateProtectionEnCours(List.of())).isEmpty();
  }

  @Test
  void deriverRecopieLEtatCourantYComprisLeTypeDEtablissement() {
    MesureEtat ancien = etat("2018-02-01", NatureMesure.TUTELLE, ChampMesure.PROTECTION_PERSONNE);
    MesureEtat recent =
        MesureEtat.builder()
            .dateChangementEtat(LocalDate.of(2021, 1, 1))
            .nature(NatureMesure.CURATELLE_SIMPLE)
            .lieuVie(LieuVie.ETABLISSEMENT)
            .typeEtablissement(TypeEtablissement.ETABLISSEMENT_HOSPITALIER)
            .pays(Pays.FR)
            .codePostal("20190")
            .ville("AJACCIO")
            .build();
    Mesure m = Jeux.enCours(NatureMesure.TUTELLE).withEtats(List.of(recent, ancien));
    Mesure d = Etats.deriver(m);
    assertThat(d.etats()).containsExactly(ancien, recent);
    assertThat(d.nature()).isEqualTo(NatureMesure.CURATELLE_SIMPLE);
    assertThat(d.champ()).isEmpty();
    assertThat(d.lieuVie()).contains(LieuVie.ETABLISSEMENT);
    assertThat(d.typeEtablissement()).contains(TypeEtablissement.ETABLISSEMENT_HOSPITALIER);
    assertThat(d.departement().map(x -> x.valeur())).contains("2A");
    assertThat(d.ville()).contains("AJACCIO");
    assertThat(d.dateProtectionEnCours()).contains(LocalDate.of(2021, 1, 1));
    assertThat(d.latitude()).isEqualTo(Optional.empty());
  }
}
