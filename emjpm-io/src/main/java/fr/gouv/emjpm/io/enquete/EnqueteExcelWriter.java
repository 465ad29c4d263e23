// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.io.enquete;

import fr.gouv.emjpm.domain.commun.Resultat;
import fr.gouv.emjpm.domain.commun.Violation;
import fr.gouv.emjpm.domain.enquete.ReponseEnquete;
import fr.gouv.emjpm.domain.enquete.TypeEnquete;
import fr.gouv.emjpm.domain.enquete.ValeurReponse;
import fr.gouv.emjpm.rules.enquete.CatalogueEnquete;
import fr.gouv.emjpm.rules.enquete.CelluleExcel;
import fr.gouv.emjpm.rules.enquete.ChampEnquete;
import fr.gouv.emjpm.rules.enquete.TypeChamp;
import fr.gouv.emjpm.rules.enquete.ValeurEnumeration;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Export d'une réponse dans le classeur DGCS vierge de son type (modèle 2019 embarqué), aux cellules
 * que l'import lit, de sorte que l'import de l'export redonne chaque valeur portée par le classeur.
 *
 * <p>Portés (import(export(a)) = a) : toute valeur de chaque champ du catalogue qui a une cellule, 0 et
 * bornes comprises, dans les bornes du catalogue ; la liste des établissements, vide comprise (sa taille
 * est écrite en B22, 0 pour la liste vide) ; un bloc JSON vide dès qu'une autre clé de son étape est
 * renseignée ; actions_information_tuteurs_familiaux (vide relu « non »). Non portés : une valeur sous
 * la borne basse d'un champ « > 0 » (écartée à l'import avec avertissement), un bloc JSON vide seul
 * dans son étape, un bloc intermédiaire vide, un établissement sans aucun membre, au-delà de 20
 * établissements ; ces deux derniers cas, et un code ou un niveau sans case, donnent un avertissement
 * {@code ENQUETE_EXPORT_VALEUR_NON_PORTEE}.
 *
 * <p>En .xlsx, le modèle est recopié cellule par cellule (valeurs et formules, sans mise en forme ni
 * listes déroulantes).
 *
 * <p>Avant l'écriture, toutes les formules du classeur (totaux, feuille « Données à exporter ») sont
 * recalculées et leur résultat est stocké dans la cellule : un programme qui lit le fichier sans Excel
 * (consolidation d'une direction) voit les totaux, et non les résultats périmés du modèle vierge.
 */
public final class EnqueteExcelWriter {

  /** Libellés propres au classeur quand ils diffèrent de ceux de l'application (§6.11). */
  private static final Map<String, String> LIBELLES_CLASSEUR =
      Map.of("organisme_prive_non_lucratif", "Organisme privé à but non lucratif (dont GC privés)");

  private EnqueteExcelWriter() {}

  /**
   * Écrit la réponse dans le classeur de son type.
   *
   * @param reponse réponse à exporter (son type doit être {@code type})
   * @param type type d'enquête
   * @param annee année de la campagne (réservée aux libellés ; le modèle reste celui de 2019)
   * @param sortie flux de sortie (non fermé)
   * @param format .xls ou .xlsx
   * @return le nombre de cellules écrites (avec les avertissements {@code ENQUETE_EXPORT_VALEUR_NON_PORTEE}),
   *     ou {@code ENQUETE_EXPORT_IMPOSSIBLE}
   */
  public static Resultat<Integer> ecrire(
      ReponseEnquete reponse, TypeEnquete type, int annee, OutputStream sortie, FormatExcel format) {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(sortie, "sortie");
    Objects.requireNonNull(format, "format");
    if (reponse.type() != type) {
      return Resultat.echec(Violation.de(CodeImportEnquete.ENQUETE_EXPORT_IMPOSSIBLE, "/type"));
    }
    try (InputStream in = EnqueteExcelWriter.class.getResourceAsStream(type.classeur())) {
      if (in == null) {
        return Resultat.echec(Violation.de(CodeImportEnquete.ENQUETE_EXPORT_IMPOSSIBLE, ""));
      }
      try (HSSFWorkbook modele = new HSSFWorkbook(in);
          Workbook cible = format == FormatExcel.XLS ? modele : copierEnXlsx(modele)) {
        List<Violation> avertissements = new ArrayList<>();
        int n = remplir(cible, reponse, type, avertissements);
        recalculer(cible);
        cible.setForceFormulaRecalculation(true);
        cible.write(sortie);
        return Resultat.succes(n, avertissements);
      }
    } catch (IOException | RuntimeException e) {
      return Resultat.echec(Violation.de(CodeImportEnquete.ENQUETE_EXPORT_IMPOSSIBLE, ""));
    }
  }

  private static int remplir(Workbook classeur, ReponseEnquete reponse, TypeEnquete type, List<Violation> av) {
    CartographieClasseur carte = new CartographieClasseur(ClasseurLu.de(classeur), type);
    List<Violation> ignores = new ArrayList<>();
    int n = 0;
    for (ChampEnquete champ : CatalogueEnquete.standard().champs(type)) {
      Optional<ValeurReponse> v = reponse.valeur(champ.table(), champ.cle());
      if (champ.excel().isEmpty() || v.isEmpty()) {
        continue;
      }
      CelluleExcel excel = champ.excel().get();
      Sheet feuille = classeur.getSheetAt(carte.indexFeuille(excel.feuille()).orElseThrow());
      String cellule = excel.cellule();
      ValeurReponse valeur = v.get();
      if (champ.type() == TypeChamp.GROUPE_REPETE) {
        n += ecrireListe(feuille, champ, excel, valeur, av);
      } else if (CartographieClasseur.estChoix(champ)) {
        List<CellReference> cellules = CartographieClasseur.cellulesDuChoix(excel);
        int index = indexChoix(champ, valeur);
        if (index >= 0 && index < cellules.size()) {
          poser(feuille, cellules.get(index), 1.0);
          n++;
        } else {
          av.add(nonPortee(champ, "aucune case du classeur ne correspond à cette valeur"));
        }
      } else if (champ.cle().equals("actions_information_tuteurs_familiaux")) {
        if (valeur.equals(ValeurReponse.ouiNon(true))) {
          poser(feuille, new CellReference(cellule), 1.0);
          n++;
        }
      } else {
        if (champ.cle().equals("nb_structures_concernees")) {
          poser(feuille, new CellReference(CartographieClasseur.CELLULE_COOPERATION), 1.0);
        }
        poser(feuille, carte.adresse(champ, excel, cellule, ignores), versCellule(champ, valeur));
        n++;
      }
    }
    return n;
  }

  private static int indexChoix(ChampEnquete champ, ValeurReponse valeur) {
    if (champ.cle().equals("niveau_qualification")) {
      return valeur.nombre().filter(b -> b.stripTrailingZeros().scale() <= 0).map(b -> b.intValue() - 1).orElse(-1);
    }
    if (valeur instanceof ValeurReponse.Texte t) {
      List<ValeurEnumeration> valeurs = champ.valeurs();
      for (int i = 0; i < valeurs.size(); i++) {
        if (valeurs.get(i).code().equals(t.valeur())) {
          return i;
        }
      }
    }
    return -1;
  }

  /**
   * Une ligne par élément (lignes 29–48, au plus 20) et leur nombre en B22 (« Nombre d'établissements »),
   * ce qui porte aussi la liste vide (B22 = 0).
   */
  private static int ecrireListe(
      Sheet feuille, ChampEnquete champ, CelluleExcel excel, ValeurReponse valeur, List<Violation> av) {
    if (!(valeur instanceof ValeurReponse.Liste liste)) {
      av.add(nonPortee(champ, "une liste est attendue"));
      return 0;
    }
    List<Integer> lignes = CartographieClasseur.lignesListe(excel);
    poser(feuille, new CellReference(CartographieClasseur.CELLULE_NOMBRE_ETABLISSEMENTS), (double) liste.elements().size());
    int n = 1;
    if (liste.elements().size() > lignes.size()) {
      av.add(nonPortee(champ, "au-delà de " + lignes.size() + " établissements (lignes du classeur)"));
    }
    for (int i = 0; i < liste.elements().size() && i < lignes.size(); i++) {
      ValeurReponse.Bloc el = liste.elements().get(i);
      if (champ.champsElement().stream().noneMatch(sous -> el.membre(sous.cle()).isPresent())) {
        av.add(nonPortee(champ, "l'établissement " + (i + 1) + " n'a aucune valeur (ligne vide)"));
      }
      for (ChampEnquete sous : champ.champsElement()) {
        Optional<ValeurReponse> m = el.membre(sous.cle());
        if (m.isPresent()) {
          poser(feuille, CartographieClasseur.celluleElement(sous, lignes.get(i)), versCellule(sous, m.get()));
          n++;
        }
      }
    }
    return n;
  }

  private static Violation nonPortee(ChampEnquete champ, String motif) {
    String chemin = champ.table() + "." + champ.cle();
    return Violation.de(CodeImportEnquete.ENQUETE_EXPORT_VALEUR_NON_PORTEE, chemin, Map.of("champ", champ.cle(), "motif", motif));
  }

  private static Object versCellule(ChampEnquete champ, ValeurReponse v) {
    if (v instanceof ValeurReponse.Entier e) {
      return (double) e.valeur();
    }
    if (v instanceof ValeurReponse.Decimal d) {
      return d.valeur().doubleValue();
    }
    if (v instanceof ValeurReponse.OuiNon o) {
      return o.valeur() ? "Oui" : "Non";
    }
    if (v instanceof ValeurReponse.Texte t) {
      return champ.type() == TypeChamp.ENUMERATION
          ? LIBELLES_CLASSEUR.getOrDefault(t.valeur(), champ.libelleDuCode(t.valeur()).orElse(t.valeur()))
          : t.valeur();
    }
    return "";
  }

  private static void poser(Sheet feuille, CellReference ref, Object valeur) {
    Row row = feuille.getRow(ref.getRow()) == null ? feuille.createRow(ref.getRow()) : feuille.getRow(ref.getRow());
    Cell c = row.getCell(ref.getCol()) == null ? row.createCell(ref.getCol()) : row.getCell(ref.getCol());
    if (valeur instanceof Double d) {
      c.setCellValue(d);
    } else {
      c.setCellValue(valeur.toString());
    }
  }

  /**
   * Recalcule chaque formule et stocke son résultat dans la cellule (xls et xlsx). Une formule que
   * l'évaluateur de POI ne sait pas calculer garde son résultat précédent ; les autres sont calculées.
   */
  static void recalculer(Workbook classeur) {
    org.apache.poi.ss.usermodel.FormulaEvaluator evaluateur =
        classeur.getCreationHelper().createFormulaEvaluator();
    evaluateur.clearAllCachedResultValues();
    for (Sheet feuille : classeur) {
      for (Row r : feuille) {
        for (Cell c : r) {
          if (c.getCellType() == CellType.FORMULA) {
            try {
              evaluateur.evaluateFormulaCell(c);
            } catch (RuntimeException e) { // fonction non prise en charge : résultat précédent gardé
              continue;
            }
          }
        }
      }
    }
  }

  private static Workbook copierEnXlsx(HSSFWorkbook source) {
    XSSFWorkbook cible = new XSSFWorkbook();
    for (int i = 0; i < source.getNumberOfSheets(); i++) {
      Sheet s = source.getSheetAt(i);
      Sheet d = cible.createSheet(source.getSheetName(i));
      for (Row r : s) {
        Row nr = d.createRow(r.getRowNum());
        for (Cell c : r) {
          Cell nc = nr.createCell(c.getColumnIndex());
          copierCellule(c, nc);
        }
      }
    }
    return cible;
  }

  private static void copierCellule(Cell c, Cell nc) {
    CellType t = c.getCellType();
    if (t == CellType.FORMULA) {
      try {
        nc.setCellFormula(c.getCellFormula());
        return;
      } catch (RuntimeException e) {
        t = c.getCachedFormulaResultType();
      }
    }
    switch (t) {
      case NUMERIC -> nc.setCellValue(c.getNumericCellValue());
      case STRING -> nc.setCellValue(c.getStringCellValue());
      case BOOLEAN -> nc.setCellValue(c.getBooleanCellValue());
      default -> nc.setBlank();
    }
  }
}
