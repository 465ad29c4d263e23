// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.io.enquete;

import fr.gouv.emjpm.domain.commun.Violation;
import fr.gouv.emjpm.domain.enquete.TypeEnquete;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.poi.ss.util.CellReference;

/**
 * Localisation des feuilles et des blocs d'un classeur reçu.
 *
 * <p>Feuilles : trouvées par leur nom (nom exact, puis nom qui commence par celui du modèle sans
 * accents, sans casse, sans espaces ni ponctuation ; la feuille d'activité par le préfixe
 * « activite », puis par sa position d'origine), puis <b>vérifiées par leurs libellés</b> : une feuille
 * dont les libellés ne sont pas ceux du modèle est refusée ({@code ENQUETE_FEUILLE_NON_RECONNUE}) en
 * nommant la feuille et le libellé attendu, jamais lue à la place d'une autre.
 */
final class LocalisationClasseur {

  /** Au plus tant de valeurs hors champ signalées par classeur. */
  static final int HORS_CHAMP_MAX = 50;

  /** Colonnes A à H de la grille des établissements, lues par la grille. */
  private static final int COLONNES_GRILLE = 8;

  private LocalisationClasseur() {}

  /** Feuille reçue de chaque feuille du catalogue, ou violations bloquantes dans {@code bloquantes}. */
  static Map<String, FeuilleSituee> resoudre(ClasseurLu classeur, TypeEnquete type, GabaritClasseur gabarit,
      List<Violation> bloquantes, List<Violation> avertissements) {
    Map<String, FeuilleSituee> r = new LinkedHashMap<>();
    Set<Integer> prises = new HashSet<>();
    for (GabaritClasseur.FeuilleModele fm : gabarit.feuilles()) {
      List<Integer> candidats = new ArrayList<>();
      for (int i = 0; i < classeur.nombreFeuilles(); i++) {
        if (classeur.nomFeuille(i).equals(fm.nomCatalogue) && !prises.contains(i)) {
          candidats.add(i);
        }
      }
      for (int i = 0; i < classeur.nombreFeuilles(); i++) {
        if (!candidats.contains(i) && !prises.contains(i)
            && GabaritClasseur.normaliserNom(classeur.nomFeuille(i)).startsWith(fm.cleNom)) {
          candidats.add(i);
        }
      }
      boolean activite = fm.cleNom.equals("activite");
      int position = CartographieClasseur.indexActivite(type);
      if (activite && position < classeur.nombreFeuilles() && !candidats.contains(position) && !prises.contains(position)) {
        candidats.add(position);
      }
      String attendue = activite ? "activité" : fm.nomCatalogue.trim();
      if (candidats.isEmpty()) {
        bloquantes.add(Violation.de(CodeImportEnquete.ENQUETE_FEUILLE_MANQUANTE, attendue, Map.of("feuille", attendue)));
        continue;
      }
      AlignementFeuille retenu = null;
      AlignementFeuille premier = null;
      for (int i : candidats) {
        AlignementFeuille a = AlignementFeuille.aligner(fm, classeur.feuille(i));
        if (premier == null) {
          premier = a;
        }
        if (a.reconnue()) {
          retenu = a;
          prises.add(i);
          break;
        }
      }
      if (retenu == null) {
        int ligne = Math.max(0, premier.premiereAbsente());
        GabaritClasseur.LigneModele lm = fm.parLigne.get(ligne);
        String libelle = lm != null ? lm.libelle() : fm.libelleAuDessus(ligne);
        String cellule = new CellReference(ligne, lm != null ? lm.colonnes()[0] : 0).formatAsString(false);
        String nom = premier.feuille().nom();
        bloquantes.add(Violation.de(CodeImportEnquete.ENQUETE_FEUILLE_NON_RECONNUE, nom + "!" + cellule,
            Map.of("feuille", nom.trim(), "attendue", attendue, "libelle", libelle, "cellule", cellule)));
        continue;
      }
      int[] deplacee = retenu.colonneDeplacee();
      if (deplacee.length > 0) {
        // Colonnes insérées ou supprimées : refus à la cellule plutôt que lecture dans la colonne voisine.
        GabaritClasseur.LigneModele lm = fm.parLigne.get(deplacee[0]);
        String nom = retenu.feuille().nom();
        String cellule = new CellReference(deplacee[0], deplacee[1]).formatAsString(false);
        String trouvee = new CellReference(retenu.ligne(deplacee[0]), deplacee[2]).formatAsString(false);
        bloquantes.add(Violation.de(CodeImportEnquete.ENQUETE_ANCRE_INTROUVABLE, nom + "!" + trouvee,
            Map.of("feuille", nom.trim(), "libelle", lm.libelle(), "cellule", cellule)));
        continue;
      }
      FeuilleSituee situee = new FeuilleSituee(retenu);
      if (retenu.sansLibelles()) {
        String nom = retenu.feuille().nom();
        avertissements.add(Violation.de(CodeImportEnquete.ENQUETE_FEUILLE_SANS_LIBELLES, nom, Map.of("feuille", nom.trim())));
      }
      r.put(fm.nomCatalogue, situee);
    }
    return r;
  }

  /**
   * Signale chaque nombre trouvé hors de toute cellule du modèle (ligne insérée, sous un tableau,
   * colonne voisine d'une ligne de saisie), au plus {@link #HORS_CHAMP_MAX} par classeur.
   */
  static void signalerHorsChamp(Collection<FeuilleSituee> feuilles, List<Violation> av) {
    int n = 0;
    for (FeuilleSituee f : feuilles) {
      AlignementFeuille a = f.alignement();
      GabaritClasseur.FeuilleModele m = a.modele();
      int colonnes = Math.max(m.derniereColonneChamp + 2, COLONNES_GRILLE);
      for (int r = 0; r < a.lignesExaminees(); r++) {
        int lm = a.ligneModeleDe(r);
        boolean grille = f.dansGrille(r);
        for (int c = 0; c < colonnes; c++) {
          if ((grille && c < COLONNES_GRILLE) || (lm >= 0 && (m.occupee(lm, c) || m.saisie(lm, c)))) {
            continue;
          }
          Brut b = a.feuille().brut(r, c);
          if (b instanceof Brut.Vide || EnqueteExcelReader.nombre(b).isEmpty()) {
            continue;
          }
          String ou = f.nom() + "!" + new CellReference(r, c).formatAsString(false);
          av.add(Violation.de(CodeImportEnquete.ENQUETE_VALEUR_HORS_CHAMP, ou, Map.of("cellule", ou)));
          if (++n >= HORS_CHAMP_MAX) {
            return;
          }
        }
      }
    }
  }
}
