// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.io.mesures;

import fr.gouv.emjpm.domain.gestionnaire.GestionnaireId;
import fr.gouv.emjpm.domain.gestionnaire.TypeGestionnaire;
import fr.gouv.emjpm.domain.service.Antenne;
import fr.gouv.emjpm.rules.cyclevie.MesuresExistantes;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.LongConsumer;

/**
 * Paramètres d'un import : qui importe, ses antennes (service), la correspondance explicite des noms
 * d'antenne inconnus, les mesures existantes (pour distinguer créations et mises à jour), un rappel de
 * progression et les limites. Immuable ; le rappel est appelé dans le fil de l'import.
 *
 * @param gestionnaire gestionnaire qui importe
 * @param antennes antennes du service (vide pour un mandataire)
 * @param correspondancesAntennes nom d'antenne du fichier → identifiant d'antenne du service
 * @param existantes mesures existantes du gestionnaire (port d'unicité : même RG, même tribunal)
 * @param progression reçoit le nombre de lignes lues, par paquets de 1 000
 * @param limites plafonds de lecture
 * @param strict vrai pour exiger des numéros RG déjà normalisés ({@code strictNumeroRG})
 */
public record ParametresImport(
    GestionnaireId gestionnaire,
    List<Antenne> antennes,
    Map<String, Long> correspondancesAntennes,
    MesuresExistantes existantes,
    LongConsumer progression,
    LimitesImport limites,
    boolean strict) {

  /**
   * Copies défensives ; les antennes ne sont admises que pour un service.
   *
   * @param gestionnaire gestionnaire qui importe, non nul
   * @param antennes antennes du service, copiées ; vide pour un mandataire (refusées hors service)
   * @param correspondancesAntennes nom d'antenne du fichier → identifiant d'antenne du service, copiées ;
   *     elles priment sur les noms des antennes
   * @param existantes mesures existantes du gestionnaire (port d'unicité : même RG, même tribunal), non nulles
   * @param progression rappel non nul qui reçoit le nombre de lignes lues, par paquets de 1 000
   * @param limites plafonds de lecture, non nuls
   * @param strict vrai pour exiger des numéros RG déjà normalisés ({@code strictNumeroRG}) ;
   *     faux pour les normaliser à l'enregistrement
   */
  public ParametresImport {
    Objects.requireNonNull(gestionnaire, "gestionnaire");
    Objects.requireNonNull(existantes, "existantes");
    Objects.requireNonNull(progression, "progression");
    Objects.requireNonNull(limites, "limites");
    antennes = List.copyOf(antennes);
    correspondancesAntennes = Map.copyOf(new LinkedHashMap<>(correspondancesAntennes));
    if (!antennes.isEmpty() && gestionnaire.type() != TypeGestionnaire.SERVICE) {
      throw new IllegalArgumentException("Des antennes ne s'importent que pour un service");
    }
  }

  /**
   * {@return import d'un gestionnaire sans antenne, sans mesure existante, limites par défaut}
   *
   * @param gestionnaire gestionnaire qui importe, non nul
   */
  public static ParametresImport pour(GestionnaireId gestionnaire) {
    return new ParametresImport(gestionnaire, List.of(), Map.of(), MesuresExistantes.aucune(), n -> { },
        LimitesImport.parDefaut(), false);
  }

  /**
   * {@return copie avec d'autres mesures existantes}
   *
   * @param autres mesures existantes du gestionnaire (port d'unicité : même RG, même tribunal) qui remplacent les
   *     précédentes
   */
  public ParametresImport avecExistantes(MesuresExistantes autres) {
    return new ParametresImport(gestionnaire, antennes, correspondancesAntennes, autres, progression, limites, strict);
  }

  /**
   * {@return copie avec les antennes du service et la correspondance des noms inconnus}
   *
   * @param liste antennes du service (vide pour un mandataire)
   * @param correspondances nom d'antenne du fichier inconnu du service → identifiant d'une de ses
   *     antennes ; une correspondance prime sur le nom d'une antenne
   */
  public ParametresImport avecAntennes(List<Antenne> liste, Map<String, Long> correspondances) {
    return new ParametresImport(gestionnaire, liste, correspondances, existantes, progression, limites, strict);
  }

  /**
   * {@return copie avec un rappel de progression}
   *
   * @param rappel reçoit le nombre de lignes de données lues, tous les 1 000, dans le fil de l'import
   */
  public ParametresImport avecProgression(LongConsumer rappel) {
    return new ParametresImport(gestionnaire, antennes, correspondancesAntennes, existantes, rappel, limites, strict);
  }

  /**
   * {@return copie en mode strict (numéros RG déjà normalisés exigés) ou non}
   *
   * @param exiger vrai pour refuser un numéro RG qui n'est pas déjà normalisé, faux pour le normaliser
   *     à l'enregistrement
   */
  public ParametresImport avecStrict(boolean exiger) {
    return new ParametresImport(gestionnaire, antennes, correspondancesAntennes, existantes, progression, limites, exiger);
  }

  /**
   * {@return copie avec d'autres limites}
   *
   * @param autres plafonds de lecture qui remplacent les précédents
   */
  public ParametresImport avecLimites(LimitesImport autres) {
    return new ParametresImport(gestionnaire, antennes, correspondancesAntennes, existantes, progression, autres, strict);
  }
}
