// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.testkit.quicktheories;

import fr.gouv.emjpm.domain.mandataire.Mandataire;
import fr.gouv.emjpm.domain.mesure.Mesure;
import fr.gouv.emjpm.domain.mesure.MesureEtat;
import fr.gouv.emjpm.domain.mesure.NumeroRg;
import fr.gouv.emjpm.domain.referentiel.CodeDepartement;
import fr.gouv.emjpm.domain.referentiel.CodePostal;
import fr.gouv.emjpm.domain.referentiel.Siret;
import fr.gouv.emjpm.domain.service.ServiceMandataire;
import fr.gouv.emjpm.testkit.CodesPostaux;
import fr.gouv.emjpm.testkit.Departements;
import fr.gouv.emjpm.testkit.Generateur;
import fr.gouv.emjpm.testkit.Mandataires;
import fr.gouv.emjpm.testkit.Mesures;
import fr.gouv.emjpm.testkit.NumerosRg;
import fr.gouv.emjpm.testkit.Services;
import fr.gouv.emjpm.testkit.Sirets;
import java.util.List;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.SourceDSL;

/**
 * Adaptateurs QuickTheories des générateurs du testkit : chaque {@link Gen} tire une graine puis
 * délègue au {@link Generateur} Java pur correspondant (la réduction porte donc sur la graine, pas sur
 * la structure). Exemple :
 *
 * <pre>{@code
 * qt().forAll(EmjpmGen.mesures()).check(m -> m.etats().size() <= 4);
 * qt().forAll(EmjpmGen.depuis(Mesures.enCours().nombreEtats(3))).check(...);
 * }</pre>
 */
public final class EmjpmGen {

  private EmjpmGen() {}

  /**
   * {@link Gen} qui délègue à un générateur du testkit.
   *
   * @param generateur générateur du testkit, appelé avec une graine tirée par QuickTheories
   * @return {@link Gen} dont la réduction porte sur la graine
   * @param <T> type des valeurs produites
   */
  public static <T> Gen<T> depuis(Generateur<T> generateur) {
    return SourceDSL.longs().all().map(generateur::generer);
  }

  /**
   * Mesures valides de tout statut.
   *
   * @return mesures valides de tout statut
   */
  public static Gen<Mesure> mesures() {
    return depuis(Mesures.generateur());
  }

  /**
   * Suites d'états à dates distinctes croissantes.
   *
   * @return suites d'états à dates distinctes croissantes
   */
  public static Gen<List<MesureEtat>> etats() {
    return depuis(Mesures.etats());
  }

  /**
   * Mandataires individuels valides.
   *
   * @return mandataires individuels valides
   */
  public static Gen<Mandataire> mandatairesIndividuels() {
    return depuis(Mandataires.individuels());
  }

  /**
   * Mandataires préposés valides.
   *
   * @return mandataires préposés valides
   */
  public static Gen<Mandataire> mandatairesPreposes() {
    return depuis(Mandataires.preposes());
  }

  /**
   * Services mandataires valides.
   *
   * @return services mandataires valides
   */
  public static Gen<ServiceMandataire> services() {
    return depuis(Services.generateur());
  }

  /**
   * Numéros RG normalisés.
   *
   * @return numéros RG normalisés
   */
  public static Gen<NumeroRg> numerosRg() {
    return depuis(NumerosRg.valides());
  }

  /**
   * Saisies de numéros RG à normaliser.
   *
   * @return saisies de numéros RG à normaliser
   */
  public static Gen<String> saisiesRg() {
    return depuis(NumerosRg.saisies());
  }

  /**
   * Codes postaux bien formés (métropole, Corse, outre-mer).
   *
   * @return codes postaux bien formés (métropole, Corse, outre-mer)
   */
  public static Gen<CodePostal> codesPostaux() {
    return depuis(CodesPostaux.tous());
  }

  /**
   * Codes de département existants.
   *
   * @return codes de département existants
   */
  public static Gen<CodeDepartement> codesDepartement() {
    return depuis(Departements.codes());
  }

  /**
   * SIRET à clé correcte.
   *
   * @return SIRET à clé correcte
   */
  public static Gen<Siret> sirets() {
    return depuis(Sirets.valides());
  }

  /**
   * Textes quelconques : chaînes Unicode de QuickTheories (tous points de code) mêlées aux textes
   * hostiles du testkit ({@link fr.gouv.emjpm.testkit.Textes#arbitraires}), et {@code null} exclu.
   *
   * @return textes quelconques : chaînes Unicode de QuickTheories (tous points de code) mêlées aux textes hostiles du testkit ({@link fr.gouv.emjpm.testkit.Textes#arbitraires}), et {@code null} exclu
   */
  public static Gen<String> textesArbitraires() {
    return SourceDSL.strings().allPossible().ofLengthBetween(0, 24)
        .mix(depuis(fr.gouv.emjpm.testkit.Textes.arbitraires(0, 24)))
        .mix(saisiesRg());
  }
}
