// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.rules.enquete;

import fr.gouv.emjpm.domain.enquete.CampagneEnquete;
import fr.gouv.emjpm.domain.enquete.StatutReponse;
import fr.gouv.emjpm.domain.enquete.TypeEnquete;
import fr.gouv.emjpm.domain.referentiel.CodeDepartement;
import fr.gouv.emjpm.domain.referentiel.Referentiel;
import fr.gouv.emjpm.domain.referentiel.Region;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * Vues direction d'une campagne : nombre de réponses par type et par statut (« En
 * cours », « Réponse reçue », « Réponse validée ») pour un département, une région ou la nation, les
 * indicateurs de l'écran de campagne (réponses attendues, jours avant clôture), et la
 * version publiable de ce tableau sous secret statistique ({@link MasquageStatistique}).
 */
public final class VuesDirection {
  private VuesDirection() {}

  /** Ce que la direction sait d'une réponse pour la compter : type, statut, département de la réponse. */
  public record SuiviReponse(TypeEnquete type, StatutReponse statut, CodeDepartement departement) {
    /**
     * Champs non nuls.
     *
     * @param type type d'enquête, non nul
     * @param statut statut de la réponse, non nul
     * @param departement département de la réponse, non nul
     */
    public SuiviReponse {
      Objects.requireNonNull(type, "type");
      Objects.requireNonNull(statut, "statut");
      Objects.requireNonNull(departement, "departement");
    }
  }

  /** Périmètre d'une vue : nation, région (code INSEE) ou département. */
  public sealed interface Perimetre {
    /** Toutes les réponses. */
    record Nation() implements Perimetre {}

    /** Réponses des départements d'une région. */
    record DansRegion(String codeRegion) implements Perimetre {
      /**
       * Composantes non nulles.
       *
       * @param codeRegion code INSEE de la région, non nul
       */
      public DansRegion {
        Objects.requireNonNull(codeRegion, "codeRegion");
      }
    }

    /** Réponses d'un département. */
    record DansDepartement(CodeDepartement departement) implements Perimetre {
      /**
       * Composantes non nulles.
       *
       * @param departement département, non nul
       */
      public DansDepartement {
        Objects.requireNonNull(departement, "departement");
      }
    }

    /** {@return périmètre national} */
    static Perimetre nation() {
      return new Nation();
    }

    /**
     * {@return périmètre régional}
     *
     * @param codeRegion code INSEE de la région, non nul
     */
    static Perimetre region(String codeRegion) {
      return new DansRegion(codeRegion);
    }

    /**
     * {@return périmètre départemental}
     *
     * @param departement département, non nul
     */
    static Perimetre departement(CodeDepartement departement) {
      return new DansDepartement(departement);
    }
  }

  /** Comptes par type puis par statut (toutes les cases présentes, 0 compris). */
  public record Comptes(Map<TypeEnquete, Map<StatutReponse, Long>> parType) {
    /**
     * Copie immuable.
     *
     * @param parType nombres par type puis par statut, non nul (copie immuable)
     */
    public Comptes {
      Objects.requireNonNull(parType, "parType");
      Map<TypeEnquete, Map<StatutReponse, Long>> c = new EnumMap<>(TypeEnquete.class);
      parType.forEach((t, m) -> c.put(t, Collections.unmodifiableMap(new EnumMap<>(m))));
      parType = Collections.unmodifiableMap(c);
    }

    /**
     * Nombre de réponses d'un type dans un statut.
     *
     * @param type type d'enquête
     * @param statut statut de réponse
     * @return nombre de réponses, 0 si la case est absente
     */
    public long nombre(TypeEnquete type, StatutReponse statut) {
      return parType.getOrDefault(type, Map.of()).getOrDefault(statut, 0L);
    }

    /**
     * Nombre de réponses d'un statut, tous types confondus (indicateurs « en cours », « envoyées », « validées »).
     *
     * @param statut statut de réponse
     * @return somme sur tous les types
     */
    public long parStatut(StatutReponse statut) {
      long n = 0;
      for (TypeEnquete t : TypeEnquete.values()) {
        n += nombre(t, statut);
      }
      return n;
    }

    /**
     * Nombre de réponses d'un type, tous statuts confondus.
     *
     * @param type type d'enquête
     * @return somme sur tous les statuts
     */
    public long parType(TypeEnquete type) {
      long n = 0;
      for (StatutReponse s : StatutReponse.values()) {
        n += nombre(type, s);
      }
      return n;
    }

    /** {@return nombre total de réponses} */
    public long total() {
      long n = 0;
      for (TypeEnquete t : TypeEnquete.values()) {
        n += parType(t);
      }
      return n;
    }

    /**
     * Tableau types (lignes, ordre de {@link TypeEnquete}) × statuts (colonnes, ordre de {@link StatutReponse}).
     *
     * @return nouveau tableau des nombres, indexé {@code [type.ordinal()][statut.ordinal()]}
     */
    public long[][] tableau() {
      long[][] t = new long[TypeEnquete.values().length][StatutReponse.values().length];
      for (TypeEnquete type : TypeEnquete.values()) {
        for (StatutReponse s : StatutReponse.values()) {
          t[type.ordinal()][s.ordinal()] = nombre(type, s);
        }
      }
      return t;
    }

    /**
     * Tableau publiable : cases de 1 à k−1 masquées, masquage secondaire.
     *
     * @param masquage règle de secret statistique à appliquer (seuil k), non nulle
     * @return tableau publiable, étendu de ses marges
     */
    public MasquageStatistique.TableauPublie publier(MasquageStatistique masquage) {
      return masquage.publier(tableau());
    }
  }

  /**
   * Comptes des réponses du périmètre. Une réponse dont le département est inconnu du référentiel
   * n'entre dans aucune région (mais compte pour la nation et son département).
   *
   * @param reponses réponses suivies, tous périmètres confondus
   * @param perimetre périmètre à compter : nation, région ou département
   * @param referentiel référentiel qui rattache un département à sa région
   * @return comptes par type et par statut, 0 compris
   */
  public static Comptes comptes(Collection<SuiviReponse> reponses, Perimetre perimetre, Referentiel referentiel) {
    Map<TypeEnquete, Map<StatutReponse, Long>> m = new EnumMap<>(TypeEnquete.class);
    for (TypeEnquete t : TypeEnquete.values()) {
      Map<StatutReponse, Long> s = new EnumMap<>(StatutReponse.class);
      for (StatutReponse st : StatutReponse.values()) {
        s.put(st, 0L);
      }
      m.put(t, s);
    }
    for (SuiviReponse r : reponses) {
      if (dans(r.departement(), perimetre, referentiel)) {
        m.get(r.type()).merge(r.statut(), 1L, Long::sum);
      }
    }
    return new Comptes(m);
  }

  /** Un répondant attendu (mandataire individuel, préposé ou service) et son département. */
  public record RepondantAttendu(TypeEnquete type, CodeDepartement departement) {
    /**
     * Champs non nuls.
     *
     * @param type type d'enquête du répondant, non nul
     * @param departement département du répondant, non nul
     */
    public RepondantAttendu {
      Objects.requireNonNull(type, "type");
      Objects.requireNonNull(departement, "departement");
    }
  }

  /**
   * Échéance de la campagne vue un jour donné : « Jours avant cloture » tant que la date limite
   * n'est pas passée (0 le dernier jour), « Jours depuis la cloture » ensuite.
   *
   * @param passee vrai après la date limite
   * @param jours nombre de jours (toujours positif ou nul)
   */
  public record Echeance(boolean passee, long jours) {
    /**
     * Libellé de l'indicateur.
     *
     * @return « Jours avant cloture » ou « Jours depuis la cloture »
     */
    public String libelle() {
      return passee ? "Jours depuis la cloture" : "Jours avant cloture";
    }
  }

  /**
   * Indicateurs de l'écran de campagne pour un périmètre.
   *
   * @param individuels mandataires individuels attendus
   * @param preposes mandataires préposés attendus
   * @param services services attendus
   * @param reponsesEnCours réponses en brouillon (« Réponses en cours »)
   * @param reponsesEnvoyees réponses soumises (« Réponses envoyées »)
   * @param reponsesValidees réponses validées (« Réponses validées »)
   * @param echeance jours avant ou depuis la clôture
   */
  public record Indicateurs(long individuels, long preposes, long services, long reponsesEnCours,
      long reponsesEnvoyees, long reponsesValidees, Echeance echeance) {
    /**
     * Composantes non nulles.
     *
     * @param individuels mandataires individuels attendus
     * @param preposes mandataires préposés attendus
     * @param services services attendus
     * @param reponsesEnCours réponses en brouillon
     * @param reponsesEnvoyees réponses soumises
     * @param reponsesValidees réponses validées
     * @param echeance jours avant ou depuis la clôture, non nul
     */
    public Indicateurs {
      Objects.requireNonNull(echeance, "echeance");
    }

    /**
     * « Réponses attendues » = individuels + préposés + services.
     *
     * @return somme des individuels, préposés et services attendus
     */
    public long reponsesAttendues() {
      return individuels + preposes + services;
    }
  }

  /**
   * Indicateurs de la campagne pour un périmètre, au jour donné (la date vient de l'horloge de
   * l'hôte, voir {@code EmjpmEngine.enquete()}).
   *
   * @param campagne campagne ; sa date limite donne l'échéance
   * @param aujourdhui date du jour, donnée par l'horloge de l'hôte
   * @param repondants répondants attendus, tous périmètres confondus (filtrés ici)
   * @param reponses réponses suivies, tous périmètres confondus (filtrées ici)
   * @param perimetre périmètre des indicateurs : nation, région ou département
   * @param referentiel référentiel qui rattache un département à sa région
   * @return indicateurs du périmètre au jour {@code aujourdhui}
   */
  public static Indicateurs indicateurs(CampagneEnquete campagne, LocalDate aujourdhui,
      Collection<RepondantAttendu> repondants, Collection<SuiviReponse> reponses, Perimetre perimetre,
      Referentiel referentiel) {
    Map<TypeEnquete, Long> attendus = new EnumMap<>(TypeEnquete.class);
    for (RepondantAttendu r : repondants) {
      if (dans(r.departement(), perimetre, referentiel)) {
        attendus.merge(r.type(), 1L, Long::sum);
      }
    }
    Comptes c = comptes(reponses, perimetre, referentiel);
    long ecart = ChronoUnit.DAYS.between(aujourdhui, campagne.dateFin());
    return new Indicateurs(attendus.getOrDefault(TypeEnquete.INDIVIDUEL, 0L),
        attendus.getOrDefault(TypeEnquete.PREPOSE, 0L), attendus.getOrDefault(TypeEnquete.SERVICE, 0L),
        c.parStatut(StatutReponse.BROUILLON), c.parStatut(StatutReponse.SOUMIS), c.parStatut(StatutReponse.VALIDE),
        new Echeance(ecart < 0, Math.abs(ecart)));
  }

  private static boolean dans(CodeDepartement d, Perimetre p, Referentiel ref) {
    if (p instanceof Perimetre.DansDepartement dd) {
      return dd.departement().equals(d);
    }
    if (p instanceof Perimetre.DansRegion dr) {
      return ref.regionDuDepartement(d).map(Region::code).filter(dr.codeRegion()::equals).isPresent();
    }
    return true;
  }
}
