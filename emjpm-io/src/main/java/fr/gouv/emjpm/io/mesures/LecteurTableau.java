// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.io.mesures;

import fr.gouv.emjpm.domain.commun.Violation;
import fr.gouv.emjpm.io.fichier.CodeFichier;
import fr.gouv.emjpm.io.internal.ArretLecture;
import fr.gouv.emjpm.io.internal.ChainesPartagees;
import fr.gouv.emjpm.io.internal.FormatFichier;
import fr.gouv.emjpm.io.internal.LecteurClasseur;
import fr.gouv.emjpm.io.internal.LimitesLecture;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.LongConsumer;

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
   * Place dans la ligne en cours le texte déjà calculé d'une cellule (ici, ou dans le fil de lecture de
   * {@link LectureEnParallele}) ; les colonnes sautées restent vides.
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
