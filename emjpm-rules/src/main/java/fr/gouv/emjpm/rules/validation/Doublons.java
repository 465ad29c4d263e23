// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.rules.validation;

import fr.gouv.emjpm.domain.commun.Violation;
import fr.gouv.emjpm.domain.mesure.NumeroRg;
import fr.gouv.emjpm.domain.referentiel.Siret;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Détection des doublons dans un lot (import Excel/CSV, OCMI) : la première ligne de chaque
 * clé est gardée, les suivantes écartées, et un avertissement {@code DOUBLONS} compte les clés en
 * double. Les clés (qui contiennent le RG) restent dans le résultat, jamais dans le message.
 */
public final class Doublons {
  private Doublons() {}

  /**
   * Clé de l'original : RG normalisé + "." + SIRET du tribunal (ou identifiant du tribunal sans SIRET).
   * Passer le SIRET du tribunal <b>résolu</b> (après redirection d'un ancien SIRET vers le tribunal
   * actuel) : deux lignes du même RG à un ancien et au SIRET actuel sont alors une seule mesure.
   *
   * @param rg numéro RG normalisé (un RG hérité suffixé garde son suffixe)
   * @param siretTribunal SIRET du tribunal résolu, s'il en a un
   * @param idTribunal identifiant du tribunal, utilisé faute de SIRET ; non nul
   * @return la clé {@code RG.SIRET} (ou {@code RG.identifiant} sans SIRET)
   */
  public static String cle(NumeroRg rg, Optional<Siret> siretTribunal, String idTribunal) {
    Objects.requireNonNull(idTribunal, "idTribunal");
    return rg.valeur() + "." + siretTribunal.map(Siret::valeur).orElse(idTribunal);
  }

  /**
   * Détecte les doublons.
   *
   * @param lignes lignes du lot, dans l'ordre
   * @param cle clé d'unicité d'une ligne (par exemple {@link #cle})
   * @param <T> type des lignes
   * @return lignes gardées, indices écartés, clés en double (une fois chacune) et avertissement
   */
  public static <T> Detection<T> detecter(List<T> lignes, Function<? super T, String> cle) {
    Map<String, Integer> vues = new LinkedHashMap<>();
    Set<String> doubles = new LinkedHashSet<>();
    List<T> gardees = new ArrayList<>();
    List<Integer> ecartees = new ArrayList<>();
    for (int i = 0; i < lignes.size(); i++) {
      T ligne = lignes.get(i);
      String k = cle.apply(ligne);
      if (vues.putIfAbsent(k, i) == null) {
        gardees.add(ligne);
      } else {
        doubles.add(k);
        ecartees.add(i);
      }
    }
    return new Detection<>(gardees, ecartees, List.copyOf(doubles));
  }

  /** {@return détection en flux (lignes lues une à une, sans les garder), mêmes règles que {@link #detecter}} */
  public static Suivi suivi() {
    return new Suivi();
  }

  /** Détecteur en flux : la première occurrence d'une clé est gardée. Non thread-safe. */
  public static final class Suivi {
    private final Set<Object> vues = new java.util.HashSet<>();
    private int ecartees;

    private Suivi() {}

    /**
     * Vrai si la clé est vue pour la première fois (ligne gardée) ; sinon la ligne est comptée écartée.
     *
     * @param cle clé d'unicité de la ligne lue (par exemple {@link Doublons#cle})
     * @return vrai si la clé est vue pour la première fois (ligne gardée), faux si la ligne est écartée
     */
    public boolean premiere(String cle) {
      if (vues.add(cle)) {
        return true;
      }
      ecartees++;
      return false;
    }

    /**
     * Comme {@link #premiere(String)} avec la clé {@link Doublons#cle}{@code (rg, siretTribunal,
     * idTribunal)}, sans construire la chaîne : deux lignes sont doublons exactement quand leurs clés
     * {@link Doublons#cle} sont égales (un numéro RG ne contient jamais de point). Ne pas mêler les deux
     * formes dans un même suivi.
     *
     * @param rg numéro RG normalisé
     * @param siretTribunal SIRET du tribunal, s'il en a un
     * @param idTribunal identifiant du tribunal, utilisé faute de SIRET ; non nul
     * @return vrai si la clé est vue pour la première fois (ligne gardée), faux si la ligne est écartée
     */
    public boolean premiere(NumeroRg rg, Optional<Siret> siretTribunal, String idTribunal) {
      Objects.requireNonNull(idTribunal, "idTribunal");
      if (vues.add(new Cle(rg.valeur(), siretTribunal.map(Siret::valeur).orElse(idTribunal)))) {
        return true;
      }
      ecartees++;
      return false;
    }

    /** Clé {@code RG.tribunal} sans la chaîne concaténée (deux références vers des chaînes déjà gardées). */
    private record Cle(String rg, String tribunal) {}

    /** {@return nombre de lignes écartées jusqu'ici} */
    public int ecartees() {
      return ecartees;
    }
  }

  /**
   * Résultat de la détection.
   *
   * @param gardees lignes gardées (première occurrence de chaque clé), dans l'ordre
   * @param indicesEcartes indices (base 0) des lignes écartées
   * @param clesEnDouble clés présentes plusieurs fois, chacune une fois, dans l'ordre d'apparition
   * @param <T> type des lignes
   */
  public record Detection<T>(List<T> gardees, List<Integer> indicesEcartes, List<String> clesEnDouble) {
    /**
     * Copies défensives.
     *
     * @param gardees lignes gardées, dans l'ordre (copiées)
     * @param indicesEcartes indices (base 0) des lignes écartées (copiés)
     * @param clesEnDouble clés présentes plusieurs fois, chacune une fois (copiées)
     */
    public Detection {
      gardees = List.copyOf(gardees);
      indicesEcartes = List.copyOf(indicesEcartes);
      clesEnDouble = List.copyOf(clesEnDouble);
    }

    /** {@return vrai s'il y a au moins un doublon} */
    public boolean aDesDoublons() {
      return !clesEnDouble.isEmpty();
    }

    /** {@return avertissement {@code DOUBLONS} (argument {@code nombre} = nombre de clés en double), s'il y a lieu} */
    public Optional<Violation> avertissement() {
      return aDesDoublons()
          ? Optional.of(Violation.de(CodeRegle.DOUBLONS, "", Map.of("nombre", clesEnDouble.size())))
          : Optional.empty();
    }
  }
}
