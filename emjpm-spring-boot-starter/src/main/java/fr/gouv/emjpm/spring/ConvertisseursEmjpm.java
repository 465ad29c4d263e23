// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.spring;

import fr.gouv.emjpm.domain.commun.CodeDomaine;
import fr.gouv.emjpm.domain.commun.CodeMetier;
import fr.gouv.emjpm.domain.commun.Resultat;
import fr.gouv.emjpm.domain.commun.Violation;
import fr.gouv.emjpm.domain.gestionnaire.GestionnaireId;
import fr.gouv.emjpm.domain.mesure.NumeroRg;
import fr.gouv.emjpm.domain.referentiel.CodePostal;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.core.convert.TypeDescriptor;
import org.springframework.core.convert.converter.ConditionalGenericConverter;
import org.springframework.core.convert.converter.Converter;

/**
 * Convertisseurs des paramètres de requête vers les types valeur d'emjpm. Boot les ajoute au service de
 * conversion de Spring MVC (beans {@link Converter} et {@link ConditionalGenericConverter}). Une valeur
 * refusée lève un {@link RefusException} (400) qui porte la violation de la bibliothèque ; la valeur
 * reçue n'est jamais recopiée dans le message.
 */
public final class ConvertisseursEmjpm {

  private static final Pattern CODE_AFFICHABLE = Pattern.compile("[a-z0-9_]{1,40}");

  private ConvertisseursEmjpm() {}

  /** {@code service-3}, {@code individuel-12}, {@code prepose-7}. */
  public static final class GestionnaireIdConverter implements Converter<String, GestionnaireId> {
    /** Convertisseur sans état. */
    public GestionnaireIdConverter() {
      // sans état
    }

    @Override
    public GestionnaireId convert(String source) {
      return exiger(GestionnaireId.parse(source));
    }
  }

  /** Numéro RG, normalisé comme à la saisie dans l'original (majuscules, 8 caractères, sans séparateur) : jamais refusé. */
  public static final class NumeroRgConverter implements Converter<String, NumeroRg> {
    /** Convertisseur sans état. */
    public NumeroRgConverter() {
      // sans état
    }

    @Override
    public NumeroRg convert(String source) {
      return exiger(NumeroRg.parse(NumeroRg.normaliser(source)));
    }
  }

  /** Code postal à 5 chiffres. */
  public static final class CodePostalConverter implements Converter<String, CodePostal> {
    /** Convertisseur sans état. */
    public CodePostalConverter() {
      // sans état
    }

    @Override
    public CodePostal convert(String source) {
      return exiger(CodePostal.parse(source));
    }
  }

  /**
   * Toute énumération métier ({@link CodeMetier}) par son code stocké, par exemple
   * {@code curatelle_renforcee}. Ce convertisseur refuse le nom Java de la constante ; dans un paramètre
   * de Spring MVC, le liant de données de Spring retombe pourtant sur ce nom ({@code Enum.valueOf})
   * quand la conversion échoue : {@code CURATELLE_RENFORCEE} y est donc accepté, toute autre valeur
   * est refusée avec la violation {@code CODE_INCONNU}.
   */
  public static final class CodeMetierConverter implements ConditionalGenericConverter {
    /** Convertisseur sans état. */
    public CodeMetierConverter() {
      // sans état
    }

    @Override
    public Set<ConvertiblePair> getConvertibleTypes() {
      // la paire (String, CodeMetier) passe avant (String, Enum) dans la recherche de Spring : ce
      // convertisseur l'emporte sur ceux des énumérations par nom (strict ou tolérant de Boot)
      return Set.of(new ConvertiblePair(String.class, CodeMetier.class));
    }

    @Override
    public boolean matches(TypeDescriptor sourceType, TypeDescriptor targetType) {
      Class<?> cible = targetType.getType();
      return cible.isEnum() && CodeMetier.class.isAssignableFrom(cible);
    }

    @Override
    public @Nullable Object convert(@Nullable Object source, TypeDescriptor sourceType, TypeDescriptor targetType) {
      if (source == null) {
        return null;
      }
      String code = source.toString().strip();
      for (Object constante : targetType.getType().getEnumConstants()) {
        if (((CodeMetier) constante).code().equals(code)) {
          return constante;
        }
      }
      String affiche = CODE_AFFICHABLE.matcher(code).matches() ? code : "reçue";
      throw new RefusException(java.util.List.of(Violation.de(CodeDomaine.CODE_INCONNU, "",
          Map.of("valeur", affiche, "champ", targetType.getType().getSimpleName()))),
          RefusException.STATUT_PARAMETRE);
    }
  }

  private static <T> T exiger(Resultat<T> r) {
    return r.fold(Resultat.Succes::donnee, e -> {
      throw new RefusException(e.violations(), RefusException.STATUT_PARAMETRE);
    });
  }
}
