// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.domain.service;

import fr.gouv.emjpm.domain.gestionnaire.GestionnaireId;
import fr.gouv.emjpm.domain.internal.Invariants;
import fr.gouv.emjpm.domain.referentiel.CodeDepartement;
import fr.gouv.emjpm.domain.style.EmjpmStyle;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Antenne d'un service mandataire (domain.md §1.3, table {@code service_antenne}). Les coordonnées du
 * contact ne sont pas portées. Invariants : identifiants positifs, position cohérente. Immuable et
 * thread-safe.
 */
@Value.Immutable
@EmjpmStyle
abstract class AbstractAntenne {

  /** Identifiant technique de l'antenne. */
  public abstract long id();

  /** Service auquel l'antenne appartient. */
  public abstract long serviceId();

  /** Nom de l'antenne. */
  public abstract String nom();

  /** Code postal. */
  public abstract Optional<String> codePostal();

  /** Ville. */
  public abstract Optional<String> ville();

  /** Département. */
  public abstract Optional<CodeDepartement> departement();

  /** Latitude (WGS84). */
  public abstract Optional<Double> latitude();

  /** Longitude (WGS84). */
  public abstract Optional<Double> longitude();

  /** Capacité souhaitée de l'antenne ({@code mesures_max}), 0 par défaut. */
  @Value.Default
  public int mesuresMax() {
    return 0;
  }

  /** Identifiant du gestionnaire : le service {@code service-<serviceId>}. */
  public final GestionnaireId gestionnaireId() {
    return GestionnaireId.service(serviceId());
  }

  /** Invariants. */
  @Value.Check
  protected void verifier() {
    Invariants.verifierIdPositif(id(), "id");
    Invariants.verifierIdPositif(serviceId(), "serviceId");
    Invariants.verifierPosition(latitude(), longitude());
  }
}
