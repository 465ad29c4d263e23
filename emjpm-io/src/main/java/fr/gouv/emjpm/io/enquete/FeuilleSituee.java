// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.io.enquete;

import fr.gouv.emjpm.domain.commun.Violation;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.poi.ss.util.CellReference;

/**
 * Feuille reçue vue aux coordonnées du modèle : {@link #brut(int, int)} prend une cellule du modèle
 * (celle du catalogue) et lit la cellule de la même ligne de libellés dans la feuille reçue. Une
 * cellule qui ne peut être située sûrement donne une violation bloquante
 * ({@code ENQUETE_ANCRE_INTROUVABLE}) et se lit vide ; une ligne dont le libellé manque mais dont la
 * position est confirmée par ses voisines donne un avertissement ({@code ENQUETE_LIGNE_INTROUVABLE}).
 */
final class FeuilleSituee implements FeuilleLue {

  private final AlignementFeuille alignement;
  private final List<Violation> bloquantes = new ArrayList<>();
  private final List<Violation> avertissements = new ArrayList<>();
  private final Set<Integer> signalees = new HashSet<>();
  private final List<int[]> zonesGrille = new ArrayList<>();

  FeuilleSituee(AlignementFeuille alignement) {
    this.alignement = alignement;
  }

  AlignementFeuille alignement() {
    return alignement;
  }

  @Override
  public String nom() {
    return alignement.feuille().nom();
  }

  /** Cellule reçue correspondant à la cellule ({@code ligne}, {@code colonne}) du modèle. */
  @Override
  public Brut brut(int ligne, int colonne) {
    int r = situer(ligne, colonne);
    return r < 0 ? new Brut.Vide() : alignement.feuille().brut(r, colonne);
  }

  /** Cellule reçue à sa position réelle. */
  Brut brutReel(CellReference reelle) {
    return alignement.feuille().brut(reelle);
  }

  /** Adresse {@code Feuille!C7} réelle de la cellule du modèle {@code modele}. */
  String adresse(CellReference modele) {
    int r = alignement.ligne(modele.getRow());
    return nom() + "!" + new CellReference(r >= 0 ? r : modele.getRow(), modele.getCol()).formatAsString(false);
  }

  /** Ligne reçue de la ligne du modèle ; -1 (et violation bloquante) si elle ne peut être située. */
  int situer(int ligne, int colonne) {
    int r = alignement.ligne(ligne);
    GabaritClasseur.FeuilleModele m = alignement.modele();
    if (r < 0) {
      if (signalees.add(ligne)) {
        GabaritClasseur.LigneModele lm = m.parLigne.get(ligne);
        String libelle = lm != null ? lm.libelle() : m.libelleAuDessus(ligne);
        String cellule = new CellReference(ligne, colonne).formatAsString(false);
        bloquantes.add(Violation.de(CodeImportEnquete.ENQUETE_ANCRE_INTROUVABLE, nom() + "!" + cellule,
            Map.of("feuille", nom().trim(), "libelle", libelle, "cellule", cellule)));
      }
      return -1;
    }
    if (alignement.libelleAbsent(ligne) && signalees.add(ligne)) {
      avertissements.add(Violation.de(CodeImportEnquete.ENQUETE_LIGNE_INTROUVABLE,
          nom() + "!" + new CellReference(r, 0).formatAsString(false),
          Map.of("feuille", nom().trim(), "ligne", m.parLigne.get(ligne).libelle())));
    }
    return r;
  }

  /**
   * Lignes reçues {@code [début, fin)} d'une grille dont les lignes du modèle vont de {@code premiere}
   * à {@code derniere} : de la ligne qui suit son en-tête à la ligne de libellés qui la suit dans le
   * modèle, lignes insérées comprises.
   */
  int[] zoneGrille(int premiere, int derniere) {
    int entete = situer(premiere - 1, 0);
    if (entete < 0) {
      return new int[] {0, 0};
    }
    int suivante = alignement.modele().ligneDeLibellesApres(derniere);
    int fin = suivante >= 0 ? alignement.ligne(suivante) : -1;
    if (fin < 0) {
      fin = entete + 1 + (derniere - premiere + 1);
    }
    fin = Math.min(fin, alignement.lignesExaminees());
    int[] zone = {entete + 1, Math.max(entete + 1, fin)};
    zonesGrille.add(zone);
    return zone;
  }

  /** Vrai si la ligne reçue est dans une grille lue. */
  boolean dansGrille(int ligne) {
    for (int[] z : zonesGrille) {
      if (ligne >= z[0] && ligne < z[1]) {
        return true;
      }
    }
    return false;
  }

  List<Violation> bloquantes() {
    return List.copyOf(bloquantes);
  }

  List<Violation> avertissements() {
    return List.copyOf(avertissements);
  }
}
