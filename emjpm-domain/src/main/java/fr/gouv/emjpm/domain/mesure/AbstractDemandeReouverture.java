// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.domain.mesure;

import fr.gouv.emjpm.domain.gestionnaire.GestionnaireId;
import fr.gouv.emjpm.domain.gestionnaire.TypeGestionnaire;
import fr.gouv.emjpm.domain.internal.Invariants;
import fr.gouv.emjpm.domain.tribunal.TribunalId;
import fr.gouv.emjpm.domain.style.EmjpmStyle;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Demande de réouverture en attente (table {@code mesure_en_attente_reouverture}) : les
 * données d'une réservation qui vise une mesure déjà clôturée. Tant que la mesure est « en attente de
 * réouverture », l'interface montre ces valeurs. Immuable et thread-safe.
 */
@Value.Immutable
@EmjpmStyle
abstract class AbstractDemandeReouverture {

  /** {@return gestionnaire visé (exactement un, garanti par le type)} */
  public abstract GestionnaireId gestionnaire();

  /** {@return antenne du service, s'il y a lieu} */
  public abstract Optional<Long> antenneId();

  /** {@return tribunal du juge qui a fait la demande} */
  public abstract TribunalId tribunal();

  /** {@return magistrat auteur de la demande} */
  public abstract Optional<Long> magistratId();

  /** {@return greffier auteur de la demande} */
  public abstract Optional<Long> greffierId();

  /** {@return cabinet du tribunal (texte libre)} */
  public abstract Optional<String> cabinet();

  /** {@return date prévisionnelle du jugement} */
  public abstract Optional<LocalDate> dateJugement();

  /** {@return demande urgente} */
  @Value.Default
  public boolean urgent() {
    return false;
  }

  /** {@return nature demandée} */
  public abstract Optional<NatureMesure> nature();

  /** {@return champ demandé} */
  public abstract Optional<ChampMesure> champ();

  /** {@return civilité du majeur} */
  public abstract Optional<Civilite> civilite();

  /** {@return année de naissance du majeur} */
  public abstract Optional<Integer> anneeNaissance();

  /** Identifiant du gestionnaire (même valeur que {@link #gestionnaire()}). */
  /**
   * {@return instant de la demande de réouverture (la mesure garde sa date de création d'origine) : point de
   * départ de l'expiration de la demande (écart à l'original, voir docs/ecarts.md)}
   * Vide pour une donnée ancienne.
   */
  public abstract Optional<Instant> demandeeLe();

  /**
   * Identifiant du gestionnaire qui demande la réouverture (même valeur que {@code gestionnaire()}).
   *
   * @return identifiant du gestionnaire
   */
  public final GestionnaireId gestionnaireId() {
    return gestionnaire();
  }

  /** Invariants : antenne seulement pour un service, identifiants positifs. */
  @Value.Check
  protected void verifier() {
    if (antenneId().isPresent() && gestionnaire().type() != TypeGestionnaire.SERVICE) {
      throw new IllegalStateException("Une antenne ne s'applique qu'à un service mandataire");
    }
    Invariants.verifierIdPositif(antenneId(), "antenneId");
    Invariants.verifierIdPositif(magistratId(), "magistratId");
    Invariants.verifierIdPositif(greffierId(), "greffierId");
  }
}
