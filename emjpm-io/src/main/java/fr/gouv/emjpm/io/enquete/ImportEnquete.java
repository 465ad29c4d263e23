// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.io.enquete;

import java.util.Objects;
import fr.gouv.emjpm.domain.commun.Violation;
import fr.gouv.emjpm.domain.enquete.ReponseEnquete;
import fr.gouv.emjpm.rules.enquete.ArbreStatutEnquete;
import fr.gouv.emjpm.rules.enquete.MoteurStatutEnquete;
import java.util.List;

/**
 * Résultat d'un import de classeur : le patch lu (seules les cellules lisibles et non vides y
 * figurent, sauf E52 toujours lue, un bloc JSON vide dans une étape lue et la liste vide portée
 * par B22 = 0), l'arbre de statut du patch seul et les avertissements (cellule par cellule).
 *
 * @param patch valeurs lues, à appliquer sur la réponse stockée par {@link #appliquerA}
 * @param statuts arbre de statut du patch appliqué à une réponse vide
 * @param avertissements avertissements de lecture (chemin {@code Feuille!C7})
 */
public record ImportEnquete(
    ReponseEnquete patch, ArbreStatutEnquete statuts, List<Violation> avertissements) {

  /**
   * Copie immuable.
   *
   * @param patch valeurs lues, non nul
   * @param statuts arbre de statut du patch seul, non nul
   * @param avertissements avertissements de lecture, non nulle (copiée)
   */
  public ImportEnquete {
    Objects.requireNonNull(patch, "patch");
    Objects.requireNonNull(statuts, "statuts");
    Objects.requireNonNull(avertissements, "avertissements");
    avertissements = List.copyOf(avertissements);
  }

  /**
   * Réponse stockée mise à jour par le patch (les clés absentes du patch sont gardées).
   *
   * @param existante réponse stockée, du même type que le patch (sinon
   *     {@link IllegalArgumentException})
   * @return nouvelle réponse : les clés du patch remplacent celles de la réponse stockée, les
   *     autres sont gardées
   */
  public ReponseEnquete appliquerA(ReponseEnquete existante) {
    return existante.appliquer(patch);
  }

  /**
   * Arbre de statut de la réponse stockée mise à jour.
   *
   * @param existante réponse stockée, du même type que le patch (sinon
   *     {@link IllegalArgumentException})
   * @return arbre de statut de la réponse après application du patch
   */
  public ArbreStatutEnquete statutsApres(ReponseEnquete existante) {
    return MoteurStatutEnquete.standard().statut(appliquerA(existante));
  }
}
