// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.domain.mandataire;

import fr.gouv.emjpm.domain.gestionnaire.GestionnaireId;
import fr.gouv.emjpm.domain.gestionnaire.TypeGestionnaire;
import fr.gouv.emjpm.domain.internal.Invariants;
import fr.gouv.emjpm.domain.referentiel.CodeDepartement;
import fr.gouv.emjpm.domain.referentiel.Siret;
import fr.gouv.emjpm.domain.style.EmjpmStyle;
import fr.gouv.emjpm.domain.tribunal.TribunalId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Mandataire judiciaire à la protection des majeurs exerçant seul (individuel) ou comme préposé d'un
 * établissement. Ne porte ni mot de passe, ni jeton, ni session : l'authentification
 * appartient à l'hôte.
 *
 * <p>Invariants : identifiant positif, type {@link TypeGestionnaire#INDIVIDUEL} ou {@link
 * TypeGestionnaire#PREPOSE}, latitude et longitude ensemble et dans les bornes. Le SIRET exigé pour un
 * individuel, le motif exigé en cas de suspension, etc. sont des règles de emjpm-rules. Immuable et
 * thread-safe.
 */
@Value.Immutable
@EmjpmStyle
abstract class AbstractMandataire {

  /** {@return identifiant technique du mandataire (clé de {@code mandataires})} */
  public abstract long id();

  /** {@return type : individuel ou préposé} */
  public abstract TypeGestionnaire type();

  /** {@return SIRET (exigé pour un individuel, facultatif pour un préposé)} */
  public abstract Optional<Siret> siret();

  /** {@return entrée de liste blanche associée (l'habilitation), absente tant qu'elle n'est pas vérifiée} */
  public abstract Optional<Long> listeBlancheId();

  /** {@return adresse géocodée de localisation (libellé de la base adresse nationale)} */
  public abstract Optional<String> adresseLocalisation();

  /** {@return code postal de l'adresse géocodée} */
  public abstract Optional<String> codePostal();

  /** {@return ville de l'adresse géocodée} */
  public abstract Optional<String> ville();

  /** {@return département de l'adresse géocodée} */
  public abstract Optional<CodeDepartement> departement();

  /** {@return latitude (WGS84)} */
  public abstract Optional<Double> latitude();

  /** {@return longitude (WGS84)} */
  public abstract Optional<Double> longitude();

  /** {@return nombre de mesures souhaitées ({@code dispo_max}), 0 par défaut} */
  @Value.Default
  public int dispoMax() {
    return 0;
  }

  /** {@return vrai si le mandataire ne souhaite plus recevoir de nouvelles mesures pour le moment} */
  @Value.Default
  public boolean suspendu() {
    return false;
  }

  /** {@return motif de la suspension} */
  public abstract Optional<String> motifSuspension();

  /** {@return synchronisation quotidienne OCMI activée} */
  @Value.Default
  public boolean syncOcmi() {
    return false;
  }

  /** {@return logiciel métier (éditeur) qui écrit les mesures de ce mandataire} */
  public abstract Optional<Long> editorId();

  /** {@return vrai si les mesures sont verrouillées par le logiciel métier ({@code editor_locked_mesures})} */
  @Value.Default
  public boolean verrouEditeur() {
    return false;
  }

  /** {@return informations à destination du magistrat (géographie, compétences, langues)} */
  public abstract Optional<String> competences();

  /** {@return tribunaux préférentiels, dans l'ordre donné} */
  public abstract List<TribunalId> tribunauxPreferes();

  /** {@return date de dernière mise à jour des mesures ({@code mesures_last_update})} */
  public abstract Optional<Instant> mesuresDerniereMiseAJour();

  /** {@return identifiant de gestionnaire : {@code individuel-<id>} ou {@code prepose-<id>}} */
  public final GestionnaireId gestionnaireId() {
    return GestionnaireId.of(type(), id());
  }

  /** {@return vrai pour un mandataire individuel} */
  public final boolean estIndividuel() {
    return type() == TypeGestionnaire.INDIVIDUEL;
  }

  /** {@return vrai pour un mandataire préposé d'établissement} */
  public final boolean estPrepose() {
    return type() == TypeGestionnaire.PREPOSE;
  }

  /** Invariants. */
  @Value.Check
  protected void verifier() {
    Invariants.verifierIdPositif(id(), "id");
    if (!type().estMandataire()) {
      throw new IllegalStateException("Un mandataire est individuel ou préposé, pas un service");
    }
    Invariants.verifierIdPositif(listeBlancheId(), "listeBlancheId");
    Invariants.verifierIdPositif(editorId(), "editorId");
    Invariants.verifierPosition(latitude(), longitude());
  }
}
