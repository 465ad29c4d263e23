// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.rules.enquete;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Montants de référence par année (table {@code info_finance_annee} de l'original, enquete.md §9) :
 * AAH annuelle et SMIC brut mensuel. Paramètres fournis par l'appelant ; {@link #originaux()} rend les
 * valeurs semées par l'original pour 2018–2020 (le SMIC 2021, semé sans AAH de la même année, n'est pas
 * repris : une année porte ses deux montants).
 */
public final class BaremesRevenus {
  private final Map<Integer, BigDecimal> aah;
  private final Map<Integer, BigDecimal> smic;

  private BaremesRevenus(Map<Integer, BigDecimal> aah, Map<Integer, BigDecimal> smic) {
    this.aah = Collections.unmodifiableMap(new TreeMap<>(aah));
    this.smic = Collections.unmodifiableMap(new TreeMap<>(smic));
  }

  /**
   * Aucun montant.
   *
   * @return aucun montant
   */
  public static BaremesRevenus vide() {
    return new BaremesRevenus(Map.of(), Map.of());
  }

  /**
   * Montants semés par l'original.
   *
   * @return montants semés par l'original
   */
  public static BaremesRevenus originaux() {
    return vide()
        .avec(2018, new BigDecimal("9828"), new BigDecimal("1498.47"))
        .avec(2019, new BigDecimal("10400"), new BigDecimal("1521.25"))
        .avec(2020, new BigDecimal("10832.40"), new BigDecimal("1539.42"));
  }

  /**
   * Copie avec les montants de l'année {@code annee} (remplace ceux qui existaient).
   *
   * @param annee année d'activité Y des montants
   * @param aahAnnuel montant annuel de l'AAH en euros, non nul
   * @param smicMensuel SMIC brut mensuel en euros, non nul
   * @return nouveau barème ; l'instance courante est inchangée
   */
  public BaremesRevenus avec(int annee, BigDecimal aahAnnuel, BigDecimal smicMensuel) {
    Objects.requireNonNull(aahAnnuel, "aahAnnuel");
    Objects.requireNonNull(smicMensuel, "smicMensuel");
    Map<Integer, BigDecimal> a = new TreeMap<>(aah);
    Map<Integer, BigDecimal> s = new TreeMap<>(smic);
    a.put(annee, aahAnnuel);
    s.put(annee, smicMensuel);
    return new BaremesRevenus(a, s);
  }

  /**
   * Montants manquants de l'année, nommés pour un message (« AAH annuelle », « SMIC brut mensuel »).
   *
   * @param annee année d'activité Y
   * @return montants manquants, vide si les deux sont connus
   */
  public java.util.List<String> manquants(int annee) {
    java.util.List<String> m = new java.util.ArrayList<>();
    if (!aah.containsKey(annee)) {
      m.add("AAH annuelle");
    }
    if (!smic.containsKey(annee)) {
      m.add("SMIC brut mensuel");
    }
    return m;
  }

  /**
   * Tranches de revenus de l'année {@code annee}, si ses deux montants sont connus.
   *
   * @param annee année d'activité Y (= année de la campagne − 1)
   * @return tranches de l'année, vide si l'AAH ou le SMIC de l'année manque
   */
  public Optional<TranchesRevenus> tranches(int annee) {
    BigDecimal a = aah.get(annee);
    BigDecimal s = smic.get(annee);
    return a == null || s == null ? Optional.empty() : Optional.of(TranchesRevenus.de(a, s));
  }
}
