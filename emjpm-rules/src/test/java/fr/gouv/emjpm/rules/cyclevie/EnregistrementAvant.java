// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.rules.cyclevie;

import fr.gouv.emjpm.domain.commun.Gravite;
import fr.gouv.emjpm.domain.commun.RapportValidation;
import fr.gouv.emjpm.domain.commun.Resultat;
import fr.gouv.emjpm.domain.commun.Violation;
import fr.gouv.emjpm.domain.gestionnaire.GestionnaireId;
import fr.gouv.emjpm.domain.mesure.Mesure;
import fr.gouv.emjpm.domain.mesure.MesureEtat;
import fr.gouv.emjpm.domain.mesure.NumeroRg;
import fr.gouv.emjpm.domain.mesure.Pays;
import fr.gouv.emjpm.domain.mesure.Ressource;
import fr.gouv.emjpm.domain.mesure.StatutMesure;
import fr.gouv.emjpm.domain.referentiel.CodeDepartement;
import fr.gouv.emjpm.domain.referentiel.CodePostal;
import fr.gouv.emjpm.domain.referentiel.Commune;
import fr.gouv.emjpm.domain.referentiel.Position;
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
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * <b>Oracle de test</b> : copie telle quelle de l'enregistrement d'avant l'issue 18 (coût par ligne), avec
 * {@code ChampsCourants.de(MesureEtat)}, {@code avecReplis} et {@code Reservation.nonVide} d'alors, comparée
 * à {@link Enregistrement} par {@code EnregistrementAvantApresProperties}.
 *
 * <p>Enregistrement d'une saisie de mesure (import, OCMI, API des logiciels métier) : validation,
 * états dédoublonnés par jour (le dernier transmis l'emporte), champs courants tirés de l'état le
 * plus récent, statut clôturé si la date de fin est passée, upsert sur la clé (gestionnaire,
 * tribunal, RG normalisé) qui met à jour toute mesure existante, y compris une réservation ; ce que
 * la mesure existante garde dépend de la {@link Provenance} de la saisie.
 */
final class EnregistrementAvant {
  private EnregistrementAvant() {}

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
  static Resultat<Transition> enregistrer(
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
  static Resultat<Transition> enregistrer(
      SaisieMesure saisie,
      GestionnaireId gestionnaire,
      Set<Long> antennesDuService,
      Optional<Long> editeurId,
      MesuresExistantes existantes,
      Provenance provenance,
      ContexteRegles ctx) {
    if (saisie.tribunal().isEmpty() && saisie.tribunalSiret().isPresent()) {
      // tribunal cherché une seule fois : porté par la saisie (import), sinon résolu ici pour les règles et la mesure
      Optional<Tribunal> t = saisie.tribunalSiret().flatMap(ctx.referentiel()::tribunalCourant);
      if (t.isPresent()) {
        saisie = saisie.withTribunal(t);
      }
    }
    RapportValidation rapport =
        ValidationSaisie.verifier(
            saisie,
            gestionnaire.type() == fr.gouv.emjpm.domain.gestionnaire.TypeGestionnaire.SERVICE ? antennesDuService : Set.of(),
            ctx);
    if (provenance == Provenance.OCMI) {
      rapport = RapportValidation.de(rapport.violations().stream().map(EnregistrementAvant::toleranceOcmi).toList());
    }
    if (!rapport.estValide()) {
      return Resultat.echec(rapport.violations());
    }
    TribunalId tribunal = saisie.tribunal().orElseThrow().id();
    NumeroRg rg = saisie.numeroRgNormalise();
    Map<LocalDate, MesureEtat> parJour = new TreeMap<>();
    for (SaisieEtat e : saisie.etats()) {
      MesureEtat etat = etat(e);
      parJour.put(etat.dateChangementEtat(), etat);
    }
    List<MesureEtat> etats = List.copyOf(parJour.values());
    // champs courants : ceux de l'état le plus récent, replis du corps de la saisie s'il n'a ni code postal ni ville
    ChampsCourants courant = avecReplis(champsDe(etats.get(etats.size() - 1)), saisie.codePostal(), saisie.ville());
    Optional<Mesure> existante = existantes.trouver(new CleMesure(gestionnaire, tribunal, rg));
    boolean close = saisie.dateFinMesure().filter(d -> !d.isAfter(ctx.aujourdhui())).isPresent();
    Mesure m = courant.remplir(Mesure.builder())
        .id(existante.flatMap(Mesure::id))
        .statut(close ? StatutMesure.ETEINTE : StatutMesure.EN_COURS)
        .gestionnaire(gestionnaire)
        .tribunal(tribunal)
        .numeroRg(rg)
        .civilite(saisie.civilite())
        .anneeNaissance(saisie.anneeNaissance())
        .dateNomination(saisie.dateNomination())
        // date de la protection en cours : telle que transmise, sinon dérivée des états
        .dateProtectionEnCours(saisie.dateProtectionEnCours().or(() -> Etats.dateProtectionEnCoursRanges(etats)))
        .dateFinMesure(saisie.dateFinMesure())
        .causeSortie(saisie.causeSortie())
        .position(position(saisie, courant, ctx))
        .creeLe(existante.flatMap(Mesure::creeLe).orElse(ctx.maintenant()))
        .addAllEtats(etats)
        // une demande de réouverture en attente ne survit pas à l'écriture de la mesure
        .enAttenteReouverture(false)
        .demandeReouverture(Optional.empty())
        // champs de la réservation, que la saisie ne porte jamais : ceux de la mesure existante
        .magistratId(existante.flatMap(Mesure::magistratId))
        .greffierId(existante.flatMap(Mesure::greffierId))
        .dateJugement(existante.flatMap(Mesure::dateJugement))
        .urgent(existante.map(Mesure::urgent).orElse(false))
        // pour un fichier, une cellule vide garde la valeur de la mesure existante (la ligne ne porte que ses colonnes)
        .numeroDossier(ouGarde(nonVide(saisie.numeroDossier()), existante, provenance, Mesure::numeroDossier))
        .cabinet(ouGarde(nonVide(saisie.tribunalCabinet()), existante, provenance, Mesure::cabinet))
        .antenneId(ouGarde(saisie.antenneId(), existante.filter(e -> e.gestionnaire().equals(gestionnaire)),
            provenance, Mesure::antenneId))
        .datePremiereMesure(ouGarde(saisie.datePremiereMesure(), existante, provenance, Mesure::datePremiereMesure))
        .resultatRevision(ouGarde(saisie.resultatRevision(), existante, provenance, Mesure::resultatRevision))
        .editorId(ouGarde(editeurId, existante, provenance, Mesure::editorId))
        .addAllRessources(ressources(saisie.ressources(), existante, provenance))
        .build();
    List<Effet> effets = new ArrayList<>();
    effets.add(new Effet.RecompterGestionnaire(gestionnaire));
    editeurId.ifPresent(id -> effets.add(new Effet.VerrouillerGestionnaire(gestionnaire, id)));
    return Resultat.succes(new Transition(Optional.of(m), effets), rapport.avertissements());
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
    Optional<CodePostal> cp = courant.pays() == Pays.FR
        ? courant.codePostal().filter(CodePostal::estBienForme).map(CodePostal::of)
        : Optional.empty();
    Optional<Commune> portee = saisie.commune().filter(c -> cp.filter(c.codesPostaux()::contains).isPresent());
    Optional<Commune> commune = portee.isPresent()
        ? portee
        : Localisation.commune(courant.pays(), courant.codePostal(), courant.ville(), ctx);
    return commune.map(Commune::position);
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
    boolean etablissement = ReglesLieuDeVie.exigeTypeEtablissement(e.lieuVie().orElseThrow());
    return MesureEtat.builder()
        .dateChangementEtat(e.dateChangementEtat().orElseThrow())
        .nature(e.nature().orElseThrow())
        .champ(e.champ())
        .lieuVie(e.lieuVie().orElseThrow())
        .typeEtablissement(etablissement ? e.typeEtablissement() : Optional.empty())
        .pays(pays)
        .codePostal(codePostal(e.codePostal(), pays))
        .ville(e.ville().map(String::strip).filter(s -> !s.isEmpty()).map(s -> s.toUpperCase(Locale.ROOT)))
        .build();
  }

  /**
   * Code postal gardé sur l'état : en France s'il est bien formé (5 chiffres), hors de France tel que
   * saisi (un code belge {@code 1000} est gardé en texte, comme l'original le stockait ; rien n'est perdu).
   */
  private static Optional<String> codePostal(Optional<String> saisi, Pays pays) {
    Optional<String> cp = saisi.map(String::strip).filter(s -> !s.isEmpty());
    return pays == Pays.FR ? cp.filter(CodePostal::estBienForme) : cp;
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

  /** {@return les champs courants de l'état {@code e}} */
  private static ChampsCourants champsDe(MesureEtat e) {
    return new ChampsCourants(e.nature(), e.champ(), e.lieuVie(), e.typeEtablissement(), e.codePostal(), e.ville(),
        e.pays(), e.pays() == Pays.FR
            ? e.codePostal().filter(CodePostal::estBienForme).map(cp -> CodePostal.of(cp).departement())
            : Optional.empty());
  }

  /**
   * Replis du corps d'une saisie quand l'état courant n'a pas de code postal (France : code bien formé
   * seulement, et son département) ou pas de ville (en majuscules).
   */
  private static ChampsCourants avecReplis(ChampsCourants c, Optional<String> codePostalSaisi,
      Optional<String> villeSaisie) {
    Optional<String> cp = c.codePostal();
    Optional<CodeDepartement> dep = c.departement();
    if (cp.isEmpty() && c.pays() == Pays.FR) {
      cp = codePostalSaisi.map(String::strip).filter(CodePostal::estBienForme);
      dep = cp.map(CodePostal::of).map(CodePostal::departement);
    }
    Optional<String> v = c.ville().isPresent()
        ? c.ville()
        : villeSaisie.map(String::strip).filter(s -> !s.isEmpty()).map(s -> s.toUpperCase(Locale.ROOT));
    return new ChampsCourants(c.nature(), c.champ(), c.lieuVie(), c.typeEtablissement(), cp, v, c.pays(), dep);
  }

  private static Optional<String> nonVide(Optional<String> s) {
    return s.map(String::strip).filter(x -> !x.isEmpty());
  }
}
