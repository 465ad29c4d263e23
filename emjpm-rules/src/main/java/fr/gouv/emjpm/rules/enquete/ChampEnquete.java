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
   * @param cle cle
   * @param libelleBrut libelle brut
   * @param type type
   * @param unite unite
   * @param obligatoire obligatoire
   * @param obligatoireSi obligatoire si
   * @param valideParStatut valide par statut
   * @param min min
   * @param minExclusif min exclusif
   * @param max max
   * @param entier entier
   * @param table table
   * @param excel excel
   * @param valeurs valeurs
   * @param champsElement champs element
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
   * @return clé de premier niveau (colonne) : la partie avant le premier point
   */
  public String colonne() {
    int i = cle.indexOf('.');
    return i < 0 ? cle : cle.substring(0, i);
  }

  /**
   * Vrai si le champ est un membre d'un bloc JSON.
   *
   * @return vrai si le champ est un membre d'un bloc JSON
   */
  public boolean estDansBloc() {
    return cle.indexOf('.') >= 0;
  }

  /**
   * Libellé où {@code {annee-1}} est remplacé par l'année d'activité de la campagne {@code annee}.
   *
   * @param annee annee
   * @return libellé où {@code {annee-1}} est remplacé par l'année d'activité de la campagne {@code annee}
   */
  public String libelle(int annee) {
    return CatalogueEnquete.rendreLibelle(libelleBrut, annee);
  }

  /**
   * Code correspondant à un libellé (comparaison exacte), vide sinon.
   *
   * @param libelle libelle
   * @return code correspondant à un libellé (comparaison exacte), vide sinon
   */
  public Optional<String> codeDuLibelle(String libelle) {
    return valeurs.stream().filter(v -> v.libelle().equals(libelle)).map(ValeurEnumeration::code).findFirst();
  }

  /**
   * Libellé d'un code, vide s'il est inconnu.
   *
   * @param code code
   * @return libellé d'un code, vide s'il est inconnu
   */
  public Optional<String> libelleDuCode(String code) {
    return valeurs.stream().filter(v -> v.code().equals(code)).map(ValeurEnumeration::libelle).findFirst();
  }
}
