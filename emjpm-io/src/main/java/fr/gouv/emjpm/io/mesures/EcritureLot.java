// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.io.mesures;

import fr.gouv.emjpm.domain.commun.Resultat;
import fr.gouv.emjpm.domain.commun.Violation;
import fr.gouv.emjpm.domain.gestionnaire.GestionnaireId;
import fr.gouv.emjpm.domain.mesure.Mesure;
import fr.gouv.emjpm.domain.referentiel.Siret;
import fr.gouv.emjpm.domain.tribunal.Tribunal;
import fr.gouv.emjpm.io.internal.ViolationsGardees;
import fr.gouv.emjpm.rules.ContexteRegles;
import fr.gouv.emjpm.rules.cyclevie.CleMesure;
import fr.gouv.emjpm.rules.cyclevie.Enregistrement;
import fr.gouv.emjpm.rules.cyclevie.MesuresExistantes;
import fr.gouv.emjpm.rules.cyclevie.Provenance;
import fr.gouv.emjpm.rules.cyclevie.Transition;
import fr.gouv.emjpm.rules.validation.Doublons;
import fr.gouv.emjpm.rules.validation.SaisieMesure;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Écriture d'un lot de saisies dont le tribunal est résolu, partagée par l'import de fichiers (en
 * flux, ligne par ligne) et la synchronisation OCMI : doublons (première occurrence gardée, un
 * avertissement ; clé sur le tribunal résolu, après redirection d'un ancien SIRET), puis l'algorithme
 * d'enregistrement du moteur pour chaque saisie (créations et mises à jour calculées contre les mesures
 * existantes). Import de fichier (tout ou rien) : dès la première
 * erreur, plus aucune mesure n'est gardée (elles ne seront pas rendues), seules les erreurs continuent
 * d'être rassemblées. OCMI (mode par mesure) : une saisie refusée est mise de côté avec ses violations
 * et les autres sont écrites. Non thread-safe (un par import).
 */
final class EcritureLot {

  /**
   * Saisie à écrire : numéro (ligne du tableur ou rang dans le lot), chemin de ses violations, saisie
   * portant son tribunal résolu ({@link SaisieMesure#tribunal()}, vide si elle n'en désigne pas :
   * l'enregistrement le signalera).
   */
  record Element(int numero, String chemin, SaisieMesure saisie) {}

  /**
   * Place une violation du moteur (chemin relatif à la saisie) sur son élément : chemin et argument
   * {@code ligne} ; l'import de fichier y nomme aussi la colonne de l'utilisateur.
   */
  @FunctionalInterface
  interface Localisation {
    /** Chemin préfixé par celui de l'élément et argument {@code ligne} (synchronisation OCMI). */
    Localisation PAR_CHEMIN = (v, numero, chemin) -> avecLigne(v.prefixee(chemin), numero);

    /**
     * {@return la violation placée sur l'élément}
     *
     * @param v violation du moteur, au chemin relatif à la saisie
     * @param numero numéro de l'élément (ligne du tableur ou rang dans le lot)
     * @param chemin chemin de l'élément
     */
    Violation localiser(Violation v, int numero, String chemin);
  }

  /**
   * Ce que le lot a produit. {@code refus} : saisies refusées une à une (mode par mesure seulement),
   * chacune avec ses violations bloquantes, dans l'ordre du lot.
   */
  record Bilan(int creations, int misesAJour, List<Mesure> mesures, List<Violation> erreurs,
      List<Violation> avertissements, List<Refus> refus, long erreursOmises) {

    /** Nombre total d'erreurs (gardées et omises au-delà de {@link ViolationsGardees#MAX}). */
    long erreursTotal() {
      return erreurs.size() + erreursOmises;
    }
  }

  /** Saisie refusée seule (mode par mesure) : son numéro, son chemin et ses violations bloquantes. */
  record Refus(int numero, String chemin, List<Violation> violations) {
    Refus {
      violations = List.copyOf(violations);
    }
  }

  private final GestionnaireId gestionnaire;
  private final Set<Long> antennes;
  private final MesuresExistantes existantes;
  private final ContexteRegles ctx;
  private final Provenance provenance;
  /**
   * Vrai : une saisie refusée n'empêche pas les autres d'être écrites (OCMI) ; faux : tout ou rien
   * (import de fichier).
   */
  private final boolean parMesure;
  private final Localisation localisation;
  private final List<Refus> refus = new ArrayList<>();
  private final Doublons.Suivi doublons = Doublons.suivi();
  /** Erreurs gardées (les {@value ViolationsGardees#MAX} premières, les suivantes comptées). */
  private final ViolationsGardees erreurs = new ViolationsGardees();
  /** Avertissements gardés (mêmes plafonds). */
  private final ViolationsGardees avertissements = new ViolationsGardees();
  /** Refus d'une saisie seule dont les violations ne sont plus gardées (plafond atteint). */
  private long violationsRefusOmises;
  private long violationsRefusGardees;
  private long refusOmis;
  private final List<Mesure> mesures = new ArrayList<>();
  /** Numéros (lignes ou rangs) des saisies écartées comme doublons, dans l'ordre de lecture. */
  private final List<Integer> ecartees = new ArrayList<>();
  private int creations;
  private int misesAJour;

  EcritureLot(GestionnaireId gestionnaire, Set<Long> antennes, MesuresExistantes existantes, Provenance provenance,
      boolean parMesure, ContexteRegles ctx) {
    this(gestionnaire, antennes, existantes, provenance, parMesure, ctx, Localisation.PAR_CHEMIN);
  }

  EcritureLot(GestionnaireId gestionnaire, Set<Long> antennes, MesuresExistantes existantes, Provenance provenance,
      boolean parMesure, ContexteRegles ctx, Localisation localisation) {
    this.localisation = localisation;
    this.gestionnaire = gestionnaire;
    this.antennes = antennes;
    this.existantes = existantes;
    this.provenance = provenance;
    this.parMesure = parMesure;
    this.ctx = ctx;
  }

  /**
   * Refuse une saisie seule (mode par mesure) : ses violations, déjà au chemin et à la ligne de la
   * saisie, sont gardées ; les autres saisies continuent d'être écrites.
   */
  void refuser(int numero, String chemin, List<Violation> violations) {
    if (violationsRefusGardees + violations.size() <= ViolationsGardees.MAX) {
      violationsRefusGardees += violations.size();
      refus.add(new Refus(numero, chemin, violations));
    } else {
      // au-delà du plafond, la saisie reste refusée et comptée ; ni elle ni ses violations ne sont gardées
      violationsRefusOmises += violations.size();
      refusOmis++;
    }
  }

  /** Saisies refusées (mode par mesure) qui n'ont pas été gardées, plafond de violations atteint. */
  long refusOmis() {
    return refusOmis;
  }

  /** Violations des saisies refusées (mode par mesure) qui n'ont pas été gardées, plafond atteint. */
  long violationsRefusOmises() {
    return violationsRefusOmises;
  }

  /** Erreur survenue hors de l'enregistrement (format, tribunal) : plus aucune mesure n'est gardée. */
  void erreur(Violation v) {
    erreurs.ajouter(v);
    mesures.clear();
  }

  /** Avertissement survenu hors de l'enregistrement (tribunal redirigé) : la mesure reste gardée. */
  void avertissement(Violation v) {
    avertissements.ajouter(v);
  }

  /** Écrit une saisie (écartée si c'est un doublon). */
  void ajouter(Element e) {
    // Clé sur le tribunal résolu : un ancien SIRET redirigé et le SIRET actuel désignent la même mesure.
    Optional<Tribunal> tribunal = e.saisie().tribunal();
    Optional<Siret> siret = tribunal.isPresent() ? tribunal.get().siret() : e.saisie().tribunalSiret();
    // RG normalisé une fois par saisie : la clé des doublons et l'enregistrement lisent la même valeur
    // clé Doublons.cle(rg, siret, id du tribunal), comparée sans construire sa chaîne
    if (!doublons.premiere(e.saisie().numeroRgNormalise(), siret, tribunal.map(t -> t.id().valeur()).orElse(""))) {
      ecartees.add(e.numero());
      return;
    }
    Resultat<Transition> r = Enregistrement.enregistrer(e.saisie(), gestionnaire, antennes, Optional.empty(),
        existantes, provenance, ctx);
    if (r.valeur().isEmpty()) {
      if (parMesure) {
        refuser(e.numero(), e.chemin(),
            r.violations().stream().map(v -> localisation.localiser(v, e.numero(), e.chemin())).toList());
      } else {
        // tout ou rien : les erreurs comptent dans le bilan, les avertissements restent des avertissements
        r.violations().forEach(v -> {
          Violation l = localisation.localiser(v, e.numero(), e.chemin());
          if (l.estBloquante()) {
            erreur(l);
          } else {
            avertissements.ajouter(l);
          }
        });
      }
      return;
    }
    r.violations().forEach(v -> avertissements.ajouter(localisation.localiser(v, e.numero(), e.chemin())));
    Mesure m = r.valeurOuErreur().mesure().orElseThrow();
    if (existantes.trouver(new CleMesure(gestionnaire, m.tribunal(), m.numeroRg())).isPresent()) {
      misesAJour++;
    } else {
      creations++;
    }
    if (erreurs.estVide()) {
      mesures.add(m);
    }
  }

  /**
   * Bilan : l'avertissement de doublons en tête s'il y en a ; au-delà de {@value ViolationsGardees#MAX}
   * avertissements, un résumé {@code IMPORT_AVERTISSEMENTS_OMIS} les compte.
   */
  Bilan bilan() {
    List<Violation> av = new ArrayList<>();
    if (doublons.ecartees() > 0) {
      av.add(Violation.de(CodeImport.IMPORT_DOUBLONS, "", Map.of("nombre", doublons.ecartees(), "lignes", lignes(ecartees))));
    }
    av.addAll(avertissements.gardees());
    if (avertissements.omises() > 0) {
      av.add(Violation.de(CodeImport.IMPORT_AVERTISSEMENTS_OMIS, "", Map.of("nombre", avertissements.omises())));
    }
    return new Bilan(creations, misesAJour, List.copyOf(mesures), erreurs.gardees(), av, List.copyOf(refus),
        erreurs.omises());
  }

  /**
   * Numéros des lignes écartées, au plus {@value #LIGNES_CITEES} (puis « … ») : jamais le numéro RG, qui est
   * une donnée d'identification, mais de quoi retrouver les lignes dans le fichier.
   */
  static String lignes(List<Integer> numeros) {
    String debut = numeros.stream().limit(LIGNES_CITEES).map(String::valueOf)
        .collect(java.util.stream.Collectors.joining(", "));
    return numeros.size() > LIGNES_CITEES ? debut + ", …" : debut;
  }

  static final int LIGNES_CITEES = 20;

  /** La violation, avec l'argument {@code ligne} en tête. */
  static Violation avecLigne(Violation v, int ligne) {
    Map<String, String> args = new LinkedHashMap<>();
    args.put("ligne", String.valueOf(ligne));
    args.putAll(v.arguments());
    return new Violation(v.code(), v.gravite(), v.chemin(), v.message(), args);
  }
}
