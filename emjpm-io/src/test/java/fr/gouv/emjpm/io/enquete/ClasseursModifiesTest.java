// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.io.enquete;

import static org.assertj.core.api.Assertions.assertThat;

import fr.gouv.emjpm.domain.commun.Resultat;
import fr.gouv.emjpm.domain.commun.Violation;
import fr.gouv.emjpm.domain.enquete.ReponseEnquete;
import fr.gouv.emjpm.domain.enquete.TypeEnquete;
import fr.gouv.emjpm.domain.enquete.ValeurReponse;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Classeurs tels que les gens les renvoient, construits au moment du test à partir des vraies annexes
 * 3, 5 et 7 de la DGCS remplies (par l'export) : feuille supprimée, feuille ajoutée devant, lignes
 * insérées et supprimées à chaque ligne de chaque feuille lue, grille plus longue que déclarée, zéros
 * dans les grilles à choix, FINESS numériques, entiers hors bornes. Chaque classeur est lu juste (même
 * patch que le classeur intact) ou refusé par une violation bloquante qui nomme sa cellule, jamais lu
 * faux en silence. Les lignes insérées et supprimées le sont à une position sur trois (plus la première et
 * la dernière) dans le build par défaut, à chaque position avec {@code -Pcorpus-complet}.
 */
class ClasseursModifiesTest {

  private static final int ANNEE = 2021;
  private static final String MOD = "modalites d'exercice";
  /**
   * Balayages « à chaque position » entiers avec -Pcorpus-complet ; sinon une position sur {@code PAS} (3 par
   * défaut, propriété {@code emjpm.classeursModifies.pas}).
   */
  private static final boolean COMPLET = Boolean.getBoolean("emjpm.corpus.complet");
  private static final int PAS = Integer.getInteger("emjpm.classeursModifies.pas", 3);

  /** Position balayée : toutes (corpus complet) ou la première, la dernière et une sur {@code PAS}. */
  private static boolean position(int k, int premiere, int derniere) {
    return COMPLET || k == premiere || k == derniere || k % PAS == 0;
  }

  /** Classeur réel du type rempli par l'export (le modèle DGCS est gardé tel quel par POI). */
  private static byte[] rempli(TypeEnquete type, int graine) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Resultat<Integer> r = EnqueteExcelWriter.ecrire(EnqueteExcelWriterTest.reponseComplete(type, graine), type, ANNEE, out,
        FormatExcel.XLS);
    assertThat(r.estSucces()).isTrue();
    return out.toByteArray();
  }

  private static byte[] modifier(byte[] classeur, Consumer<Workbook> edition) {
    try (Workbook wb = new HSSFWorkbook(new ByteArrayInputStream(classeur))) {
      edition.accept(wb);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      wb.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static Resultat<ImportEnquete> lire(byte[] classeur, TypeEnquete type) {
    return EnqueteExcelReader.lire(new ByteArrayInputStream(classeur), type, ANNEE);
  }

  private static ReponseEnquete patch(byte[] classeur, TypeEnquete type) {
    Resultat<ImportEnquete> r = lire(classeur, type);
    assertThat(r.violations()).filteredOn(Violation::estBloquante).isEmpty();
    return r.valeur().orElseThrow().patch();
  }

  private static void poser(Sheet s, int ligne, int colonne, Object v) {
    Row r = s.getRow(ligne) == null ? s.createRow(ligne) : s.getRow(ligne);
    Cell c = r.getCell(colonne) == null ? r.createCell(colonne) : r.getCell(colonne);
    if (v instanceof Number n) {
      c.setCellValue(n.doubleValue());
    } else {
      c.setCellValue(v.toString());
    }
  }

  /** Lu juste, ou refusé par des violations bloquantes qui portent chacune une adresse Feuille!Cellule. */
  private static boolean luJusteOuRefuse(Resultat<ImportEnquete> r, ReponseEnquete attendu, String cas) {
    if (r.estSucces()) {
      assertThat(r.valeur().orElseThrow().patch()).as(cas + " : lu, donc lu juste").isEqualTo(attendu);
      return true;
    }
    assertThat(r.violations()).as(cas).isNotEmpty().allSatisfy(v -> {
      assertThat(v.estBloquante()).isTrue();
      assertThat(v.chemin()).as(cas + " : refus précis à la cellule").contains("!");
      assertThat(v.message()).as(cas).containsAnyOf("libellé", "Libellé");
    });
    return false;
  }

  @ParameterizedTest
  @EnumSource(TypeEnquete.class)
  void feuille_supprimee_ou_ajoutee_devant_lu_juste(TypeEnquete type) {
    byte[] base = rempli(type, 3);
    ReponseEnquete attendu = patch(base, type);
    assertThat(attendu.tables()).hasSizeGreaterThan(2);
    byte[] sansAccueil = modifier(base, wb -> wb.removeSheetAt(wb.getSheetIndex("page d'accueil")));
    assertThat(patch(sansAccueil, type)).isEqualTo(attendu);
    byte[] ajoutDevant = modifier(base, wb -> {
      Sheet s = wb.createSheet("Notes de la direction");
      poser(s, 0, 0, "Reçu le");
      poser(s, 1, 3, 42);
      wb.setSheetOrder("Notes de la direction", 0);
    });
    assertThat(patch(ajoutDevant, type)).isEqualTo(attendu);
    byte[] lesDeux = modifier(base, wb -> {
      wb.removeSheetAt(wb.getSheetIndex("page d'accueil"));
      wb.createSheet("Feuil1");
      wb.setSheetOrder("Feuil1", 0);
      wb.createSheet("Feuil2");
      wb.setSheetOrder("Feuil2", 1);
    });
    assertThat(patch(lesDeux, type)).isEqualTo(attendu);
  }

  @Test
  void feuille_d_activite_supprimee_refusee_en_nommant_la_feuille_et_le_libelle() {
    byte[] base = rempli(TypeEnquete.INDIVIDUEL, 1);
    // Sans la feuille d'activité, « Populations » est à sa position : jamais lue comme l'activité.
    byte[] sansActivite = modifier(base, wb -> wb.removeSheetAt(2));
    Resultat<ImportEnquete> r = lire(sansActivite, TypeEnquete.INDIVIDUEL);
    assertThat(r.estSucces()).isFalse();
    assertThat(r.violations()).extracting(Violation::code).containsExactly("ENQUETE_FEUILLE_NON_RECONNUE");
    assertThat(r.violations().get(0).message()).contains("Populations").contains("activité")
        .contains("Informations relatives au nombre de mesures");
    assertThat(r.violations().get(0).chemin()).startsWith("Populations !");
  }

  /** Insertion d'une ligne vide à chaque ligne de chaque feuille lue des trois annexes. */
  @ParameterizedTest
  @EnumSource(TypeEnquete.class)
  void ligne_inseree_a_chaque_position_lu_juste_ou_refuse(TypeEnquete type) {
    byte[] base = rempli(type, 5);
    ReponseEnquete attendu = patch(base, type);
    int lus = 0;
    int total = 0;
    for (GabaritClasseur.FeuilleModele fm : GabaritClasseur.de(type).feuilles()) {
      for (int k = 1; k <= fm.lignesChamps.length(); k++) {
        if (!position(k, 1, fm.lignesChamps.length())) {
          continue;
        }
        int ligne = k;
        byte[] modifie = modifier(base, wb -> {
          Sheet s = wb.getSheet(fm.nomModele);
          s.shiftRows(ligne, s.getLastRowNum(), 1);
        });
        lus += luJusteOuRefuse(lire(modifie, type), attendu, fm.nomModele + " : ligne insérée en " + (ligne + 1)) ? 1 : 0;
        total++;
      }
    }
    // Les lignes insérées sont suivies : la plupart des classeurs sont lus, pas seulement refusés.
    assertThat(lus).as("%d lus sur %d", lus, total).isGreaterThan(total * 8 / 10);
  }

  /** Suppression de chaque ligne de chaque feuille lue : lu juste (ligne sans saisie) ou refusé. */
  @ParameterizedTest
  @EnumSource(TypeEnquete.class)
  void ligne_supprimee_a_chaque_position_lu_juste_ou_refuse(TypeEnquete type) {
    byte[] base = rempli(type, 7);
    ReponseEnquete attendu = patch(base, type);
    int lus = 0;
    int refuses = 0;
    for (GabaritClasseur.FeuilleModele fm : GabaritClasseur.de(type).feuilles()) {
      for (int k = 0; k < fm.lignesChamps.length(); k++) {
        if (!position(k, 0, fm.lignesChamps.length() - 1)) {
          continue;
        }
        int ligne = k;
        byte[] modifie = modifier(base, wb -> {
          Sheet s = wb.getSheet(fm.nomModele);
          Row r = s.getRow(ligne);
          if (r != null) {
            s.removeRow(r);
          }
          s.shiftRows(ligne + 1, s.getLastRowNum(), -1);
        });
        Resultat<ImportEnquete> r = lire(modifie, type);
        boolean grille = type == TypeEnquete.PREPOSE && fm.nomModele.equals(MOD) && ligne >= 28 && ligne <= 47;
        if (grille) {
          // ligne de la grille des établissements : un établissement de moins, le nombre déclaré (B22) le signale
          if (etablissements(attendu).size() > ligne - 28) {
            assertThat(etablissements(r.valeur().orElseThrow().patch())).hasSize(etablissements(attendu).size() - 1);
            assertThat(r.violations()).extracting(Violation::code).contains("ENQUETE_ETABLISSEMENTS_NOMBRE_DIFFERENT");
            lus++;
            continue;
          }
        }
        if (fm.lignesChamps.get(ligne) && !grille && r.estSucces()) {
          // ligne de saisie supprimée et lue : seulement si rien ne la distingue de cellules effacées (ligne
          // sans libellé en fin de feuille) ; alors chaque valeur lue est celle du classeur intact, aucune n'a
          // glissé d'une ligne.
          ReponseEnquete lu = r.valeur().orElseThrow().patch();
          assertThat(lu).as(fm.nomModele + " : ligne de saisie %d supprimée", ligne + 1).isNotEqualTo(attendu);
          lu.tables().forEach((t, m) -> m.forEach((cle, v) ->
              assertThat(attendu.table(t).get(cle)).as(fm.nomModele + " ligne %d supprimée : %s", ligne + 1, cle).isEqualTo(v)));
          lus++;
          continue;
        }
        if (luJusteOuRefuse(r, attendu, fm.nomModele + " : ligne supprimée en " + (ligne + 1))) {
          lus++;
        } else {
          refuses++;
        }
      }
    }
    assertThat(lus).isPositive();
    assertThat(refuses).isPositive();
  }

  @Test
  void valeur_dans_une_ligne_inseree_signalee_avec_sa_cellule() {
    TypeEnquete type = TypeEnquete.INDIVIDUEL;
    byte[] base = rempli(type, 2);
    ReponseEnquete attendu = patch(base, type);
    // Ligne insérée sous « Curatelle renforcée — En établissement » (ligne 8 → 9), avec un nombre en D9.
    byte[] modifie = modifier(base, wb -> {
      Sheet s = wb.getSheetAt(2);
      s.shiftRows(8, s.getLastRowNum(), 1);
      poser(s, 8, 3, 17);
    });
    Resultat<ImportEnquete> r = lire(modifie, type);
    assertThat(r.valeur().orElseThrow().patch()).isEqualTo(attendu);
    assertThat(r.violations()).extracting(Violation::code, Violation::chemin)
        .contains(org.assertj.core.groups.Tuple.tuple("ENQUETE_VALEUR_HORS_CHAMP", "activité 2019 et flux!D9"));
  }

  @Test
  void grille_plus_longue_que_declaree_lue_entiere_et_signalee() {
    TypeEnquete type = TypeEnquete.PREPOSE;
    byte[] base = rempli(type, 0);
    for (int g = 0; etablissements(patch(base, type)).size() != 20; g++) {
      base = rempli(type, g); // graine donnant 20 établissements (0, 3 ou 20 selon la graine)
    }
    List<ValeurReponse.Bloc> avant = etablissements(patch(base, type));
    assertThat(avant).hasSize(20);
    byte[] modifie = modifier(base, wb -> {
      Sheet s = wb.getSheet(MOD);
      s.shiftRows(38, s.getLastRowNum(), 3); // 3 lignes insérées au milieu de la grille
      for (int i = 0; i < 3; i++) {
        poser(s, 38 + i, 0, "01000000" + i);
        poser(s, 38 + i, 6, 100 + i);
      }
    });
    Resultat<ImportEnquete> r = lire(modifie, type);
    List<ValeurReponse.Bloc> apres = etablissements(r.valeur().orElseThrow().patch());
    assertThat(apres).hasSize(23);
    assertThat(apres.subList(0, 10)).isEqualTo(avant.subList(0, 10));
    assertThat(apres.subList(13, 23)).isEqualTo(avant.subList(10, 20));
    assertThat(apres.get(10).membre("nombre_mesures")).contains(ValeurReponse.entier(100));
    assertThat(r.violations()).filteredOn(v -> v.code().equals("ENQUETE_ETABLISSEMENTS_NOMBRE_DIFFERENT"))
        .singleElement().satisfies(v -> {
          assertThat(v.chemin()).isEqualTo(MOD + "!B22");
          assertThat(v.message()).contains("20").contains("23");
        });
  }

  private static List<ValeurReponse.Bloc> etablissements(ReponseEnquete p) {
    ValeurReponse v = p.valeur("enquete_reponses_modalites_exercice", "nombre_lits_journee_hospitalisation").orElseThrow();
    return ((ValeurReponse.Liste) v).elements();
  }

  @Test
  void zeros_dans_les_grilles_a_choix_et_deux_choix_signales() {
    String info = "info mandataire-exerc. activité";
    byte[] base = rempli(TypeEnquete.INDIVIDUEL, 0);
    byte[] zeros = modifier(base, wb -> {
      Sheet s = wb.getSheet(info);
      for (int c = 1; c <= 5; c++) {
        poser(s, 51, c, 0);
      }
      poser(s, 51, 6, 1);
    });
    Resultat<ImportEnquete> r = lire(zeros, TypeEnquete.INDIVIDUEL);
    assertThat(r.valeur().orElseThrow().patch().valeur("enquete_reponses_agrements_formations", "niveau_qualification"))
        .contains(ValeurReponse.entier(6));
    assertThat(r.violations()).extracting(Violation::code).doesNotContain("ENQUETE_CHOIX_MULTIPLE", "ENQUETE_CELLULE_IGNOREE");
    byte[] deux = modifier(base, wb -> {
      Sheet s = wb.getSheet(info);
      for (int c = 1; c <= 6; c++) {
        poser(s, 51, c, c == 2 || c == 5 ? 1 : 0);
      }
    });
    Resultat<ImportEnquete> r2 = lire(deux, TypeEnquete.INDIVIDUEL);
    assertThat(r2.valeur().orElseThrow().patch().valeur("enquete_reponses_agrements_formations", "niveau_qualification"))
        .contains(ValeurReponse.entier(2));
    assertThat(r2.violations()).filteredOn(v -> v.code().equals("ENQUETE_CHOIX_MULTIPLE")).singleElement()
        .satisfies(v -> assertThat(v.message()).contains(info + "!C52").contains(info + "!F52"));
  }

  @Test
  void finess_numeriques_completes_et_signales() {
    byte[] base = rempli(TypeEnquete.PREPOSE, 1); // 3 établissements
    byte[] modifie = modifier(base, wb -> {
      Sheet s = wb.getSheet(MOD);
      poser(s, 28, 0, 10780054);
      poser(s, 29, 0, 750000001);
      poser(s, 30, 0, 1234);
    });
    Resultat<ImportEnquete> r = lire(modifie, TypeEnquete.PREPOSE);
    List<ValeurReponse.Bloc> e = etablissements(r.valeur().orElseThrow().patch());
    assertThat(e.get(0).membre("finess")).contains(ValeurReponse.texte("010780054"));
    assertThat(e.get(1).membre("finess")).contains(ValeurReponse.texte("750000001"));
    assertThat(e.get(2).membre("finess")).contains(ValeurReponse.texte("000001234"));
    assertThat(r.violations()).extracting(Violation::code, Violation::chemin).contains(
        org.assertj.core.groups.Tuple.tuple("ENQUETE_FINESS_COMPLETE", MOD + "!A29"),
        org.assertj.core.groups.Tuple.tuple("ENQUETE_FINESS_COMPLETE", MOD + "!A31"),
        org.assertj.core.groups.Tuple.tuple("ENQUETE_FINESS_INVALIDE", MOD + "!A31"))
        .doesNotContain(org.assertj.core.groups.Tuple.tuple("ENQUETE_FINESS_COMPLETE", MOD + "!A30"));
  }

  @Test
  void entiers_hors_bornes_refuses_par_cellule_jamais_replies() {
    TypeEnquete type = TypeEnquete.SERVICE;
    byte[] base = rempli(type, 1);
    List<Object> valeurs = new ArrayList<>(List.of(1e308, "18446744073709551621", 9.3e18, -1e19));
    for (Object v : valeurs) {
      byte[] modifie = modifier(base, wb -> poser(wb.getSheetAt(3), 13, 3, v)); // activité!D14
      Resultat<ImportEnquete> r = lire(modifie, type);
      assertThat(r.valeur().orElseThrow().patch().valeur("enquete_reponses_activite", "tutelle_etablissement_debut_annee"))
          .as("%s", v).isEmpty();
      assertThat(r.violations()).extracting(Violation::code, Violation::chemin)
          .contains(org.assertj.core.groups.Tuple.tuple("ENQUETE_ENTIER_HORS_BORNES", "activité 2019 et flux!D14"));
      assertThat(r.violations().toString()).doesNotContain("18446744073709551621");
    }
    Map<String, Object> ok = Map.of("D14", 9.0e18);
    byte[] grand = modifier(base, wb -> poser(wb.getSheetAt(3), 13, 3, ok.get("D14")));
    assertThat(patch(grand, type).valeur("enquete_reponses_activite", "tutelle_etablissement_debut_annee"))
        .contains(ValeurReponse.entier(9_000_000_000_000_000_000L));
  }

  /**
   * Colonne insérée à chaque colonne A à J de chaque feuille des trois annexes (ce que fait un mandataire
   * qui ajoute une colonne de notes) : lu juste ou refusé à la cellule, jamais lu dans la colonne voisine.
   * Avant le contrôle des colonnes, une colonne insérée entre les libellés et les saisies faisait lire
   * chaque valeur de l'activité dans sa voisine sans aucune violation bloquante.
   */
  @ParameterizedTest
  @EnumSource(TypeEnquete.class)
  void colonne_inseree_a_chaque_position_lu_juste_ou_refuse(TypeEnquete type) {
    byte[] base = rempli(type, 5);
    ReponseEnquete attendu = patch(base, type);
    // HSSFSheet.shiftColumns perd les cellules de ces colonnes (la colonne D des prestations, la colonne C
    // de « info service ») : le classeur obtenu n'a plus les valeurs, il n'y a rien à lire juste.
    List<String> perduesParPoi = List.of("Prestations sociales :3", "info service :2");
    int refusees = 0;
    for (GabaritClasseur.FeuilleModele fm : GabaritClasseur.de(type).feuilles()) {
      for (int c = 0; c < 10; c++) {
        int col = c;
        byte[] modifie;
        try {
          modifie = modifier(base, wb -> {
            Sheet s = wb.getSheet(fm.nomModele);
            int derniere = 0;
            for (Row r : s) {
              derniere = Math.max(derniere, r.getLastCellNum());
            }
            s.shiftColumns(col, derniere, 1);
          });
        } catch (IllegalArgumentException | IllegalStateException e) {
          continue; // POI ne sait pas décaler ces colonnes (formules partagées, colonne après la dernière)
        }
        if (perduesParPoi.contains(fm.nomModele + ":" + c)) {
          continue;
        }
        if (fm.nomModele.equals("Financement") && c == 3) {
          // Colonne insérée entre les libellés (A, C) et les saisies (D) d'une feuille sans en-tête de
          // colonne : rien ne distingue la colonne vide d'une colonne laissée vide ; les valeurs poussées
          // en E ne sont pas lues et chacune est signalée à sa cellule.
          assertThat(lire(modifie, type).violations()).extracting(Violation::code, Violation::chemin).contains(
              org.assertj.core.groups.Tuple.tuple("ENQUETE_VALEUR_HORS_CHAMP", "Financement!E6"),
              org.assertj.core.groups.Tuple.tuple("ENQUETE_VALEUR_HORS_CHAMP", "Financement!E9"));
          continue;
        }
        refusees += luJusteOuRefuse(lire(modifie, type), attendu, fm.nomModele + " : colonne insérée en " + c) ? 0 : 1;
      }
    }
    assertThat(refusees).isPositive();
  }

  /**
   * Classeur rempli, modifié (deux lignes insérées dans l'activité, feuille ajoutée devant) puis
   * enregistré en .xlsx par LibreOffice (styles, chaînes partagées et formules réécrits par lui) : lu
   * comme l'export intact, sans violation bloquante.
   */
  @ParameterizedTest
  @EnumSource(TypeEnquete.class)
  void enregistre_en_xlsx_par_libreoffice_lu_juste(TypeEnquete type) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    assertThat(EnqueteExcelWriter.ecrire(EnqueteExcelWriterTest.reponseComplete(type, 4), type, ANNEE, out, FormatExcel.XLS)
        .estSucces()).isTrue();
    ReponseEnquete attendu = patch(out.toByteArray(), type);
    String nom = "/enquete/libreoffice/lo-" + type.name().toLowerCase(java.util.Locale.ROOT) + ".xlsx";
    byte[] lo;
    try (java.io.InputStream in = ClasseursModifiesTest.class.getResourceAsStream(nom)) {
      assertThat(in).as(nom).isNotNull();
      lo = in.readAllBytes();
    }
    assertThat(patch(lo, type)).isEqualTo(attendu);
  }

  /**
   * Feuilles renommées (sans accents, en capitales, espaces doublés, année changée), masquées, et copie
   * masquée de chaque feuille, aux nombres modifiés, placée devant : lu comme le classeur intact (la
   * feuille du nom d'origine est préférée à sa copie).
   */
  @ParameterizedTest
  @EnumSource(TypeEnquete.class)
  void feuilles_renommees_masquees_ou_copiees_lu_juste(TypeEnquete type) {
    byte[] base = rempli(type, 5);
    ReponseEnquete attendu = patch(base, type);
    byte[] renommees = modifier(base, wb -> {
      for (int i = 0; i < wb.getNumberOfSheets(); i++) {
        String n = java.text.Normalizer.normalize(wb.getSheetName(i), java.text.Normalizer.Form.NFD)
            .replaceAll("\\p{M}", "").toUpperCase(java.util.Locale.ROOT).replace("2019", "2020");
        String double_ = n.replace(" ", "  ");
        wb.setSheetName(i, (double_.length() <= 31 ? double_ : n).trim());
      }
    });
    assertThat(patch(renommees, type)).isEqualTo(attendu);
    byte[] masquees = modifier(base, wb -> {
      for (int i = 0; i < wb.getNumberOfSheets(); i++) {
        wb.setSheetHidden(i, i != wb.getNumberOfSheets() - 1);
      }
    });
    assertThat(patch(masquees, type)).isEqualTo(attendu);
    int feuilles = GabaritClasseur.de(type).feuilles().size();
    for (GabaritClasseur.FeuilleModele fm : GabaritClasseur.de(type).feuilles()) {
      byte[] copie = modifier(base, wb -> {
        Sheet c = wb.cloneSheet(wb.getSheetIndex(fm.nomModele));
        for (Row r : c) {
          for (Cell x : r) {
            if (x.getCellType() == org.apache.poi.ss.usermodel.CellType.NUMERIC) {
              x.setCellValue(x.getNumericCellValue() + 7);
            }
          }
        }
        wb.setSheetOrder(c.getSheetName(), 0);
        wb.setSheetHidden(0, true);
      });
      assertThat(patch(copie, type)).as("copie masquée de %s", fm.nomModele).isEqualTo(attendu);
    }
    assertThat(feuilles).isGreaterThan(2);
  }

  /** Même suivi des lignes pour un .xlsx (lu en flux SAX) : ligne insérée dans l'activité, feuille ajoutée devant. */
  @ParameterizedTest
  @EnumSource(TypeEnquete.class)
  void xlsx_ligne_inseree_et_feuille_ajoutee_lu_juste(TypeEnquete type) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    assertThat(EnqueteExcelWriter.ecrire(EnqueteExcelWriterTest.reponseComplete(type, 4), type, ANNEE, out, FormatExcel.XLSX)
        .estSucces()).isTrue();
    ReponseEnquete attendu = patch(out.toByteArray(), type);
    ByteArrayOutputStream modifie = new ByteArrayOutputStream();
    try (org.apache.poi.xssf.usermodel.XSSFWorkbook wb =
        new org.apache.poi.xssf.usermodel.XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
      Sheet activite = wb.getSheet("activité 2019 et flux");
      activite.shiftRows(12, activite.getLastRowNum(), 2);
      poser(activite, 12, 4, 5); // nombre dans une ligne insérée
      wb.createSheet("Notes");
      wb.setSheetOrder("Notes", 0);
      wb.write(modifie);
    }
    Resultat<ImportEnquete> r = lire(modifie.toByteArray(), type);
    assertThat(r.valeur().orElseThrow().patch()).isEqualTo(attendu);
    assertThat(r.violations()).extracting(Violation::code, Violation::chemin)
        .contains(org.assertj.core.groups.Tuple.tuple("ENQUETE_VALEUR_HORS_CHAMP", "activité 2019 et flux!E13"));
  }
}
