// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.examples.usages;

import static org.quicktheories.QuickTheory.qt;

import fr.gouv.emjpm.domain.mesure.Mesure;
import fr.gouv.emjpm.domain.mesure.MesureEtat;
import fr.gouv.emjpm.domain.mesure.NumeroRg;
import fr.gouv.emjpm.domain.referentiel.CodeDepartement;
import fr.gouv.emjpm.domain.referentiel.CodePostal;
import fr.gouv.emjpm.domain.referentiel.Siret;
import fr.gouv.emjpm.domain.service.Antenne;
import fr.gouv.emjpm.domain.service.ServiceMandataire;
import fr.gouv.emjpm.testkit.CodesPostaux;
import fr.gouv.emjpm.testkit.Mesures;
import fr.gouv.emjpm.testkit.NumerosRg;
import fr.gouv.emjpm.testkit.Services;
import fr.gouv.emjpm.testkit.Sirets;
import fr.gouv.emjpm.testkit.quicktheories.EmjpmGen;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Usage 7 : vérifier des propriétés du domaine avec les générateurs d'emjpm-testkit, de deux façons.
 *
 * <ul>
 *   <li>depuis QuickTheories : {@code qt().withFixedSeed(graine).forAll(EmjpmGen.depuis(...)).check(...)} ;
 *       la graine fixe rend l'exécution reproductible, un échec est réduit puis signalé ;
 *   <li>depuis JUnit simple, sans bibliothèque de propriétés : {@code generateur.liste(graine, n)} rend
 *       {@code n} valeurs, toujours les mêmes pour une même graine, à parcourir dans une boucle.
 * </ul>
 *
 * Une propriété volontairement fausse (« toute saisie de RG est valide ») montre le contre-exemple
 * trouvé par QuickTheories.
 */
public final class VerificationsProprietes {

  /** Graine par défaut. */
  public static final long GRAINE = 20_260_315L;

  /** Nombre d'exemples par défaut. */
  public static final int EXEMPLES = 300;

  /**
   * Chiffres de l'exemple.
   *
   * @param mesuresQuickTheories mesures en cours vérifiées par QuickTheories (états à dates croissantes)
   * @param saisiesQuickTheories saisies de RG vérifiées par QuickTheories (normalisation idempotente)
   * @param siretsJUnit SIRET vérifiés en boucle simple (clé correcte, et fausse une fois dégradée)
   * @param codesPostauxJUnit codes postaux du Nord vérifiés en boucle simple (département 59)
   * @param servicesJUnit services vérifiés en boucle simple (Σ antennes ≤ capacité du service)
   * @param reproductible même graine, mêmes mesures
   * @param proprieteFausseRefutee QuickTheories a réfuté la propriété volontairement fausse
   * @param contreExemple la saisie de RG falsifiante rapportée par QuickTheories (vide si aucune)
   */
  public record Resultats(
      int mesuresQuickTheories,
      int saisiesQuickTheories,
      int siretsJUnit,
      int codesPostauxJUnit,
      int servicesJUnit,
      boolean reproductible,
      boolean proprieteFausseRefutee,
      String contreExemple) {}

  private VerificationsProprietes() {}

  /** États d'une mesure à dates strictement croissantes, et date de protection en cours renseignée. */
  public static boolean etatsCroissants(Mesure m) {
    List<MesureEtat> etats = m.etats();
    for (int i = 1; i < etats.size(); i++) {
      if (!etats.get(i - 1).dateChangementEtat().isBefore(etats.get(i).dateChangementEtat())) {
        return false;
      }
    }
    return !etats.isEmpty() && m.dateProtectionEnCours().isPresent();
  }

  /** La normalisation d'un numéro RG est idempotente. */
  public static boolean normalisationIdempotente(String saisie) {
    String une = NumeroRg.normaliser(saisie);
    return NumeroRg.normaliser(une).equals(une);
  }

  /** La somme des capacités des antennes ne dépasse pas celle du service. */
  public static boolean antennesDansLaCapacite(ServiceMandataire s) {
    return s.antennes().stream().mapToInt(Antenne::mesuresMax).sum() <= s.dispoMax();
  }

  /** Vérifie les propriétés avec {@code exemples} valeurs tirées de {@code graine} et rend les chiffres. */
  public static Resultats executer(long graine, int exemples, PrintWriter out) {
    out.println("== Vérifications de propriétés avec emjpm-testkit (graine " + graine + ", " + exemples + " exemples)");

    // 1. QuickTheories : Gen du testkit, graine fixe.
    AtomicInteger mesures = new AtomicInteger();
    qt().withFixedSeed(graine).withExamples(exemples)
        .forAll(EmjpmGen.depuis(Mesures.enCours().nombreEtats(1, 4)))
        .check(m -> {
          mesures.incrementAndGet();
          return etatsCroissants(m);
        });
    AtomicInteger saisies = new AtomicInteger();
    qt().withFixedSeed(graine).withExamples(exemples)
        .forAll(EmjpmGen.saisiesRg())
        .check(s -> {
          saisies.incrementAndGet();
          return normalisationIdempotente(s);
        });
    out.println("  QuickTheories : " + mesures.get() + " mesures en cours à états croissants, "
        + saisies.get() + " saisies de RG à normalisation idempotente");

    // 2. JUnit simple : une boucle sur generateur.liste(graine, n).
    int sirets = 0;
    for (Siret s : Sirets.valides().liste(graine, exemples)) {
      if (!s.cleValide()) {
        throw new AssertionError("SIRET à clé fausse : " + s.valeur());
      }
      sirets++;
    }
    for (Siret s : Sirets.avecCleInvalide().liste(graine, exemples)) {
      if (s.cleValide()) {
        throw new AssertionError("SIRET dégradé à clé correcte : " + s.valeur());
      }
    }
    CodeDepartement nord = CodeDepartement.of("59");
    int codesPostaux = 0;
    for (CodePostal cp : CodesPostaux.duDepartement(nord).liste(graine, exemples)) {
      if (!cp.departement().equals(nord)) {
        throw new AssertionError("Code postal hors du Nord : " + cp.valeur());
      }
      codesPostaux++;
    }
    int services = 0;
    for (ServiceMandataire s : Services.avecAntennes(3).dispoMax(0, 200).liste(graine, exemples)) {
      if (!antennesDansLaCapacite(s)) {
        throw new AssertionError("Antennes au-delà de la capacité : " + s.id());
      }
      services++;
    }
    boolean reproductible = Mesures.generateur().liste(graine, 20).equals(Mesures.generateur().liste(graine, 20));
    out.println("  JUnit simple : " + sirets + " SIRET (clé correcte, fausse une fois dégradée), " + codesPostaux
        + " codes postaux du Nord, " + services + " services à 3 antennes ; même graine, mêmes mesures : "
        + (reproductible ? "oui" : "non"));

    // 3. Une propriété fausse : QuickTheories trouve et réduit un contre-exemple.
    String contreExemple = "";
    boolean falsifiee = false;
    try {
      qt().withFixedSeed(graine).withExamples(exemples).forAll(EmjpmGen.depuis(NumerosRg.saisies()))
          .check(NumeroRg::estValide);
    } catch (AssertionError e) {
      falsifiee = true;
      contreExemple = valeurFalsifiante(e.getMessage() == null ? "" : e.getMessage());
    }
    out.println("  Propriété fausse « toute saisie de RG est valide » : " + (falsifiee
        ? "contre-exemple trouvé, « " + contreExemple + " » (" + NumeroRg.parse(contreExemple).rapport().codes() + ")"
        : "aucun contre-exemple (inattendu)"));
    return new Resultats(mesures.get(), saisies.get(), sirets, codesPostaux, services, reproductible, falsifiee,
        contreExemple);
  }

  /** La valeur qui suit « Smallest found falsifying value(s) » dans le message de QuickTheories. */
  private static String valeurFalsifiante(String message) {
    List<String> lignes = message.lines().toList();
    for (int i = 0; i + 1 < lignes.size(); i++) {
      if (lignes.get(i).startsWith("Smallest found falsifying value")) {
        return lignes.get(i + 1);
      }
    }
    return message;
  }

  /** Imprime le récit de l'exemple (graine et nombre d'exemples par défaut). */
  public static void main(String[] args) {
    Recit.imprimer(out -> executer(GRAINE, EXEMPLES, out));
  }
}
