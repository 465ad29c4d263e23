// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.rules.cyclevie;

import fr.gouv.emjpm.domain.commun.Gravite;
import fr.gouv.emjpm.domain.commun.RapportValidation;
import fr.gouv.emjpm.domain.commun.Resultat;
import fr.gouv.emjpm.domain.commun.Violation;
import fr.gouv.emjpm.domain.gestionnaire.GestionnaireId;
import fr.gouv.emjpm.domain.mesure.Mesure;
import fr.gouv.emjpm.domain.mesure.LieuVie;
import fr.gouv.emjpm.domain.mesure.MesureEtat;
import fr.gouv.emjpm.domain.mesure.NumeroRg;
import fr.gouv.emjpm.domain.mesure.Pays;
import fr.gouv.emjpm.domain.mesure.Ressource;
import fr.gouv.emjpm.domain.mesure.StatutMesure;
import fr.gouv.emjpm.domain.referentiel.CodePostal;
import fr.gouv.emjpm.domain.referentiel.Commune;
import fr.gouv.emjpm.domain.referentiel.Position;
import fr.gouv.emjpm.domain.referentiel.Siret;
import fr.gouv.emjpm.domain.tribunal.Tribunal;
import fr.gouv.emjpm.domain.tribunal.TribunalId;
import fr.gouv.emjpm.rules.ContexteRegles;
import fr.gouv.emjpm.rules.validation.CodeRegle;
import fr.gouv.emjpm.rules.validation.Localisation;
import fr.gouv.emjpm.rules.validation.ReglesLieuDeVie;
import fr.gouv.emjpm.rules.validation.SaisieEtat;
import fr.gouv.emjpm.rules.validation.SaisieMesure;
import fr.gouv.emjpm.rules.validation.SaisieRessource;
import fr.gouv.emjpm.rules.validation.ValidationSaisie;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Enregistrement d'une saisie de mesure (import, OCMI, API des logiciels métier) : validation,
 * états dédoublonnés par jour (le dernier transmis l'emporte), champs courants tirés de l'état le
 * plus récent, statut clôturé si la date de fin est passée, upsert sur la clé (gestionnaire,
 * tribunal, RG normalisé) qui met à jour toute mesure existante, y compris une réservation ; ce que
 * la mesure existante garde dépend de la {@link Provenance} de la saisie.
 */
public final class Enregistrement {
  private Enregistrement() {}

  /**
   * Enregistre une saisie.
   *
   * @param saisie saisie typée
   * @param gestionnaire gestionnaire qui écrit
   * @param antennesDuService antennes du service (vide pour un mandataire)
   * @param editeurId logiciel métier qui écrit (vide pour un import ou OCMI)
   * @param existantes port d'unicité
   * @param ctx contexte
   * @return la mesure créée ou écrasée, avec « recompter » et, pour un éditeur, « verrouiller »
   */
  public static Resultat<Transition> enregistrer(
      SaisieMesure saisie,
      GestionnaireId gestionnaire,
      Set<Long> antennesDuService,
      Optional<Long> editeurId,
      MesuresExistantes existantes,
      ContexteRegles ctx) {
    return enregistrer(saisie, gestionnaire, antennesDuService, editeurId, existantes, Provenance.LOGICIEL_METIER, ctx);
  }

  /**
   * Enregistre une saisie venue d'un chemin donné : la provenance décide de ce que garde une mesure
   * existante de même clé ({@link Provenance}).
   *
   * @param saisie saisie typée
   * @param gestionnaire gestionnaire qui écrit
   * @param antennesDuService antennes du service (vide pour un mandataire)
   * @param editeurId logiciel métier qui écrit (vide pour un import ou OCMI)
   * @param existantes port d'unicité : la mesure existante du gestionnaire pour un tribunal et un RG
   * @param provenance import de fichier, logiciel métier ou OCMI
   * @param ctx contexte
   * @return la mesure créée ou mise à jour, avec « recompter » et, pour un éditeur, « verrouiller »
   */
  public static Resultat<Transition> enregistrer(
      SaisieMesure saisie,
      GestionnaireId gestionnaire,
      Set<Long> antennesDuService,
      Optional<Long> editeurId,
      MesuresExistantes existantes,
      Provenance provenance,
      ContexteRegles ctx) {
    // Cas courant (chaque ligne d'un import) sans flux, sans collection temporaire ni lambda capturante,
    // chaque Optional lu une fois ; même mesure, mêmes violations que pour une saisie de plusieurs états.
    Optional<Tribunal> porte = saisie.tribunal();
    if (porte.isEmpty()) {
      // tribunal cherché une seule fois : porté par la saisie (import), sinon résolu ici pour les règles et la mesure
      Optional<Siret> siret = saisie.tribunalSiret();
      if (siret.isPresent()) {
        Optional<Tribunal> t = ctx.referentiel().tribunalCourant(siret.get());
        if (t.isPresent()) {
          saisie = saisie.withTribunal(t);
          porte = t;
        }
      }
    }
    RapportValidation rapport =
        ValidationSaisie.verifier(
            saisie,
            gestionnaire.type() == fr.gouv.emjpm.domain.gestionnaire.TypeGestionnaire.SERVICE ? antennesDuService : Set.of(),
            ctx);
    if (provenance == Provenance.OCMI) {
      rapport = RapportValidation.de(rapport.violations().stream().map(Enregistrement::toleranceOcmi).toList());
    }
    if (!rapport.estValide()) {
      return Resultat.echec(rapport.violations());
    }
    TribunalId tribunal = porte.orElseThrow().id();
    NumeroRg rg = saisie.numeroRgNormalise();
    List<SaisieEtat> saisis = saisie.etats();
    // un seul état (chaque ligne d'un import) : ni table ni copie
    List<MesureEtat> etats = saisis.size() == 1 ? List.of(etat(saisis.get(0))) : etatsParJour(saisis);
    // champs courants : ceux de l'état le plus récent, replis du corps de la saisie s'il n'a ni code postal ni ville
    ChampsCourants courant = ChampsCourants.de(etats.get(etats.size() - 1), saisie.codePostal(), saisie.ville());
    Optional<Mesure> existante = existantes.trouver(new CleMesure(gestionnaire, tribunal, rg));
    Optional<LocalDate> fin = saisie.dateFinMesure();
    boolean close = fin.isPresent() && !fin.get().isAfter(ctx.aujourdhui());
    // date de la protection en cours : telle que transmise, sinon dérivée des états
    Optional<LocalDate> protection = saisie.dateProtectionEnCours();
    if (protection.isEmpty()) {
      protection = Etats.dateProtectionEnCoursRanges(etats);
    }
    boolean memeGestionnaire = existante.isPresent() && existante.get().gestionnaire().equals(gestionnaire);
    Mesure m = courant.remplir(Mesure.builder())
        .id(existante.flatMap(Mesure::id))
        .statut(close ? StatutMesure.ETEINTE : StatutMesure.EN_COURS)
        .gestionnaire(gestionnaire)
        .tribunal(tribunal)
        .numeroRg(rg)
        .civilite(saisie.civilite())
        .anneeNaissance(saisie.anneeNaissance())
        .dateNomination(saisie.dateNomination())
        .dateProtectionEnCours(protection)
        .dateFinMesure(fin)
        .causeSortie(saisie.causeSortie())
        .position(position(saisie, courant, ctx))
        .creeLe(existante.isPresent() ? existante.get().creeLe().orElse(ctx.maintenant()) : ctx.maintenant())
        .addAllEtats(etats)
        // une demande de réouverture en attente ne survit pas à l'écriture de la mesure
        .enAttenteReouverture(false)
        .demandeReouverture(Optional.empty())
        // champs de la réservation, que la saisie ne porte jamais : ceux de la mesure existante
        .magistratId(existante.flatMap(Mesure::magistratId))
        .greffierId(existante.flatMap(Mesure::greffierId))
        .dateJugement(existante.flatMap(Mesure::dateJugement))
        .urgent(existante.isPresent() && existante.get().urgent())
        // pour un fichier, une cellule vide garde la valeur de la mesure existante (la ligne ne porte que ses colonnes)
        .numeroDossier(ouGarde(Reservation.nonVide(saisie.numeroDossier()), existante, provenance, Mesure::numeroDossier))
        .cabinet(ouGarde(Reservation.nonVide(saisie.tribunalCabinet()), existante, provenance, Mesure::cabinet))
        .antenneId(ouGarde(saisie.antenneId(), memeGestionnaire ? existante : Optional.empty(),
            provenance, Mesure::antenneId))
        .datePremiereMesure(ouGarde(saisie.datePremiereMesure(), existante, provenance, Mesure::datePremiereMesure))
        .resultatRevision(ouGarde(saisie.resultatRevision(), existante, provenance, Mesure::resultatRevision))
        .editorId(ouGarde(editeurId, existante, provenance, Mesure::editorId))
        .addAllRessources(ressources(saisie.ressources(), existante, provenance))
        .build();
    Effet recompter = new Effet.RecompterGestionnaire(gestionnaire);
    List<Effet> effets = editeurId.isPresent()
        ? List.of(recompter, new Effet.VerrouillerGestionnaire(gestionnaire, editeurId.get()))
        : List.of(recompter);
    return Resultat.succes(new Transition(Optional.of(m), effets), rapport.avertissements());
  }

  /** États de la saisie rangés par date, un par jour (le dernier transmis pour un jour l'emporte). */
  private static List<MesureEtat> etatsParJour(List<SaisieEtat> saisis) {
    Map<LocalDate, MesureEtat> parJour = new TreeMap<>();
    for (SaisieEtat e : saisis) {
      MesureEtat etat = etat(e);
      parJour.put(etat.dateChangementEtat(), etat);
    }
    return List.copyOf(parJour.values());
  }

  /**
   * Valeur de la saisie ; pour un fichier ({@link Provenance#FICHIER}) qui n'en porte pas, celle de la
   * mesure existante de même clé (l'écriture ne touche que les colonnes de la ligne). Un logiciel métier
   * ou OCMI transmet la mesure entière : son champ vide efface.
   */
  private static <T> Optional<T> ouGarde(
      Optional<T> saisi, Optional<Mesure> existante, Provenance provenance, Function<Mesure, Optional<T>> champ) {
    return saisi.isPresent() || provenance != Provenance.FICHIER ? saisi : existante.flatMap(champ);
  }

  /**
   * Position du lieu de vie courant : celle de la commune portée par la saisie si elle dessert le code
   * postal gardé (l'import l'a déjà cherchée), sinon celle de la commune cherchée ici.
   */
  private static Optional<Position> position(SaisieMesure saisie, ChampsCourants courant, ContexteRegles ctx) {
    Optional<Commune> portee = saisie.commune();
    if (portee.isPresent() && courant.pays() == Pays.FR) {
      String cp = courant.codePostal().orElse(null);
      if (cp != null && CodePostal.estBienForme(cp) && portee.get().codesPostaux().contains(CodePostal.of(cp))) {
        return Optional.of(portee.get().position());
      }
    }
    Optional<Commune> commune = Localisation.commune(courant.pays(), courant.codePostal(), courant.ville(), ctx);
    return commune.isPresent() ? Optional.of(commune.get().position()) : Optional.empty();
  }

  /** Champs que l'original laissait vides pour OCMI : civilité, année de naissance, date de nomination. */
  private static final Set<String> FACULTATIFS_OCMI = Set.of("/civilite", "/anneeNaissance", "/dateNomination");

  /**
   * OCMI ({@link Provenance#OCMI}) : les règles croisées des dates et l'absence de civilité, d'année de
   * naissance ou de date de nomination deviennent des avertissements (champ laissé vide, comme l'original).
   */
  private static Violation toleranceOcmi(Violation v) {
    boolean croisee = v.code().equals(CodeRegle.DATE_NOMINATION_AVANT_PREMIERE_MESURE.code())
        || v.code().equals(CodeRegle.DATE_NOMINATION_APRES_DERNIER_ETAT.code());
    boolean facultatif = v.code().equals(CodeRegle.CHAMP_OBLIGATOIRE.code()) && FACULTATIFS_OCMI.contains(v.chemin());
    return (croisee || facultatif) && v.estBloquante()
        ? new Violation(v.code(), Gravite.AVERTISSEMENT, v.chemin(), v.message(), v.arguments())
        : v;
  }

  private static MesureEtat etat(SaisieEtat e) {
    Pays pays = e.pays().orElseThrow();
    LieuVie lieu = e.lieuVie().orElseThrow();
    return MesureEtat.builder()
        .dateChangementEtat(e.dateChangementEtat().orElseThrow())
        .nature(e.nature().orElseThrow())
        .champ(e.champ())
        .lieuVie(lieu)
        .typeEtablissement(ReglesLieuDeVie.exigeTypeEtablissement(lieu) ? e.typeEtablissement() : Optional.empty())
        .pays(pays)
        .codePostal(codePostal(e.codePostal(), pays))
        .ville(villeEnMajuscules(e.ville()))
        .build();
  }

  /**
   * Code postal gardé sur l'état : en France s'il est bien formé (5 chiffres), hors de France tel que
   * saisi (un code belge {@code 1000} est gardé en texte, comme l'original le stockait ; rien n'est perdu).
   * Espaces de bord ôtés ; la saisie elle-même si elle n'en a pas (rien d'alloué).
   */
  private static Optional<String> codePostal(Optional<String> saisi, Pays pays) {
    if (saisi.isEmpty()) {
      return Optional.empty();
    }
    String brut = saisi.get();
    String cp = brut.strip();
    if (cp.isEmpty() || (pays == Pays.FR && !CodePostal.estBienForme(cp))) {
      return Optional.empty();
    }
    return cp == brut ? saisi : Optional.of(cp);
  }

  /**
   * Ville gardée : sans espaces de bord, en majuscules (locale racine), vide si blanche ; la saisie
   * elle-même si elle est déjà ainsi (rien d'alloué : {@code strip} et {@code toUpperCase} rendent la
   * même chaîne quand rien ne change).
   */
  static Optional<String> villeEnMajuscules(Optional<String> saisie) {
    Optional<String> v = Reservation.nonVide(saisie); // la saisie elle-même si elle est sans espaces de bord
    if (v.isEmpty()) {
      return v;
    }
    String majuscules = v.get().toUpperCase(Locale.ROOT);
    return majuscules == v.get() ? v : Optional.of(majuscules);
  }

  /**
   * Une ressource par année : la dernière transmise pour une année l'emporte (comme les états par jour).
   * Un fichier n'en porte aucune : celles de la mesure existante sont gardées.
   */
  private static List<Ressource> ressources(List<SaisieRessource> saisies, Optional<Mesure> existante,
      Provenance provenance) {
    if (saisies.isEmpty()) {
      return provenance == Provenance.FICHIER ? existante.map(Mesure::ressources).orElse(List.of()) : List.of();
    }
    Map<Integer, Ressource> parAnnee = new java.util.LinkedHashMap<>();
    for (SaisieRessource r : saisies) {
      parAnnee.remove(r.annee());
      parAnnee.put(r.annee(), ressource(r));
    }
    return List.copyOf(parAnnee.values());
  }

  private static Ressource ressource(SaisieRessource r) {
    return Ressource.builder()
        .annee(r.annee())
        .niveauRessource(r.niveauRessource())
        .addAllPrestations(r.prestations())
        .build();
  }
}
