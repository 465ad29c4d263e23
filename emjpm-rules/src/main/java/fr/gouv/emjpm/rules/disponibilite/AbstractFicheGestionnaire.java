// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.rules.disponibilite;

import fr.gouv.emjpm.domain.gestionnaire.GestionnaireId;
import fr.gouv.emjpm.domain.gestionnaire.TypeGestionnaire;
import fr.gouv.emjpm.domain.referentiel.CodeDepartement;
import fr.gouv.emjpm.domain.style.EmjpmStyle;
import fr.gouv.emjpm.domain.tribunal.TribunalId;
import fr.gouv.emjpm.rules.proximite.Position;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * Ce que les règles de disponibilité, de statistiques, de recherche et de proximité lisent d'un
 * gestionnaire (mandataire individuel, préposé ou service) : l'équivalent des vues {@code
 * view_mesure_gestionnaire} et {@code view_lb_tis} de l'original, sans aucun
 * compteur : les mesures en cours et en attente sont toujours recomptées sur les mesures données.
 *
 * <p>{@code departements} est le périmètre d'habilitation : départements de la liste blanche pour
 * un individuel, de ses établissements pour un préposé, {@code service_departements} pour un
 * service. Immuable et thread-safe (classe générée {@code FicheGestionnaire}).
 */
@Value.Immutable
@EmjpmStyle
abstract class AbstractFicheGestionnaire {

  /** {@return identifiant ({@code individuel-N}, {@code prepose-N}, {@code service-N})} */
  public abstract GestionnaireId id();

  /** {@return nom affiché : nom du service, ou « NOM Prénom »} */
  public abstract String nom();

  /** {@return type, lu dans l'identifiant} */
  @Value.Derived
  public TypeGestionnaire type() {
    return id().type();
  }

  /** {@return capacité souhaitée ({@code dispo_max}, « nombre de mesures souhaitées », 0 si inconnue)} */
  @Value.Default
  public int mesuresMax() {
    return 0;
  }

  /** {@return activité suspendue (« ne souhaite plus recevoir de nouvelles mesures pour le moment »)} */
  @Value.Default
  public boolean suspendu() {
    return false;
  }

  /**
   * {@return habilitation vérifiée par la direction (rattachement à la liste blanche) ; toujours vraie pour
   * un service}
   */
  @Value.Default
  public boolean habilite() {
    return id().type() == TypeGestionnaire.SERVICE;
  }

  /** {@return départements d'habilitation} */
  public abstract Set<CodeDepartement> departements();

  /** {@return tribunaux préférés ({@code mandataire_tis} / {@code service_tis})} */
  public abstract Set<TribunalId> tribunauxPreferes();

  /** {@return position géocodée de l'adresse} */
  public abstract Optional<Position> position();

  /** {@return SIRET} */
  public abstract Optional<String> siret();

  /** {@return code postal de l'adresse} */
  public abstract Optional<String> codePostal();

  /** {@return ville de l'adresse} */
  public abstract Optional<String> ville();

  /** {@return adresse affichée au juge} */
  public abstract Optional<String> adresse();

  /** {@return adresse électronique affichée au juge} */
  public abstract Optional<String> email();

  /** {@return antennes (services seulement)} */
  public abstract List<FicheAntenne> antennes();

  /**
   * {@return vrai si le gestionnaire est habilité dans ce département}
   *
   * @param departement code du département
   */
  public boolean estHabiliteDans(CodeDepartement departement) {
    return departements().contains(departement);
  }

  /**
   * {@return vrai si le gestionnaire a déclaré ce tribunal parmi ses tribunaux préférés}
   *
   * @param tribunal identifiant du tribunal
   */
  public boolean prefere(TribunalId tribunal) {
    return tribunauxPreferes().contains(tribunal);
  }

  @Value.Check
  void verifier() {
    if (mesuresMax() < 0) {
      throw new IllegalStateException("capacité négative");
    }
    if (!antennes().isEmpty() && id().type() != TypeGestionnaire.SERVICE) {
      throw new IllegalStateException("seul un service a des antennes");
    }
    Set<Long> ids = new HashSet<>();
    for (FicheAntenne a : antennes()) {
      if (!ids.add(a.id())) {
        throw new IllegalStateException("antenne en double");
      }
    }
  }
}
