// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.io.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import fr.gouv.emjpm.domain.gestionnaire.GestionnaireId;
import fr.gouv.emjpm.domain.mesure.NatureMesure;
import fr.gouv.emjpm.domain.mesure.NumeroRg;
import fr.gouv.emjpm.domain.referentiel.CodeDepartement;
import fr.gouv.emjpm.domain.referentiel.CodeInsee;
import fr.gouv.emjpm.domain.referentiel.CodePostal;
import fr.gouv.emjpm.domain.referentiel.Siret;
import fr.gouv.emjpm.domain.tribunal.TribunalId;
import java.time.DayOfWeek;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Forme JSON écrite par le module Jackson 2 : chaque type valeur est un texte (pas l'objet {@code {"valeur":…}}
 * que Jackson écrirait seul pour un record), chaque énumération du domaine se lit par son code stocké, une
 * énumération étrangère garde la lecture par nom de Jackson. Le mappeur est construit dans chaque test (pas dans
 * un champ statique) : la couverture du constructeur et de {@code setupModule} est rattachée aux tests qui la
 * vérifient (mutants survivants de PIT, issue 18).
 */
class EmjpmJacksonModuleFormesTest {

  private static ObjectMapper hote() {
    return new ObjectMapper().registerModule(new EmjpmJacksonModule(MesuresJsonTest.ENGINE.referentiel()));
  }

  record Forme(Class<?> type, Object valeur, String texte) {}

  private static List<Forme> formes() {
    return List.of(
        new Forme(NumeroRg.class, NumeroRg.parse("12A34567").valeur().orElseThrow(), "12A34567"),
        new Forme(Siret.class, Siret.of("11000201100044"), "11000201100044"),
        new Forme(CodePostal.class, CodePostal.of("59800"), "59800"),
        new Forme(CodeInsee.class, CodeInsee.of("59350"), "59350"),
        new Forme(CodeDepartement.class, CodeDepartement.of("2A"), "2A"),
        new Forme(TribunalId.class, TribunalId.of("tj-lille"), "tj-lille"),
        new Forme(GestionnaireId.class, GestionnaireId.parse("service-42").valeur().orElseThrow(), "service-42"));
  }

  @Test
  void chaqueTypeValeurSEcritEnTexteEtSeRelitDepuisUnTexte() throws Exception {
    ObjectMapper hote = hote();
    for (Forme f : formes()) {
      assertThat(hote.writeValueAsString(f.valeur())).as(f.type().getSimpleName()).isEqualTo('"' + f.texte() + '"');
      assertThat(hote.readValue('"' + f.texte() + '"', f.type())).as(f.type().getSimpleName()).isEqualTo(f.valeur());
    }
  }

  @Test
  void unTypeValeurRefuseUnObjetOuUnNombreEtUnTexteInvalide() {
    ObjectMapper hote = hote();
    for (Forme f : formes()) {
      String nom = f.type().getSimpleName();
      assertThatThrownBy(() -> hote.readValue("{\"valeur\":\"" + f.texte() + "\"}", f.type())).as(nom)
          .isInstanceOf(MismatchedInputException.class).hasMessageContaining(nom + " : un texte est attendu.");
      assertThatThrownBy(() -> hote.readValue("42", f.type())).as(nom)
          .isInstanceOf(MismatchedInputException.class).hasMessageContaining(nom + " : un texte est attendu.");
    }
    assertThatThrownBy(() -> hote.readValue("\"tj lille\"", TribunalId.class))
        .isInstanceOf(MismatchedInputException.class).hasMessageContaining("TribunalId : valeur invalide.")
        .hasMessageNotContaining("tj lille");
  }

  @Test
  void uneEnumerationDuDomaineSeLitParSonCodeUneEtrangereParSonNom() throws Exception {
    ObjectMapper hote = hote();
    assertThat(NatureMesure.CURATELLE_SIMPLE.code()).isNotEqualTo(NatureMesure.CURATELLE_SIMPLE.name());
    assertThat(hote.readValue("\"curatelle_simple\"", NatureMesure.class)).isEqualTo(NatureMesure.CURATELLE_SIMPLE);
    assertThat(hote.writeValueAsString(NatureMesure.CURATELLE_SIMPLE)).isEqualTo("\"curatelle_simple\"");
    assertThatThrownBy(() -> hote.readValue("\"CURATELLE_SIMPLE\"", NatureMesure.class))
        .isInstanceOf(MismatchedInputException.class);
    assertThatThrownBy(() -> hote.readValue("3", NatureMesure.class))
        .isInstanceOf(MismatchedInputException.class)
        .hasMessageContaining("NatureMesure : un code texte est attendu.");
    assertThat(hote.readValue("\"MONDAY\"", DayOfWeek.class)).isEqualTo(DayOfWeek.MONDAY);
  }
}
