// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.io.internal;

import fr.gouv.emjpm.domain.commun.Gravite;
import fr.gouv.emjpm.domain.commun.Violation;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.IntPredicate;

/**
 * Récepteur de test : enregistre chaque événement rendu par un lecteur, dans l'ordre, et chaque cellule
 * sous son adresse {@code feuille!ligne:colonne}. Vérifie au passage l'ordre du contrat (ligne annoncée
 * avant ses cellules, numéros croissants, colonnes croissantes dans une ligne).
 */
class Enregistreur implements RecepteurCellules {

  /** Une cellule rendue : genre (texte, nombre, date, booleen, erreur), valeur, format (ou null). */
  record Cellule(String genre, Object valeur, FormatCellule format) {}

  /** Codes de test : la violation porte le nom du motif et son plafond. */
  static final CodesArret CODES = (motif, plafond) ->
      new Violation(motif.name(), Gravite.BLOQUANTE, "", "arrêt de lecture", Map.of("max", String.valueOf(plafond)));

  final List<String> evenements = new ArrayList<>();
  final List<String> feuilles = new ArrayList<>();
  final Map<String, Cellule> cellules = new LinkedHashMap<>();
  private final IntPredicate lireFeuille;
  private final int feuillesAvantArret;
  private String feuille = "";
  private int ligne;
  private int derniereLigne;
  private int derniereColonne = -1;
  private boolean dansLigne;
  private int lues;

  Enregistreur() {
    this(i -> true, Integer.MAX_VALUE);
  }

  /**
   * @param lireFeuille feuilles à lire (par indice)
   * @param feuillesAvantArret nombre de feuilles lues après lequel {@link #finFeuille()} rend faux
   */
  Enregistreur(IntPredicate lireFeuille, int feuillesAvantArret) {
    this.lireFeuille = lireFeuille;
    this.feuillesAvantArret = feuillesAvantArret;
  }

  @Override
  public boolean feuille(int indice, String nom) {
    if (indice != feuilles.size()) {
      throw new AssertionError("indice de feuille " + indice + " au lieu de " + feuilles.size());
    }
    feuilles.add(nom);
    evenements.add("feuille " + indice + " " + nom);
    feuille = nom;
    derniereLigne = 0;
    return lireFeuille.test(indice);
  }

  @Override
  public void ligne(int numero) {
    if (dansLigne || numero <= derniereLigne) {
      throw new AssertionError("ligne " + numero + " après " + derniereLigne);
    }
    dansLigne = true;
    ligne = numero;
    derniereLigne = numero;
    derniereColonne = -1;
    evenements.add("ligne " + numero);
  }

  private void cellule(int colonne, String genre, Object valeur, FormatCellule format) {
    if (!dansLigne || colonne <= derniereColonne) {
      throw new AssertionError("cellule " + colonne + " hors ligne ou après " + derniereColonne);
    }
    derniereColonne = colonne;
    cellules.put(feuille + "!" + ligne + ":" + colonne, new Cellule(genre, valeur, format));
    evenements.add(genre + " " + colonne + " " + valeur);
  }

  @Override
  public void texte(int colonne, String valeur) {
    cellule(colonne, "texte", valeur, null);
  }

  @Override
  public void nombre(int colonne, double valeur, FormatCellule format) {
    cellule(colonne, "nombre", valeur, format);
  }

  @Override
  public void date(int colonne, double serie, FormatCellule format) {
    cellule(colonne, "date", serie, format);
  }

  @Override
  public void booleen(int colonne, boolean valeur) {
    cellule(colonne, "booleen", valeur, null);
  }

  @Override
  public void erreur(int colonne) {
    cellule(colonne, "erreur", "", null);
  }

  @Override
  public void finLigne() {
    if (!dansLigne) {
      throw new AssertionError("fin de ligne sans ligne");
    }
    dansLigne = false;
    evenements.add("fin");
  }

  @Override
  public boolean finFeuille() {
    evenements.add("finFeuille");
    return ++lues < feuillesAvantArret;
  }

  /** Cellule à l'adresse {@code feuille!ligne:colonne}. */
  Optional<Cellule> a(String feuille, int ligne, int colonne) {
    return Optional.ofNullable(cellules.get(feuille + "!" + ligne + ":" + colonne));
  }

  /** Numéros des lignes annoncées d'une feuille. */
  List<Integer> lignes(String nom) {
    List<Integer> l = new ArrayList<>();
    for (String cle : cellules.keySet()) {
      if (cle.startsWith(nom + "!")) {
        int n = Integer.parseInt(cle.substring(nom.length() + 1, cle.indexOf(':')));
        if (l.isEmpty() || l.get(l.size() - 1) != n) {
          l.add(n);
        }
      }
    }
    return l;
  }
}
