// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.examples.cli;

import fr.gouv.emjpm.domain.gestionnaire.GestionnaireId;
import fr.gouv.emjpm.domain.gestionnaire.TypeGestionnaire;
import fr.gouv.emjpm.domain.mesure.Mesure;
import fr.gouv.emjpm.domain.mesure.StatutMesure;
import fr.gouv.emjpm.domain.referentiel.Referentiel;
import fr.gouv.emjpm.domain.referentiel.Siret;
import fr.gouv.emjpm.domain.service.Antenne;
import fr.gouv.emjpm.domain.tribunal.Tribunal;
import fr.gouv.emjpm.rules.EmjpmEngine;
import fr.gouv.emjpm.rules.cyclevie.MesuresExistantes;
import fr.gouv.emjpm.rules.disponibilite.ComptageMesures;
import fr.gouv.emjpm.rules.disponibilite.FicheAntenne;
import fr.gouv.emjpm.rules.disponibilite.FicheGestionnaire;
import fr.gouv.emjpm.rules.proximite.GestionnaireProche;
import fr.gouv.emjpm.rules.proximite.Position;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code emjpm demo} : une histoire sur le Nord (59), avec le référentiel embarqué, des données générées
 * (graines fixes) et une horloge fixe : gestionnaires et mesures, import d'un classeur de 10 000 lignes
 * par un grand service, recherche du juge près de Roubaix, réservation et acceptation, disponibilités,
 * enquête, puis une carte et un diagramme SVG écrits dans {@code ./emjpm-demo/} (ou {@code --sortie}).
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
    description = "Démonstration sur le Nord (59) : référentiel embarqué, données générées, images SVG.")
final class DemoCommande implements Callable<Integer> {

  /** Graine des gestionnaires générés. */
  static final long GRAINE = 2026L;
  /** Nombre de gestionnaires générés (hors grand service). */
  static final int GESTIONNAIRES = 120;
  /** Le grand service qui importe son stock. */
  static final GestionnaireId GRAND_SERVICE = GestionnaireId.service(1000);
  /** Capacité du grand service. */
  static final int CAPACITE_GRAND_SERVICE = 10_400;

  /** Villes des antennes du grand service. */
  static final List<String> VILLES_ANTENNES = List.of("Lille", "Douai", "Valenciennes", "Dunkerque");

  @Spec CommandSpec spec;

  @Option(names = "--sortie", paramLabel = "DIR", description = "Répertoire des images (par défaut : ./emjpm-demo).")
  Path sortie = Path.of("emjpm-demo");

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    // Une tâche de fond prépare ce qui ne dépend pas de l'histoire affichée (catalogue de l'enquête,
    // classeurs de l'import) pendant que le fil principal charge le référentiel et génère les
    // gestionnaires : la sortie est la même, dans le même ordre.
    ExecutorService fond = Executors.newSingleThreadExecutor(r -> {
      Thread t = new Thread(r, "emjpm-demo-fond");
      t.setDaemon(true);
      return t;
    });
    try {
      Future<?> enquete = fond.submit(DemoEnquete::prechauffer);
      long debut = System.nanoTime();
      Referentiel ref = Referentiel.embarque();
      long ms = (System.nanoTime() - debut) / 1_000_000;
      out.println("== Référentiel embarqué (" + ref.millesime() + ", chargé en " + ms + " ms)");
      out.println("  communes      : " + ref.communes().size());
      out.println("  départements  : " + ref.departements().size());
      out.println("  régions       : " + ref.regions().size());
      out.println("  tribunaux     : " + ref.tribunaux().size());
      out.println("  catégories FINESS : " + ref.categoriesFiness().size());
      out.println();

      List<Tribunal> tribunaux = ref.tribunauxDuDepartement(GestionnairesDemo.NORD);
      List<Antenne> antennes = new ArrayList<>();
      for (String ville : VILLES_ANTENNES) {
        antennes.add(Antenne.builder().id(1000 + antennes.size() + 1).serviceId(GRAND_SERVICE.numero())
            .nom("Antenne " + ville).departement(GestionnairesDemo.NORD).build());
      }
      List<String> sirets = tribunaux.stream().flatMap(t -> t.siret().stream()).map(Siret::valeur).toList();
      Future<DemoImport.Classeurs> classeurs = fond.submit(() -> DemoImport.ecrire(antennes, sirets));
      try {
        histoire(out, ref, tribunaux, antennes);
      } catch (RuntimeException e) {
        // les classeurs écrits en fond sont supprimés aussi quand l'histoire échoue
        try {
          attendre(classeurs).close();
        } catch (IOException | RuntimeException ignoree) {
          e.addSuppressed(ignoree);
        }
        throw e;
      }
      try (DemoImport.Classeurs fichiers = attendre(classeurs)) {
        mesures = importer(out, err, fichiers);
      }
      attendre(enquete);
      return fin(out);
    } finally {
      fond.shutdownNow();
    }
  }

  // état de l'histoire entre ses étapes (une commande picocli ne sert qu'une fois)
  private EmjpmEngine engine;
  private List<Tribunal> tribunaux;
  private Tribunal lille;
  private List<FicheGestionnaire> fiches;
  private List<Antenne> antennes;
  private GestionnairesDemo demo;
  private List<Mesure> mesures;

  /** Gestionnaires du Nord, grand service et ses antennes, tableau du département. */
  private void histoire(PrintWriter out, Referentiel ref, List<Tribunal> duNord,
      List<Antenne> antennesDuService) {
    engine = DemoCycleDeVie.moteur(ref);
    tribunaux = duNord;
    antennes = antennesDuService;
    lille = tribunaux.stream()
        .filter(t -> t.nom().toLowerCase(Locale.ROOT).contains("judiciaire de lille")).findFirst().orElseThrow();
    demo = new GestionnairesDemo(GRAINE, GESTIONNAIRES, lille.id(),
        tribunaux.stream().map(Tribunal::id).toList(), engine.aujourdhui().minusDays(14));
    fiches = new ArrayList<>(demo.fiches);
    FicheGestionnaire.Builder grand = FicheGestionnaire.builder().id(GRAND_SERVICE)
        .nom("Association tutélaire du Nord").mesuresMax(CAPACITE_GRAND_SERVICE).habilite(true)
        .position(Position.of(50.6300, 3.0600)).codePostal("59000").ville("Lille").addDepartements(GestionnairesDemo.NORD);
    for (Antenne a : antennes) {
      grand.addAntennes(FicheAntenne.builder().id(a.id()).nom(a.nom()).departement(GestionnairesDemo.NORD)
          .mesuresMax(CAPACITE_GRAND_SERVICE / 4).build());
    }
    fiches.add(grand.build());
    afficherDepartement(out, tribunaux, fiches, demo.mesures);
  }

  private List<Mesure> importer(PrintWriter out, PrintWriter err, DemoImport.Classeurs fichiers) throws IOException {
    DemoImport.Bilan bilan = DemoImport.afficher(out, err, engine, GRAND_SERVICE, antennes, fichiers);
    List<Mesure> mesures = new ArrayList<>(demo.mesures);
    mesures.addAll(bilan.importe().mesures());
    return mesures;
  }

  private Integer fin(PrintWriter out) throws IOException {
    GestionnaireProche choisi = DemoProximite.afficher(out, engine, fiches, ComptageMesures.de(mesures), lille);
    mesures.add(DemoCycleDeVie.afficher(out, engine, choisi.fiche().id(), lille.id(), MesuresExistantes.de(mesures)));

    ComptageMesures comptage = ComptageMesures.de(mesures);
    DemoDisponibilites.afficher(out, engine, GestionnairesDemo.NORD, fiches, comptage);
    FicheGestionnaire prepose = fiches.stream().filter(f -> f.type() == TypeGestionnaire.PREPOSE).findFirst().orElseThrow();
    DemoEnquete.afficher(out, prepose.id(), prepose.nom(),
        mesures.stream().filter(m -> m.gestionnaire().equals(prepose.id())).toList());
    List<Path> images = DemoDisponibilites.images(sortie, engine, GestionnairesDemo.NORD, fiches, comptage, tribunaux);
    out.println();
    // Chemin tel que donné (par défaut emjpm-demo) : la sortie reste identique d'une machine à l'autre.
    String chemin = sortie.normalize().toString();
    out.println("== Images écrites dans " + (chemin.isEmpty() ? "." : chemin));
    for (Path p : images) {
      out.println("  " + p.getFileName());
    }
    return EmjpmCli.OK;
  }

  /** Attend la tâche de fond et rend son résultat (ses erreurs telles quelles). */
  private static <T> T attendre(Future<T> tache) throws IOException {
    try {
      return tache.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("démonstration interrompue", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof IOException io) {
        throw io;
      }
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      throw new IllegalStateException(e.getCause());
    }
  }

  private static void afficherDepartement(PrintWriter out, List<Tribunal> tribunaux, List<FicheGestionnaire> fiches,
      List<Mesure> mesures) {
    out.println("== Le Nord (59) : " + tribunaux.size() + " tribunaux dans le référentiel, "
        + fiches.size() + " gestionnaires fictifs (graine " + GRAINE + ")");
    for (TypeGestionnaire t : DemoDisponibilites.TYPES) {
      List<FicheGestionnaire> duType = fiches.stream().filter(f -> f.type() == t).toList();
      out.println("  " + t.libelle() + " : " + duType.size()
          + (t == TypeGestionnaire.SERVICE ? " (" + duType.stream().mapToInt(f -> f.antennes().size()).sum() + " antennes)" : ""));
    }
    out.println("  sans coordonnées : " + fiches.stream().filter(f -> f.position().isEmpty()).count());
    out.println("  mesures générées : " + mesures.size() + " (" + mesures.stream().filter(m -> m.statut() == StatutMesure.EN_COURS).count()
        + " en cours, " + mesures.stream().filter(m -> m.statut() == StatutMesure.EN_ATTENTE).count() + " en attente, "
        + mesures.stream().filter(m -> m.statut() == StatutMesure.ETEINTE).count() + " éteintes)");
    out.println();
  }
}
