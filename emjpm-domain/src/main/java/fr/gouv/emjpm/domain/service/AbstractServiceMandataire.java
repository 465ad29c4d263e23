// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.domain.service;

import fr.gouv.emjpm.domain.gestionnaire.GestionnaireId;
import fr.gouv.emjpm.domain.internal.Invariants;
import fr.gouv.emjpm.domain.referentiel.CodeDepartement;
import fr.gouv.emjpm.domain.referentiel.Siret;
import fr.gouv.emjpm.domain.style.EmjpmStyle;
import fr.gouv.emjpm.domain.tribunal.TribunalId;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * Service mandataire (association, organisme) et ses antennes. Ne porte ni membre, ni
 * mot de passe, ni jeton.
 *
 * <p>Invariants : identifiant positif ; chaque antenne appartient à ce service ; identifiants d'antenne
 * distincts ; position cohérente. La somme des capacités des antennes au plus égale à {@link
 * #dispoMax()} est une <em>règle</em> (emjpm-rules), pas un invariant. Immuable et thread-safe.
 */
@Value.Immutable
@EmjpmStyle
abstract class AbstractServiceMandataire {

  /**
   * Identifiant technique du service.
   *
   * @return identifiant technique du service
   */
  public abstract long id();

  /**
   * Nom du service ({@code etablissement}).
   *
   * @return nom du service ({@code etablissement})
   */
  public abstract String nom();

  /**
   * SIRET.
   *
   * @return SIRET
   */
  public abstract Optional<Siret> siret();

  /**
   * Adresse géocodée de localisation.
   *
   * @return adresse géocodée de localisation
   */
  public abstract Optional<String> adresseLocalisation();

  /**
   * Code postal de l'adresse géocodée.
   *
   * @return code postal de l'adresse géocodée
   */
  public abstract Optional<String> codePostal();

  /**
   * Ville de l'adresse géocodée.
   *
   * @return ville de l'adresse géocodée
   */
  public abstract Optional<String> ville();

  /**
   * Latitude (WGS84).
   *
   * @return latitude (WGS84)
   */
  public abstract Optional<Double> latitude();

  /**
   * Longitude (WGS84).
   *
   * @return longitude (WGS84)
   */
  public abstract Optional<Double> longitude();

  /**
   * Nombre de mesures souhaitées ({@code dispo_max}), 0 par défaut.
   *
   * @return nombre de mesures souhaitées ({@code dispo_max}), 0 par défaut
   */
  @Value.Default
  public int dispoMax() {
    return 0;
  }

  /**
   * Départements où le service est habilité ou implanté ({@code service_departements}).
   *
   * @return départements où le service est habilité ou implanté ({@code service_departements})
   */
  public abstract List<CodeDepartement> departements();

  /**
   * Antennes du service.
   *
   * @return antennes du service
   */
  public abstract List<Antenne> antennes();

  /**
   * Tribunaux préférentiels.
   *
   * @return tribunaux préférentiels
   */
  public abstract List<TribunalId> tribunauxPreferes();

  /**
   * Vrai si le service ne souhaite plus recevoir de nouvelles mesures pour le moment.
   *
   * @return vrai si le service ne souhaite plus recevoir de nouvelles mesures pour le moment
   */
  @Value.Default
  public boolean suspendu() {
    return false;
  }

  /**
   * Motif de la suspension.
   *
   * @return motif de la suspension
   */
  public abstract Optional<String> motifSuspension();

  /**
   * Logiciel métier (éditeur) qui écrit les mesures du service.
   *
   * @return logiciel métier (éditeur) qui écrit les mesures du service
   */
  public abstract Optional<Long> editorId();

  /**
   * Vrai si les mesures sont verrouillées par le logiciel métier.
   *
   * @return vrai si les mesures sont verrouillées par le logiciel métier
   */
  @Value.Default
  public boolean verrouEditeur() {
    return false;
  }

  /**
   * Informations à destination du magistrat.
   *
   * @return informations à destination du magistrat
   */
  public abstract Optional<String> competences();

  /**
   * Date de dernière mise à jour des mesures.
   *
   * @return date de dernière mise à jour des mesures
   */
  public abstract Optional<Instant> mesuresDerniereMiseAJour();

  /**
   * Identifiant de gestionnaire {@code service-<id>}.
   *
   * @return identifiant de gestionnaire {@code service-<id>}
   */
  public final GestionnaireId gestionnaireId() {
    return GestionnaireId.service(id());
  }

  /**
   * Antenne de cet identifiant, vide si le service n'en a pas.
   *
   * @param antenneId identifiant technique de l'antenne
   * @return antenne de cet identifiant, vide si le service n'en a pas
   */
  public final Optional<Antenne> antenne(long antenneId) {
    return antennes().stream().filter(a -> a.id() == antenneId).findFirst();
  }

  /**
   * Somme des capacités souhaitées des antennes (sans jugement : la règle est dans emjpm-rules).
   *
   * @return somme des capacités souhaitées des antennes (sans jugement : la règle est dans emjpm-rules)
   */
  public final long sommeCapacitesAntennes() {
    return antennes().stream().mapToLong(Antenne::mesuresMax).sum();
  }

  /** Invariants. */
  @Value.Check
  protected void verifier() {
    Invariants.verifierIdPositif(id(), "id");
    Invariants.verifierIdPositif(editorId(), "editorId");
    Invariants.verifierPosition(latitude(), longitude());
    Set<Long> vus = new HashSet<>();
    for (Antenne a : antennes()) {
      if (a.serviceId() != id()) {
        throw new IllegalStateException("Une antenne appartient à un autre service");
      }
      if (!vus.add(a.id())) {
        throw new IllegalStateException("Deux antennes ont le même identifiant");
      }
    }
  }
}
