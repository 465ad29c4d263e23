// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.testkit;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import fr.gouv.emjpm.domain.commun.CodeDomaine;
import fr.gouv.emjpm.domain.commun.Resultat;
import fr.gouv.emjpm.domain.commun.Violation;
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
import java.util.Arrays;
import java.util.List;
import java.util.Map;
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
            .noneMatch(v -> fuite(v, s)));
  }

  @Test
  void unTexteQuiFigureDejaDansLeLibelleFixeNEstPasUneFuite() {
    // « ffr » figure dans « chiffres » : le libellé fixe le contient, le message n'en contient pas davantage
    Violation echec = Siret.parse("ffr").violations().get(0);
    assertTrue(echec.message().contains("ffr"), echec.message());
    assertFalse(fuite(echec, "ffr"));
    // un message qui recopierait l'entrée en plus de son libellé fixe est bien une fuite
    Violation recopiee = new Violation(echec.code(), echec.gravite(), echec.chemin(),
        echec.message() + " (ffr)", echec.arguments());
    assertTrue(fuite(recopiee, "ffr"));
    assertTrue(fuite(Violation.de(CodeDomaine.SIRET_INVALIDE, "", Map.of("valeur", "ffr")), "ffr"));
  }

  /**
   * Le texte analysé fuit-il dans la violation ? Il peut figurer par hasard dans le libellé fixe du code (« air »
   * dans « caractères », « ffr » dans « chiffres ») : il fuit s'il est un argument ou s'il apparaît dans le
   * message plus souvent que dans ce libellé rendu sans argument.
   */
  private static boolean fuite(Violation v, String texte) {
    return v.arguments().containsValue(texte)
        || occurrences(v.message(), texte) > occurrences(libelleFixe(v.code()), texte);
  }

  /** Message du code rendu sans argument, indépendant de toute entrée ; vide pour un code inconnu. */
  private static String libelleFixe(String code) {
    return Arrays.stream(CodeDomaine.values()).filter(c -> c.code().equals(code)).findFirst()
        .map(c -> Violation.rendre(c.modele(), Map.of())).orElse("");
  }

  private static int occurrences(String texte, String motif) {
    int n = 0;
    for (int i = texte.indexOf(motif); i >= 0; i = texte.indexOf(motif, i + 1)) {
      n++;
    }
    return n;
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
