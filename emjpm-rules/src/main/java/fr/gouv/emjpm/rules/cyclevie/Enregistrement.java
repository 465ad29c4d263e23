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
import fr.gouv.emjpm.domain.referentiel.CodePostal;
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
    TribunalId tribunal = Localisation.tribunal(saisie.tribunalSiret().orElseThrow(), ctx).orElseThrow();
    NumeroRg rg = NumeroRg.normalise(saisie.numeroRg().orElseThrow());
    Map<LocalDate, MesureEtat> parJour = new TreeMap<>();
    for (SaisieEtat e : saisie.etats()) {
      MesureEtat etat = etat(e);
      parJour.put(etat.dateChangementEtat(), etat);
    }
    List<MesureEtat> etats = List.copyOf(parJour.values());
    MesureEtat courant = etats.get(etats.size() - 1);
    Optional<Mesure> existante = existantes.trouver(new CleMesure(gestionnaire, tribunal, rg));
    boolean close = saisie.dateFinMesure().filter(d -> !d.isAfter(ctx.aujourdhui())).isPresent();
    Mesure.Builder b =
        Mesure.builder()
            .statut(close ? StatutMesure.ETEINTE : StatutMesure.EN_COURS)
            .gestionnaire(gestionnaire)
            .tribunal(tribunal)
            .numeroRg(rg)
            .numeroDossier(Reservation.nonVide(saisie.numeroDossier()))
            .cabinet(Reservation.nonVide(saisie.tribunalCabinet()))
            .antenneId(saisie.antenneId())
            .civilite(saisie.civilite())
            .anneeNaissance(saisie.anneeNaissance())
            .dateNomination(saisie.dateNomination())
            .datePremiereMesure(saisie.datePremiereMesure())
            .dateFinMesure(saisie.dateFinMesure())
            .causeSortie(saisie.causeSortie())
            .resultatRevision(saisie.resultatRevision())
            .nature(courant.nature())
            .editorId(editeurId)
            .creeLe(existante.flatMap(Mesure::creeLe).orElse(ctx.maintenant()))
            .addAllEtats(etats)
            .addAllRessources(ressources(saisie.ressources()));
    existante.flatMap(Mesure::id).ifPresent(b::id);
    Mesure m = Etats.deriver(b.build());
    // Date de la protection en cours : telle que transmise, sinon dérivée des états.
    if (saisie.dateProtectionEnCours().isPresent()) {
      m = m.withDateProtectionEnCours(saisie.dateProtectionEnCours());
    }
    // Replis du corps de la saisie quand l'état courant n'a pas de code postal ou de ville.
    if (m.codePostal().isEmpty() && m.pays() == Pays.FR) {
      Optional<String> cp = saisie.codePostal().map(String::strip).filter(CodePostal::estBienForme);
      m = m.withCodePostal(cp).withDepartement(cp.map(CodePostal::of).map(CodePostal::departement));
    }
    if (m.ville().isEmpty()) {
      m = m.withVille(saisie.ville().map(String::strip).filter(s -> !s.isEmpty()).map(s -> s.toUpperCase(Locale.ROOT)));
    }
    if (existante.isPresent()) {
      m = conserver(existante.get(), m, provenance);
    }
    m = Localisation.geolocaliser(m, ctx);
    List<Effet> effets = new ArrayList<>();
    effets.add(new Effet.RecompterGestionnaire(gestionnaire));
    editeurId.ifPresent(id -> effets.add(new Effet.VerrouillerGestionnaire(gestionnaire, id)));
    return Resultat.succes(new Transition(Optional.of(m), effets), rapport.avertissements());
  }

  /**
   * Mise à jour d'une mesure existante : ce que la saisie ne porte pas est repris de l'existante (pour
   * un fichier, l'écriture ne touche que les colonnes de la ligne ; pour un logiciel métier ou OCMI, les
   * champs de la réservation ne font pas partie de la saisie).
   *
   * @param existante mesure existante de même clé
   * @param nouvelle mesure calculée depuis la saisie
   * @param provenance chemin de la saisie
   * @return la mesure mise à jour
   */
  static Mesure conserver(Mesure existante, Mesure nouvelle, Provenance provenance) {
    Mesure m = nouvelle
        .withMagistratId(existante.magistratId())
        .withGreffierId(existante.greffierId())
        .withDateJugement(existante.dateJugement())
        .withUrgent(existante.urgent());
    if (provenance != Provenance.FICHIER) {
      return m;
    }
    if (m.ressources().isEmpty()) {
      m = m.withRessources(existante.ressources());
    }
    if (m.datePremiereMesure().isEmpty()) {
      m = m.withDatePremiereMesure(existante.datePremiereMesure());
    }
    if (m.resultatRevision().isEmpty()) {
      m = m.withResultatRevision(existante.resultatRevision());
    }
    if (m.numeroDossier().isEmpty()) {
      m = m.withNumeroDossier(existante.numeroDossier());
    }
    if (m.cabinet().isEmpty()) {
      m = m.withCabinet(existante.cabinet());
    }
    if (m.antenneId().isEmpty() && m.gestionnaire().equals(existante.gestionnaire())) {
      m = m.withAntenneId(existante.antenneId());
    }
    if (m.editorId().isEmpty()) {
      m = m.withEditorId(existante.editorId());
    }
    return m;
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

  /** Une ressource par année : la dernière transmise pour une année l'emporte (comme les états par jour). */
  private static List<Ressource> ressources(List<SaisieRessource> saisies) {
    if (saisies.isEmpty()) {
      return List.of(); // import de fichier : aucune ressource
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
