// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.io.mesures;

import fr.gouv.emjpm.io.internal.FormatCellule;
import fr.gouv.emjpm.io.internal.FormatFichier;
import fr.gouv.emjpm.io.internal.RecepteurCellules;
import java.util.Locale;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.jspecify.annotations.Nullable;

/**
 * Récepteur qui rend chaque cellule typée en son texte et le confie à {@link #placer} ; seule la première
 * feuille est lue. Texte d'une cellule : nombres et dates par {@link CellulesNumeriques}, booléens {@code
 * TRUE}/{@code FALSE}, erreurs {@code ERROR:#N/A} (xlsx) ou {@code #N/A}, puis {@link #nettoyer}. Il ne
 * dépend que de la cellule (textes des entiers courts et des dates sans heure gardés d'une ligne à
 * l'autre) : il se calcule aussi bien dans le fil qui lit le fichier ({@link LectureEnParallele}).
 *
 * <p>Base commune du lecteur de tableau ({@link LecteurTableau}), qui forme les lignes, et de
 * l'enregistreur du fil de lecture, qui note les textes pour les rejouer : ils ne diffèrent que par ce
 * qu'ils font du texte et des bornes de ligne. Non thread-safe : une instance par fil.
 */
abstract class RecepteurTextes implements RecepteurCellules {

  /**
   * Borne (exclue) des valeurs entières dont le texte est gardé d'une ligne à l'autre : entiers (codes
   * postaux, années) et séries de dates sans heure (jusqu'au 31/12/2173).
   */
  private static final int GARDES = 100_000;

  private final FormatFichier format;
  /** Textes des entiers déjà lus (années, codes postaux), par valeur, créés au premier besoin. */
  private String @Nullable [] entiers;
  /** Textes des dates sans heure déjà lues, par série, créés au premier besoin. */
  private String @Nullable [] dates;
  private @Nullable DataFormatter formateur;

  RecepteurTextes(FormatFichier format) {
    this.format = format;
  }

  /** Reçoit le texte déjà calculé de la cellule de {@code colonne} de la ligne en cours. */
  abstract void placer(int colonne, String texte);

  @Override
  public final boolean feuille(int indice, String nom) {
    return indice == 0; // la feuille lue : la première
  }

  @Override
  public final boolean finFeuille() {
    return false; // la lecture s'arrête après la feuille lue, aucune autre n'est lue
  }

  @Override
  public final void texte(int colonne, String valeur) {
    placer(colonne, nettoyer(valeur));
  }

  @Override
  public final void nombre(int colonne, double valeur, FormatCellule f) {
    // entier court (année, code postal) : même texte que CellulesNumeriques.nombre, gardé une fois par lecture
    placer(colonne, valeur >= 0 ? garde(valeur, f, false) : calcule(valeur, f, false));
  }

  @Override
  public final void date(int colonne, double serie, FormatCellule f) {
    // date sans heure : son texte ne dépend que de la série, calculé une fois par lecture
    placer(colonne, serie >= 1 ? garde(serie, f, true) : calcule(serie, f, true));
  }

  @Override
  public final void booleen(int colonne, boolean valeur) {
    placer(colonne, valeur ? "TRUE" : "FALSE");
  }

  @Override
  public final void erreur(int colonne) {
    erreur(colonne, "");
  }

  @Override
  public final void erreur(int colonne, String code) {
    placer(colonne, nettoyer(format == FormatFichier.XLSX ? "ERROR:" + code : code));
  }

  /** Texte de {@code valeur} (positive), gardé si elle est entière et sous {@link #GARDES}. */
  private String garde(double valeur, FormatCellule f, boolean date) {
    if (valeur >= GARDES || valeur != Math.rint(valeur)) {
      return calcule(valeur, f, date);
    }
    String[] gardes = date ? dates : entiers;
    if (gardes == null) {
      gardes = new String[GARDES];
      if (date) {
        dates = gardes;
      } else {
        entiers = gardes;
      }
    }
    int i = (int) valeur;
    String t = gardes[i];
    if (t == null) {
      t = calcule(valeur, f, date);
      gardes[i] = t;
    }
    return t;
  }

  private String calcule(double valeur, FormatCellule f, boolean date) {
    return nettoyer(date ? CellulesNumeriques.date(valeur, f, formateur())
        : CellulesNumeriques.nombre(valeur, f, formateur()));
  }

  /** Formateur des nombres décimaux, créé au premier (rare) besoin. */
  private DataFormatter formateur() {
    if (formateur == null) {
      formateur = new DataFormatter(Locale.FRANCE);
    }
    return formateur;
  }

  /**
   * Texte d'une cellule : espaces insécables (U+00A0, U+2007, U+202F) rendus en espaces, caractères de
   * largeur nulle (U+200B–U+200D, U+2060, U+FEFF) retirés, puis espaces de début et de fin ôtés.
   */
  static String nettoyer(String valeur) {
    // chemin courant : aucun caractère à partir de U+00A0, rien à remplacer ni retirer
    int n = valeur.length();
    int debut = 0;
    while (debut < n && valeur.charAt(debut) < '\u00A0') {
      debut++;
    }
    if (debut == n) {
      return valeur.strip();
    }
    StringBuilder b = null;
    for (int i = debut; i < n; i++) {
      char c = valeur.charAt(i);
      boolean insecable = c == '\u00A0' || c == '\u2007' || c == '\u202F';
      boolean nulle = (c >= '\u200B' && c <= '\u200D') || c == '\u2060' || c == '\uFEFF';
      if (insecable || nulle) {
        if (b == null) {
          b = new StringBuilder(valeur.length());
          b.append(valeur, 0, i);
        }
        if (insecable) {
          b.append(' ');
        }
      } else if (b != null) {
        b.append(c);
      }
    }
    return (b == null ? valeur : b.toString()).strip();
  }
}
