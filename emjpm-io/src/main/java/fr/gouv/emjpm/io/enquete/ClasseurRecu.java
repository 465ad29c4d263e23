// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.io.enquete;

import fr.gouv.emjpm.domain.enquete.TypeEnquete;
import fr.gouv.emjpm.io.fichier.CodeFichier;
import fr.gouv.emjpm.io.internal.ArretLecture;
import fr.gouv.emjpm.io.internal.ChainesPartagees;
import fr.gouv.emjpm.io.internal.FormatCellule;
import fr.gouv.emjpm.io.internal.FormatFichier;
import fr.gouv.emjpm.io.internal.LimitesLecture;
import fr.gouv.emjpm.io.internal.RecepteurCellules;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Classeur d'enquête déposé (.xlsx ou .xls), reçu cellule par cellule du lecteur durci du module : toutes
 * les feuilles sont nommées, seules celles que l'import lit ({@link CartographieClasseur#estLue}) sont
 * analysées, les autres se lisent vides (l'onglet « Données à exporter » des classeurs DGCS a 237
 * colonnes et n'est jamais lu). Seules les cellules de la zone utile ({@link #LIGNES_GARDEES} ×
 * {@link #COLONNES_GARDEES}) sont gardées, typées comme POI les rend (valeur en cache des formules,
 * booléen lu « TRUE » / « FALSE », nombre tel que le fichier le stocke : une date est son numéro de série
 * dans le système de dates du classeur, 1904 compris ; les styles d'un .xlsx ne sont pas analysés, comme
 * avant).
 *
 * <p>Plafonds : ceux du lecteur ({@link #limites(FormatFichier, Duration)} : taille, feuilles, colonnes,
 * caractères par cellule, chaînes partagées, échéance), plus {@link #LIGNES_MAX} lignes par feuille lue
 * ({@code FICHIER_TROP_DE_LIGNES}) et {@link #TEXTE_GARDE_MAX} caractères de texte gardés pour tout le
 * classeur ({@code ENQUETE_CLASSEUR_HORS_LIMITES}). Non thread-safe (un par lecture).
 */
final class ClasseurRecu implements ClasseurLu, RecepteurCellules {
  /** Taille maximale d'un classeur accepté (10 Mio). */
  static final long TAILLE_MAX = 10L * 1024 * 1024;
  /** Feuilles au plus d'un classeur .xlsx. */
  static final int FEUILLES_MAX = 20;
  /** Lignes au plus d'une feuille lue. */
  static final int LIGNES_MAX = 100_000;
  /** Colonnes au plus d'une feuille .xlsx lue. */
  static final int COLONNES_MAX = 200;
  /** Colonnes d'une feuille .xls (BIFF8) : aucune cellule ne peut dépasser, rien n'est refusé. */
  static final int COLONNES_XLS = 256;
  /** Caractères au plus d'une cellule ou d'une chaîne partagée (limite d'Excel). */
  static final int CARACTERES_MAX = ChainesPartagees.LONGUEUR_EXCEL;
  /** Chaînes partagées au plus. */
  static final int CHAINES_MAX = 500_000;
  /**
   * Caractères de texte gardés au plus pour tout le classeur, chaque texte distinct compté une fois (une
   * chaîne partagée citée par mille cellules est gardée une fois) : sans ce plafond, des milliers de
   * cellules longues dans la zone utile des feuilles lues épuiseraient le tas.
   */
  static final long TEXTE_GARDE_MAX = 4L * 1024 * 1024;
  /** Zone utile : les cellules du catalogue sont toutes dans les 200 premières lignes et 30 colonnes. */
  static final int LIGNES_GARDEES = 1_000;
  /** Colonnes de la zone utile. */
  static final int COLONNES_GARDEES = 64;

  private final TypeEnquete type;
  private final List<Feuille> feuilles = new ArrayList<>();
  /** Textes gardés, comptés une fois chacun (identité). */
  private final Set<String> textes = Collections.newSetFromMap(new IdentityHashMap<>());
  private @Nullable Map<Integer, Brut> courante;
  private long texteGarde;
  private int lignes;
  private int ligne;

  ClasseurRecu(TypeEnquete type) {
    this.type = type;
  }

  /**
   * Limites de lecture d'un classeur d'enquête. Un .xls ne peut dépasser ni 256 colonnes ni 65 536 lignes :
   * ses plafonds de colonnes et de feuilles sont ceux du format, comme lorsqu'il était lu par le modèle
   * objet de POI.
   */
  static LimitesLecture limites(FormatFichier format, Duration delai) {
    boolean xls = format == FormatFichier.XLS;
    return new LimitesLecture(TAILLE_MAX, LIGNES_MAX, xls ? COLONNES_XLS : COLONNES_MAX, CARACTERES_MAX, CHAINES_MAX,
        CARACTERES_MAX, ChainesPartagees.CARACTERES_MAX, xls ? LimitesLecture.FEUILLES_MAX : FEUILLES_MAX, delai);
  }

  /** Aucun format : chaque nombre est rendu tel que le fichier le stocke, comme POI le rend (dates comprises). */
  @Override
  public boolean formats() {
    return false;
  }

  /** Chaîne partagée absente de la table : cellule en erreur (avertissement si elle est lue), comme avant. */
  @Override
  public void chaineAbsente(int colonne) {
    placer(colonne, new Brut.Erreur());
  }

  @Override
  public boolean feuille(int indice, String nom) {
    Map<Integer, Brut> c = new HashMap<>();
    feuilles.add(new Feuille(nom, c));
    boolean lue = CartographieClasseur.estLue(type, indice, nom);
    courante = lue ? c : null;
    lignes = 0;
    return lue;
  }

  @Override
  public void ligne(int numero) {
    if (++lignes > LIGNES_MAX) {
      throw ArretLecture.de(CodeFichier.FICHIER_TROP_DE_LIGNES, Map.of("max", LIGNES_MAX));
    }
    ligne = numero - 1;
  }

  @Override
  public void texte(int colonne, String valeur) {
    Brut b = Brut.texte(valeur);
    if (b instanceof Brut.Texte && garder(colonne) && textes.add(valeur)) {
      texteGarde += valeur.length();
      if (texteGarde > TEXTE_GARDE_MAX) {
        throw ArretLecture.de(CodeImportEnquete.ENQUETE_CLASSEUR_HORS_LIMITES,
            Map.of("limite", "caractères de texte gardés", "max", TEXTE_GARDE_MAX));
      }
    }
    placer(colonne, b);
  }

  @Override
  public void nombre(int colonne, double valeur, FormatCellule format) {
    placer(colonne, new Brut.Nombre(valeur));
  }

  /** Jamais appelée ({@link #formats()} est faux) ; un nombre, par sûreté. */
  @Override
  public void date(int colonne, double serie, FormatCellule format) {
    placer(colonne, new Brut.Nombre(serie));
  }

  @Override
  public void booleen(int colonne, boolean valeur) {
    placer(colonne, new Brut.Texte(valeur ? "TRUE" : "FALSE"));
  }

  @Override
  public void erreur(int colonne) {
    placer(colonne, new Brut.Erreur());
  }

  @Override
  public void finLigne() {
    // rien : les cellules sont placées à leur arrivée
  }

  private boolean garder(int colonne) {
    return courante != null && ligne >= 0 && ligne < LIGNES_GARDEES && colonne >= 0 && colonne < COLONNES_GARDEES;
  }

  private void placer(int colonne, Brut b) {
    Map<Integer, Brut> c = courante;
    if (c != null && !(b instanceof Brut.Vide) && garder(colonne)) {
      c.put(cle(ligne, colonne), b);
    }
  }

  private static int cle(int ligne, int colonne) {
    return ligne * COLONNES_GARDEES + colonne;
  }

  @Override
  public int nombreFeuilles() {
    return feuilles.size();
  }

  @Override
  public FeuilleLue feuille(int i) {
    return feuilles.get(i);
  }

  /** Feuille reçue : ses cellules gardées, vides hors de la zone utile. */
  private record Feuille(String nom, Map<Integer, Brut> gardees) implements FeuilleLue {
    @Override
    public Brut brut(int ligne, int colonne) {
      boolean dansLaZone = ligne >= 0 && colonne >= 0 && ligne < LIGNES_GARDEES && colonne < COLONNES_GARDEES;
      Brut b = dansLaZone ? gardees.get(cle(ligne, colonne)) : null;
      return b == null ? new Brut.Vide() : b;
    }
  }
}
