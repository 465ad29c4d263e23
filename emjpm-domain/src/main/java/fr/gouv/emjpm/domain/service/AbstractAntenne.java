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
 * Antenne d'un service mandataire (table {@code service_antenne}). Les coordonnées du
 * contact ne sont pas portées. Invariants : identifiants positifs, position cohérente. Immuable et
 * thread-safe.
 */
@Value.Immutable
@EmjpmStyle
abstract class AbstractAntenne {

  /** {@return identifiant technique de l'antenne} */
  public abstract long id();

  /** {@return service auquel l'antenne appartient} */
  public abstract long serviceId();

  /** {@return nom de l'antenne} */
  public abstract String nom();

  /** {@return code postal} */
  public abstract Optional<String> codePostal();

  /** {@return ville} */
  public abstract Optional<String> ville();

  /** {@return département} */
  public abstract Optional<CodeDepartement> departement();

  /** {@return latitude (WGS84)} */
  public abstract Optional<Double> latitude();

  /** {@return longitude (WGS84)} */
  public abstract Optional<Double> longitude();

  /** {@return capacité souhaitée de l'antenne ({@code mesures_max}), 0 par défaut} */
  @Value.Default
  public int mesuresMax() {
    return 0;
  }

  /** {@return identifiant du gestionnaire : le service {@code service-<serviceId>}} */
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
