// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.testkit;

import static org.quicktheories.QuickTheory.qt;

import fr.gouv.emjpm.domain.commun.Resultat;
import fr.gouv.emjpm.domain.gestionnaire.GestionnaireId;
import fr.gouv.emjpm.domain.listeblanche.TypeListeBlanche;
import fr.gouv.emjpm.domain.mesure.CauseSortie;
import fr.gouv.emjpm.domain.mesure.ChampMesure;
import fr.gouv.emjpm.domain.mesure.Civilite;
import fr.gouv.emjpm.domain.mesure.LieuVie;
import fr.gouv.emjpm.domain.mesure.NatureMesure;
import fr.gouv.emjpm.domain.mesure.NumeroRg;
import fr.gouv.emjpm.domain.mesure.Pays;
import fr.gouv.emjpm.domain.mesure.PrestationSociale;
import fr.gouv.emjpm.domain.mesure.ResultatRevision;
import fr.gouv.emjpm.domain.mesure.StatutMesure;
import fr.gouv.emjpm.domain.mesure.TypeEtablissement;
import fr.gouv.emjpm.domain.referentiel.CodeDepartement;
import fr.gouv.emjpm.domain.referentiel.CodeInsee;
import fr.gouv.emjpm.domain.referentiel.CodePostal;
import fr.gouv.emjpm.domain.referentiel.Siret;
import fr.gouv.emjpm.testkit.quicktheories.EmjpmGen;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** Aucune analyse de texte non fiable ne lève d'exception : toute entrée donne un Resultat ou un Optional. */
class ParseProperties {

  private static final List<Function<String, Resultat<?>>> PARSES =
      List.of(NumeroRg::parse, Siret::parse, CodePostal::parse, CodePostal::departementDe, CodeInsee::parse,
          CodeDepartement::parse, GestionnaireId::parse);

  @Test
  void parseNeLeveJamaisDException() {
    qt().withExamples(3000).forAll(EmjpmGen.textesArbitraires())
        .check(s -> PARSES.stream().allMatch(p -> {
          Resultat<?> r = p.apply(s);
          return r.estSucces() || !r.violations().isEmpty();
        }));
  }

  @Test
  void unEchecNeContientPasLeTexteAnalyse() {
    qt().withExamples(1000).forAll(EmjpmGen.textesArbitraires())
        .assuming(s -> s.length() >= 3)
        .check(s -> PARSES.stream().map(p -> p.apply(s)).flatMap(r -> r.violations().stream())
            .noneMatch(v -> v.message().contains(s) || v.arguments().containsValue(s)));
  }

  @Test
  void parCodeNeLeveJamaisDException() {
    qt().withExamples(2000).forAll(EmjpmGen.textesArbitraires())
        .check(s -> {
          StatutMesure.parCode(s);
          NatureMesure.parCode(s);
          ChampMesure.parCode(s);
          LieuVie.parCode(s);
          TypeEtablissement.parCode(s);
          CauseSortie.parCode(s);
          ResultatRevision.parCode(s);
          Civilite.parCode(s);
          PrestationSociale.parCode(s);
          Pays.parCode(s);
          TypeListeBlanche.parCode(s);
          return true;
        });
  }

  @Test
  void lesCodesPostauxGeneresDonnentUnDepartement() {
    qt().forAll(EmjpmGen.codesPostaux())
        .check(cp -> CodePostal.departementDe(cp.valeur()).estSucces());
  }

  @Test
  void lesSiretsGeneresOntUneCleValide() {
    qt().forAll(EmjpmGen.sirets()).check(s -> Siret.parse(s.valeur()).estSucces() && s.cleValide());
  }
}
