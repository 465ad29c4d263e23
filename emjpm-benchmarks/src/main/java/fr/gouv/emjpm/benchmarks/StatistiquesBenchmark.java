// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.benchmarks;

import fr.gouv.emjpm.domain.gestionnaire.GestionnaireId;
import fr.gouv.emjpm.domain.gestionnaire.TypeGestionnaire;
import fr.gouv.emjpm.domain.mesure.Mesure;
import fr.gouv.emjpm.domain.mesure.NatureMesure;
import fr.gouv.emjpm.domain.mesure.NumeroRg;
import fr.gouv.emjpm.domain.mesure.StatutMesure;
import fr.gouv.emjpm.domain.tribunal.TribunalId;
import java.util.ArrayList;
import fr.gouv.emjpm.rules.disponibilite.ComptageMesures;
import fr.gouv.emjpm.rules.disponibilite.FicheGestionnaire;
import fr.gouv.emjpm.rules.statistiques.IndicateursDisponibilite;
import fr.gouv.emjpm.rules.statistiques.Perimetre;
import fr.gouv.emjpm.rules.statistiques.Statistiques;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Statistiques nationales sur 712 000 mesures et 12 000 gestionnaires, sur un seul fil
 * (cible ≤ 100 ms) : comptage des 712 000 {@code Mesure} du domaine puis indicateurs.
 *
 * <p>{@code java -jar emjpm-benchmarks/target/benchmarks.jar Statistiques -f 1 -wi 2 -i 3}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class StatistiquesBenchmark {

  List<FicheGestionnaire> fiches;
  List<Mesure> mesures;
  List<FicheGestionnaire> fichesHote;
  int[][] compteursHote;

  @Setup(Level.Trial)
  public void preparer() {
    fiches = JeuxDisponibilite.gestionnaires(12_000, 12L);
    SplittableRandom r = new SplittableRandom(712L);
    Mesure base =
        Mesure.builder()
            .statut(StatutMesure.EN_COURS)
            .gestionnaire(fiches.get(0).id())
            .tribunal(TribunalId.of("T1"))
            .numeroRg(NumeroRg.parse("12A34567").valeurOuErreur())
            .nature(NatureMesure.TUTELLE)
            .build();
    mesures = new ArrayList<>(712_000);
    for (int i = 0; i < 712_000; i++) {
      int s = r.nextInt(100);
      StatutMesure statut = s < 80 ? StatutMesure.EN_COURS : s < 85 ? StatutMesure.EN_ATTENTE : StatutMesure.ETEINTE;
      mesures.add(base.withGestionnaire(fiches.get(r.nextInt(fiches.size())).id()).withStatut(statut));
    }
    // comme l'hôte de référence : 9 000 individuels, 1 500 préposés, 1 500 services numérotés à la suite,
    // et une ligne de compteurs déjà agrégés par gestionnaire (table compteur)
    fichesHote = new ArrayList<>(12_000);
    compteursHote = new int[12_000][];
    for (int i = 1; i <= 12_000; i++) {
      TypeGestionnaire t = i <= 9_000 ? TypeGestionnaire.INDIVIDUEL
          : i <= 10_500 ? TypeGestionnaire.PREPOSE : TypeGestionnaire.SERVICE;
      fichesHote.add(FicheGestionnaire.builder().id(GestionnaireId.of(t, i)).nom("Gestionnaire " + i)
          .mesuresMax(40 + (int) ((i * 7919L) % 120)).habilite(true).build());
      compteursHote[i - 1] = new int[] {r.nextInt(60), r.nextInt(4)};
    }
  }

  /**
   * Disponibilité nationale de l'hôte de référence : comptage construit depuis 12 000 lignes de compteurs
   * agrégés (identifiants consécutifs), puis indicateurs.
   *
   * @return les indicateurs
   */
  @Benchmark
  public IndicateursDisponibilite nationalDepuisCompteurs() {
    ComptageMesures.Builder b = ComptageMesures.builder();
    for (int i = 0; i < compteursHote.length; i++) {
      b.ajouter(fichesHote.get(i).id(), compteursHote[i][0], compteursHote[i][1]);
    }
    return Statistiques.standard().disponibilite(Perimetre.national(), fichesHote, b.build());
  }

  @Benchmark
  public IndicateursDisponibilite national() {
    return Statistiques.standard()
        .disponibilite(Perimetre.national(), fiches, ComptageMesures.de(mesures));
  }
}
