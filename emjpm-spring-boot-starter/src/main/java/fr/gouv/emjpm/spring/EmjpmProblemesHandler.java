// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.spring;

import org.springframework.core.annotation.Order;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * Rend en problem detail (RFC 9457) les refus levés par les contrôleurs ({@link RefusException}, 422)
 * et les paramètres de requête que les convertisseurs d'emjpm refusent (400, sans recopier la valeur
 * reçue). Recule si l'hôte définit son propre bean de ce type. Ordonné avant le gestionnaire de problem
 * details de Spring Boot ({@code spring.mvc.problemdetails.enabled}, ordre 0), qui rendrait sinon ces
 * paramètres refusés sans leurs violations.
 */
@RestControllerAdvice
@Order(EmjpmProblemesHandler.ORDRE)
public class EmjpmProblemesHandler {

  /** Ordre de ce conseil : avant celui de Spring Boot. */
  public static final int ORDRE = -100;

  /** Gestionnaire des refus emjpm. */
  public EmjpmProblemesHandler() {
    // bean de l'auto-configuration
  }

  /**
   * Refus métier levé par un contrôleur.
   *
   * @param refus le refus
   * @return son problem detail
   */
  @ExceptionHandler(RefusException.class)
  public ProblemDetail refus(RefusException refus) {
    return ProblemesEmjpm.depuis(refus);
  }

  /**
   * Paramètre de requête refusé par un convertisseur d'emjpm (problem detail 400 portant ses
   * violations) ; toute autre erreur de conversion est relancée pour le traitement ordinaire de Spring.
   *
   * @param e erreur de conversion d'un paramètre
   * @return problem detail 400 portant les violations du convertisseur
   * @throws MethodArgumentTypeMismatchException si la cause n'est pas un refus d'emjpm
   */
  @ExceptionHandler(MethodArgumentTypeMismatchException.class)
  public ProblemDetail parametre(MethodArgumentTypeMismatchException e) {
    Throwable c = e.getCause();
    while (c != null && !(c instanceof RefusException)) {
      c = c.getCause();
    }
    if (c instanceof RefusException r) {
      return ProblemesEmjpm.depuis(r.violations().stream()
          .map(v -> v.avecChemin("/" + e.getName())).toList(), RefusException.STATUT_PARAMETRE);
    }
    throw e;
  }
}
