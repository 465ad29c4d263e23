// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.io.mesures;

import static org.assertj.core.api.Assertions.assertThat;

import fr.gouv.emjpm.domain.commun.Resultat;
import fr.gouv.emjpm.domain.commun.Violation;
import fr.gouv.emjpm.domain.gestionnaire.GestionnaireId;
import fr.gouv.emjpm.io.internal.JetonsXml;
import fr.gouv.emjpm.io.mesures.CorpusHostile.Contenu;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 15 : un jeton XML démesuré (valeur d'attribut, commentaire, instruction de traitement) dans une
 * feuille ou dans les chaînes partagées est refusé sur le flux d'octets, avant que Xerces ne l'accumule
 * (40 Mio décompressés : une {@code OutOfMemoryError} dans le tas de 256 Mio des tests sans la borne).
 * Classeurs générés au moment du test.
 */
class JetonsXmlTest {

  @TempDir Path dossier;

  /** Bloc d'1 Mio sans guillemet ni chevron, assez peu compressible pour le ratio minimal de POI. */
  private static final byte[] BLOC = CorpusHostile.bloc("", 99, "");

  private Resultat<ImportMesures> importer(byte[] xlsx) throws IOException {
    Path p = dossier.resolve("j-" + System.nanoTime() + ".xlsx");
    Files.write(p, xlsx);
    return MesuresImporterTest.IMPORTER.importer(p, ParametresImport.pour(GestionnaireId.individuel(1)));
  }

  /** Entrée du modèle avec {@code insere} + 40 blocs + {@code ferme} juste après sa balise racine ouvrante {@code racine}. */
  static Contenu geant(String xml, String racine, String insere, int blocs, String ferme) {
    int i = xml.indexOf("<" + racine) + racine.length() + 1;
    return new Contenu((xml.substring(0, i) + insere).getBytes(StandardCharsets.UTF_8), BLOC, blocs,
        (ferme + xml.substring(i)).getBytes(StandardCharsets.UTF_8), -1);
  }

  /** Entrée avec {@code insere} + blocs + {@code ferme} juste après la fin de la balise ouvrante {@code racine}. */
  static Contenu apresBalise(String xml, String racine, String insere, int blocs, String ferme) {
    int i = xml.indexOf('>', xml.indexOf("<" + racine)) + 1;
    return new Contenu((xml.substring(0, i) + insere).getBytes(StandardCharsets.UTF_8), BLOC, blocs,
        (ferme + xml.substring(i)).getBytes(StandardCharsets.UTF_8), -1);
  }

  private static String code(Resultat<?> r) {
    assertThat(r.violations()).hasSize(1);
    return r.violations().get(0).code();
  }

  @Test
  void un_attribut_de_40_mio_dans_la_feuille_est_refuse() throws IOException {
    String feuille = CorpusHostile.entreeDuModele(CorpusHostile.FEUILLE);
    Resultat<ImportMesures> r = importer(CorpusHostile.remplacer(CorpusHostile.modele(),
        Map.of(CorpusHostile.FEUILLE, geant(feuille, "worksheet", " zz=\"", 40, "\""))));
    assertThat(code(r)).isEqualTo("FICHIER_JETON_XML_TROP_LONG");
    assertThat(r.violations().get(0).arguments()).containsEntry("max", String.valueOf(JetonsXml.JETON_MAX));
  }

  @Test
  void un_commentaire_de_40_mio_dans_les_chaines_partagees_est_refuse() throws IOException {
    Contenu c = apresBalise(CorpusHostile.entreeDuModele(CorpusHostile.CHAINES), "sst", "<!--", 40, "-->");
    Resultat<ImportMesures> r = importer(CorpusHostile.remplacer(CorpusHostile.modele(), Map.of(CorpusHostile.CHAINES, c)));
    assertThat(code(r)).isEqualTo("FICHIER_JETON_XML_TROP_LONG");
  }

  @Test
  void une_instruction_de_traitement_de_2_mio_dans_la_feuille_est_refusee() throws IOException {
    String feuille = CorpusHostile.entreeDuModele(CorpusHostile.FEUILLE);
    Resultat<ImportMesures> r = importer(CorpusHostile.remplacer(CorpusHostile.modele(),
        Map.of(CorpusHostile.FEUILLE, apresBalise(feuille, "worksheet", "<?pi ", 2, "?>"))));
    assertThat(code(r)).isEqualTo("FICHIER_JETON_XML_TROP_LONG");
  }

  @Test
  void le_modele_reel_est_toujours_lu() throws IOException {
    Resultat<ImportMesures> r = importer(CorpusHostile.modele());
    assertThat(r.violations()).extracting(Violation::code).doesNotContain("FICHIER_JETON_XML_TROP_LONG");
  }
}
