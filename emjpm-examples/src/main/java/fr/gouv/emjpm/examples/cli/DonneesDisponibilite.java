// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.examples.cli;

import fr.gouv.emjpm.domain.commun.Resultat;
import fr.gouv.emjpm.domain.commun.Violation;
import fr.gouv.emjpm.domain.gestionnaire.GestionnaireId;
import fr.gouv.emjpm.domain.gestionnaire.TypeGestionnaire;
import fr.gouv.emjpm.domain.referentiel.CodeDepartement;
import fr.gouv.emjpm.domain.tribunal.Tribunal;
import fr.gouv.emjpm.rules.EmjpmEngine;
import fr.gouv.emjpm.rules.disponibilite.ComptageMesures;
import fr.gouv.emjpm.rules.disponibilite.FicheGestionnaire;
import fr.gouv.emjpm.rules.statistiques.MesureStatistique;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** Chargement commun aux commandes proximite, disponibilite et recherche. */
final class DonneesDisponibilite {

  final List<FicheGestionnaire> fiches;
  final List<MesureStatistique> mesures;
  final ComptageMesures comptage;

  private DonneesDisponibilite(List<FicheGestionnaire> fiches, List<MesureStatistique> mesures, EmjpmEngine engine) {
    this.fiches = fiches;
    this.mesures = mesures;
    this.comptage = engine.statistiques().comptage(mesures);
  }

  static DonneesDisponibilite charger(EmjpmEngine engine, Path gestionnaires, Optional<Path> mesures) {
    try {
      List<FicheGestionnaire> f =
          valeur(
              FichiersDisponibilite.gestionnaires(
                  gestionnaires, s -> engine.referentiel().tribunal(s).map(Tribunal::id)),
              "gestionnaires");
      Set<GestionnaireId> ids = f.stream().map(FicheGestionnaire::id).collect(Collectors.toSet());
      List<MesureStatistique> m =
          mesures.isEmpty()
              ? List.of()
              : valeur(FichiersDisponibilite.mesures(mesures.get(), ids, engine.clock().getZone()), "mesures");
      return new DonneesDisponibilite(f, m, engine);
    } catch (IOException e) {
      throw new UncheckedIOException("lecture impossible d'un fichier d'entrée", e);
    }
  }

  static <T> T valeur(Resultat<T> r, String quoi) {
    if (!r.estSucces()) {
      StringBuilder sb = new StringBuilder("Refusé : fichier des " + quoi + " invalide");
      for (Violation v : r.violations()) {
        sb.append(System.lineSeparator()).append("  ").append(v.chemin().isEmpty() ? "/" : v.chemin())
            .append(" [").append(v.code()).append("] ").append(v.message());
      }
      throw new ErreurUtilisateur(EmjpmCli.REFUS, sb.toString());
    }
    return r.valeurOuErreur();
  }

  static Optional<TypeGestionnaire> type(Optional<String> code) {
    return code.map(
        c ->
            TypeGestionnaire.parCode(c)
                .orElseThrow(
                    () ->
                        new ErreurUtilisateur(
                            EmjpmCli.ERREUR,
                            "Erreur d'utilisation : --type vaut individuel, prepose ou service.")));
  }

  static Optional<CodeDepartement> departement(Optional<String> code) {
    return code.map(
        c ->
            CodeDepartement.parse(c)
                .valeur()
                .orElseThrow(
                    () -> new ErreurUtilisateur(EmjpmCli.REFUS, "Refusé : code de département invalide.")));
  }
}
