// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.domain.gestionnaire;

import fr.gouv.emjpm.domain.commun.CodeDomaine;
import fr.gouv.emjpm.domain.commun.Resultat;
import fr.gouv.emjpm.domain.commun.Violation;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Identifiant d'un gestionnaire sous la forme de l'original : {@code individuel-N}, {@code
 * prepose-N} ou {@code service-N} (N entier positif). Immuable et thread-safe.
 *
 * @param type type de gestionnaire
 * @param numero identifiant numérique (du mandataire ou du service), strictement positif
 */
public record GestionnaireId(TypeGestionnaire type, long numero) {

  private static final Pattern FORME = Pattern.compile("(individuel|prepose|service)-([1-9][0-9]{0,17})");

  /**
   * Garantit l'invariant : type présent, numéro strictement positif.
   *
   * @param type type de gestionnaire, non nul
   * @param numero identifiant numérique du mandataire ou du service, strictement positif
   */
  public GestionnaireId {
    Objects.requireNonNull(type, "type");
    if (numero <= 0) {
      throw new IllegalArgumentException("numéro de gestionnaire non positif");
    }
  }

  /**
   * Identifiant de confiance.
   *
   * @param type type de gestionnaire, non nul
   * @param numero identifiant numérique, strictement positif
   * @return l'identifiant
   */
  public static GestionnaireId of(TypeGestionnaire type, long numero) {
    return new GestionnaireId(type, numero);
  }

  /**
   * Identifiant d'un mandataire individuel.
   *
   * @param numero identifiant numérique du mandataire, strictement positif
   * @return l'identifiant {@code individuel-N}
   */
  public static GestionnaireId individuel(long numero) {
    return new GestionnaireId(TypeGestionnaire.INDIVIDUEL, numero);
  }

  /**
   * Identifiant d'un mandataire préposé.
   *
   * @param numero identifiant numérique du mandataire, strictement positif
   * @return l'identifiant {@code prepose-N}
   */
  public static GestionnaireId prepose(long numero) {
    return new GestionnaireId(TypeGestionnaire.PREPOSE, numero);
  }

  /**
   * Identifiant d'un service mandataire.
   *
   * @param numero identifiant numérique du service, strictement positif
   * @return l'identifiant {@code service-N}
   */
  public static GestionnaireId service(long numero) {
    return new GestionnaireId(TypeGestionnaire.SERVICE, numero);
  }

  /**
   * Analyse un texte non fiable de la forme {@code type-N}.
   *
   * @param texte texte saisi (par exemple {@code service-3}), éventuellement nul ; espaces de début et de fin ignorés
   * @return l'identifiant, ou un échec {@code GESTIONNAIRE_ID_INVALIDE}
   */
  public static Resultat<GestionnaireId> parse(@org.jspecify.annotations.Nullable String texte) {
    Matcher m = FORME.matcher(texte == null ? "" : texte.strip());
    if (!m.matches()) {
      return Resultat.echec(Violation.de(CodeDomaine.GESTIONNAIRE_ID_INVALIDE, ""));
    }
    TypeGestionnaire type = TypeGestionnaire.parCode(m.group(1)).orElseThrow();
    return Resultat.succes(new GestionnaireId(type, Long.parseLong(m.group(2))));
  }

  /** Forme textuelle de l'original, par exemple {@code service-3}. */
  @Override
  public String toString() {
    return type.code() + "-" + numero;
  }
}
