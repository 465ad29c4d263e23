// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.testkit;

import fr.gouv.emjpm.domain.mesure.ChampMesure;
import fr.gouv.emjpm.domain.mesure.LieuVie;
import fr.gouv.emjpm.domain.mesure.MesureEtat;
import fr.gouv.emjpm.domain.mesure.NatureMesure;
import fr.gouv.emjpm.domain.mesure.Pays;
import fr.gouv.emjpm.domain.mesure.TypeEtablissement;
import fr.gouv.emjpm.domain.referentiel.CodePostal;
import fr.gouv.emjpm.testkit.internal.Alea;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import java.util.random.RandomGenerator;

/**
 * Générateur configurable de suites d'états de mesure, obtenu par {@link
 * Mesures#etats()}. Les dates sont <b>distinctes et strictement croissantes</b>, dans les bornes
 * données ; chaque état respecte les règles de formulaire (type d'établissement quand le majeur vit en
 * établissement, code postal et ville en France). Chaque méthode de configuration rend une nouvelle
 * instance. Immuable et thread-safe.
 */
public final class GenerateurEtats implements Generateur<List<MesureEtat>> {

  private static final Generateur<CodePostal> CODES_POSTAUX = CodesPostaux.tous();
  private static final String[] VILLES = {"PARIS", "LYON", "MARSEILLE", "LILLE", "AJACCIO", "BASTIA", "POINTE A PITRE", "NOUMEA"};

  private final int minimum;
  private final int maximum;
  private final LocalDate debut;
  private final LocalDate fin;
  private final Optional<NatureMesure> derniereNature;
  private final double partFrance;

  GenerateurEtats(int minimum, int maximum, LocalDate debut, LocalDate fin, Optional<NatureMesure> derniereNature, double partFrance) {
    if (minimum < 0 || maximum < minimum) {
      throw new IllegalArgumentException("Nombre d'états : 0 <= minimum <= maximum attendu");
    }
    if (fin.isBefore(debut)) {
      throw new IllegalArgumentException("Dates : debut <= fin attendu");
    }
    if (fin.toEpochDay() - debut.toEpochDay() + 1 < maximum) {
      throw new IllegalArgumentException("Intervalle de dates trop court pour des dates distinctes");
    }
    this.minimum = minimum;
    this.maximum = maximum;
    this.debut = debut;
    this.fin = fin;
    this.derniereNature = derniereNature;
    this.partFrance = partFrance;
  }

  static GenerateurEtats parDefaut() {
    return new GenerateurEtats(1, 4, Mesures.DEBUT_PAR_DEFAUT, Mesures.FIN_PAR_DEFAUT, Optional.empty(), 0.95);
  }

  /**
   * Exactement {@code nombre} états.
   *
   * @param nombre nombre d'états voulu, positif ou nul
   * @return nouveau générateur, ce nombre d'états imposé
   */
  public GenerateurEtats nombre(int nombre) {
    return nombre(nombre, nombre);
  }

  /**
   * Entre {@code min} et {@code max} états (bornes incluses).
   *
   * @param min nombre minimal d'états, positif ou nul
   * @param max nombre maximal d'états, au moins {@code min}
   * @return nouveau générateur, ces bornes imposées
   */
  public GenerateurEtats nombre(int min, int max) {
    return new GenerateurEtats(min, max, debut, fin, derniereNature, partFrance);
  }

  /**
   * Dates des états comprises entre {@code debut} et {@code fin} (incluses).
   *
   * @param debut première date possible, incluse, non nulle
   * @param fin dernière date possible, incluse, non nulle ; l'intervalle doit compter au moins autant de jours que le nombre maximal d'états
   * @return nouveau générateur, ces bornes de dates imposées
   */
  public GenerateurEtats datesEntre(LocalDate debut, LocalDate fin) {
    return new GenerateurEtats(minimum, maximum, Objects.requireNonNull(debut), Objects.requireNonNull(fin), derniereNature, partFrance);
  }

  /**
   * Nature imposée au dernier état (l'état courant).
   *
   * @param nature nature du dernier état, non nulle
   * @return nouveau générateur, cette nature imposée au dernier état
   */
  public GenerateurEtats derniereNature(NatureMesure nature) {
    return new GenerateurEtats(minimum, maximum, debut, fin, Optional.of(nature), partFrance);
  }

  /** {@return tous les états en France (code postal et ville toujours présents)} */
  public GenerateurEtats enFrance() {
    return new GenerateurEtats(minimum, maximum, debut, fin, derniereNature, 1.0);
  }

  @Override
  public List<MesureEtat> generer(RandomGenerator alea) {
    int n = Alea.entre(alea, minimum, maximum);
    TreeSet<Long> jours = new TreeSet<>();
    long d0 = debut.toEpochDay();
    long etendue = fin.toEpochDay() - d0 + 1;
    while (jours.size() < n) {
      jours.add(d0 + alea.nextLong(etendue));
    }
    List<MesureEtat> etats = new ArrayList<>(n);
    int i = 0;
    for (long jour : jours) {
      boolean dernier = ++i == n;
      NatureMesure nature =
          dernier && derniereNature.isPresent() ? derniereNature.get() : Alea.parmi(alea, NatureMesure.values());
      etats.add(etat(alea, LocalDate.ofEpochDay(jour), nature));
    }
    return List.copyOf(etats);
  }

  private MesureEtat etat(RandomGenerator alea, LocalDate date, NatureMesure nature) {
    LieuVie lieu = Alea.parmi(alea, LieuVie.values());
    Pays pays = Alea.avecProbabilite(alea, partFrance) ? Pays.FR : Pays.BE;
    MesureEtat.Builder b = MesureEtat.builder().dateChangementEtat(date).nature(nature).lieuVie(lieu).pays(pays);
    if (Alea.avecProbabilite(alea, 0.8)) {
      b.champ(Alea.parmi(alea, ChampMesure.values()));
    }
    if (lieu.exigeTypeEtablissement()) {
      b.typeEtablissement(Alea.parmi(alea, TypeEtablissement.values()));
    }
    if (pays == Pays.FR) {
      b.codePostal(CODES_POSTAUX.generer(alea).valeur()).ville(Alea.parmi(alea, VILLES));
    } else {
      b.ville("BRUXELLES");
    }
    return b.build();
  }
}
