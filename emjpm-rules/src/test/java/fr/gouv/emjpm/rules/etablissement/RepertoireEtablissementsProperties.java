// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.rules.etablissement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import fr.gouv.emjpm.domain.etablissement.Etablissement;
import fr.gouv.emjpm.domain.etablissement.NumeroFiness;
import fr.gouv.emjpm.domain.referentiel.CodeDepartement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Recherches par numéro et par département comparées à un filtre brut sur la liste donnée. */
class RepertoireEtablissementsProperties {

  private static final List<String> DEPARTEMENTS = List.of("01", "2A", "59", "971", "976");

  private static Etablissement etab(int code) {
    int numero = code / 10;
    String dep = DEPARTEMENTS.get(code % DEPARTEMENTS.size());
    return Etablissement.builder().numeroFiness(NumeroFiness.of(String.format(Locale.ROOT, "01%07d", numero)))
        .raisonSociale("E" + code).departement(CodeDepartement.of(dep)).build();
  }

  @Test
  void par_numero_et_par_departement_comme_le_filtre_brut() {
    qt().withExamples(500)
        .forAll(lists().of(integers().between(0, 300)).ofSizeBetween(0, 60))
        .checkAssert(codes -> {
          List<Etablissement> liste = codes.stream().map(RepertoireEtablissementsProperties::etab).toList();
          RepertoireEtablissements rep = RepertoireEtablissements.de(liste);
          // brut : pour chaque numéro, la dernière occurrence, à la place de la première
          List<Etablissement> dedup = new ArrayList<>();
          for (Etablissement e : liste) {
            int i = -1;
            for (int k = 0; k < dedup.size(); k++) {
              if (dedup.get(k).numeroFiness().equals(e.numeroFiness())) {
                i = k;
              }
            }
            if (i < 0) {
              dedup.add(e);
            } else {
              dedup.set(i, e);
            }
          }
          assertThat(rep.taille()).isEqualTo(dedup.size());
          for (String d : DEPARTEMENTS) {
            CodeDepartement c = CodeDepartement.of(d);
            assertThat(rep.parDepartement(c)).containsExactlyElementsOf(
                dedup.stream().filter(e -> e.departement().equals(c)).toList());
          }
          for (Etablissement e : liste) {
            Optional<Etablissement> dernier = liste.stream()
                .filter(x -> x.numeroFiness().equals(e.numeroFiness())).reduce((a, b) -> b);
            assertThat(rep.parNumero(e.numeroFiness())).isEqualTo(dernier);
          }
        });
  }
}
