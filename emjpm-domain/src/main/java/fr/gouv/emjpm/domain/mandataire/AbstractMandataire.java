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

  /**
   * Identifiant technique du mandataire (clé de {@code mandataires}).
   *
   * @return identifiant technique du mandataire (clé de {@code mandataires})
   */
  public abstract long id();

  /**
   * Type : individuel ou préposé.
   *
   * @return type : individuel ou préposé
   */
  public abstract TypeGestionnaire type();

  /**
   * SIRET (exigé pour un individuel, facultatif pour un préposé).
   *
   * @return SIRET (exigé pour un individuel, facultatif pour un préposé)
   */
  public abstract Optional<Siret> siret();

  /**
   * Entrée de liste blanche associée (l'habilitation), absente tant qu'elle n'est pas vérifiée.
   *
   * @return entrée de liste blanche associée (l'habilitation), absente tant qu'elle n'est pas vérifiée
   */
  public abstract Optional<Long> listeBlancheId();

  /**
   * Adresse géocodée de localisation (libellé de la base adresse nationale).
   *
   * @return adresse géocodée de localisation (libellé de la base adresse nationale)
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
   * Département de l'adresse géocodée.
   *
   * @return département de l'adresse géocodée
   */
  public abstract Optional<CodeDepartement> departement();

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
   * Vrai si le mandataire ne souhaite plus recevoir de nouvelles mesures pour le moment.
   *
   * @return vrai si le mandataire ne souhaite plus recevoir de nouvelles mesures pour le moment
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
   * Synchronisation quotidienne OCMI activée.
   *
   * @return synchronisation quotidienne OCMI activée
   */
  @Value.Default
  public boolean syncOcmi() {
    return false;
  }

  /**
   * Logiciel métier (éditeur) qui écrit les mesures de ce mandataire.
   *
   * @return logiciel métier (éditeur) qui écrit les mesures de ce mandataire
   */
  public abstract Optional<Long> editorId();

  /**
   * Vrai si les mesures sont verrouillées par le logiciel métier ({@code editor_locked_mesures}).
   *
   * @return vrai si les mesures sont verrouillées par le logiciel métier ({@code editor_locked_mesures})
   */
  @Value.Default
  public boolean verrouEditeur() {
    return false;
  }

  /**
   * Informations à destination du magistrat (géographie, compétences, langues).
   *
   * @return informations à destination du magistrat (géographie, compétences, langues)
   */
  public abstract Optional<String> competences();

  /**
   * Tribunaux préférentiels, dans l'ordre donné.
   *
   * @return tribunaux préférentiels, dans l'ordre donné
   */
  public abstract List<TribunalId> tribunauxPreferes();

  /**
   * Date de dernière mise à jour des mesures ({@code mesures_last_update}).
   *
   * @return date de dernière mise à jour des mesures ({@code mesures_last_update})
   */
  public abstract Optional<Instant> mesuresDerniereMiseAJour();

  /**
   * Identifiant de gestionnaire : {@code individuel-<id>} ou {@code prepose-<id>}.
   *
   * @return identifiant de gestionnaire : {@code individuel-<id>} ou {@code prepose-<id>}
   */
  public final GestionnaireId gestionnaireId() {
    return GestionnaireId.of(type(), id());
  }

  /**
   * Vrai pour un mandataire individuel.
   *
   * @return vrai pour un mandataire individuel
   */
  public final boolean estIndividuel() {
    return type() == TypeGestionnaire.INDIVIDUEL;
  }

  /**
   * Vrai pour un mandataire préposé d'établissement.
   *
   * @return vrai pour un mandataire préposé d'établissement
   */
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
