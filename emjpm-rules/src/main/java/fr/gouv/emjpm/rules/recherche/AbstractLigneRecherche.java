// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.rules.recherche;

import fr.gouv.emjpm.domain.gestionnaire.GestionnaireId;
import fr.gouv.emjpm.domain.style.EmjpmStyle;
import fr.gouv.emjpm.rules.disponibilite.Disponibilite;
import fr.gouv.emjpm.rules.disponibilite.FicheGestionnaire;
import java.util.OptionalInt;
import org.immutables.value.Value;

/**
 * Une ligne de la liste du juge : un gestionnaire (une seule ligne par gestionnaire) avec ce que le
 * juge voit. Immuable et thread-safe (classe générée {@code LigneRecherche}).
 */
@Value.Immutable
@EmjpmStyle
abstract class AbstractLigneRecherche {

  /** {@return fiche du gestionnaire (nom, adresse, courriel…)} */
  public abstract FicheGestionnaire fiche();

  /** {@return identifiant du gestionnaire} */
  public GestionnaireId id() {
    return fiche().id();
  }

  /** {@return capacité, en cours, en attente, suspension} */
  public abstract Disponibilite compteurs();

  /**
   * {@return « Disponibilité » affichée : capacité restante (0 si suspendu) ; pour un service ayant des
   * antennes dans le département du tribunal, somme des disponibilités de ces antennes}
   */
  public abstract int disponibilite();

  /** {@return « Dispo (dép.) » d'un service à antennes ; vide = « ND »} */
  public abstract OptionalInt disponibiliteDepartementale();

  /** {@return a déclaré le tribunal du juge parmi ses préférés (étoile « prefer »)} */
  public abstract boolean prefere();

  /** {@return pertinence de la recherche en texte libre (1 sans texte)} */
  public abstract double pertinence();

  /** {@return « Ayant des places disponibles »} */
  public boolean disponible() {
    return disponibilite() > 0;
  }
}
