// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.spring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.gouv.emjpm.domain.gestionnaire.GestionnaireId;
import fr.gouv.emjpm.domain.mesure.NatureMesure;
import fr.gouv.emjpm.domain.mesure.NumeroRg;
import fr.gouv.emjpm.domain.referentiel.CodePostal;
import org.junit.jupiter.api.Test;
import org.springframework.core.convert.ConversionFailedException;
import org.springframework.core.convert.support.DefaultConversionService;

/** Les convertisseurs dans un vrai service de conversion Spring, comme Spring MVC les appelle. */
class ConvertisseursEmjpmTest {

  private final DefaultConversionService conversion = service();

  private static DefaultConversionService service() {
    DefaultConversionService s = new DefaultConversionService();
    s.addConverter(new ConvertisseursEmjpm.GestionnaireIdConverter());
    s.addConverter(new ConvertisseursEmjpm.NumeroRgConverter());
    s.addConverter(new ConvertisseursEmjpm.CodePostalConverter());
    s.addConverter(new ConvertisseursEmjpm.CodeMetierConverter());
    return s;
  }

  @Test
  void valeursBienFormees() {
    assertThat(conversion.convert("service-3", GestionnaireId.class)).isEqualTo(GestionnaireId.service(3));
    assertThat(conversion.convert("individuel-12", GestionnaireId.class)).isEqualTo(GestionnaireId.individuel(12));
    assertThat(conversion.convert("21/00167", NumeroRg.class)).isEqualTo(NumeroRg.normalise("21/00167"));
    assertThat(conversion.convert("59000", CodePostal.class)).isEqualTo(CodePostal.of("59000"));
    assertThat(conversion.convert("curatelle_renforcee", NatureMesure.class)).isEqualTo(NatureMesure.CURATELLE_RENFORCEE);
  }

  @Test
  void unIdentifiantMalFormeEstUnRefusAvecLeCodeDeLaBibliotheque() {
    assertThatThrownBy(() -> conversion.convert("service-x", GestionnaireId.class))
        .isInstanceOf(ConversionFailedException.class)
        .cause().isInstanceOfSatisfying(RefusException.class, r -> {
          assertThat(r.statut()).isEqualTo(400);
          assertThat(r.violations()).extracting(v -> v.code()).containsExactly("GESTIONNAIRE_ID_INVALIDE");
        });
    assertThatThrownBy(() -> conversion.convert("5900", CodePostal.class))
        .cause().isInstanceOfSatisfying(RefusException.class,
            r -> assertThat(r.violations()).extracting(v -> v.code()).containsExactly("CODE_POSTAL_INVALIDE"));
  }

  @Test
  void unNumeroRgEstNormaliseCommeALaSaisieDeLOriginal() {
    assertThat(conversion.convert("ab#12", NumeroRg.class)).isEqualTo(new NumeroRg("0000AB12"));
    assertThat(conversion.convert(" 21b 00168 ", NumeroRg.class)).isEqualTo(new NumeroRg("21B00168"));
  }

  @Test
  void uneEnumerationSeLitParSonCodeStockeJamaisParLeNomJava() {
    assertThatThrownBy(() -> conversion.convert("CURATELLE_RENFORCEE", NatureMesure.class))
        .cause().isInstanceOfSatisfying(RefusException.class, r -> {
          assertThat(r.violations()).extracting(v -> v.code()).containsExactly("CODE_INCONNU");
          assertThat(r.violations().get(0).message()).contains("NatureMesure").doesNotContain("CURATELLE_RENFORCEE");
        });
    assertThatThrownBy(() -> conversion.convert("<script>", NatureMesure.class))
        .cause().isInstanceOfSatisfying(RefusException.class,
            r -> assertThat(r.violations().get(0).message()).doesNotContain("<script>"));
    assertThat(conversion.convert("tutelle", NatureMesure.class)).isEqualTo(NatureMesure.TUTELLE);
  }
}
