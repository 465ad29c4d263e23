// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.rules.cyclevie;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import fr.gouv.emjpm.domain.commun.Resultat;
import fr.gouv.emjpm.domain.gestionnaire.GestionnaireId;
import fr.gouv.emjpm.domain.mesure.Mesure;
import fr.gouv.emjpm.rules.ContexteRegles;
import fr.gouv.emjpm.rules.validation.Localisation;
import fr.gouv.emjpm.rules.validation.SaisieMesure;
import fr.gouv.emjpm.rules.validation.SaisiesVariees;
import fr.gouv.emjpm.testkit.Generateur;
import fr.gouv.emjpm.testkit.Mesures;
import fr.gouv.emjpm.testkit.quicktheories.EmjpmGen;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * L'enregistrement réécrit pour le coût par ligne (issue 18 : chemin d'un seul état sans table ni copie,
 * champs courants tirés des valeurs déjà gardées, ville et code postal sans copie) rend exactement le
 * résultat de l'enregistrement d'avant ({@link EnregistrementAvant}, copie gardée en oracle) : même
 * mesure champ à champ, mêmes effets, mêmes violations, ou la même exception ; pour toutes les
 * provenances, avec ou sans logiciel métier, avec ou sans mesure existante (du même gestionnaire ou non).
 */
class EnregistrementAvantApresProperties {

  private static final ContexteRegles CTX = Jeux.ctx("2023-06-15T10:00:00Z");
  private static final GestionnaireId SERVICE = GestionnaireId.service(7);

  /** Une saisie, qui l'écrit, d'où, et la mesure existante que le port rend pour toute clé. */
  record Cas(SaisieMesure saisie, GestionnaireId gestionnaire, Optional<Long> editeur, Provenance provenance,
      Optional<Mesure> existante) {}

  private static final Generateur<SaisieMesure> SAISIES = SaisiesVariees.saisies(CTX)::apply;

  private static final Generateur<Cas> CAS = alea -> {
    SaisieMesure s = SAISIES.generer(alea);
    GestionnaireId g = alea.nextBoolean() ? Jeux.GESTIONNAIRE : SERVICE;
    Optional<Mesure> existante = Optional.empty();
    if (alea.nextBoolean()) {
      Mesure m = Mesures.generateur().gestionnaire(alea.nextBoolean() ? g : Jeux.GESTIONNAIRE)
          .tribunal(Localisation.tribunal(SaisiesVariees.BOURG, CTX).orElseThrow())
          .datesEntre(LocalDate.of(2000, 1, 1), LocalDate.of(2023, 1, 1)).generer(alea);
      if (m.gestionnaire().equals(SERVICE) && alea.nextBoolean()) {
        m = m.withAntenneId(5L);
      }
      existante = Optional.of(m.withUrgent(alea.nextBoolean()));
    }
    Provenance p = Provenance.values()[alea.nextInt(Provenance.values().length)];
    return new Cas(s, g, alea.nextBoolean() ? Optional.of(3L) : Optional.empty(), p, existante);
  };

  @Test
  void meme_resultat_que_l_enregistrement_d_avant() {
    AtomicInteger succes = new AtomicInteger();
    AtomicInteger echecs = new AtomicInteger();
    qt().withExamples(4_000).forAll(EmjpmGen.depuis(CAS)).checkAssert(c -> {
      MesuresExistantes port = cle -> c.existante();
      Object apres = issue(() -> Enregistrement.enregistrer(c.saisie(), c.gestionnaire(), Set.of(5L), c.editeur(),
          port, c.provenance(), CTX));
      Object avant = issue(() -> EnregistrementAvant.enregistrer(c.saisie(), c.gestionnaire(), Set.of(5L),
          c.editeur(), port, c.provenance(), CTX));
      assertThat(apres).isEqualTo(avant);
      if (apres instanceof Resultat<?> r && r.estSucces()) {
        succes.incrementAndGet();
      } else {
        echecs.incrementAndGet();
      }
    });
    // les deux issues sont bien explorées
    assertThat(succes.get()).isGreaterThan(400);
    assertThat(echecs.get()).isGreaterThan(400);
  }

  @Test
  void meme_resultat_pour_des_lignes_valides_d_un_seul_etat() {
    // lignes d'import typiques : tout présent, un état ; seuls varient les textes (espaces, casse) et les replis
    qt().withExamples(2_000).forAll(EmjpmGen.depuis(CAS)).assuming(c -> c.saisie().etats().size() == 1)
        .checkAssert(c -> {
          MesuresExistantes port = cle -> c.existante();
          Object apres = issue(() -> Enregistrement.enregistrer(c.saisie(), c.gestionnaire(), Set.of(), c.editeur(),
              port, Provenance.FICHIER, CTX));
          Object avant = issue(() -> EnregistrementAvant.enregistrer(c.saisie(), c.gestionnaire(), Set.of(),
              c.editeur(), port, Provenance.FICHIER, CTX));
          assertThat(apres).isEqualTo(avant);
        });
  }

  /** {@return le résultat, ou la classe et le message de l'exception levée} */
  private static Object issue(java.util.function.Supplier<Resultat<Transition>> appel) {
    try {
      return appel.get();
    } catch (RuntimeException e) {
      return e.getClass().getName() + ": " + e.getMessage();
    }
  }
}
