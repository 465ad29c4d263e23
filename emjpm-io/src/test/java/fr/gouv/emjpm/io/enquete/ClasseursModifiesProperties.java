// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.io.enquete;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import fr.gouv.emjpm.domain.commun.Resultat;
import fr.gouv.emjpm.domain.commun.Violation;
import fr.gouv.emjpm.domain.enquete.ReponseEnquete;
import fr.gouv.emjpm.domain.enquete.TypeEnquete;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.junit.jupiter.api.Test;

/**
 * Plusieurs lignes vides insérées ou lignes supprimées à des positions quelconques des feuilles lues d'une
 * vraie annexe remplie : le classeur est lu juste (même patch que l'intact, sauf les valeurs des lignes
 * supprimées qui disparaissent sans qu'aucune autre ne glisse) ou refusé par des violations bloquantes à la
 * cellule — jamais lu faux.
 */
class ClasseursModifiesProperties {

  private static final Map<TypeEnquete, byte[]> BASES = new EnumMap<>(TypeEnquete.class);
  private static final Map<TypeEnquete, ReponseEnquete> ATTENDUS = new EnumMap<>(TypeEnquete.class);

  private static synchronized byte[] base(TypeEnquete type) {
    return BASES.computeIfAbsent(type, t -> {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      EnqueteExcelWriter.ecrire(EnqueteExcelWriterTest.reponseComplete(t, 6), t, 2021, out, FormatExcel.XLS);
      byte[] b = out.toByteArray();
      ATTENDUS.put(t, EnqueteExcelReader.lire(new ByteArrayInputStream(b), t, 2021).valeur().orElseThrow().patch());
      return b;
    });
  }

  /** Applique chaque opération codée : feuille lue, ligne (dans la zone de saisie), insertion ou suppression. */
  private static byte[] modifier(TypeEnquete type, List<Integer> operations, boolean[] suppression) {
    List<GabaritClasseur.FeuilleModele> feuilles = GabaritClasseur.de(type).feuilles();
    try (Workbook wb = new HSSFWorkbook(new ByteArrayInputStream(base(type)))) {
      for (int op : operations) {
        GabaritClasseur.FeuilleModele fm = feuilles.get(op % feuilles.size());
        Sheet s = wb.getSheet(fm.nomModele);
        int ligne = (op / 8) % (fm.lignesChamps.length() + 1);
        if ((op / 8 / 64) % 2 == 0) {
          // au-delà de la dernière ligne, une ligne vide insérée ne change rien (POI refuse un décalage vide)
          if (ligne <= s.getLastRowNum()) {
            s.shiftRows(ligne, s.getLastRowNum(), 1);
          }
        } else {
          suppression[0] = true;
          Row r = s.getRow(ligne);
          if (r != null) {
            s.removeRow(r);
          }
          if (ligne + 1 <= s.getLastRowNum()) {
            s.shiftRows(ligne + 1, s.getLastRowNum(), -1);
          }
        }
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      wb.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void plusieursLignesInsereesOuSupprimeesLuJusteOuRefuse() {
    qt().withExamples(90)
        .forAll(integers().between(0, 2), lists().of(integers().between(0, 100_000)).ofSizeBetween(1, 3))
        .checkAssert(ClasseursModifiesProperties::verifier);
  }

  /**
   * Cas trouvé par la propriété (graine 17037288934162) : la ligne supprimée portait un membre du bloc
   * « tutelle », qui manque donc à la lecture ; les autres membres sont lus sans glisser.
   */
  @Test
  void insertionsPuisSuppressionDansLaMemeFeuille() {
    verifier(2, List.of(0, 514, 52));
  }

  /**
   * Cas trouvé par la propriété en CI : après une suppression, une insertion tombe au-delà de la dernière
   * ligne d'une feuille ; il n'y a rien à décaler (la feuille ne change pas).
   */
  @Test
  void insertionAuDelaDeLaDerniereLigne() {
    verifier(2, List.of(514, 0, 226));
  }

  private static void verifier(int t, List<Integer> operations) {
    {
          TypeEnquete type = TypeEnquete.values()[t];
          boolean[] suppression = {false};
          byte[] modifie = modifier(type, operations, suppression);
          ReponseEnquete attendu = ATTENDUS.get(type);
          Resultat<ImportEnquete> r = EnqueteExcelReader.lire(new ByteArrayInputStream(modifie), type, 2021);
          if (r.estSucces()) {
            ReponseEnquete lu = r.valeur().orElseThrow().patch();
            if (!suppression[0]) {
              assertThat(lu).isEqualTo(attendu);
            } else {
              // aucune valeur n'a glissé : chaque valeur lue est celle de l'intact (les listes peuvent raccourcir)
              lu.tables().forEach((table, m) -> m.forEach((cle, v) -> {
                if (v instanceof fr.gouv.emjpm.domain.enquete.ValeurReponse.Bloc bloc) {
                  // un bloc perd les membres de ses lignes supprimées ; chaque membre lu est celui de l'intact
                  var intact = (fr.gouv.emjpm.domain.enquete.ValeurReponse.Bloc) attendu.table(table).get(cle);
                  bloc.membres().forEach((membre, valeur) ->
                      assertThat(intact.membres().get(membre)).as(cle + "." + membre).isEqualTo(valeur));
                } else if (!(v instanceof fr.gouv.emjpm.domain.enquete.ValeurReponse.Liste)) {
                  assertThat(attendu.table(table).get(cle)).as(cle).isEqualTo(v);
                }
              }));
            }
          } else {
            assertThat(r.violations()).allSatisfy(v -> {
              assertThat(v.estBloquante()).isTrue();
              assertThat(v.chemin()).contains("!");
            });
            assertThat(r.violations()).extracting(Violation::code)
                .allMatch(c -> c.equals("ENQUETE_ANCRE_INTROUVABLE") || c.equals("ENQUETE_FEUILLE_NON_RECONNUE"));
          }
    }
  }
}
