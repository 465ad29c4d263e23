// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.domain.style;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * Style Immutables du projet : le type abstrait écrit à la main s'appelle {@code AbstractXxx} et reste
 * package-private ; le type généré {@code Xxx} est public, construit par {@code Xxx.builder()}.
 *
 * <p>JDK seul ({@code jdkOnly}), constructeur strict, collections dans l'ordre d'insertion (exports
 * déterministes), attributs {@code @Value.Redacted} masqués dans {@code toString()}. Aucune annotation
 * prise du classpath ({@code allowedClasspathAnnotations}) : ni {@code @Generated} d'Immutables ni celles
 * d'Error Prone, que javac chercherait en vain chez un hôte qui compile contre le domaine.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    typeAbstract = "Abstract*",
    typeImmutable = "*",
    visibility = Value.Style.ImplementationVisibility.PUBLIC,
    jdkOnly = true,
    jdk9Collections = false,
    strictBuilder = true,
    redactedMask = "****",
    get = {"is*", "get*"},
    defaults = @Value.Immutable(copy = true),
    allowedClasspathAnnotations = {java.lang.Override.class})
public @interface EmjpmStyle {}
