// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.rules.enquete;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Tranches de revenus du préposé : T1 ≤ AAH annuelle ; puis ≤ 1, 1,2, 1,4, 1,6,
 * 1,8, 2, 2,5, 4, 6 SMIC brut annuels (bornes hautes incluses, arrondies au centime) ; T11 au-delà.
 *
 * <p>Écart à l'original : les montants sont ceux de l'année d'activité Y (= campagne − 1), pas de campagne −
 * 2 ; c'est à l'appelant de fournir les montants de Y.
 */
public final class TranchesRevenus {

  private static final String[] MULTIPLES = {"1", "1.2", "1.4", "1.6", "1.8", "2", "2.5", "4", "6"};

  private final List<BigDecimal> bornes;

  private TranchesRevenus(List<BigDecimal> bornes) {
    this.bornes = List.copyOf(bornes);
  }

  /**
   * Tranches à partir des montants de référence de l'année d'activité.
   *
   * @param aahAnnuel montant annuel de l'AAH
   * @param smicMensuel SMIC brut mensuel
   * @return tranches dont les bornes sont arrondies au centime
   */
  public static TranchesRevenus de(BigDecimal aahAnnuel, BigDecimal smicMensuel) {
    Objects.requireNonNull(aahAnnuel, "aahAnnuel");
    BigDecimal smicAnnuel = smicMensuel.multiply(BigDecimal.valueOf(12));
    List<BigDecimal> b = new ArrayList<>();
    b.add(aahAnnuel.setScale(2, RoundingMode.HALF_UP));
    for (String m : MULTIPLES) {
      b.add(smicAnnuel.multiply(new BigDecimal(m)).setScale(2, RoundingMode.HALF_UP));
    }
    return new TranchesRevenus(b);
  }

  /** {@return bornes hautes incluses des tranches 1 à 10} */
  public List<BigDecimal> bornes() {
    return bornes;
  }

  /**
   * Numéro de tranche (1..11) d'un revenu annuel.
   *
   * @param revenuAnnuel revenu annuel en euros, non nul
   * @return numéro de tranche, de 1 à 11
   */
  public int tranche(BigDecimal revenuAnnuel) {
    for (int i = 0; i < bornes.size(); i++) {
      if (revenuAnnuel.compareTo(bornes.get(i)) <= 0) {
        return i + 1;
      }
    }
    return bornes.size() + 1;
  }
}
