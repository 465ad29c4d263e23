// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.io.mesures;

import fr.gouv.emjpm.domain.commun.Violation;
import fr.gouv.emjpm.io.fichier.CodeFichier;
import fr.gouv.emjpm.io.internal.ArretLecture;
import fr.gouv.emjpm.io.internal.ChainesPartagees;
import fr.gouv.emjpm.io.internal.FormatCellule;
import fr.gouv.emjpm.io.internal.FormatFichier;
import fr.gouv.emjpm.io.internal.LecteurClasseur;
import fr.gouv.emjpm.io.internal.LimitesLecture;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.LongConsumer;
import org.apache.poi.ss.usermodel.DataFormatter;

/**
 * Première feuille d'un tableau lue par le lecteur durci du module ({@link LecteurClasseur} : xlsx, xls,
 * ods, CSV), rendue ligne par ligne en textes de cellules : nombres et dates par {@link CellulesNumeriques},
 * booléens {@code TRUE}/{@code FALSE}, erreurs {@code ERROR:#N/A} (xlsx) ou {@code #N/A} (xls), espaces
 * insécables et caractères de largeur nulle nettoyés. La première ligne non vide est l'en-tête ; les
 * lignes suivantes non vides sont comptées contre {@link LimitesImport#lignesMax()}. Chaque refus est une
 * {@link Violation} typée, sans contenu de cellule ni message de POI. Non thread-safe : une instance par
 * lecture.
 */
final class LecteurTableau extends RecepteurTextes {

  /**
   * Reçoit chaque ligne non vide : numéro de ligne tableur (en-tête = 1) et valeurs par colonne. La liste
   * est une vue non modifiable, valable pendant l'appel seulement (la ligne suivante la réutilise) : à
   * copier pour la garder.
   */
  interface Lignes {
    void ligne(int numero, List<String> valeurs);
  }

  /**
   * {@return {@code sortie}, suivie d'un appel de {@code progression} toutes les 1 000 lignes de données
   * reçues (l'en-tête, première ligne reçue, n'est pas comptée), après le traitement de la ligne}
   * Appelée dans le fil qui traite les lignes.
   *
   * @param sortie reçoit chaque ligne non vide
   * @param progression reçoit le nombre de lignes de données traitées, par paquets de 1 000
   */
  static Lignes avecProgression(Lignes sortie, LongConsumer progression) {
    int[] recues = {0};
    return (numero, valeurs) -> {
      sortie.ligne(numero, valeurs);
      int donnees = recues[0]++; // lignes de données avant celle-ci, en-tête compris dans recues
      if (donnees > 0 && donnees % 1000 == 0) {
        progression.accept(donnees);
      }
    };
  }

  private final LimitesImport limites;
  private final Lignes sortie;
  private final List<String> valeurs = new ArrayList<>();
  /** Vue non modifiable de {@link #valeurs} donnée à la sortie (aucune copie par ligne). */
  private final List<String> vue = java.util.Collections.unmodifiableList(valeurs);
  private int numero;
  private boolean enTeteLue;
  private int lignesLues;

  private LecteurTableau(LimitesImport limites, FormatFichier format, Lignes sortie) {
    super(format);
    this.limites = limites;
    this.sortie = sortie;
  }

  /**
   * Texte de chaque cellule typée tel que la ligne le garde : nombres et dates par {@link
   * CellulesNumeriques}, booléens {@code TRUE}/{@code FALSE}, erreurs {@code ERROR:#N/A} (xlsx) ou {@code
   * #N/A}, puis {@link #nettoyer}. Ne dépend que de la cellule (textes des entiers courts et des dates sans
   * heure gardés d'une ligne à l'autre) : peut se calculer dans le fil qui lit le fichier ({@link
   * LectureEnParallele}). Non thread-safe : une instance par fil.
   */
  static final class Textes {
    /**
     * Borne (exclue) des valeurs entières dont le texte est gardé d'une ligne à l'autre : entiers (codes
     * postaux, années) et séries de dates sans heure (jusqu'au 31/12/2173).
     */
    private static final int GARDES = 100_000;

    private final FormatFichier format;
    /** Textes des entiers déjà lus (années, codes postaux), par valeur, créés au premier besoin. */
    private String @org.jspecify.annotations.Nullable [] entiers;
    /** Textes des dates sans heure déjà lues, par série, créés au premier besoin. */
    private String @org.jspecify.annotations.Nullable [] dates;
    private @org.jspecify.annotations.Nullable DataFormatter formateur;

    Textes(FormatFichier format) {
      this.format = format;
    }

    String texte(String valeur) {
      return nettoyer(valeur);
    }

    String nombre(double valeur, FormatCellule f) {
      // entier court (année, code postal) : même texte que CellulesNumeriques.nombre, gardé une fois par lecture
      return valeur >= 0 ? garde(valeur, f, false) : calcule(valeur, f, false);
    }

    String date(double serie, FormatCellule f) {
      // date sans heure : son texte ne dépend que de la série, calculé une fois par lecture
      return serie >= 1 ? garde(serie, f, true) : calcule(serie, f, true);
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

    static String booleen(boolean valeur) {
      return valeur ? "TRUE" : "FALSE";
    }

    String erreur(String code) {
      return nettoyer(format == FormatFichier.XLSX ? "ERROR:" + code : code);
    }

    /** Formateur des nombres décimaux, créé au premier (rare) besoin. */
    private DataFormatter formateur() {
      if (formateur == null) {
        formateur = new DataFormatter(Locale.FRANCE);
      }
      return formateur;
    }
  }

  /**
   * Lit {@code fichier} ; rend la violation qui a arrêté la lecture, vide si tout a été lu. Une exception
   * de {@code sortie} arrête la lecture : un {@link ArretLecture} rend sa violation, toute autre rend le
   * fichier illisible.
   *
   * @throws IOException si le fichier ne peut pas être lu du tout (erreur du système)
   */
  static Optional<Violation> lire(Path fichier, FormatFichier format, LimitesImport limites, Lignes sortie)
      throws IOException {
    return LecteurClasseur.lire(fichier, format, limitesLecture(limites), new LecteurTableau(limites, format, sortie));
  }

  /**
   * {@return un récepteur xlsx aux limites par défaut, qui rend ses lignes à {@code sortie}} Pour les
   * tests qui lui donnent des cellules directement.
   *
   * @param sortie reçoit chaque ligne non vide
   */
  static LecteurTableau pourEssai(Lignes sortie) {
    return new LecteurTableau(LimitesImport.parDefaut(), FormatFichier.XLSX, sortie);
  }

  /** Le jeu de limites de la lecture, tiré des limites de l'import. */
  static LimitesLecture limitesLecture(LimitesImport l) {
    return new LimitesLecture(l.tailleMax(), l.lignesMax(), l.colonnesMax(), l.celluleMax(), l.chainesPartageesMax(),
        Math.max(l.celluleMax(), ChainesPartagees.LONGUEUR_EXCEL), ChainesPartagees.CARACTERES_MAX,
        LimitesLecture.FEUILLES_MAX, l.delai());
  }

  /**
   * {@return un récepteur aux limites de {@code limites} qui rend ses lignes à {@code sortie}} Pour
   * rejouer des cellules lues ailleurs ({@link LectureEnParallele}) : la lecture se borne à la feuille
   * que {@link RecepteurTextes} lit (la première).
   *
   * @param limites limites de l'import
   * @param format format du fichier lu
   * @param sortie reçoit chaque ligne non vide
   */
  static LecteurTableau pour(LimitesImport limites, FormatFichier format, Lignes sortie) {
    return new LecteurTableau(limites, format, sortie);
  }

  @Override
  public void ligne(int numero) {
    this.numero = numero;
    valeurs.clear();
  }

  @Override
  public void finLigne() {
    emettre();
  }

  /**
   * Place dans la ligne en cours le texte déjà calculé d'une cellule ({@link Textes}, éventuellement
   * dans un autre fil) ; les colonnes sautées restent vides.
   */
  @Override
  void placer(int colonne, String texte) {
    while (valeurs.size() < colonne) {
      valeurs.add("");
    }
    if (colonne == valeurs.size()) {
      valeurs.add(texte);
    } else {
      valeurs.set(colonne, texte);
    }
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

  private void emettre() {
    boolean vide = true;
    for (String v : valeurs) {
      if (!v.isEmpty()) {
        vide = false;
        break;
      }
    }
    if (vide) {
      return;
    }
    if (!enTeteLue) {
      enTeteLue = true; // la première ligne non vide est l'en-tête, hors plafond
    } else if (++lignesLues > limites.lignesMax()) {
      throw ArretLecture.de(CodeFichier.FICHIER_TROP_DE_LIGNES, Map.of("max", limites.lignesMax()));
    }
    sortie.ligne(numero, vue);
  }
}
