// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.examples.cli;

import fr.gouv.emjpm.domain.commun.Resultat;
import fr.gouv.emjpm.domain.enquete.ReponseEnquete;
import fr.gouv.emjpm.domain.enquete.TypeEnquete;
import fr.gouv.emjpm.domain.enquete.ValeurReponse;
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
import fr.gouv.emjpm.rules.enquete.MoteurStatutEnquete;
import fr.gouv.emjpm.rules.enquete.PreRemplissageEnquete;
import fr.gouv.emjpm.testkit.Mesures;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Partie « enquête » de {@code emjpm demo} : réponse d'un préposé pré-remplie depuis des mesures
 * générées (graine fixe), son arbre de statuts, puis le classeur DGCS écrit dans un fichier temporaire
 * et relu.
 */
final class DemoEnquete {
  /** Graine des mesures générées. */
  static final long GRAINE = 2021;
  /** Nombre de mesures générées. */
  static final int NOMBRE = 300;
  /** Année de la campagne. */
  static final int ANNEE = 2021;

  private DemoEnquete() {}

  static void afficher(PrintWriter out) {
    TypeEnquete type = TypeEnquete.PREPOSE;
    List<Mesure> mesures = Mesures.generateur().typeGestionnaire(TypeGestionnaire.PREPOSE)
        .datesEntre(LocalDate.of(2008, 1, 1), LocalDate.of(2022, 12, 31)).ressourcesAuPlus(3).liste(GRAINE, NOMBRE);
    ReponseEnquete reponse = PreRemplissageEnquete.preRemplir(type, ANNEE, mesures, Optional.empty(),
        BaremesRevenus.originaux()).valeur().orElseThrow();
    List<ChampEnquete> champs = CatalogueEnquete.standard().champs(type);
    long preRemplis = champs.stream().filter(c -> reponse.valeur(c.table(), c.cle()).isPresent()).count();
    out.println();
    out.println("== Enquête " + ANNEE + " (activité " + (ANNEE - 1) + ") : préposé pré-rempli depuis " + NOMBRE
        + " mesures générées (graine " + GRAINE + ")");
    out.println("  champs pré-remplis : " + preRemplis + " sur " + champs.size());
    out.println("  tutelle à domicile : " + nombre(reponse, "tutelle_domicile_debut_annee") + " au 1er janvier, +"
        + nombre(reponse, "tutelle_domicile_mesures_nouvelles") + " nouvelles, -"
        + nombre(reponse, "tutelle_domicile_sortie_mesures") + " sorties, "
        + nombre(reponse, "tutelle_domicile_fin_annee") + " au 31 décembre");
    ArbreStatutEnquete arbre = MoteurStatutEnquete.standard().statut(reponse);
    out.println("  statuts : global " + arbre.global().code());
    arbre.sections().forEach((id, n) -> out.println("    " + id + " : " + n.global().code()));
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

  private static long nombre(ReponseEnquete r, String cle) {
    return r.valeur("enquete_reponses_activite", cle)
        .map(v -> v instanceof ValeurReponse.Entier e ? e.valeur() : -1L).orElse(-1L);
  }
}
