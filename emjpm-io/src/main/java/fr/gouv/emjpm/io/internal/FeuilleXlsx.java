// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.io.internal;

import fr.gouv.emjpm.io.fichier.CodeFichier;
import java.io.IOException;
import java.util.Arrays;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Une feuille .xlsx lue en flux par {@link XmlFlux} et rendue au récepteur en cellules typées, comme le
 * {@code XSSFSheetXMLHandler} de POI la lit : valeur en cache des formules, chaînes partagées et en ligne
 * (échappements {@code _xHHHH_} décodés, runs phonétiques ignorés), nombres analysés depuis les
 * caractères sans chaîne intermédiaire, dates selon le format du style (système 1904 ramené au système
 * 1900), booléens, erreurs. Éléments d'un autre espace de noms ignorés.
 *
 * <p>Borné : le texte brut d'une valeur n'est jamais accumulé au-delà de 7 fois {@code celluleMax}
 * caractères (un échappement de 7 caractères donne 1 caractère) : une cellule démesurée arrête la lecture
 * dès ce seuil ({@code FICHIER_CELLULE_TROP_LONGUE}). Numéro de ligne au-delà de la dernière ligne
 * d'Excel : fichier illisible. Non thread-safe (une par feuille). Hors API.
 */
final class FeuilleXlsx {
  /** Lignes d'une feuille Excel (1 048 576) : un numéro au-delà est refusé. */
  static final int LIGNES_EXCEL = 1 << 20;
  /** Jours entre les origines des systèmes de dates 1900 et 1904. */
  private static final int DECALAGE_1904 = 1462;

  /** Type d'une cellule (attribut {@code t}). */
  private enum Type { NOMBRE, BOOLEEN, ERREUR, EN_LIGNE, PARTAGEE, FORMULE }

  private final XmlFlux x;
  private final ChainesPartagees chaines;
  private final ClasseurXlsx.@Nullable Styles styles;
  private final boolean date1904;
  private final RecepteurBorne sortie;
  private final int colonnesMax;
  private final int brutMax;
  private final ArretLecture tropLongue;

  private char[] valeur = new char[64];
  private int longueur;
  private boolean valeurOuverte;
  private boolean enLigneOuverte;
  private boolean phonetique;
  private Type type = Type.NOMBRE;
  private int style;
  private int colonne;
  private int colonneSuivante;
  private int ligne;
  private int ligneSuivante;
  private double nombre;

  FeuilleXlsx(XmlFlux x, ChainesPartagees chaines, ClasseurXlsx.@Nullable Styles styles, boolean date1904,
      LimitesLecture limites, RecepteurBorne sortie) {
    this.x = x;
    this.chaines = chaines;
    this.styles = styles;
    this.date1904 = date1904;
    this.sortie = sortie;
    this.colonnesMax = limites.colonnesMax();
    this.brutMax = ChainesPartagees.brutMax(limites.celluleMax());
    this.tropLongue = ArretLecture.de(CodeFichier.FICHIER_CELLULE_TROP_LONGUE, Map.of("max", limites.celluleMax()));
  }

  void lire() throws IOException {
    for (int ev = x.suivant(); ev != XmlFlux.FIN_DOCUMENT; ev = x.suivant()) {
      if (ev == XmlFlux.TEXTE) {
        if (valeurOuverte) {
          ajouter(x.texte(), x.longueurTexte());
        }
      } else if (ClasseurXlsx.espaceClasseur(x.espace())) {
        if (ev == XmlFlux.DEBUT) {
          debut();
        } else {
          fin();
        }
      }
    }
  }

  private void debut() {
    if (x.nomLocal("c")) {
      debutCellule();
    } else if (x.nomLocal("v")) {
      valeurOuverte = true;
      if (!enLigneOuverte) {
        longueur = 0;
      }
      x.plafondTexte(brutMax, tropLongue);
    } else if (x.nomLocal("row")) {
      int r = x.attribut("r");
      ligne = r < 0 ? ligneSuivante : numeroDeLigne(r) - 1;
      if (ligne < 0 || ligne >= LIGNES_EXCEL) {
        throw ArretLecture.de(CodeFichier.FICHIER_ILLISIBLE, Map.of());
      }
      colonneSuivante = 0;
      sortie.ligne(ligne + 1);
    } else if (x.nomLocal("t")) {
      valeurOuverte = enLigneOuverte && !phonetique;
      x.plafondTexte(brutMax, tropLongue);
    } else if (x.nomLocal("rPh")) {
      phonetique = true;
    } else if (x.nomLocal("is")) {
      enLigneOuverte = true;
      longueur = 0;
    }
  }

  private void fin() {
    if (x.nomLocal("v")) {
      valeurOuverte = false;
      x.plafondTexte(0, null);
      if (!enLigneOuverte) {
        emettre();
      }
    } else if (x.nomLocal("row")) {
      sortie.finLigne();
      ligneSuivante = ligne + 1;
    } else if (x.nomLocal("t")) {
      valeurOuverte = false;
      x.plafondTexte(0, null);
    } else if (x.nomLocal("rPh")) {
      phonetique = false;
    } else if (x.nomLocal("is")) {
      enLigneOuverte = false;
      emettre();
    }
  }

  private void ajouter(char[] texte, int n) {
    if (longueur + (long) n > brutMax) {
      throw tropLongue;
    }
    if (longueur + n > valeur.length) {
      valeur = Arrays.copyOf(valeur, Math.max(longueur + n, valeur.length * 2));
    }
    System.arraycopy(texte, 0, valeur, longueur, n);
    longueur += n;
  }

  /** Numéro de ligne (base 1) d'un attribut {@code r} : chiffres ASCII, sinon 0 (refusé). */
  private int numeroDeLigne(int a) {
    char[] v = x.valeurs();
    int debut = premierNonBlanc(v, x.debutValeur(a), x.debutValeur(a) + x.longueurValeur(a));
    int fin = finNonBlanche(v, debut, x.debutValeur(a) + x.longueurValeur(a));
    if (fin == debut || fin - debut > 7) {
      return 0;
    }
    int n = 0;
    for (int i = debut; i < fin; i++) {
      char c = v[i];
      if (c < '0' || c > '9') {
        return 0;
      }
      n = n * 10 + (c - '0');
    }
    return n;
  }

  private void debutCellule() {
    int r = x.attribut("r");
    colonne = r < 0 ? colonneSuivante : colonne(r);
    longueur = 0;
    int t = x.attribut("t");
    type = t < 0 ? Type.NOMBRE : type(t);
    style = -1;
    if (type == Type.NOMBRE || type == Type.FORMULE) {
      int s = x.attribut("s");
      if (s >= 0) {
        style = style(s);
      }
    }
  }

  /**
   * Indice de style d'un attribut {@code s} : chiffres ASCII lus sur place (au plus 9, blancs autour
   * admis), sinon {@link Integer#parseInt} sur la valeur sans ses blancs, comme chez POI (signe, chiffres
   * non ASCII ; illisible : {@link NumberFormatException}, fichier illisible).
   */
  private int style(int a) {
    char[] v = x.valeurs();
    int debut = premierNonBlanc(v, x.debutValeur(a), x.debutValeur(a) + x.longueurValeur(a));
    int fin = finNonBlanche(v, debut, x.debutValeur(a) + x.longueurValeur(a));
    if (fin > debut && fin - debut <= 9) {
      int n = 0;
      for (int i = debut; i < fin; i++) {
        char c = v[i];
        if (c < '0' || c > '9') {
          return Integer.parseInt(x.valeur(a).trim());
        }
        n = n * 10 + (c - '0');
      }
      return n;
    }
    return Integer.parseInt(x.valeur(a).trim());
  }

  private Type type(int t) {
    if (x.valeurEgale(t, "s")) {
      return Type.PARTAGEE;
    } else if (x.valeurEgale(t, "b")) {
      return Type.BOOLEEN;
    } else if (x.valeurEgale(t, "e")) {
      return Type.ERREUR;
    } else if (x.valeurEgale(t, "inlineStr")) {
      return Type.EN_LIGNE;
    }
    return x.valeurEgale(t, "str") ? Type.FORMULE : Type.NOMBRE;
  }

  /** Indice de colonne (0 pour A) d'une référence comme {@code AB12} ; lettres seulement lues. */
  private int colonne(int a) {
    char[] v = x.valeurs();
    int debut = x.debutValeur(a);
    int fin = debut + x.longueurValeur(a);
    int col = 0;
    for (int i = debut; i < fin; i++) {
      char c = v[i];
      if (c >= 'A' && c <= 'Z') {
        col = col * 26 + (c - 'A' + 1);
        if (col > colonnesMax) {
          break; // la colonne sera refusée : inutile de lire la suite
        }
      } else if (c != '$') {
        break;
      }
    }
    return Math.max(col, 1) - 1;
  }

  private void emettre() {
    int col = colonne;
    colonneSuivante = Math.max(colonneSuivante, col + 1);
    switch (type) {
      case BOOLEEN -> sortie.booleen(col, longueur > 0 && valeur[0] != '0');
      case ERREUR -> sortie.erreur(col, new String(valeur, 0, longueur));
      case EN_LIGNE -> sortie.texte(col, new String(valeur, 0, ChainesPartagees.decoder(valeur, longueur, valeur)));
      case PARTAGEE -> partagee(col);
      default -> nombre(col);
    }
  }

  private void partagee(int col) {
    int i = premierNonBlanc(valeur, 0, longueur);
    int fin = finNonBlanche(valeur, i, longueur);
    if (i == fin) {
      sortie.texte(col, "");
      return;
    }
    long indice = 0;
    for (int k = i; k < fin; k++) {
      char c = valeur[k];
      if (c < '0' || c > '9' || fin - i > 10) {
        indice = indiceRare(new String(valeur, i, fin - i)); // forme rare (signe) ou illisible
        break;
      }
      indice = indice * 10 + (c - '0');
    }
    if (indice < 0 || indice >= chaines.nombre()) {
      sortie.chaineAbsente(col); // hors de la table : au récepteur de trancher
      return;
    }
    sortie.texte(col, chaines.chaine((int) indice));
  }

  /** Indice d'une forme rare ({@code +5}) ; -1 s'il est illisible. */
  private static long indiceRare(String texte) {
    try {
      return Integer.parseInt(texte);
    } catch (NumberFormatException e) {
      return -1;
    }
  }

  private void nombre(int col) {
    if (longueur == 0) {
      sortie.texte(col, "");
      return;
    }
    if (!analyser()) {
      // formule à résultat texte, ou nombre illisible : valeur brute
      sortie.texte(col, new String(valeur, 0, longueur));
      return;
    }
    FormatCellule f = styles == null ? FormatCellule.AUCUN : styles.format(style);
    if (f.date()) {
      sortie.date(col, date1904 ? nombre + DECALAGE_1904 : nombre, f);
    } else {
      sortie.nombre(col, nombre, f);
    }
  }

  /**
   * Analyse la valeur comme un nombre décimal ({@code -12.5E3}), blancs autour admis, dans {@link
   * #nombre} ; faux si ce n'en est pas un. Chemin rapide exact (au plus 15 chiffres significatifs et une
   * puissance de dix exacte), sinon {@link Double#parseDouble} sur les mêmes caractères.
   */
  private boolean analyser() {
    char[] v = valeur;
    int i = premierNonBlanc(v, 0, longueur);
    int fin = finNonBlanche(v, i, longueur);
    int debut = i;
    boolean negatif = false;
    if (i < fin && (v[i] == '-' || v[i] == '+')) {
      negatif = v[i] == '-';
      i++;
    }
    long mantisse = 0;
    int chiffres = 0;
    int significatifs = 0;
    int decimales = 0;
    boolean point = false;
    for (; i < fin; i++) {
      char c = v[i];
      if (c >= '0' && c <= '9') {
        chiffres++;
        if (significatifs > 0 || c != '0') {
          significatifs++;
          if (significatifs > 18) {
            return lent(debut, fin);
          }
        }
        mantisse = mantisse * 10 + (c - '0');
        if (point) {
          decimales++;
        }
      } else if (c == '.' && !point) {
        point = true;
      } else {
        break;
      }
    }
    if (chiffres == 0) {
      return false;
    }
    int exposant = 0;
    if (i < fin) {
      if (v[i] != 'e' && v[i] != 'E') {
        return false;
      }
      return lent(debut, fin);
    }
    exposant -= decimales;
    if (significatifs <= 15 && exposant >= -22 && exposant <= 22) {
      double d = mantisse;
      d = exposant < 0 ? d / PUISSANCES[-exposant] : d * PUISSANCES[exposant];
      nombre = negatif ? -d : d;
      return true;
    }
    return lent(debut, fin);
  }

  /** Indice du premier caractère non blanc de {@code v[debut, fin)}, ou {@code fin}. */
  private static int premierNonBlanc(char[] v, int debut, int fin) {
    int i = debut;
    while (i < fin && v[i] <= ' ') {
      i++;
    }
    return i;
  }

  /** Fin de {@code v[debut, fin)} sans ses blancs finals. */
  private static int finNonBlanche(char[] v, int debut, int fin) {
    int f = fin;
    while (f > debut && v[f - 1] <= ' ') {
      f--;
    }
    return f;
  }

  private static final double[] PUISSANCES = {
    1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19,
    1e20, 1e21, 1e22
  };

  /** Analyse par le JDK, réservée aux formes rares ; seuls chiffres, signes, point et exposant admis. */
  private boolean lent(int debut, int fin) {
    for (int i = debut; i < fin; i++) {
      char c = valeur[i];
      boolean admis = (c >= '0' && c <= '9') || c == '.' || c == '-' || c == '+' || c == 'e' || c == 'E';
      if (!admis) {
        return false;
      }
    }
    try {
      nombre = Double.parseDouble(new String(valeur, debut, fin - debut));
      return !Double.isNaN(nombre) && !Double.isInfinite(nombre);
    } catch (NumberFormatException e) {
      return false;
    }
  }
}
