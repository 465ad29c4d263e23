// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.rules.editeur;

import fr.gouv.emjpm.domain.commun.Resultat;
import fr.gouv.emjpm.domain.commun.Violation;
import fr.gouv.emjpm.domain.gestionnaire.GestionnaireId;
import fr.gouv.emjpm.domain.mesure.Mesure;
import fr.gouv.emjpm.domain.mesure.MesureId;
import fr.gouv.emjpm.domain.mesure.StatutMesure;
import fr.gouv.emjpm.rules.ContexteRegles;
import fr.gouv.emjpm.rules.cyclevie.CleMesure;
import fr.gouv.emjpm.rules.cyclevie.Enregistrement;
import fr.gouv.emjpm.rules.cyclevie.MesuresExistantes;
import fr.gouv.emjpm.rules.cyclevie.Transition;
import fr.gouv.emjpm.rules.validation.CodeRegle;
import fr.gouv.emjpm.rules.validation.SaisieMesure;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Vue « API des logiciels métier » du moteur ({@code engine.apiEditeur()}) : ce que le contrôleur de
 * l'hôte appelle pour {@code GET /api/editors/mesures[?status=]}, {@code GET
 * /api/editors/mesures/:id} et {@code PUT /api/editors/mesures/:id}. Les refus sont des violations
 * ({@link CodeEditeur#EDITEUR_MESURE_INTROUVABLE} → 404), jamais des exceptions. Sans état,
 * thread-safe.
 */
public final class ApiEditeur {

  private final Supplier<ContexteRegles> contexte;

  /**
   * Vue sur un fournisseur de contexte (celui du moteur).
   *
   * @param contexte fournit le contexte d'évaluation à chaque appel, non nul
   */
  public ApiEditeur(Supplier<ContexteRegles> contexte) {
    this.contexte = Objects.requireNonNull(contexte, "contexte");
  }

  /**
   * {@code GET /api/editors/mesures[?status=]} : les mesures du gestionnaire, dans l'ordre de
   * l'entrée, filtrées par statut quand {@code status} est donné et non vide. Un statut inconnu
   * donne une liste vide et l'avertissement {@link CodeEditeur#EDITEUR_STATUT_INCONNU} (l'original
   * filtrait sur la valeur brute : aucune ligne), jamais un refus.
   *
   * @param mesures mesures connues de l'hôte, de tout gestionnaire
   * @param gestionnaire gestionnaire de l'appel (service ou mandataire de l'utilisateur du jeton)
   * @param status valeur brute du paramètre {@code status}, vide s'il est absent
   * @return toujours un succès : la liste (éventuellement vide), avec l'avertissement éventuel
   */
  public Resultat<List<Mesure>> lister(
      Collection<Mesure> mesures, GestionnaireId gestionnaire, Optional<String> status) {
    Optional<String> filtre = status.filter(s -> !s.isEmpty());
    Optional<StatutMesure> statut = filtre.flatMap(StatutMesure::parCode);
    if (filtre.isPresent() && statut.isEmpty()) {
      return Resultat.succes(List.of(), List.of(Violation.de(CodeEditeur.EDITEUR_STATUT_INCONNU, "/status")));
    }
    List<Mesure> res = new ArrayList<>();
    for (Mesure m : mesures) {
      if (m.gestionnaire().equals(gestionnaire) && statut.map(s -> s == m.statut()).orElse(true)) {
        res.add(m);
      }
    }
    return Resultat.succes(List.copyOf(res));
  }

  /**
   * {@code GET /api/editors/mesures/:id} : la mesure de cet identifiant si elle est celle du
   * gestionnaire.
   *
   * @param id identifiant demandé
   * @param trouvee mesure de cet identifiant chargée par l'hôte (de tout gestionnaire), vide s'il n'y
   *     en a pas
   * @param gestionnaire gestionnaire de l'appel
   * @return la mesure, ou l'échec {@link CodeEditeur#EDITEUR_MESURE_INTROUVABLE} (404) si elle
   *     n'existe pas, porte un autre identifiant ou appartient à un autre gestionnaire
   */
  public Resultat<Mesure> lire(MesureId id, Optional<Mesure> trouvee, GestionnaireId gestionnaire) {
    return trouver(id, trouvee, gestionnaire);
  }

  private static Resultat<Mesure> trouver(MesureId id, Optional<Mesure> trouvee, GestionnaireId gestionnaire) {
    Optional<Mesure> m =
        trouvee.filter(x -> x.id().equals(Optional.of(id)) && x.gestionnaire().equals(gestionnaire));
    return m.<Resultat<Mesure>>map(Resultat::succes)
        .orElseGet(() -> Resultat.echec(Violation.de(CodeEditeur.EDITEUR_MESURE_INTROUVABLE, "/id")));
  }

  /**
   * {@code PUT /api/editors/mesures/:id}, avec le contexte du moteur : voir {@link
   * #mettreAJour(MesureId, Optional, SaisieMesure, GestionnaireId, Set, Optional, MesuresExistantes,
   * ContexteRegles)}.
   *
   * @param id identifiant de la mesure à mettre à jour
   * @param trouvee mesure de cet identifiant chargée par l'hôte (de tout gestionnaire), vide s'il n'y
   *     en a pas
   * @param saisie saisie transmise (même forme et mêmes règles que la création)
   * @param gestionnaire gestionnaire de l'appel
   * @param antennesDuService antennes du service (vide pour un mandataire)
   * @param editeurId logiciel métier de l'appel
   * @param existantes port d'unicité de l'hôte (gestionnaire, tribunal, RG)
   * @return la transition (mesure mise à jour et effets), ou l'échec
   */
  public Resultat<Transition> mettreAJour(
      MesureId id,
      Optional<Mesure> trouvee,
      SaisieMesure saisie,
      GestionnaireId gestionnaire,
      Set<Long> antennesDuService,
      Optional<Long> editeurId,
      MesuresExistantes existantes) {
    return mettreAJour(id, trouvee, saisie, gestionnaire, antennesDuService, editeurId, existantes, contexte.get());
  }

  /**
   * {@code PUT /api/editors/mesures/:id} : met à jour la mesure existante de cet identifiant, qui
   * doit être celle du gestionnaire (sinon {@link CodeEditeur#EDITEUR_MESURE_INTROUVABLE}, 404).
   * Les champs sont recalculés comme à la création (statut clôturé si la date de fin est passée,
   * champs courants tirés de l'état le plus récent, département et position) ; les états sont
   * synchronisés par jour (un jour absent de la saisie disparaît, un jour présent est remplacé, un
   * nouveau jour est ajouté) et les ressources par année. L'identifiant et la date de création sont
   * gardés. Si le tribunal ou le RG changent vers la clé d'une autre mesure du gestionnaire :
   * {@link CodeRegle#RG_DEJA_UTILISE} (l'original échouait sur la contrainte d'unicité).
   *
   * @param id identifiant de la mesure à mettre à jour
   * @param trouvee mesure de cet identifiant chargée par l'hôte (de tout gestionnaire), vide s'il n'y
   *     en a pas
   * @param saisie saisie transmise (même forme et mêmes règles que la création)
   * @param gestionnaire gestionnaire de l'appel
   * @param antennesDuService antennes du service (vide pour un mandataire)
   * @param editeurId logiciel métier de l'appel
   * @param existantes port d'unicité de l'hôte (gestionnaire, tribunal, RG)
   * @param ctx contexte d'évaluation (date du jour, référentiel)
   * @return la transition (mesure mise à jour, « recompter » et, pour un éditeur, « verrouiller »),
   *     ou l'échec portant toutes les violations
   */
  public static Resultat<Transition> mettreAJour(
      MesureId id,
      Optional<Mesure> trouvee,
      SaisieMesure saisie,
      GestionnaireId gestionnaire,
      Set<Long> antennesDuService,
      Optional<Long> editeurId,
      MesuresExistantes existantes,
      ContexteRegles ctx) {
    Resultat<Mesure> cible = trouver(id, trouvee, gestionnaire);
    if (!cible.estSucces()) {
      return Resultat.echec(cible.violations());
    }
    Mesure actuelle = cible.valeurOuErreur();
    Resultat<Transition> t =
        Enregistrement.enregistrer(
            saisie, gestionnaire, antennesDuService, editeurId, cle -> Optional.of(actuelle), ctx);
    if (!t.estSucces()) {
      return t;
    }
    Optional<Mesure> nouvelle = t.valeurOuErreur().mesure();
    Optional<Mesure> autre =
        nouvelle.flatMap(m -> existantes.trouver(CleMesure.de(m))).filter(m -> !m.id().equals(Optional.of(id)));
    if (autre.isPresent()) {
      return Resultat.echec(Violation.de(CodeRegle.RG_DEJA_UTILISE, "/numeroRg"));
    }
    return t;
  }
}
