// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.rules;

import fr.gouv.emjpm.domain.referentiel.Referentiel;
import fr.gouv.emjpm.rules.cyclevie.CycleDeVie;
import fr.gouv.emjpm.rules.disponibilite.Disponibilites;
import fr.gouv.emjpm.rules.editeur.ApiEditeur;
import fr.gouv.emjpm.rules.enquete.Enquetes;
import fr.gouv.emjpm.rules.listes.ListesMesures;
import fr.gouv.emjpm.rules.listeblanche.ListeBlanche;
import fr.gouv.emjpm.rules.profil.Profils;
import fr.gouv.emjpm.rules.proximite.ProximiteGestionnaires;
import fr.gouv.emjpm.rules.recherche.RechercheGestionnaires;
import fr.gouv.emjpm.rules.statistiques.Statistiques;
import fr.gouv.emjpm.rules.validation.Validation;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Moteur embarqué e-MJPM : l'objet qu'une application hôte crée une fois et partage.
 *
 * <pre>
 * EmjpmEngine engine = EmjpmEngine.builder()
 *     .clock(Clock.system(ZoneId.of("Europe/Paris")))  // par défaut ; en test : Clock.fixed(...)
 *     .referentiel(Referentiel.embarque())              // par défaut ; ou celui de l'hôte
 *     .build();
 * </pre>
 *
 * <p><b>Immuable et thread-safe</b> après {@link Builder#build()} ; aucun état statique. Deux moteurs
 * de référentiels différents coexistent dans une JVM. Rien dans la bibliothèque ne lit l'horloge murale
 * autrement que par l'horloge de ce moteur.
 */
public final class EmjpmEngine {

  /** Fuseau métier par défaut. */
  public static final ZoneId FUSEAU_PARIS = ZoneId.of("Europe/Paris");

  private final Clock clock;
  private final Referentiel referentiel;
  private final CycleDeVie cycleDeVie;
  private final Validation validation;
  private final ProximiteGestionnaires proximite;
  private final Enquetes enquete;
  private final ListesMesures listesMesures;
  private final ApiEditeur apiEditeur;
  private final Profils profils;

  private EmjpmEngine(Clock clock, Referentiel referentiel) {
    this.clock = clock;
    this.referentiel = referentiel;
    this.cycleDeVie = new CycleDeVie(this::contexte);
    this.validation = new Validation(this::contexte);
    this.proximite = ProximiteGestionnaires.avec(referentiel);
    this.enquete = new Enquetes(this::contexte);
    this.listesMesures = new ListesMesures(this::contexte);
    this.apiEditeur = new ApiEditeur(this::contexte);
    this.profils = new Profils(this::contexte);
  }

  /** {@return nouveau constructeur (non thread-safe ; chaque option ne peut être fixée qu'une fois)} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return moteur par défaut : horloge système de Paris et référentiel embarqué} */
  public static EmjpmEngine parDefaut() {
    return builder().build();
  }

  /** {@return horloge du moteur} */
  public Clock clock() {
    return clock;
  }

  /** {@return référentiel du moteur} */
  public Referentiel referentiel() {
    return referentiel;
  }

  /** {@return date du jour selon l'horloge du moteur, dans son fuseau} */
  public LocalDate aujourdhui() {
    return LocalDate.now(clock);
  }

  /** {@return opérations du cycle de vie des mesures, évaluées avec le contexte de ce moteur} */
  public CycleDeVie cycleDeVie() {
    return cycleDeVie;
  }

  /** {@return règles de validation (mesures, saisies), évaluées avec le contexte de ce moteur} */
  public Validation validation() {
    return validation;
  }

  /**
   * {@return disponibilités d'un gestionnaire et d'une antenne, disponibilité départementale, règle Σ
   * capacités des antennes ≤ capacité du service}
   */
  public Disponibilites disponibilites() {
    return Disponibilites.standard();
  }

  /**
   * {@return statistiques ; pour les fenêtres glissantes, passez {@link #contexte()} (date du jour
   * de l'horloge du moteur)}
   */
  public Statistiques statistiques() {
    return Statistiques.standard();
  }

  /** {@return liste des gestionnaires proposée au juge d'un tribunal} */
  public RechercheGestionnaires recherche() {
    return RechercheGestionnaires.standard();
  }

  /** {@return recherche de proximité, communes et codes postaux lus dans le référentiel du moteur} */
  public ProximiteGestionnaires proximite() {
    return proximite;
  }

  /**
   * {@return enquête annuelle (catalogue, statut, pré-remplissage, campagne, vues direction), évaluée avec la
   * date du jour et le référentiel de ce moteur}
   */
  public Enquetes enquete() {
    return enquete;
  }

  /**
   * Listes de mesures de l'interface : liste du juge, liste et tableau de bord du gestionnaire,
   * libellé « Homme de N ans » du majeur à la date du jour de ce moteur.
   *
   * @return listes de mesures, évaluées avec la date du jour de ce moteur
   */
  public ListesMesures listesMesures() {
    return listesMesures;
  }

  /**
   * Routes de l'API des logiciels métier (liste filtrée par statut, lecture et mise à jour d'une
   * mesure par identifiant), évaluées avec le contexte de ce moteur.
   *
   * @return routes de l'API des logiciels métier, évaluées avec le contexte de ce moteur
   */
  public ApiEditeur apiEditeur() {
    return apiEditeur;
  }

  /**
   * Profils des acteurs : formulaires de profil (mandataire, service, antenne), tribunaux
   * préférentiels, directions et leurs périmètres, répertoire des établissements FINESS.
   *
   * @return profils des acteurs, évalués avec le référentiel de ce moteur
   */
  public Profils profils() {
    return profils;
  }

  /**
   * Liste blanche : règles du formulaire de chaque type d'entrée, création du service, journal des
   * changements, lien « habilitation vérifiée ».
   *
   * @return liste blanche
   */
  public ListeBlanche listeBlanche() {
    return ListeBlanche.standard();
  }

  /** {@return contexte d'évaluation des règles : l'horloge est lue une seule fois, ici} */
  public ContexteRegles contexte() {
    return new ContexteRegles(clock.instant(), clock.getZone(), referentiel);
  }

  /** Constructeur du moteur. Non thread-safe. */
  public static final class Builder {
    private @Nullable Clock clock;
    private @Nullable Referentiel referentiel;

    private Builder() {}

    /**
     * Horloge (et fuseau métier) du moteur ; par défaut {@code Clock.system(Europe/Paris)}.
     *
     * @throws IllegalStateException si l'horloge a déjà été fixée
     * @param horloge horloge du moteur, non nulle ; son fuseau devient le fuseau métier
     * @return ce constructeur
     */
    public Builder clock(Clock horloge) {
      Objects.requireNonNull(horloge, "horloge");
      if (this.clock != null) {
        throw new IllegalStateException("L'horloge a déjà été fixée");
      }
      this.clock = horloge;
      return this;
    }

    /**
     * Référentiel du moteur ; par défaut {@link Referentiel#embarque()}.
     *
     * @throws IllegalStateException si le référentiel a déjà été fixé
     * @param ref référentiel du moteur, non nul
     * @return ce constructeur
     */
    public Builder referentiel(Referentiel ref) {
      Objects.requireNonNull(ref, "ref");
      if (this.referentiel != null) {
        throw new IllegalStateException("Le référentiel a déjà été fixé");
      }
      this.referentiel = ref;
      return this;
    }

    /** {@return construit le moteur immuable} */
    public EmjpmEngine build() {
      Clock c = clock != null ? clock : Clock.system(FUSEAU_PARIS);
      Referentiel r = referentiel != null ? referentiel : Referentiel.embarque();
      return new EmjpmEngine(c, r);
    }
  }
}
