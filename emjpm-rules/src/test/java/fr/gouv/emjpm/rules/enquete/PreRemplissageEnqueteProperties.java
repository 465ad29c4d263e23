// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.rules.enquete;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import fr.gouv.emjpm.domain.enquete.ReponseEnquete;
import fr.gouv.emjpm.domain.enquete.TypeEnquete;
import fr.gouv.emjpm.domain.enquete.ValeurReponse;
import fr.gouv.emjpm.domain.mesure.Mesure;
import fr.gouv.emjpm.testkit.Mesures;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Propriétés du pré-remplissage sur des mesures générées quelconques. */
class PreRemplissageEnqueteProperties {
  private static final String ACT = "enquete_reponses_activite";
  private static final String POP = "enquete_reponses_populations";
  private static final List<String> LIGNES = List.of("curatelle_renforcee_etablissement", "curatelle_renforcee_domicile",
      "curatelle_simple_etablissement", "curatelle_simple_domicile", "tutelle_etablissement", "tutelle_domicile",
      "accompagnement_judiciaire_etablissement", "accompagnement_judiciaire_domicile", "curatelle_biens_etablissement",
      "curatelle_biens_domicile", "curatelle_personne_etablissement", "curatelle_personne_domicile",
      "subroge_tuteur_createur", "sauvegarde_justice", "mandat_adhoc_majeur");
  private static final List<String> GROUPES = List.of("tutelle", "curatelle", "maj", "sauvegarde_justice", "autre_mesures");

  private static long n(ReponseEnquete r, String table, String cle) {
    return ((ValeurReponse.Entier) r.valeur(table, cle).orElseThrow()).valeur();
  }

  @Test
  void fluxEquilibresEtPersonnesCoherentes() {
    qt().withExamples(60).withShrinkCycles(0).forAll(longs().all(), integers().between(2015, 2024)).checkAssert((graine, annee) -> {
      List<Mesure> ms = Mesures.generateur().datesEntre(LocalDate.of(2008, 1, 1), LocalDate.of(2024, 12, 31))
          .liste(graine, 80);
      for (TypeEnquete type : TypeEnquete.values()) {
        ReponseEnquete r = PreRemplissageEnquete.preRemplir(type, annee, ms, Optional.empty(),
            BaremesRevenus.vide().avec(annee - 1, java.math.BigDecimal.TEN, java.math.BigDecimal.ONE)).valeur().orElseThrow();
        long finTotal = 0;
        for (String l : LIGNES) {
          long fin = n(r, ACT, l + "_fin_annee");
          assertThat(n(r, ACT, l + "_debut_annee") + n(r, ACT, l + "_mesures_nouvelles") - n(r, ACT, l + "_sortie_mesures"))
              .as("%s %s", type, l).isEqualTo(fin);
          finTotal += fin;
        }
        long personnes = 0;
        for (String g : GROUPES) {
          long ages = 0;
          for (String a : List.of("inf_25_ans", "25_39_ans", "40_59_ans", "60_74_ans", "sup_75_ans")) {
            ages += n(r, POP, g + "_age_" + a + "_femme") + n(r, POP, g + "_age_" + a + "_homme");
          }
          long anciennetes = 0;
          for (String a : List.of("inf_1_an", "1_3_ans", "3_5_ans", "5_10_ans", "sup_10_ans")) {
            anciennetes += n(r, POP, g + "_anciennete_" + a);
          }
          // les mesures générées ont toutes civilité et année de naissance : âges et anciennetés comptent les mêmes personnes
          assertThat(ages).as("%s %s", type, g).isEqualTo(anciennetes);
          personnes += ages;
        }
        // personnes au 31/12 ≥ mesures comptées au 31/12 dans l'activité (mandat de protection future : sans ligne d'activité ; lieu absent : hors lignes par lieu)
        assertThat(personnes).isGreaterThanOrEqualTo(finTotal);
      }
    });
  }
}
