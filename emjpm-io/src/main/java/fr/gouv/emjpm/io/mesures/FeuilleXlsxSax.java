// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.io.mesures;

import fr.gouv.emjpm.io.internal.ArretLecture;
import fr.gouv.emjpm.io.internal.ChainesPartagees;
import fr.gouv.emjpm.io.internal.Echeance;
import java.util.HashMap;
import java.util.Map;
import org.apache.poi.ss.usermodel.BuiltinFormats;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler.SheetContentsHandler;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.jspecify.annotations.Nullable;
import org.xml.sax.Attributes;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Analyseur SAX d'une feuille .xlsx qui rend, cellule par cellule, la même valeur textuelle que le
 * {@code XSSFSheetXMLHandler} de POI (valeur en cache des formules, nombres formatés par leur style
 * avec {@link DataFormatter}, booléens TRUE/FALSE, erreurs « ERROR: »), sans construire d'objet
 * XMLBeans par chaîne : les chaînes partagées ({@link ChainesPartagees}) sont décodées une fois, à la
 * lecture de la table, les chaînes en ligne décodent seulement les échappements {@code _xHHHH_}. Sans
 * commentaires ni en-têtes de page (inutiles à l'import).
 *
 * <p>Borné : le texte brut d'une cellule n'est jamais accumulé au-delà de 7 fois {@code celluleMax}
 * caractères (un échappement de 7 caractères donne 1 caractère ; la valeur rendue est ensuite comparée
 * exactement à {@code celluleMax} par le lecteur) : une cellule démesurée arrête la lecture dès ce seuil
 * ({@code IMPORT_CELLULE_TROP_LONGUE}) ; l'échéance est vérifiée tous les {@value Echeance#ELEMENTS}
 * éléments. Non thread-safe (un par lecture).
 */
final class FeuilleXlsxSax extends DefaultHandler {
  private static final String NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

  private enum Type { NOMBRE, BOOLEEN, ERREUR, EN_LIGNE, PARTAGEE, FORMULE }

  /** Format numérique d'un style : indice et chaîne de format (null = valeur brute). */
  private record Format(int indice, @Nullable String chaine) {}

  private static final Format SANS_FORMAT = new Format(-1, null);

  /** Texte d'une cellule numérique : valeur brute, indice et chaîne du format de son style (nulle : aucun). */
  @FunctionalInterface
  interface Nombres {
    String texte(String brut, int indice, @Nullable String chaine);
  }

  private final @Nullable StylesTable styles;
  private final ChainesPartagees chaines;
  private final SheetContentsHandler sortie;
  private final Nombres nombres;
  private final int celluleMax;
  private final int brutMax;
  private final Echeance echeance;
  /** Formats par indice de style existant (jamais plus d'entrées que de styles du classeur). */
  private final Map<Integer, Format> formats = new HashMap<>();
  private final StringBuilder valeur = new StringBuilder();
  private boolean valeurOuverte;
  private boolean enLigneOuverte;
  private boolean phonetique;
  private Type type = Type.NOMBRE;
  private Format format = SANS_FORMAT;
  private @Nullable String reference;
  private int ligne;
  private int ligneSuivante;
  /** Lignes d'une feuille Excel (1 048 576) : un numéro au-delà est refusé. */
  static final int LIGNES_EXCEL = 1 << 20;
  private int elements;

  FeuilleXlsxSax(@Nullable StylesTable styles, ChainesPartagees chaines, SheetContentsHandler sortie,
      DataFormatter formateur, int celluleMax, Echeance echeance) {
    this(styles, chaines, sortie, (brut, indice, chaine) -> formaterCommePoi(formateur, brut, indice, chaine),
        celluleMax, echeance);
  }

  /**
   * Analyseur qui rend les cellules numériques avec {@code nombres} (l'import des mesures : dates et
   * entiers exacts, {@link CellulesNumeriques}) au lieu du rendu de POI.
   */
  FeuilleXlsxSax(@Nullable StylesTable styles, ChainesPartagees chaines, SheetContentsHandler sortie,
      Nombres nombres, int celluleMax, Echeance echeance) {
    this.styles = styles;
    this.chaines = chaines;
    this.sortie = sortie;
    this.nombres = nombres;
    this.celluleMax = celluleMax;
    this.brutMax = ChainesPartagees.brutMax(celluleMax);
    this.echeance = echeance;
  }

  @Override
  public void startElement(String uri, String local, String qName, Attributes a) {
    if (++elements % Echeance.ELEMENTS == 0) {
      echeance.verifier();
    }
    if (uri != null && !uri.isEmpty() && !uri.equals(NS)) {
      return;
    }
    switch (local) {
      case "v" -> {
        valeurOuverte = true;
        if (!enLigneOuverte) {
          valeur.setLength(0);
        }
      }
      case "t" -> valeurOuverte = enLigneOuverte && !phonetique;
      case "rPh" -> phonetique = true;
      case "is" -> {
        enLigneOuverte = true;
        valeur.setLength(0);
      }
      case "row" -> {
        String r = a.getValue("r");
        ligne = r == null ? ligneSuivante : numeroDeLigne(r) - 1;
        if (ligne < 0 || ligne >= LIGNES_EXCEL) {
          // au-delà de la dernière ligne d'Excel (ou numéro qui déborderait) : fichier illisible
          throw ArretLecture.de(CodeImport.IMPORT_ILLISIBLE, Map.of());
        }
        sortie.startRow(ligne);
      }
      case "c" -> debutCellule(a);
      default -> { }
    }
  }

  /** Numéro de ligne (base 1) d'un attribut {@code r} : chiffres ASCII, sinon 0 (refusé). */
  private static int numeroDeLigne(String r) {
    String s = r.trim();
    if (s.isEmpty() || s.length() > 7) {
      return 0;
    }
    int n = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') {
        return 0;
      }
      n = n * 10 + (c - '0');
    }
    return n;
  }

  private void debutCellule(Attributes a) {
    reference = a.getValue("r");
    String t = a.getValue("t");
    valeur.setLength(0);
    format = SANS_FORMAT;
    type = t == null ? Type.NOMBRE : switch (t) {
      case "b" -> Type.BOOLEEN;
      case "e" -> Type.ERREUR;
      case "inlineStr" -> Type.EN_LIGNE;
      case "s" -> Type.PARTAGEE;
      case "str" -> Type.FORMULE;
      default -> Type.NOMBRE;
    };
    if (type == Type.NOMBRE || type == Type.FORMULE) {
      String s = a.getValue("s");
      format = formatDuStyle(s == null ? -1 : Integer.parseInt(s.trim()));
    }
  }

  /** Format du style (le style 0 quand la cellule n'en porte pas), mis en cache par indice. */
  private Format formatDuStyle(int indice) {
    if (styles == null || (indice < 0 && styles.getNumCellStyles() == 0)) {
      return SANS_FORMAT;
    }
    int i = Math.max(indice, 0);
    if (i >= styles.getNumCellStyles()) {
      return SANS_FORMAT; // style inexistant (POI : getStyleAt rend null) ; jamais mis en cache
    }
    return formats.computeIfAbsent(i, k -> {
      XSSFCellStyle style = styles.getStyleAt(k);
      if (style == null) {
        return SANS_FORMAT;
      }
      int f = style.getDataFormat();
      String chaine = style.getDataFormatString();
      return new Format(f, chaine != null ? chaine : BuiltinFormats.getBuiltinFormat(f));
    });
  }

  @Override
  public void endElement(String uri, String local, String qName) {
    if (uri != null && !uri.isEmpty() && !uri.equals(NS)) {
      return;
    }
    switch (local) {
      case "v" -> {
        valeurOuverte = false;
        if (!enLigneOuverte) {
          emettreCellule();
        }
      }
      case "t" -> valeurOuverte = false;
      case "rPh" -> phonetique = false;
      case "is" -> {
        enLigneOuverte = false;
        emettreCellule();
      }
      case "row" -> {
        sortie.endRow(ligne);
        ligneSuivante = ligne + 1;
      }
      default -> { }
    }
  }

  @Override
  public void characters(char[] ch, int debut, int longueur) {
    if (valeurOuverte) {
      if (valeur.length() + (long) longueur > brutMax) {
        throw ArretLecture.de(CodeImport.IMPORT_CELLULE_TROP_LONGUE, Map.of("max", celluleMax));
      }
      valeur.append(ch, debut, longueur);
    }
  }

  private void emettreCellule() {
    String v = valeur.toString();
    String texte = switch (type) {
      case BOOLEEN -> v.isEmpty() || v.charAt(0) == '0' ? "FALSE" : "TRUE";
      case ERREUR -> "ERROR:" + v;
      case EN_LIGNE -> ChainesPartagees.decoder(v);
      case PARTAGEE -> partagee(v);
      case NOMBRE, FORMULE -> nombre(v);
    };
    sortie.cell(reference, texte, null);
  }

  private @Nullable String partagee(String v) {
    String s = v.trim();
    if (s.isEmpty()) {
      return null;
    }
    return chaines.chaine(Integer.parseInt(s));
  }

  private String nombre(String v) {
    if (v.isEmpty()) {
      return v;
    }
    return nombres.texte(v, format.indice(), format.chaine());
  }

  /** Rendu de POI ({@code XSSFSheetXMLHandler}) : valeur brute sans format, sinon {@link DataFormatter}. */
  private static String formaterCommePoi(DataFormatter formateur, String v, int indice, @Nullable String chaine) {
    if (chaine == null) {
      return v;
    }
    CellulesNumeriques.verifierFormat(chaine);
    try {
      return formateur.formatRawCellContents(Double.parseDouble(v.trim()), indice, chaine);
    } catch (RuntimeException e) {
      return v; // formule à résultat texte, ou nombre illisible : valeur brute, comme POI
    }
  }
}
