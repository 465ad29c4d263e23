// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.domain.mesure;

import fr.gouv.emjpm.domain.commun.CodeMetier;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Nature d'une mesure de protection (table {@code nature_mesure}) ; libellés métier de {@code MESURE_PROTECTION.js}.
 *
 * <p>{@link #code()} est le code stocké par l'original, {@link #libelle()} le libellé métier.
 * Immuable et thread-safe.
 */
public enum NatureMesure implements CodeMetier {
  /** Curatelle simple. */
  CURATELLE_SIMPLE("curatelle_simple", "curatelle simple"),
  /** Curatelle renforcée. */
  CURATELLE_RENFORCEE("curatelle_renforcee", "curatelle renforcée"),
  /** Tutelle. */
  TUTELLE("tutelle", "tutelle"),
  /** Sauvegarde de justice (avec mandat spécial). */
  SAUVEGARDE_JUSTICE("sauvegarde_justice", "sauvegarde de justice"),
  /** Mesure d'accompagnement judiciaire (MAJ). */
  MESURE_ACCOMPAGNEMENT_JUDICIAIRE("mesure_accompagnement_judiciaire", "mesure d'accompagnement judiciaire"),
  /** Subrogé curateur. */
  SUBROGE_CURATEUR("subroge_curateur", "subrogé curateur"),
  /** Subrogé tuteur. */
  SUBROGE_TUTEUR("subroge_tuteur", "subrogé tuteur"),
  /** Mandat de protection future (libellé original au pluriel, corrigé). */
  MANDAT_PROTECTION_FUTURE("mandat_protection_future", "mandat de protection future"),
  /** Mesure ad hoc (libellé original « mesure ad'hoc », corrigé). */
  MESURE_AD_HOC("mesure_ad_hoc", "mesure ad hoc");

  private final String code;
  private final String libelle;

  NatureMesure(String code, String libelle) {
    this.code = code;
    this.libelle = libelle;
  }

  /** Code stocké par l'original, par exemple {@code "curatelle_simple"}. */
  @Override
  public String code() {
    return code;
  }

  /** Libellé métier français (avec accents). */
  @Override
  public String libelle() {
    return libelle;
  }

  /**
   * Valeur portant ce code exact (sensible à la casse) ; vide pour un code inconnu ou {@code null}.
   * Ne lève jamais d'exception.
   *
   * @param code code stocké (par exemple {@code curatelle_simple}), éventuellement nul
   * @return la nature, vide pour un code inconnu ou {@code null}
   */
  public static Optional<NatureMesure> parCode(@Nullable String code) {
    if (code != null) {
      for (NatureMesure v : values()) {
        if (v.code.equals(code)) {
          return Optional.of(v);
        }
      }
    }
    return Optional.empty();
  }

  /**
   * Titre d'une mesure de cette nature : « &lt;nature&gt; &lt;champ&gt; », par exemple
   * « curatelle renforcée aux biens » ; la nature seule si le champ est absent.
   *
   * @param champ champ de la mesure, facultatif
   * @return le titre, par exemple « curatelle renforcée aux biens »
   */
  public String titre(Optional<ChampMesure> champ) {
    return champ.map(c -> libelle + " " + c.libelle()).orElse(libelle);
  }

  /**
   * Titre « &lt;nature&gt; &lt;champ&gt; », par exemple « tutelle à la personne ».
   *
   * @param champ champ de la mesure
   * @return le titre, par exemple « tutelle à la personne »
   */
  public String titre(ChampMesure champ) {
    return libelle + " " + champ.libelle();
  }
}
