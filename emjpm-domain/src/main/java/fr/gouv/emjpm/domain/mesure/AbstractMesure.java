// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.domain.mesure;

import fr.gouv.emjpm.domain.gestionnaire.GestionnaireId;
import fr.gouv.emjpm.domain.gestionnaire.TypeGestionnaire;
import fr.gouv.emjpm.domain.internal.Invariants;
import fr.gouv.emjpm.domain.referentiel.CodeDepartement;
import fr.gouv.emjpm.domain.referentiel.Position;
import fr.gouv.emjpm.domain.style.EmjpmStyle;
import fr.gouv.emjpm.domain.tribunal.TribunalId;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Mesure de protection juridique d'un majeur, confiée à exactement un gestionnaire
 * (garanti par le type {@link GestionnaireId}).
 *
 * <p><b>Confidentialité</b> : par construction, aucun nom, prénom, date de naissance ni adresse
 * du majeur protégé ; seulement civilité, année de naissance, code postal/ville/pays du lieu de vie.
 *
 * <p><b>Invariants</b> (une violation est une erreur de programmation, {@link IllegalStateException}) :
 * antenne seulement pour un service ; position dans les bornes ({@link Position}) ; au plus un état
 * par date ; identifiants techniques positifs. Les états sont rangés par date croissante à la
 * construction. Tout ce qu'un utilisateur peut mal saisir (dates futures, code postal, type
 * d'établissement manquant…) est une règle de emjpm-rules, pas un invariant.
 *
 * <p>Construction : {@code Mesure.builder()...build()} ; copies : {@code mesure.withStatut(...)}.
 * Immuable et thread-safe.
 */
@Value.Immutable
@EmjpmStyle
abstract class AbstractMesure {

  /** {@return identifiant technique, absent pour une mesure pas encore enregistrée par l'hôte} */
  public abstract Optional<MesureId> id();

  /** {@return statut} */
  public abstract StatutMesure statut();

  /** {@return gestionnaire de la mesure (mandataire individuel, préposé ou service)} */
  public abstract GestionnaireId gestionnaire();

  /** {@return antenne du service gestionnaire, s'il y a lieu} */
  public abstract Optional<Long> antenneId();

  /** {@return tribunal} */
  public abstract TribunalId tribunal();

  /** {@return numéro RG normalisé} */
  public abstract NumeroRg numeroRg();

  /** {@return numéro de dossier interne du gestionnaire} */
  public abstract Optional<String> numeroDossier();

  /** {@return cabinet du tribunal (texte libre)} */
  public abstract Optional<String> cabinet();

  /** {@return magistrat qui a réservé la mesure (absent si créée par le gestionnaire)} */
  public abstract Optional<Long> magistratId();

  /** {@return greffier qui a réservé la mesure} */
  public abstract Optional<Long> greffierId();

  /** {@return demande urgente (posée à la réservation)} */
  @Value.Default
  public boolean urgent() {
    return false;
  }

  /** {@return date prévisionnelle du jugement, saisie à la réservation} */
  public abstract Optional<LocalDate> dateJugement();

  /** {@return date de nomination du gestionnaire} */
  public abstract Optional<LocalDate> dateNomination();

  /** {@return date de première mise sous protection ({@code date_premier_mesure})} */
  public abstract Optional<LocalDate> datePremiereMesure();

  /** {@return date de début de la protection en cours (nature et champ actuels)} */
  public abstract Optional<LocalDate> dateProtectionEnCours();

  /** {@return date de fin de la mesure (clôture)} */
  public abstract Optional<LocalDate> dateFinMesure();

  /** {@return cause de sortie (clôture)} */
  public abstract Optional<CauseSortie> causeSortie();

  /** {@return résultat de la dernière révision} */
  public abstract Optional<ResultatRevision> resultatRevision();

  /** {@return nature actuelle (reflet du dernier état)} */
  public abstract NatureMesure nature();

  /** {@return champ actuel, facultatif} */
  public abstract Optional<ChampMesure> champ();

  /** {@return lieu de vie actuel (absent pour une mesure en attente)} */
  public abstract Optional<LieuVie> lieuVie();

  /** {@return type d'établissement actuel} */
  public abstract Optional<TypeEtablissement> typeEtablissement();

  /** {@return civilité du majeur} */
  public abstract Optional<Civilite> civilite();

  /** {@return année de naissance du majeur} */
  public abstract Optional<Integer> anneeNaissance();

  /** {@return code postal du lieu de vie, tel que saisi} */
  public abstract Optional<String> codePostal();

  /** {@return ville du lieu de vie, telle que saisie} */
  public abstract Optional<String> ville();

  /** {@return pays du lieu de vie ; France par défaut} */
  @Value.Default
  public Pays pays() {
    return Pays.FR;
  }

  /** {@return département déduit du code postal} */
  public abstract Optional<CodeDepartement> departement();

  /**
   * {@return position WGS84 du lieu de vie (point de la commune de son code postal et de sa ville),
   * absente hors de France ou pour un lieu inconnu du référentiel ; exportée en deux champs {@code
   * latitude} et {@code longitude}}
   */
  public abstract Optional<Position> position();

  /** {@return logiciel métier (éditeur) qui a écrit la mesure} */
  public abstract Optional<Long> editorId();

  /** {@return vrai si une demande de réouverture est en attente} */
  @Value.Default
  public boolean enAttenteReouverture() {
    return false;
  }

  /** {@return données de la demande de réouverture en attente} */
  public abstract Optional<DemandeReouverture> demandeReouverture();

  /** {@return instant de création ; pour une réservation, date de réservation sur e-MJPM} */
  public abstract Optional<Instant> creeLe();

  /** {@return états, par date croissante (rangés à la construction), au plus un par date} */
  public abstract List<MesureEtat> etats();

  /** {@return ressources annuelles} */
  public abstract List<Ressource> ressources();

  /** {@return latitude WGS84 de la {@link #position()}, absente avec elle} */
  public final Optional<Double> latitude() {
    return position().map(Position::latitude);
  }

  /** {@return longitude WGS84 de la {@link #position()}, absente avec elle} */
  public final Optional<Double> longitude() {
    return position().map(Position::longitude);
  }

  /** {@return identifiant du gestionnaire (même valeur que {@link #gestionnaire()})} */
  public final GestionnaireId gestionnaireId() {
    return gestionnaire();
  }

  /** {@return titre « &lt;nature&gt; &lt;champ&gt; », par exemple « curatelle renforcée aux biens »} */
  public final String titre() {
    return nature().titre(champ());
  }

  /** {@return état courant : le plus récent, vide s'il n'y a aucun état} */
  public final Optional<MesureEtat> etatCourant() {
    List<MesureEtat> e = etats();
    return e.isEmpty() ? Optional.empty() : Optional.of(e.get(e.size() - 1));
  }

  /** {@return vrai si le statut est {@link StatutMesure#EN_ATTENTE}} */
  public final boolean estEnAttente() {
    return statut() == StatutMesure.EN_ATTENTE;
  }

  /** {@return vrai si le statut est {@link StatutMesure#EN_COURS}} */
  public final boolean estEnCours() {
    return statut() == StatutMesure.EN_COURS;
  }

  /** {@return vrai si le statut est {@link StatutMesure#ETEINTE}} */
  public final boolean estEteinte() {
    return statut() == StatutMesure.ETEINTE;
  }

  /** {@return vérifie les invariants et range les états par date croissante} */
  @Value.Check
  protected AbstractMesure normaliser() {
    Optional<Long> antenne = antenneId(); // lu une fois : vérifié pour chaque mesure construite
    if (antenne.isPresent() && gestionnaire().type() != TypeGestionnaire.SERVICE) {
      throw new IllegalStateException("Une antenne ne s'applique qu'à un service mandataire");
    }
    Invariants.verifierIdPositif(antenne, "antenneId");
    Invariants.verifierIdPositif(magistratId(), "magistratId");
    Invariants.verifierIdPositif(greffierId(), "greffierId");
    Invariants.verifierIdPositif(editorId(), "editorId");
    List<MesureEtat> etats = etats();
    boolean ranges = true;
    for (int i = 1; i < etats.size() && ranges; i++) {
      ranges = etats.get(i - 1).dateChangementEtat().isBefore(etats.get(i).dateChangementEtat());
    }
    if (ranges) {
      return this; // cas courant (états déjà rangés, dates distinctes) : ni copie ni tri
    }
    List<MesureEtat> tries = new ArrayList<>(etats);
    tries.sort(Comparator.comparing(MesureEtat::dateChangementEtat));
    for (int i = 1; i < tries.size(); i++) {
      if (tries.get(i).dateChangementEtat().equals(tries.get(i - 1).dateChangementEtat())) {
        throw new IllegalStateException("Deux états d'une mesure ont la même date");
      }
    }
    return Mesure.copyOf(this).withEtats(tries);
  }
}
