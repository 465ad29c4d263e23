// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.gouv.emjpm.domain.gestionnaire.GestionnaireId;
import fr.gouv.emjpm.domain.mesure.Mesure;
import fr.gouv.emjpm.testkit.Mesures;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Partie enquête seule ; son appel par {@code emjpm demo} est vérifié par {@link DemoCommandeTest}. */
class DemoEnqueteTest {

  static final GestionnaireId PREPOSE = GestionnaireId.prepose(3);
  static final List<Mesure> MESURES = Mesures.generateur().gestionnaire(PREPOSE)
      .datesEntre(LocalDate.of(2008, 1, 1), LocalDate.of(2022, 12, 31)).ressourcesAuPlus(3).liste(2021, 300);

  private static String sortie() {
    StringWriter s = new StringWriter();
    PrintWriter out = new PrintWriter(s);
    DemoEnquete.afficher(out, PREPOSE, "SIMON Camille", MESURES);
    out.flush();
    return s.toString();
  }

  @Test
  void partieEnqueteDeLaDemo() {
    String s = sortie();
    assertThat(s).contains("== Enquête 2021 (activité 2020) : prepose-3 (SIMON Camille), pré-remplie depuis ses 300 mesures");
    assertThat(s).contains("statut de la réponse (vide / valide / invalide / partiel, chaque section agrégeant ses étapes) : ",
        "\n    Votre activité en 2020 : ", "\n    Populations : ", "\n      Curatelle renforcée : ");
    assertThat(s).doesNotContain("enquete.md", "§", "global ", ": valid\n", ": invalid\n", ": empty");
    Matcher flux = Pattern.compile("activité, toutes lignes : (\\d+) au 1er janvier, \\+(\\d+) nouvelles, -(\\d+) sorties, (\\d+) au 31 décembre").matcher(s);
    assertThat(flux.find()).isTrue();
    long debut = Long.parseLong(flux.group(1));
    long fin = Long.parseLong(flux.group(4));
    assertThat(debut + Long.parseLong(flux.group(2)) - Long.parseLong(flux.group(3))).isEqualTo(fin);
    assertThat(fin).isPositive();
    Matcher relus = Pattern.compile("puis relu : (\\d+)/(\\d+) champs relus égaux").matcher(s);
    assertThat(relus.find()).as(s).isTrue();
    int egaux = Integer.parseInt(relus.group(1));
    int preRemplis = Integer.parseInt(relus.group(2));
    assertThat(preRemplis).isGreaterThan(100);
    assertThat(egaux).isEqualTo(preRemplis);
    // déterministe : graine fixe
    assertThat(sortie()).isEqualTo(s);
  }

  @Test
  void seulUnPreposeRemplitCetteEnquete() {
    assertThatThrownBy(() -> DemoEnquete.afficher(new PrintWriter(new StringWriter()), GestionnaireId.individuel(1), "X",
        MESURES)).isInstanceOf(IllegalArgumentException.class);
  }
}
