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

  /** {@return identifiant technique du service} */
  public abstract long id();

  /** {@return nom du service ({@code etablissement})} */
  public abstract String nom();

  /** {@return SIRET} */
  public abstract Optional<Siret> siret();

  /** {@return adresse géocodée de localisation} */
  public abstract Optional<String> adresseLocalisation();

  /** {@return code postal de l'adresse géocodée} */
  public abstract Optional<String> codePostal();

  /** {@return ville de l'adresse géocodée} */
  public abstract Optional<String> ville();

  /** {@return latitude (WGS84)} */
  public abstract Optional<Double> latitude();

  /** {@return longitude (WGS84)} */
  public abstract Optional<Double> longitude();

  /** {@return nombre de mesures souhaitées ({@code dispo_max}), 0 par défaut} */
  @Value.Default
  public int dispoMax() {
    return 0;
  }

  /** {@return départements où le service est habilité ou implanté ({@code service_departements})} */
  public abstract List<CodeDepartement> departements();

  /** {@return antennes du service} */
  public abstract List<Antenne> antennes();

  /** {@return tribunaux préférentiels} */
  public abstract List<TribunalId> tribunauxPreferes();

  /** {@return vrai si le service ne souhaite plus recevoir de nouvelles mesures pour le moment} */
  @Value.Default
  public boolean suspendu() {
    return false;
  }

  /** {@return motif de la suspension} */
  public abstract Optional<String> motifSuspension();

  /** {@return logiciel métier (éditeur) qui écrit les mesures du service} */
  public abstract Optional<Long> editorId();

  /** {@return vrai si les mesures sont verrouillées par le logiciel métier} */
  @Value.Default
  public boolean verrouEditeur() {
    return false;
  }

  /** {@return informations à destination du magistrat} */
  public abstract Optional<String> competences();

  /** {@return date de dernière mise à jour des mesures} */
  public abstract Optional<Instant> mesuresDerniereMiseAJour();

  /** {@return identifiant de gestionnaire {@code service-<id>}} */
  public final GestionnaireId gestionnaireId() {
    return GestionnaireId.service(id());
  }

  /**
   * {@return antenne de cet identifiant, vide si le service n'en a pas}
   *
   * @param antenneId identifiant technique de l'antenne
   */
  public final Optional<Antenne> antenne(long antenneId) {
    return antennes().stream().filter(a -> a.id() == antenneId).findFirst();
  }

  /** {@return somme des capacités souhaitées des antennes (sans jugement : la règle est dans emjpm-rules)} */
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
