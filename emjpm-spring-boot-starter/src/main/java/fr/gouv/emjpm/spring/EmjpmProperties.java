// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.spring;

import fr.gouv.emjpm.io.mesures.LimitesImport;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * Propriétés {@code emjpm.*} de l'hôte : limites d'import ({@code emjpm.import.*}, valeurs par défaut de
 * {@link LimitesImport#parDefaut()}) et tâches quotidiennes ({@code emjpm.taches.*}).
 *
 * <pre>
 * emjpm.import.taille-max=20MB
 * emjpm.import.lignes-max=100000
 * emjpm.import.delai=30s
 * emjpm.taches.actives=true
 * emjpm.taches.cron=0 30 2 * * *
 * </pre>
 */
@ConfigurationProperties("emjpm")
public class EmjpmProperties {

  private final Import importation = new Import();
  private final Taches taches = new Taches();

  /** Propriétés par défaut. */
  public EmjpmProperties() {
    // JavaBean lié par Spring Boot
  }

  /**
   * Limites d'import ({@code emjpm.import.*}).
   *
   * @return les limites d'import, modifiables par la liaison de Boot
   */
  public Import getImport() {
    return importation;
  }

  /**
   * Tâches quotidiennes ({@code emjpm.taches.*}).
   *
   * @return les propriétés des tâches quotidiennes
   */
  public Taches getTaches() {
    return taches;
  }

  /**
   * Les limites d'import liées, en valeur de la bibliothèque.
   *
   * @return limites d'import à appliquer à chaque fichier reçu
   * @throws IllegalArgumentException si une limite n'est pas strictement positive
   */
  public LimitesImport limitesImport() {
    return new LimitesImport(importation.tailleMax.toBytes(), importation.lignesMax, importation.colonnesMax,
        importation.celluleMax, importation.chainesPartageesMax, importation.delai);
  }

  /** Limites d'import ({@code emjpm.import.*}) ; chacune strictement positive. */
  public static class Import {
    private static final LimitesImport DEFAUT = LimitesImport.parDefaut();
    /** Taille maximale d'un fichier importé (20 Mio par défaut) ; au-delà, le fichier est refusé sans être lu. */
    private DataSize tailleMax = DataSize.ofBytes(DEFAUT.tailleMax());
    /** Nombre maximal de lignes de données d'un fichier importé. */
    private int lignesMax = DEFAUT.lignesMax();
    /** Nombre maximal de colonnes lues dans un fichier importé. */
    private int colonnesMax = DEFAUT.colonnesMax();
    /** Nombre maximal de caractères d'une cellule. */
    private int celluleMax = DEFAUT.celluleMax();
    /** Nombre maximal de chaînes partagées d'un classeur xlsx. */
    private int chainesPartageesMax = DEFAUT.chainesPartageesMax();
    /** Durée maximale de lecture d'un fichier importé ; au-delà, l'import est refusé. */
    private Duration delai = DEFAUT.delai();

    /** Valeurs par défaut de {@link LimitesImport#parDefaut()}. */
    public Import() {
      // JavaBean lié par Spring Boot
    }

    /** @return taille maximale d'un fichier ({@code emjpm.import.taille-max}, 20 Mio par défaut) */
    public DataSize getTailleMax() {
      return tailleMax;
    }

    /** @param tailleMax taille maximale d'un fichier */
    public void setTailleMax(DataSize tailleMax) {
      this.tailleMax = tailleMax;
    }

    /** @return lignes de données au plus ({@code emjpm.import.lignes-max}) */
    public int getLignesMax() {
      return lignesMax;
    }

    /** @param lignesMax lignes de données au plus */
    public void setLignesMax(int lignesMax) {
      this.lignesMax = lignesMax;
    }

    /** @return colonnes au plus ({@code emjpm.import.colonnes-max}) */
    public int getColonnesMax() {
      return colonnesMax;
    }

    /** @param colonnesMax colonnes au plus */
    public void setColonnesMax(int colonnesMax) {
      this.colonnesMax = colonnesMax;
    }

    /** @return caractères au plus par cellule ({@code emjpm.import.cellule-max}) */
    public int getCelluleMax() {
      return celluleMax;
    }

    /** @param celluleMax caractères au plus par cellule */
    public void setCelluleMax(int celluleMax) {
      this.celluleMax = celluleMax;
    }

    /** @return chaînes partagées au plus dans un xlsx ({@code emjpm.import.chaines-partagees-max}) */
    public int getChainesPartageesMax() {
      return chainesPartageesMax;
    }

    /** @param chainesPartageesMax chaînes partagées au plus dans un xlsx */
    public void setChainesPartageesMax(int chainesPartageesMax) {
      this.chainesPartageesMax = chainesPartageesMax;
    }

    /** @return durée maximale de lecture ({@code emjpm.import.delai}) */
    public Duration getDelai() {
      return delai;
    }

    /** @param delai durée maximale de lecture */
    public void setDelai(Duration delai) {
      this.delai = delai;
    }
  }

  /** Tâches quotidiennes ({@code emjpm.taches.*}). */
  public static class Taches {
    /** Planifie les tâches quotidiennes (expiration des réservations, clôture des mesures échues). */
    private boolean actives;
    /** Expression cron Spring des tâches quotidiennes. */
    private String cron = "0 30 2 * * *";
    /** Fuseau horaire de l'expression cron des tâches quotidiennes. */
    private String zone = "Europe/Paris";

    /** Tâches inactives par défaut. */
    public Taches() {
      // JavaBean lié par Spring Boot
    }

    /** @return vrai si les tâches quotidiennes sont planifiées ({@code emjpm.taches.actives}, faux par défaut) */
    public boolean isActives() {
      return actives;
    }

    /** @param actives vrai pour planifier les tâches quotidiennes */
    public void setActives(boolean actives) {
      this.actives = actives;
    }

    /** @return expression cron Spring ({@code emjpm.taches.cron}, 2 h 30 chaque jour par défaut) */
    public String getCron() {
      return cron;
    }

    /** @param cron expression cron Spring */
    public void setCron(String cron) {
      this.cron = cron;
    }

    /** @return fuseau de l'expression cron ({@code emjpm.taches.zone}, Europe/Paris par défaut) */
    public String getZone() {
      return zone;
    }

    /** @param zone fuseau de l'expression cron */
    public void setZone(String zone) {
      this.zone = zone;
    }
  }
}
