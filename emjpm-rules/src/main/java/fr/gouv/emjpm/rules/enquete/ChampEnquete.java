// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.rules.enquete;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Champ du catalogue d'enquête (enquete-fields.json).
 *
 * @param cle clé de stockage (chemin pointé dans un bloc JSON : {@code niveaux_qualification.n1.nb_preposes})
 * @param libelleBrut libellé, éventuellement avec le paramètre {@code {annee-1}}
 * @param type type du champ
 * @param unite unité affichée, vide si aucune
 * @param obligatoire vrai si la sous-section est invalide tant que le champ est vide
 * @param obligatoireSi condition d'obligation en texte (règles codées dans le moteur), vide sinon
 * @param valideParStatut faux pour les champs jamais vérifiés
 * @param min borne basse, vide si aucune
 * @param minExclusif vrai si la borne basse est exclue
 * @param max borne haute incluse, vide si aucune
 * @param entier vrai si une valeur décimale rend la sous-section invalide
 * @param table table de stockage ; vide pour un champ d'élément de liste
 * @param excel emplacement dans le classeur, vide si aucun
 * @param valeurs valeurs permises (énumérations)
 * @param champsElement champs de chaque élément (groupe répété seulement)
 */
public record ChampEnquete(
    String cle,
    String libelleBrut,
    TypeChamp type,
    Optional<String> unite,
    boolean obligatoire,
    Optional<String> obligatoireSi,
    boolean valideParStatut,
    Optional<BigDecimal> min,
    boolean minExclusif,
    Optional<BigDecimal> max,
    boolean entier,
    String table,
    Optional<CelluleExcel> excel,
    List<ValeurEnumeration> valeurs,
    List<ChampEnquete> champsElement) {

  /**
   * Copie défensive des listes.
   *
   * @param cle clé de stockage (pointée dans un bloc JSON), non nulle
   * @param libelleBrut libellé, éventuellement avec {@code {annee-1}}, non nul
   * @param type type du champ, non nul
   * @param unite unité affichée, vide si aucune (jamais {@code null})
   * @param obligatoire vrai si l'étape est invalide tant que le champ est vide
   * @param obligatoireSi condition d'obligation en texte, vide sinon (jamais {@code null})
   * @param valideParStatut faux pour un champ jamais vérifié par le moteur de statut
   * @param min borne basse, vide si aucune (jamais {@code null})
   * @param minExclusif vrai si la borne basse est exclue
   * @param max borne haute incluse, vide si aucune (jamais {@code null})
   * @param entier vrai si une valeur décimale rend l'étape invalide
   * @param table table de stockage, non nulle (chaîne vide pour un champ d'élément de liste)
   * @param excel emplacement dans le classeur, vide si aucun (jamais {@code null})
   * @param valeurs valeurs permises (énumérations), non nulle (copiée)
   * @param champsElement champs de chaque élément (groupe répété seulement), non nulle (copiée)
   */
  public ChampEnquete {
    Objects.requireNonNull(cle, "cle");
    Objects.requireNonNull(libelleBrut, "libelleBrut");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(unite, "unite");
    Objects.requireNonNull(obligatoireSi, "obligatoireSi");
    Objects.requireNonNull(min, "min");
    Objects.requireNonNull(max, "max");
    Objects.requireNonNull(table, "table");
    Objects.requireNonNull(excel, "excel");
    Objects.requireNonNull(valeurs, "valeurs");
    Objects.requireNonNull(champsElement, "champsElement");
    valeurs = List.copyOf(valeurs);
    champsElement = List.copyOf(champsElement);
  }

  /**
   * Clé de premier niveau (colonne) : la partie avant le premier point.
   *
   * @return partie de la clé avant le premier point, la clé entière si elle n'en a pas
   */
  public String colonne() {
    int i = cle.indexOf('.');
    return i < 0 ? cle : cle.substring(0, i);
  }

  /** {@return vrai si le champ est un membre d'un bloc JSON} */
  public boolean estDansBloc() {
    return cle.indexOf('.') >= 0;
  }

  /**
   * Vrai si {@code x} est sous la borne basse du catalogue : {@code x ≤ min} si la borne est exclue,
   * {@code x < min} sinon. La seule définition de la borne basse, pour le statut comme pour l'import.
   *
   * @param x valeur numérique de la réponse
   * @return vrai si la borne basse existe et que {@code x} ne la respecte pas ; faux sans borne basse
   */
  public boolean sousLeMinimum(BigDecimal x) {
    return min().map(m -> minExclusif() ? x.compareTo(m) <= 0 : x.compareTo(m) < 0).orElse(false);
  }

  /**
   * Libellé où {@code {annee-1}} est remplacé par l'année d'activité de la campagne {@code annee}.
   *
   * @param annee année de la campagne ; l'année d'activité vaut {@code annee - 1}
   * @return libellé, {@code {annee-1}} remplacé par {@code annee - 1}
   */
  public String libelle(int annee) {
    return CatalogueEnquete.rendreLibelle(libelleBrut, annee);
  }

  /**
   * Code correspondant à un libellé (comparaison exacte), vide sinon.
   *
   * @param libelle libellé français d'une valeur permise, comparé exactement
   * @return code de la première valeur de ce libellé, vide si aucune
   */
  public Optional<String> codeDuLibelle(String libelle) {
    return valeurs.stream().filter(v -> v.libelle().equals(libelle)).map(ValeurEnumeration::code).findFirst();
  }

  /**
   * Libellé d'un code, vide s'il est inconnu.
   *
   * @param code code stocké d'une valeur permise
   * @return libellé français de la valeur, vide si le code est inconnu
   */
  public Optional<String> libelleDuCode(String code) {
    return valeurs.stream().filter(v -> v.code().equals(code)).map(ValeurEnumeration::libelle).findFirst();
  }
}
