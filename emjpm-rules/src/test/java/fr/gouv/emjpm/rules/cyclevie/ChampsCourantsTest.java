// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.rules.cyclevie;

import static org.assertj.core.api.Assertions.assertThat;

import fr.gouv.emjpm.domain.mesure.LieuVie;
import fr.gouv.emjpm.domain.mesure.Mesure;
import fr.gouv.emjpm.domain.mesure.MesureEtat;
import fr.gouv.emjpm.domain.mesure.NatureMesure;
import fr.gouv.emjpm.domain.mesure.Pays;
import fr.gouv.emjpm.domain.referentiel.CodeDepartement;
import fr.gouv.emjpm.domain.tribunal.TribunalId;
import fr.gouv.emjpm.testkit.Mesures;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Champs courants d'une mesure : replis du corps d'une saisie, département, et « même lieu » (code postal
 * et ville) qui décide si la position de la mesure est gardée.
 */
class ChampsCourantsTest {

  private static MesureEtat etat(Pays pays, Optional<String> cp, Optional<String> ville) {
    return MesureEtat.builder().dateChangementEtat(LocalDate.of(2020, 1, 1)).nature(NatureMesure.CURATELLE_SIMPLE)
        .lieuVie(LieuVie.DOMICILE).pays(pays).codePostal(cp).ville(ville).build();
  }

  @Test
  void meme_lieu_exige_le_meme_code_postal_et_la_meme_ville() {
    Mesure m = Mesures.generateur().tribunal(TribunalId.of("17")).generer(7L)
        .withCodePostal("75005").withVille("PARIS");
    assertThat(ChampsCourants.de(etat(Pays.FR, Optional.of("75005"), Optional.of("PARIS"))).memeLieu(m)).isTrue();
    assertThat(ChampsCourants.de(etat(Pays.FR, Optional.of("75006"), Optional.of("PARIS"))).memeLieu(m)).isFalse();
    assertThat(ChampsCourants.de(etat(Pays.FR, Optional.of("75005"), Optional.of("LYON"))).memeLieu(m)).isFalse();
    assertThat(ChampsCourants.de(etat(Pays.FR, Optional.empty(), Optional.of("PARIS"))).memeLieu(m)).isFalse();
  }

  @Test
  void replis_du_corps_de_la_saisie() {
    // France sans code postal ni ville : repli bien formé (espaces ôtés), son département, ville en majuscules
    ChampsCourants c = ChampsCourants.de(etat(Pays.FR, Optional.empty(), Optional.empty()),
        Optional.of(" 20190 "), Optional.of(" ajaccio "));
    assertThat(c.codePostal()).contains("20190");
    assertThat(c.departement()).contains(CodeDepartement.of("2A"));
    assertThat(c.ville()).contains("AJACCIO");
    // repli mal formé : ni code postal ni département
    c = ChampsCourants.de(etat(Pays.FR, Optional.empty(), Optional.of("LYON")), Optional.of("6900"), Optional.of("x"));
    assertThat(c.codePostal()).isEmpty();
    assertThat(c.departement()).isEmpty();
    assertThat(c.ville()).contains("LYON");
    // hors de France : pas de repli de code postal, pas de département
    c = ChampsCourants.de(etat(Pays.BE, Optional.empty(), Optional.empty()), Optional.of("75005"), Optional.of(" "));
    assertThat(c.codePostal()).isEmpty();
    assertThat(c.departement()).isEmpty();
    assertThat(c.ville()).isEmpty();
  }
}
