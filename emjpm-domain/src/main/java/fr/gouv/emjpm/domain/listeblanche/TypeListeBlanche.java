// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.domain.listeblanche;

import fr.gouv.emjpm.domain.commun.CodeMetier;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Type d'une entrée de liste blanche (colonne {@code liste_blanche.type}). Immuable et thread-safe.
 */
public enum TypeListeBlanche implements CodeMetier {
  /** Mandataire individuel. */
  INDIVIDUEL("individuel", "Mandataire individuel"),
  /** Mandataire préposé d'établissement. */
  PREPOSE("prepose", "Mandataire préposé d'établissement"),
  /** Service mandataire. */
  SERVICE("service", "Service mandataire"),
  /** Délégué aux prestations familiales individuel. */
  DPFI("dpfi", "Délégué aux prestations familiales individuel"),
  /** Service délégué aux prestations familiales. */
  SDPF("sdpf", "Service délégué aux prestations familiales");

  private final String code;
  private final String libelle;

  TypeListeBlanche(String code, String libelle) {
    this.code = code;
    this.libelle = libelle;
  }

  @Override
  public String code() {
    return code;
  }

  @Override
  public String libelle() {
    return libelle;
  }

  /**
   * Clé SIRET stockée dans la liste blanche (colonne {@code siret}, unique) : le SIRET lui-même, préfixé
   * de {@code sdpf_} pour un service DPF afin qu'il puisse partager le SIRET d'un service mandataire.
   *
   * @param siret SIRET saisi
   * @return la clé stockée
   */
  public String cleSiret(String siret) {
    return this == SDPF ? "sdpf_" + siret : siret;
  }

  /**
   * {@return type portant ce code exact ; vide pour un code inconnu ou {@code null}}
   *
   * @param code code de l'original (par exemple {@code individuel}), éventuellement nul
   */
  public static Optional<TypeListeBlanche> parCode(@Nullable String code) {
    for (TypeListeBlanche t : values()) {
      if (t.code.equals(code)) {
        return Optional.of(t);
      }
    }
    return Optional.empty();
  }
}
