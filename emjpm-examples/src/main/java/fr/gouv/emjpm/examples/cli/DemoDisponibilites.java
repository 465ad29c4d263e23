// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.examples.cli;

import fr.gouv.emjpm.domain.gestionnaire.TypeGestionnaire;
import fr.gouv.emjpm.domain.referentiel.CodeDepartement;
import fr.gouv.emjpm.domain.tribunal.Tribunal;
import fr.gouv.emjpm.rules.EmjpmEngine;
import fr.gouv.emjpm.rules.disponibilite.ComptageMesures;
import fr.gouv.emjpm.rules.disponibilite.Disponibilite;
import fr.gouv.emjpm.rules.disponibilite.FicheGestionnaire;
import fr.gouv.emjpm.rules.statistiques.ChiffresType;
import fr.gouv.emjpm.rules.statistiques.IndicateursDisponibilite;
import fr.gouv.emjpm.rules.statistiques.Perimetre;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Parties « disponibilités » et « images » de {@code emjpm demo} : disponibilité de chaque gestionnaire
 * ({@code engine.disponibilites()}), indicateurs du département et chiffres par type, puis la carte
 * ({@code carte.svg}) et le diagramme en barres ({@code disponibilites.svg}) écrits dans le répertoire de
 * sortie.
 */
final class DemoDisponibilites {

  /** Ordre d'affichage des types (celui du diagramme). */
  static final List<TypeGestionnaire> TYPES =
      List.of(TypeGestionnaire.INDIVIDUEL, TypeGestionnaire.PREPOSE, TypeGestionnaire.SERVICE);

  /** Libellés courts du diagramme. */
  static final Map<TypeGestionnaire, String> COURTS = Map.of(TypeGestionnaire.INDIVIDUEL, "Individuels",
      TypeGestionnaire.PREPOSE, "Préposés", TypeGestionnaire.SERVICE, "Services");

  private DemoDisponibilites() {}

  static void afficher(PrintWriter out, EmjpmEngine engine, CodeDepartement departement, List<FicheGestionnaire> fiches,
      ComptageMesures comptage) {
    Map<ClasseDisponibilite, Integer> classes = new EnumMap<>(ClasseDisponibilite.class);
    for (FicheGestionnaire f : fiches) {
      classes.merge(ClasseDisponibilite.de(engine.disponibilites().gestionnaire(f, comptage)), 1, Integer::sum);
    }
    IndicateursDisponibilite ind = engine.statistiques().disponibilite(Perimetre.departement(departement), fiches, comptage);
    out.println("== Disponibilités du Nord (" + departement.valeur() + ") après l'import et la réservation");
    out.println("  " + ind.placesDisponibles() + " places disponibles, surcapacité " + (-ind.surcapacite())
        + " places, disponibilité totale " + ind.disponibiliteTotale() + " (places disponibles moins surcapacité)");
    out.println("  gestionnaires : " + classes.getOrDefault(ClasseDisponibilite.VERT, 0) + " verts, "
        + classes.getOrDefault(ClasseDisponibilite.ORANGE, 0) + " orange, "
        + classes.getOrDefault(ClasseDisponibilite.ROUGE, 0) + " rouges ; "
        + ind.capaciteNonRenseignee() + " sans capacité renseignée");
    long sommeTypes = 0;
    for (ChiffresType c : parType(engine, departement, fiches, comptage)) {
      sommeTypes += c.disponibiliteActuelle();
      out.println(String.format(java.util.Locale.ROOT, "  %-36s %3d gestionnaire(s), capacité %6d, en cours %6d, en attente %3d, disponibilité %5d",
          c.type().libelle(), c.gestionnaires(), c.mesuresMax(), c.mesuresEnCours(), c.mesuresEnAttente(), c.disponibiliteActuelle()));
    }
    Ecart e = ecart(departement, fiches, comptage);
    out.println("  Par type, la disponibilité (capacité moins mesures en cours et en attente) fait " + sommeTypes
        + " ; la disponibilité totale (" + ind.disponibiliteTotale() + ") laisse de côté");
    out.println("    les " + e.placesSuspendus() + " places libres de " + e.suspendus()
        + " gestionnaire(s) suspendu(s) et les " + e.mesuresSansCapacite() + " mesures de "
        + ind.capaciteNonRenseignee() + " gestionnaire(s) sans capacité renseignée : " + sommeTypes + " - "
        + e.placesSuspendus() + " + " + e.mesuresSansCapacite() + " = " + (sommeTypes - e.placesSuspendus() + e.mesuresSansCapacite()));
    out.println();
  }

  /**
   * Ce que la disponibilité totale laisse de côté par rapport à la somme par type.
   *
   * @param suspendus gestionnaires suspendus ayant des places libres
   * @param placesSuspendus leurs places libres (non offertes)
   * @param mesuresSansCapacite mesures en cours et en attente des gestionnaires sans capacité renseignée
   */
  record Ecart(long suspendus, long placesSuspendus, long mesuresSansCapacite) {}

  static Ecart ecart(CodeDepartement departement, List<FicheGestionnaire> fiches, ComptageMesures comptage) {
    long suspendus = 0;
    long places = 0;
    long sansCapacite = 0;
    for (FicheGestionnaire f : fiches) {
      if (!Perimetre.departement(departement).concerne(f)) {
        continue;
      }
      var c = comptage.gestionnaire(f.id());
      long r = (long) f.mesuresMax() - c.enCours() - c.enAttente();
      if (f.mesuresMax() <= 0) {
        sansCapacite += c.enCours() + c.enAttente() - f.mesuresMax();
      } else if (f.suspendu() && r >= 0) {
        suspendus += r > 0 ? 1 : 0;
        places += r;
      }
    }
    return new Ecart(suspendus, places, sansCapacite);
  }

  /** Chiffres par type dans l'ordre {@link #TYPES}. */
  static List<ChiffresType> parType(EmjpmEngine engine, CodeDepartement departement, List<FicheGestionnaire> fiches,
      ComptageMesures comptage) {
    List<ChiffresType> tous = engine.statistiques().parType(Perimetre.departement(departement), fiches, comptage);
    return TYPES.stream().map(t -> tous.stream().filter(c -> c.type() == t).findFirst().orElseThrow()).toList();
  }

  /**
   * Écrit {@code carte.svg} et {@code disponibilites.svg} dans {@code dossier} (créé au besoin).
   *
   * @return les deux chemins écrits
   */
  static List<Path> images(Path dossier, EmjpmEngine engine, CodeDepartement departement, List<FicheGestionnaire> fiches,
      ComptageMesures comptage, List<Tribunal> tribunaux) throws IOException {
    List<CarteSvg.Point> points = new ArrayList<>();
    for (FicheGestionnaire f : fiches) {
      Disponibilite d = engine.disponibilites().gestionnaire(f, comptage);
      f.position().ifPresent(p -> points.add(new CarteSvg.Point(
          f.nom() + " (" + f.id() + ") : disponibilité " + d.disponibilite() + " / " + d.mesuresMax(),
          p.latitude(), p.longitude(), ClasseDisponibilite.de(d))));
    }
    List<CarteSvg.Tribunal> t = tribunaux.stream()
        .map(x -> new CarteSvg.Tribunal(x.nom(), x.ville(), x.latitude(), x.longitude())).toList();
    String carte = CarteSvg.dessiner("Gestionnaires et tribunaux du Nord (" + departement.valeur() + ")", points, t);
    List<DiagrammeSvg.Barre> barres = parType(engine, departement, fiches, comptage).stream()
        .map(c -> new DiagrammeSvg.Barre(COURTS.get(c.type()), c.disponibiliteActuelle(),
            c.gestionnaires() + " gestionnaires, capacité " + c.mesuresMax()))
        .toList();
    String diagramme = DiagrammeSvg.dessiner("Disponibilité par type de gestionnaire, Nord (" + departement.valeur() + ")", barres);
    Files.createDirectories(dossier);
    Path c = dossier.resolve("carte.svg");
    Path b = dossier.resolve("disponibilites.svg");
    Files.writeString(c, carte, StandardCharsets.UTF_8);
    Files.writeString(b, diagramme, StandardCharsets.UTF_8);
    return List.of(c, b);
  }
}
