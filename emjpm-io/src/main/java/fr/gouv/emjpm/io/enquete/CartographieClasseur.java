// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.io.enquete;

import fr.gouv.emjpm.domain.commun.Violation;
import fr.gouv.emjpm.domain.enquete.TypeEnquete;
import fr.gouv.emjpm.rules.enquete.CelluleExcel;
import fr.gouv.emjpm.rules.enquete.ChampEnquete;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.apache.poi.ss.util.CellReference;

/**
 * Résolution des feuilles (§8.2) et des cellules d'un classeur DGCS, partagée par l'import et
 * l'export. Les lignes « Subrogé tuteur ou curateur » et « Sauvegarde de justice » de la feuille
 * d'activité sont repérées par leur libellé en colonne A (écart §12.1 : inversées dans l'annexe 7).
 */
final class CartographieClasseur {

  private static final Map<TypeEnquete, List<String>> FEUILLES_REQUISES =
      Map.of(
          TypeEnquete.INDIVIDUEL,
          List.of("info mandataire-exerc. activité", "Populations ", "Prestations sociales "),
          TypeEnquete.SERVICE,
          List.of("info service ", "Personnel et formation ", "Populations "),
          TypeEnquete.PREPOSE,
          List.of(
              "modalites d'exercice",
              "Personnel et formation ",
              "Populations ",
              "Revenus- prestations sociales ",
              "Financement"));

  private static final String PREFIXE_ACTIVITE = "activité";

  private final ClasseurLu classeur;
  private final TypeEnquete type;

  CartographieClasseur(ClasseurLu classeur, TypeEnquete type) {
    this.classeur = classeur;
    this.type = type;
  }

  /** Index de la feuille d'activité, lue par position (§8.2). */
  static int indexActivite(TypeEnquete type) {
    return type == TypeEnquete.INDIVIDUEL ? 2 : 3;
  }

  /** Vrai si l'import lit la feuille de cet indice et de ce nom (les autres ne sont pas analysées). */
  static boolean estLue(TypeEnquete type, int index, String nom) {
    String n = nom.trim().toLowerCase(Locale.ROOT);
    return index == indexActivite(type)
        || FEUILLES_REQUISES.get(type).stream().anyMatch(f -> f.trim().toLowerCase(Locale.ROOT).equals(n));
  }

  /** Feuilles manquantes (violations bloquantes), vide si le classeur convient. */
  List<Violation> verifierFeuilles() {
    List<Violation> v = new java.util.ArrayList<>();
    for (String nom : FEUILLES_REQUISES.get(type)) {
      if (feuille(nom).isEmpty()) {
        v.add(Violation.de(CodeImportEnquete.ENQUETE_FEUILLE_MANQUANTE, nom, Map.of("feuille", nom.trim())));
      }
    }
    if (classeur.nombreFeuilles() <= indexActivite(type)) {
      v.add(Violation.de(CodeImportEnquete.ENQUETE_FEUILLE_MANQUANTE, "activité", Map.of("feuille", "activité")));
    }
    return v;
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
