// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.rules.cyclevie;

import fr.gouv.emjpm.domain.mesure.Mesure;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Port d'unicité que l'hôte implémente sur son stockage : la mesure existante d'un
 * gestionnaire pour un tribunal et un numéro RG normalisé. Les opérations l'interrogent avant de
 * créer, réserver ou renommer une mesure.
 */
@FunctionalInterface
public interface MesuresExistantes {

  /**
   * La mesure portant cette clé, s'il y en a une.
   *
   * @param cle clé cherchée (gestionnaire, tribunal, numéro RG normalisé)
   * @return la mesure portant cette clé, vide s'il n'y en a pas
   */
  Optional<Mesure> trouver(CleMesure cle);

  /** {@return port sans aucune mesure} */
  static MesuresExistantes aucune() {
    return cle -> Optional.empty();
  }

  /**
   * Port en mémoire sur une collection (tests, démonstration, hôtes simples).
   *
   * @param mesures mesures connues ; pour une clé en double, la première l'emporte
   * @return port en mémoire figé sur ces mesures
   */
  static MesuresExistantes de(Iterable<Mesure> mesures) {
    Map<CleMesure, Mesure> index = new java.util.LinkedHashMap<>();
    for (Mesure m : mesures) {
      index.putIfAbsent(CleMesure.de(m), m);
    }
    Map<CleMesure, Mesure> fige = Map.copyOf(index);
    return cle -> Optional.ofNullable(fige.get(cle));
  }

  /**
   * Variante fonctionnelle : index déjà construit par l'hôte.
   *
   * @param index mesures indexées par clé, copiées
   * @return port en mémoire figé sur cet index
   */
  static MesuresExistantes indexees(Map<CleMesure, Mesure> index) {
    Map<CleMesure, Mesure> fige = Map.copyOf(index);
    return cle -> Optional.ofNullable(fige.get(cle));
  }

  /**
   * Utilitaire : indexe des mesures par clé (la première l'emporte).
   *
   * @param mesures mesures à indexer
   * @return index modifiable des mesures par clé, dans l'ordre de la collection (la première l'emporte)
   */
  static Map<CleMesure, Mesure> indexer(java.util.Collection<Mesure> mesures) {
    return mesures.stream()
        .collect(Collectors.toMap(CleMesure::de, Function.identity(), (a, b) -> a, java.util.LinkedHashMap::new));
  }
}
