// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.examples.cli;

import fr.gouv.emjpm.domain.commun.Resultat;
import fr.gouv.emjpm.domain.enquete.ReponseEnquete;
import fr.gouv.emjpm.domain.enquete.StatutSection;
import fr.gouv.emjpm.domain.enquete.TypeEnquete;
import fr.gouv.emjpm.domain.enquete.ValeurReponse;
import fr.gouv.emjpm.domain.gestionnaire.GestionnaireId;
import fr.gouv.emjpm.domain.gestionnaire.TypeGestionnaire;
import fr.gouv.emjpm.domain.mesure.Mesure;
import fr.gouv.emjpm.io.enquete.EnqueteExcelReader;
import fr.gouv.emjpm.io.enquete.EnqueteExcelWriter;
import fr.gouv.emjpm.io.enquete.FormatExcel;
import fr.gouv.emjpm.io.enquete.ImportEnquete;
import fr.gouv.emjpm.rules.enquete.ArbreStatutEnquete;
import fr.gouv.emjpm.rules.enquete.BaremesRevenus;
import fr.gouv.emjpm.rules.enquete.CatalogueEnquete;
import fr.gouv.emjpm.rules.enquete.ChampEnquete;
import fr.gouv.emjpm.rules.enquete.SectionEnquete;
import fr.gouv.emjpm.rules.enquete.MoteurStatutEnquete;
import fr.gouv.emjpm.rules.enquete.PreRemplissageEnquete;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Partie « enquête » de {@code emjpm demo} : réponse d'un préposé du Nord à la campagne 2021 (la dernière
 * dont les barèmes de revenus sont embarqués), pré-remplie depuis ses mesures (en cours, en attente et
 * éteintes), son arbre de statuts jusqu'aux étapes (sous-sections), puis le classeur DGCS exporté dans un
 * fichier temporaire et relu.
 */
final class DemoEnquete {
  /** Année de la campagne. */
  static final int ANNEE = 2021;

  private DemoEnquete() {}

  /**
   * Charge le catalogue des champs de l'enquête (donnée embarquée, gardée par la bibliothèque) : appelé en
   * tâche de fond au début de la démonstration, pour que la partie « enquête » ne l'attende pas.
   */
  static void prechauffer() {
    CatalogueEnquete.standard();
  }

  static void afficher(PrintWriter out, GestionnaireId prepose, String nom, List<Mesure> mesures) {
    if (prepose.type() != TypeGestionnaire.PREPOSE) {
      throw new IllegalArgumentException("L'enquête de la démonstration est celle d'un préposé");
    }
    TypeEnquete type = TypeEnquete.PREPOSE;
    ReponseEnquete reponse = PreRemplissageEnquete.preRemplir(type, ANNEE, mesures, Optional.empty(),
        BaremesRevenus.originaux()).valeur().orElseThrow();
    List<ChampEnquete> champs = CatalogueEnquete.standard().champs(type);
    long preRemplis = champs.stream().filter(c -> reponse.valeur(c.table(), c.cle()).isPresent()).count();
    out.println("== Enquête " + ANNEE + " (activité " + (ANNEE - 1) + ") : " + prepose + " (" + nom
        + "), pré-remplie depuis ses " + mesures.size() + " mesures");
    out.println("  champs pré-remplis : " + preRemplis + " sur " + champs.size());
    out.println("  activité, toutes lignes : " + somme(reponse, "_debut_annee") + " au 1er janvier, +"
        + somme(reponse, "_mesures_nouvelles") + " nouvelles, -" + somme(reponse, "_sortie_mesures") + " sorties, "
        + somme(reponse, "_fin_annee") + " au 31 décembre");
    ArbreStatutEnquete arbre = MoteurStatutEnquete.standard().statut(reponse);
    CatalogueEnquete catalogue = CatalogueEnquete.standard();
    out.println("  statut de la réponse (vide / valide / invalide / partiel, chaque section agrégeant ses étapes) : "
        + statut(arbre.global()));
    arbre.sections().forEach((id, n) -> {
      Optional<SectionEnquete> section = catalogue.section(type, id);
      out.println("    " + section.map(x -> x.libelle(ANNEE)).orElse(id) + " : " + statut(n.global()));
      n.sousSections().forEach((etape, statut) -> out.println("      "
          + section.flatMap(x -> x.sousSections().stream().filter(e -> e.id().equals(etape)).findFirst())
              .map(e -> e.libelle(ANNEE)).orElse(etape)
          + " : " + statut(statut)));
    });
    Path tmp = null;
    try {
      tmp = Files.createTempFile("emjpm-enquete-", ".xls");
      Resultat<Integer> ecrit;
      try (OutputStream o = Files.newOutputStream(tmp)) {
        ecrit = EnqueteExcelWriter.ecrire(reponse, type, ANNEE, o, FormatExcel.XLS);
      }
      Resultat<ImportEnquete> relu = EnqueteExcelReader.lire(tmp, type, ANNEE);
      if (relu.valeur().isEmpty() || ecrit.valeur().isEmpty()) {
        out.println("  classeur : écriture ou relecture refusée " + relu.rapport().codes());
        return;
      }
      ReponseEnquete lu = relu.valeur().get().patch();
      long egaux = champs.stream().filter(c -> reponse.valeur(c.table(), c.cle()).isPresent()
          && reponse.valeur(c.table(), c.cle()).equals(lu.valeur(c.table(), c.cle()))).count();
      out.println("  classeur .xls écrit (" + ecrit.valeur().get() + " cellules) puis relu : " + egaux + "/"
          + preRemplis + " champs relus égaux, " + relu.valeur().get().avertissements().size() + " avertissement(s)");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      if (tmp != null) {
        try {
          Files.deleteIfExists(tmp);
        } catch (IOException e) {
          out.println("  (fichier temporaire non supprimé)");
        }
      }
    }
  }

  /** Statut en français métier. */
  static String statut(StatutSection s) {
    return switch (s) {
      case VIDE -> "vide";
      case VALIDE -> "valide";
      case INVALIDE -> "invalide";
      case PARTIEL -> "partiel";
    };
  }

  /** Somme des entiers de la table d'activité dont la clé finit par {@code suffixe} (une clé par ligne). */
  private static long somme(ReponseEnquete r, String suffixe) {
    return r.table("enquete_reponses_activite").entrySet().stream()
        .filter(e -> e.getKey().endsWith(suffixe))
        .mapToLong(e -> e.getValue() instanceof ValeurReponse.Entier n ? n.valeur() : 0L).sum();
  }
}
