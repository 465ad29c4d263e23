// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.examples.usages;

import fr.gouv.emjpm.domain.referentiel.CodeInsee;
import fr.gouv.emjpm.domain.referentiel.Referentiel;
import fr.gouv.emjpm.domain.referentiel.Siret;
import fr.gouv.emjpm.domain.tribunal.Tribunal;
import fr.gouv.emjpm.rules.EmjpmEngine;
import java.io.PrintWriter;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;

/**
 * Usage 1 : embarquer le moteur dans une application hôte. L'hôte fournit l'horloge (ici fixe : le
 * 31 décembre 2023 à 23 h 30 UTC, déjà le 1er janvier 2024 à Paris) et le référentiel embarqué ; le
 * moteur, immuable et thread-safe, se partage ensuite entre toutes les requêtes.
 *
 * <pre>{@code
 * EmjpmEngine engine = EmjpmEngine.builder()
 *     .clock(Clock.fixed(instant, EmjpmEngine.FUSEAU_PARIS))
 *     .referentiel(Referentiel.embarque())
 *     .build();
 * }</pre>
 */
public final class EmbarquerMoteur {

  /** Instant de l'horloge de l'hôte : encore 2023 en UTC, déjà 2024 à Paris. */
  public static final Instant INSTANT = Instant.parse("2023-12-31T23:30:00Z");

  /** SIRET du Tribunal judiciaire de Lille (référentiel embarqué). */
  public static final String SIRET_LILLE = "17590111500709";

  /**
   * Chiffres de l'exemple.
   *
   * @param aujourdhui date du jour selon le moteur (fuseau de Paris)
   * @param anneeEnCours année en cours selon le contexte des règles
   * @param communes communes du référentiel
   * @param departements départements du référentiel
   * @param regions régions du référentiel
   * @param tribunaux tribunaux du référentiel
   * @param tribunalLille nom du tribunal trouvé par son SIRET
   * @param communeRoubaix nom de la commune 59512
   */
  public record Resultats(
      LocalDate aujourdhui,
      int anneeEnCours,
      int communes,
      int departements,
      int regions,
      int tribunaux,
      String tribunalLille,
      String communeRoubaix) {}

  private EmbarquerMoteur() {}

  /** Construit le moteur, le décrit dans {@code out} et rend ses chiffres. */
  public static Resultats executer(PrintWriter out) {
    Referentiel referentiel = Referentiel.embarque();
    EmjpmEngine engine =
        EmjpmEngine.builder().clock(Clock.fixed(INSTANT, EmjpmEngine.FUSEAU_PARIS)).referentiel(referentiel).build();
    out.println("== Embarquer le moteur dans une application hôte");
    out.println("  Horloge de l'hôte : " + INSTANT + " (UTC) ; pour le moteur, nous sommes le "
        + engine.aujourdhui() + " à Paris.");
    out.println("  Référentiel embarqué (millésime " + referentiel.millesime() + ") : "
        + referentiel.communes().size() + " communes, " + referentiel.departements().size() + " départements, "
        + referentiel.regions().size() + " régions, " + referentiel.tribunaux().size() + " tribunaux.");
    Tribunal lille = engine.referentiel().tribunal(Siret.of(SIRET_LILLE)).orElseThrow();
    String roubaix = engine.referentiel().commune(CodeInsee.of("59512")).orElseThrow().nom();
    out.println("  SIRET " + SIRET_LILLE + " : " + lille.nom() + " ; commune 59512 : " + roubaix + ".");
    out.println("  Le même moteur sert toutes les requêtes : cycleDeVie(), validation(), disponibilites(),"
        + " statistiques(), recherche(), proximite().");
    return new Resultats(
        engine.aujourdhui(),
        engine.contexte().anneeEnCours(),
        referentiel.communes().size(),
        referentiel.departements().size(),
        referentiel.regions().size(),
        referentiel.tribunaux().size(),
        lille.nom(),
        roubaix);
  }

  /** Imprime le récit de l'exemple. */
  public static void main(String[] args) {
    Recit.imprimer(EmbarquerMoteur::executer);
  }
}
