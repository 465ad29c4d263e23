// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.io.enquete;

import fr.gouv.emjpm.domain.commun.Violation;
import fr.gouv.emjpm.domain.enquete.TypeEnquete;
import fr.gouv.emjpm.rules.enquete.CelluleExcel;
import fr.gouv.emjpm.rules.enquete.ChampEnquete;
import fr.gouv.emjpm.rules.enquete.TypeChamp;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.apache.poi.ss.util.CellReference;

/**
 * Cellules des classeurs DGCS d'après le catalogue, et feuilles du classeur modèle (export, et
 * construction des ancres de {@link GabaritClasseur}). Les lignes « Subrogé tuteur ou curateur » et
 * « Sauvegarde de justice » de la feuille d'activité sont repérées par leur libellé en colonne A
 * (inversées dans l'annexe 7). À l'import, les feuilles et les lignes d'un classeur reçu sont
 * localisées par {@link LocalisationClasseur} et {@link AlignementFeuille}.
 */
final class CartographieClasseur {

  private static final String PREFIXE_ACTIVITE = "activité";

  /**
   * Cellule « Coopération » du classeur service (Oui = 1 / Non = 0) : nb_structures_concernees (C19)
   * n'est lue que lorsqu'elle vaut 1 (§6.2, conversion du catalogue).
   */
  static final String CELLULE_COOPERATION = "C17";

  /**
   * Cellule « Nombre d'établissements » du classeur préposé (B22, §7.3) : l'export y écrit la taille de
   * la liste des établissements ; à l'import, elle n'est lue que si aucune ligne 29–48 n'est remplie, 0
   * donnant alors la liste vide (sans ligne ni 0, la liste n'est pas importée).
   */
  static final String CELLULE_NOMBRE_ETABLISSEMENTS = "B22";

  private final ClasseurLu classeur;
  private final TypeEnquete type;

  CartographieClasseur(ClasseurLu classeur, TypeEnquete type) {
    this.classeur = classeur;
    this.type = type;
  }

  /**
   * Vrai si le champ se lit sur plusieurs cellules dont une seule est retenue : radios « mettre 1 »
   * ({@code C9:C12}, {@code C13/C15}) ou première cellule non vide ({@code B52:G52}).
   */
  static boolean estChoix(ChampEnquete champ) {
    return champ.excel().isPresent()
        && champ.type() != TypeChamp.GROUPE_REPETE
        && (champ.excel().get().cellule().contains("/") || champ.excel().get().cellule().contains(":"));
  }

  /** Cellules d'un champ à choix, dans l'ordre des valeurs (position i → valeur i, ou niveau i + 1). */
  static List<CellReference> cellulesDuChoix(CelluleExcel excel) {
    String cellule = excel.cellule();
    if (cellule.contains("/")) {
      return java.util.Arrays.stream(cellule.split("/")).map(CellReference::new).toList();
    }
    return plage(cellule);
  }

  /** Lignes (base 0) d'un groupe répété ({@code A29:H48} → 28..47). */
  static List<Integer> lignesListe(CelluleExcel excel) {
    String[] p = excel.cellule().split(":");
    int premiere = new CellReference(p[0]).getRow();
    int derniere = new CellReference(p[1]).getRow();
    List<Integer> r = new java.util.ArrayList<>();
    for (int l = premiere; l <= derniere; l++) {
      r.add(l);
    }
    return r;
  }

  /** Cellule d'un champ d'élément de liste à la ligne donnée (base 0). */
  static CellReference celluleElement(ChampEnquete sous, int ligne) {
    return new CellReference(sous.excel().orElseThrow().cellule().replace("{row}", Integer.toString(ligne + 1)));
  }

  /** Cellules d'une plage rectangulaire, ligne par ligne. */
  static List<CellReference> plage(String cellule) {
    String[] p = cellule.split(":");
    CellReference a = new CellReference(p[0]);
    CellReference b = new CellReference(p[1]);
    List<CellReference> r = new java.util.ArrayList<>();
    for (int row = a.getRow(); row <= b.getRow(); row++) {
      for (int col = a.getCol(); col <= b.getCol(); col++) {
        r.add(new CellReference(row, col));
      }
    }
    return r;
  }

  /** Index de la feuille d'activité, lue par position (§8.2). */
  static int indexActivite(TypeEnquete type) {
    return type == TypeEnquete.INDIVIDUEL ? 2 : 3;
  }

  /**
   * Vrai si l'import lit la feuille de cet indice et de ce nom (les autres ne sont pas analysées) :
   * feuille à la position de l'activité, ou nom qui commence par celui d'une feuille du modèle (sans
   * accents, sans casse, sans espaces ni ponctuation).
   */
  static boolean estLue(TypeEnquete type, int index, String nom) {
    String n = GabaritClasseur.normaliserNom(nom);
    return index == indexActivite(type)
        || GabaritClasseur.de(type).feuilles().stream().anyMatch(f -> nom.equals(f.nomCatalogue) || n.startsWith(f.cleNom));
  }

  /**
   * Feuille du catalogue : la feuille d'activité par position, les autres par nom exact puis, à
   * défaut, par nom sans espaces de bord et sans casse.
   */
  Optional<FeuilleLue> feuille(String nomCatalogue) {
    OptionalInt i = indexFeuille(nomCatalogue);
    return i.isPresent() ? Optional.of(classeur.feuille(i.getAsInt())) : Optional.empty();
  }

  /** Indice de la feuille du catalogue (mêmes règles que {@link #feuille}). */
  OptionalInt indexFeuille(String nomCatalogue) {
    if (nomCatalogue.startsWith(PREFIXE_ACTIVITE)) {
      int i = indexActivite(type);
      return i < classeur.nombreFeuilles() ? OptionalInt.of(i) : OptionalInt.empty();
    }
    for (int i = 0; i < classeur.nombreFeuilles(); i++) {
      if (classeur.nomFeuille(i).equals(nomCatalogue)) {
        return OptionalInt.of(i);
      }
    }
    String cible = nomCatalogue.trim().toLowerCase(Locale.ROOT);
    for (int i = 0; i < classeur.nombreFeuilles(); i++) {
      if (classeur.nomFeuille(i).trim().toLowerCase(Locale.ROOT).equals(cible)) {
        return OptionalInt.of(i);
      }
    }
    return OptionalInt.empty();
  }

  /**
   * Adresse réelle d'une cellule simple du catalogue : pour les lignes subrogé/sauvegarde de la feuille
   * d'activité, la ligne est celle dont la colonne A porte le libellé attendu.
   */
  CellReference adresse(ChampEnquete champ, CelluleExcel excel, String cellule, List<Violation> avertissements) {
    CellReference ref = new CellReference(cellule);
    if (!excel.feuille().startsWith(PREFIXE_ACTIVITE)) {
      return ref;
    }
    String libelle;
    if (champ.cle().startsWith("subroge_tuteur_createur_")) {
      libelle = "subrog";
    } else if (champ.cle().startsWith("sauvegarde_justice_")) {
      libelle = "sauvegarde";
    } else {
      return ref;
    }
    FeuilleLue s = feuille(excel.feuille()).orElseThrow();
    for (int r = 20; r <= 35; r++) {
      if (s.brut(r, 0) instanceof Brut.Texte t && t.valeur().trim().toLowerCase(Locale.ROOT).startsWith(libelle)) {
        return new CellReference(r, ref.getCol());
      }
    }
    if (avertissements.stream().noneMatch(v -> v.arguments().get("ligne") != null && v.arguments().get("ligne").equals(libelle))) {
      avertissements.add(
          Violation.de(
              CodeImportEnquete.ENQUETE_LIGNE_INTROUVABLE,
              s.nom(),
              Map.of("feuille", s.nom().trim(), "ligne", libelle)));
    }
    return ref;
  }
}
