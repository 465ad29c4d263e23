// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.rules.parametres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.gouv.emjpm.domain.commun.Parametres;
import fr.gouv.emjpm.domain.commun.ParametresInvalides;
import fr.gouv.emjpm.domain.commun.Resultat;
import fr.gouv.emjpm.domain.commun.Violation;
import fr.gouv.emjpm.domain.gestionnaire.GestionnaireId;
import fr.gouv.emjpm.domain.tribunal.TribunalId;
import fr.gouv.emjpm.rules.disponibilite.FicheGestionnaire;
import fr.gouv.emjpm.rules.proximite.IndexProximite;
import fr.gouv.emjpm.rules.proximite.Position;
import fr.gouv.emjpm.rules.proximite.RequeteProximite;
import fr.gouv.emjpm.rules.recherche.CritereRecherche;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Paramètres d'un hôte qui relaie une requête HTTP : une mauvaise valeur devient un {@link Resultat}
 * en échec (codes stables, messages français, toutes les violations), jamais une exception ; un
 * argument {@code null} reste une erreur de programmation qui nomme le paramètre.
 */
class ParametresHoteTest {

  private static final TribunalId TRIBUNAL = TribunalId.of("1");

  @Test
  void pageZeroEtTailleHorsBornesRendentDeuxViolations() {
    Resultat<CritereRecherche> r = Parametres.construire(
        () -> CritereRecherche.builder().tribunal(TRIBUNAL).departementTribunal(fr.gouv.emjpm.domain.referentiel.CodeDepartement.of("59")).page(0).taillePage(5000).build());
    assertThat(r.estSucces()).isFalse();
    assertThat(r.violations()).extracting(Violation::code).containsExactly("PAGE_INVALIDE", "TAILLE_PAGE_INVALIDE");
    assertThat(r.violations()).extracting(Violation::chemin).containsExactly("page", "taillePage");
    assertThat(r.violations()).extracting(Violation::message).containsExactly(
        "Le numéro de page doit être supérieur ou égal à 1.", "La taille de page doit être comprise entre 1 et 1000.");
    assertThat(Parametres.construire(() -> CritereRecherche.builder().tribunal(TRIBUNAL).departementTribunal(fr.gouv.emjpm.domain.referentiel.CodeDepartement.of("59")).page(3).build())
        .valeurOuErreur().page()).isEqualTo(3);
  }

  @Test
  void rayonNegatifOuNaNEtNombreNegatif() {
    for (double rayon : new double[] {-1, Double.NaN, Double.NEGATIVE_INFINITY}) {
      Resultat<RequeteProximite> r = Parametres.construire(
          () -> RequeteProximite.builder().rayonKm(rayon).nombreMax(-2).build());
      assertThat(r.violations()).as("rayon %s", rayon).extracting(Violation::code)
          .containsExactly("RAYON_INVALIDE", "NOMBRE_INVALIDE");
    }
    IndexProximite<String> index = IndexProximite.construire(List.of("a"), s -> java.util.Optional.of(Position.of(50, 3)));
    assertThat(Parametres.construire(() -> index.plusProches(Position.of(50, 3), -1, -5, s -> true)).violations())
        .extracting(Violation::code).containsExactly("NOMBRE_INVALIDE", "RAYON_INVALIDE");
    // appel direct : l'exception porte les mêmes violations
    assertThatThrownBy(() -> index.plusProches(Position.of(50, 3), -1))
        .isInstanceOf(ParametresInvalides.class)
        .satisfies(e -> assertThat(((ParametresInvalides) e).violations()).extracting(Violation::code)
            .containsExactly("NOMBRE_INVALIDE"));
  }

  @Test
  void unBuilderIncompletNommeChaqueChampAbsentEnFrancais() {
    Resultat<FicheGestionnaire> r = Parametres.construire(() -> FicheGestionnaire.builder().mesuresMax(3).build());
    assertThat(r.violations()).extracting(Violation::code).containsOnly("PARAMETRE_ABSENT");
    assertThat(r.violations()).extracting(Violation::chemin).contains("id", "nom");
    assertThat(r.violations()).extracting(Violation::message).contains("Le paramètre id est obligatoire.");
    assertThat(r.violations().toString()).doesNotContain("Cannot build");
    // invariant du domaine : message français repris
    Resultat<FicheGestionnaire> negatif = Parametres.construire(() -> FicheGestionnaire.builder()
        .id(GestionnaireId.individuel(1)).nom("X").mesuresMax(-1).build());
    assertThat(negatif.violations()).extracting(Violation::code).containsExactly("PARAMETRE_INVALIDE");
    assertThat(negatif.violations().get(0).message()).startsWith("Paramètre invalide : ").doesNotContain("Cannot");
  }

  @Test
  void unArgumentNullResteUneErreurDeProgrammationNommee() {
    assertThatThrownBy(() -> Parametres.construire(() -> CritereRecherche.builder().tribunal(null).build()))
        .isInstanceOf(NullPointerException.class).hasMessageContaining("tribunal");
    assertThatThrownBy(() -> Parametres.construire(null)).isInstanceOf(NullPointerException.class)
        .hasMessage("construction");
  }
}
