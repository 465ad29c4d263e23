// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.examples.cli;

import fr.gouv.emjpm.domain.gestionnaire.GestionnaireId;
import fr.gouv.emjpm.domain.gestionnaire.TypeGestionnaire;
import fr.gouv.emjpm.domain.mesure.CauseSortie;
import fr.gouv.emjpm.domain.mesure.Mesure;
import fr.gouv.emjpm.domain.mesure.StatutMesure;
import fr.gouv.emjpm.domain.referentiel.CodeDepartement;
import fr.gouv.emjpm.domain.tribunal.TribunalId;
import fr.gouv.emjpm.rules.disponibilite.FicheAntenne;
import fr.gouv.emjpm.rules.disponibilite.FicheGestionnaire;
import fr.gouv.emjpm.rules.proximite.Position;
import fr.gouv.emjpm.testkit.GenerateurMesure;
import fr.gouv.emjpm.testkit.Mesures;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Gestionnaires fictifs du Nord (59) et leurs mesures, générés de façon déterministe (graine fixe) pour
 * la démonstration : noms inventés, positions autour de villes du Nord, mesures en cours, en attente et
 * éteintes produites par le générateur du testkit et rattachées aux tribunaux du département, plus, pour
 * chacun, quelques entrées et sorties pendant l'année d'activité de l'enquête (2020), éteintes, qui ne
 * changent pas le stock en cours. Un gestionnaire sur vingt-cinq n'a pas de coordonnées (adresse non
 * géolocalisée).
 */
final class GestionnairesDemo {

  /** Le département de la démonstration. */
  static final CodeDepartement NORD = CodeDepartement.of("59");

  /** Ville du Nord : code postal, nom tel que le référentiel le reconnaît, position WGS84. */
  record Ville(String nom, String codePostal, double lat, double lon) {}

  static final List<Ville> VILLES =
      List.of(
          new Ville("Lille", "59000", 50.6311, 3.0468),
          new Ville("Roubaix", "59100", 50.6942, 3.1746),
          new Ville("Tourcoing", "59200", 50.7239, 3.1612),
          new Ville("Villeneuve-d'Ascq", "59650", 50.6233, 3.1450),
          new Ville("Armentières", "59280", 50.6881, 2.8833),
          new Ville("Douai", "59500", 50.3714, 3.0800),
          new Ville("Valenciennes", "59300", 50.3570, 3.5235),
          new Ville("Dunkerque", "59140", 51.0343, 2.3768),
          new Ville("Cambrai", "59400", 50.1759, 3.2345),
          new Ville("Maubeuge", "59600", 50.2775, 3.9734),
          new Ville("Hazebrouck", "59190", 50.7234, 2.5388));

  private static final List<String> NOMS =
      List.of("MARTIN", "BERNARD", "DUBOIS", "THOMAS", "ROBERT", "RICHARD", "PETIT", "DURAND",
          "LEROY", "MOREAU", "SIMON", "LAURENT", "LEFEBVRE", "MICHEL", "GARCIA", "DAVID",
          "BERTRAND", "ROUX", "VINCENT", "FOURNIER");
  private static final List<String> PRENOMS =
      List.of("Camille", "Dominique", "Claude", "Alix", "Sacha", "Lou", "Charlie", "Maxime");

  /** Année d'activité de l'enquête de la démonstration (campagne {@link DemoEnquete#ANNEE}). */
  static final int ANNEE_ACTIVITE = DemoEnquete.ANNEE - 1;

  /** Au plus ce nombre d'entrées, et autant de sorties, par gestionnaire pendant l'année d'activité (au moins une). */
  static final int FLUX_MAX = 3;

  final List<FicheGestionnaire> fiches = new ArrayList<>();
  final List<Mesure> mesures = new ArrayList<>();

  /**
   * @param graine graine du hasard
   * @param nombre nombre de gestionnaires
   * @param tribunalLille tribunal que certains gestionnaires préfèrent
   * @param tribunaux tribunaux du département, auxquels les mesures sont rattachées
   * @param jusquAu dernière date des mesures générées
   */
  GestionnairesDemo(long graine, int nombre, TribunalId tribunalLille, List<TribunalId> tribunaux, LocalDate jusquAu) {
    SplittableRandom r = new SplittableRandom(graine);
    // Tirage à part pour les flux de l'année d'activité : la suite de r (et tout le reste de l'histoire) ne change pas.
    SplittableRandom flux = new SplittableRandom(graine + ANNEE_ACTIVITE);
    long antenneId = 1;
    for (int i = 1; i <= nombre; i++) {
      TypeGestionnaire type = i % 7 == 0 ? TypeGestionnaire.SERVICE : i % 3 == 0 ? TypeGestionnaire.PREPOSE : TypeGestionnaire.INDIVIDUEL;
      GestionnaireId id = GestionnaireId.of(type, i);
      Ville v = VILLES.get(r.nextInt(VILLES.size()));
      String nom =
          type == TypeGestionnaire.SERVICE
              ? "Association tutélaire " + v.nom() + " " + i
              : NOMS.get(r.nextInt(NOMS.size())) + " " + PRENOMS.get(r.nextInt(PRENOMS.size()));
      int max = type == TypeGestionnaire.SERVICE ? 80 + r.nextInt(120) : r.nextInt(8) == 0 ? 0 : 20 + r.nextInt(40);
      FicheGestionnaire.Builder b =
          FicheGestionnaire.builder()
              .id(id)
              .nom(nom)
              .mesuresMax(max)
              .suspendu(r.nextInt(12) == 0)
              .habilite(type == TypeGestionnaire.SERVICE || r.nextInt(5) != 0)
              .codePostal(v.codePostal())
              .ville(v.nom())
              .addDepartements(NORD);
      double dLat = (r.nextDouble() - 0.5) * 0.10;
      double dLon = (r.nextDouble() - 0.5) * 0.15;
      if (i % 25 != 0) {
        b.position(Position.of(v.lat() + dLat, v.lon() + dLon));
      }
      if (r.nextInt(3) == 0) {
        b.addTribunauxPreferes(tribunalLille);
      }
      int enCours = max == 0 ? r.nextInt(10) : (int) (max * (0.5 + r.nextDouble() * 0.6));
      int enAttente = r.nextInt(3);
      List<Long> antennes = new ArrayList<>();
      if (type == TypeGestionnaire.SERVICE) {
        FicheAntenne a1 = FicheAntenne.builder().id(antenneId++).nom("Antenne " + v.nom()).departement(NORD).mesuresMax(max / 2).build();
        FicheAntenne a2 = FicheAntenne.builder().id(antenneId++).nom("Antenne Roubaix").departement(NORD).mesuresMax(max / 4).build();
        b.addAntennes(a1, a2);
        antennes.add(a1.id());
        antennes.add(a2.id());
      }
      TribunalId tribunal = tribunaux.get(r.nextInt(tribunaux.size()));
      GenerateurMesure gen = Mesures.generateur().gestionnaire(id).tribunal(tribunal)
          .datesEntre(LocalDate.of(2008, 1, 1), jusquAu).ressourcesAuPlus(3);
      List<Mesure> siennes = new ArrayList<>(gen.statut(fr.gouv.emjpm.domain.mesure.StatutMesure.EN_COURS).liste(r.nextLong(), enCours));
      siennes.addAll(gen.statut(fr.gouv.emjpm.domain.mesure.StatutMesure.EN_ATTENTE).liste(r.nextLong(), enAttente));
      siennes.addAll(gen.statut(fr.gouv.emjpm.domain.mesure.StatutMesure.ETEINTE).liste(r.nextLong(), enCours / 3));
      siennes.addAll(fluxDeLAnneeActivite(gen, flux, jusquAu));
      for (int k = 0; k < siennes.size(); k++) {
        Mesure m = siennes.get(k);
        // Les antennes du générateur sont quelconques : on rattache aux deux antennes du service (une mesure
        // sur trois reste au siège).
        mesures.add(antennes.isEmpty() ? m : k % 3 == 2 ? m.withAntenneId(java.util.Optional.empty()) : m.withAntenneId(antennes.get(k % 3)));
      }
      fiches.add(b.build());
    }
  }

  /**
   * Entrées et sorties de l'année d'activité, sans toucher au stock en cours (donc aux disponibilités) :
   * de 1 à {@value #FLUX_MAX} mesures nommées pendant l'année et éteintes après elle (au plus tard
   * {@code jusquAu}), et de 1 à {@value #FLUX_MAX} mesures nommées avant elle et éteintes pendant elle.
   */
  static List<Mesure> fluxDeLAnneeActivite(GenerateurMesure gen, SplittableRandom flux, LocalDate jusquAu) {
    LocalDate debut = LocalDate.of(ANNEE_ACTIVITE, 1, 1);
    LocalDate fin = LocalDate.of(ANNEE_ACTIVITE, 12, 31);
    GenerateurMesure enCours = gen.statut(StatutMesure.EN_COURS);
    List<Mesure> liste = new ArrayList<>();
    for (Mesure m : enCours.datesEntre(debut, fin).liste(flux.nextLong(), 1 + flux.nextInt(FLUX_MAX))) {
      liste.add(eteindre(m, date(flux, fin.plusDays(1), jusquAu), flux));
    }
    for (Mesure m : enCours.datesEntre(LocalDate.of(2008, 1, 1), debut.minusDays(1))
        .liste(flux.nextLong(), 1 + flux.nextInt(FLUX_MAX))) {
      liste.add(eteindre(m, date(flux, debut, fin), flux));
    }
    return liste;
  }

  private static Mesure eteindre(Mesure m, LocalDate le, SplittableRandom flux) {
    return m.withStatut(StatutMesure.ETEINTE).withDateFinMesure(le)
        .withCauseSortie(CauseSortie.values()[flux.nextInt(CauseSortie.values().length)]);
  }

  private static LocalDate date(SplittableRandom flux, LocalDate de, LocalDate a) {
    return de.plusDays(flux.nextLong(a.toEpochDay() - de.toEpochDay() + 1));
  }
}
