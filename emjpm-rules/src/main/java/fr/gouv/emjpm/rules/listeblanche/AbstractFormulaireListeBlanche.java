// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.rules.listeblanche;

import fr.gouv.emjpm.domain.listeblanche.DepartementAgrement;
import fr.gouv.emjpm.domain.listeblanche.EtablissementPrepose;
import fr.gouv.emjpm.domain.listeblanche.TypeListeBlanche;
import fr.gouv.emjpm.domain.referentiel.CodeDepartement;
import fr.gouv.emjpm.domain.style.EmjpmStyle;
import fr.gouv.emjpm.rules.profil.ChampsOrganismeGestionnaire;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Formulaire d'une entrée de liste blanche (création ou modification), tel que saisi ; les champs
 * utiles dépendent du type. Les règles sont dans {@link ReglesListeBlanche}. Immuable et thread-safe
 * (classe générée {@code FormulaireListeBlanche}).
 */
@Value.Immutable
@EmjpmStyle
abstract class AbstractFormulaireListeBlanche implements ChampsOrganismeGestionnaire {

  /** {@return type de l'entrée} */
  public abstract TypeListeBlanche type();

  /**
   * Vrai pour une création, faux pour une modification.
   *
   * @return vrai pour une création
   */
  @Value.Default
  public boolean creation() {
    return true;
  }

  /**
   * En modification : vrai si l'entrée n'avait encore aucun département (individuel, DPF) ou aucun
   * établissement (préposé) ; l'original n'exigeait alors pas d'en ajouter (entrées reprises).
   *
   * @return vrai si le périmètre enregistré était vide
   */
  @Value.Default
  public boolean perimetreInitialVide() {
    return false;
  }

  /**
   * Nom (individuel, préposé, DPF).
   *
   * @return nom
   */
  public abstract Optional<String> nom();

  /**
   * Prénom (individuel, préposé, DPF).
   *
   * @return prénom
   */
  public abstract Optional<String> prenom();

  /**
   * Genre (individuel, préposé, DPF).
   *
   * @return genre
   */
  public abstract Optional<String> genre();

  /** {@return adresse e-mail} */
  public abstract Optional<String> email();

  /** {@return téléphone} */
  public abstract Optional<String> telephone();

  /**
   * SIRET saisi, sans préfixe.
   *
   * @return SIRET saisi
   */
  public abstract Optional<String> siret();

  /**
   * SIRET enregistré avant la modification (non recontrôlé pour l'unicité).
   *
   * @return SIRET enregistré avant la modification
   */
  public abstract Optional<String> siretInitial();

  /** {@return adresse} */
  public abstract Optional<String> adresse();

  /** {@return code postal} */
  public abstract Optional<String> codePostal();

  /** {@return ville} */
  public abstract Optional<String> ville();

  /**
   * Nom du service ({@code etablissement} ; service, SDPF).
   *
   * @return nom du service
   */
  public abstract Optional<String> etablissement();

  @Override
  @Value.Default
  public boolean organismeGestionnaire() {
    return false;
  }

  /**
   * Départements d'agrément (individuel, DPF).
   *
   * @return départements d'agrément
   */
  public abstract List<DepartementAgrement> departementsAgrement();

  /**
   * Établissements (préposé).
   *
   * @return établissements
   */
  public abstract List<EtablissementPrepose> etablissements();

  /**
   * Départements du service (service ; SDPF : un seul).
   *
   * @return départements du service
   */
  public abstract List<CodeDepartement> departementsService();
}
