// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.rules.recherche;

import fr.gouv.emjpm.domain.referentiel.CodeDepartement;
import fr.gouv.emjpm.domain.tribunal.TribunalId;
import fr.gouv.emjpm.rules.disponibilite.ComptageMesures;
import fr.gouv.emjpm.rules.disponibilite.Disponibilite;
import fr.gouv.emjpm.rules.disponibilite.Disponibilites;
import fr.gouv.emjpm.rules.disponibilite.FicheGestionnaire;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Liste des gestionnaires proposée au juge d'un tribunal : gestionnaires
 * habilités dans le département du tribunal ou l'ayant déclaré parmi leurs tribunaux préférés, une
 * ligne par gestionnaire, filtres, texte libre, tris et pages.
 *
 * <p>Écart à l'original : la recherche en texte libre reste dans ce périmètre (l'original cherchait dans
 * toute la France dès qu'un texte était saisi) et chaque gestionnaire a une seule ligne, dont
 * l'étoile « prefer » est vraie s'il a déclaré le tribunal (au lieu d'une ligne arbitraire). Sans
 * état, immuable et thread-safe.
 */
public final class RechercheGestionnaires {

  private static final RechercheGestionnaires INSTANCE = new RechercheGestionnaires();

  private final Disponibilites disponibilites = Disponibilites.standard();

  private RechercheGestionnaires() {}

  /** {@return l'instance (sans état)} */
  public static RechercheGestionnaires standard() {
    return INSTANCE;
  }

  /**
   * Candidats du tribunal : habilités dans son département ou le préférant ; un
   * gestionnaire présent plusieurs fois dans l'entrée n'est gardé qu'une fois (la première).
   *
   * @param tribunal tribunal du juge
   * @param departement département du tribunal, où les candidats doivent être habilités
   * @param fiches fiches de tous les gestionnaires connus de l'hôte
   * @return liste non modifiable des candidats, dans l'ordre de l'entrée, sans doublon de gestionnaire
   */
  public List<FicheGestionnaire> candidats(
      TribunalId tribunal, CodeDepartement departement, Collection<FicheGestionnaire> fiches) {
    Set<Object> vus = new HashSet<>();
    List<FicheGestionnaire> res = new ArrayList<>();
    for (FicheGestionnaire f : fiches) {
      if ((f.estHabiliteDans(departement) || f.prefere(tribunal)) && vus.add(f.id())) {
        res.add(f);
      }
    }
    return List.copyOf(res);
  }

  /**
   * Toutes les lignes retenues et triées, sans pagination.
   *
   * @param critere critères du juge (tribunal, texte, filtres, tri)
   * @param fiches fiches de tous les gestionnaires connus de l'hôte
   * @param comptage compteurs de mesures en cours et en attente, pour les disponibilités
   * @return liste non modifiable des lignes retenues, dans l'ordre du tri effectif
   */
  public List<LigneRecherche> lignes(
      CritereRecherche critere, Collection<FicheGestionnaire> fiches, ComptageMesures comptage) {
    TexteRecherche texte = TexteRecherche.de(critere.texte().orElse(""));
    CodeDepartement depAffiche =
        critere.filtres().departementHabilitation().orElse(critere.departementTribunal());
    List<LigneRecherche> lignes = new ArrayList<>();
    for (FicheGestionnaire f :
        candidats(critere.tribunal(), critere.departementTribunal(), fiches)) {
      Disponibilite d = disponibilites.gestionnaire(f, comptage);
      OptionalInt dispoTribunal =
          disponibilites.departementale(f, critere.departementTribunal(), comptage);
      int dispo = dispoTribunal.orElse(d.disponibilite());
      boolean prefere = f.prefere(critere.tribunal());
      if (!critere.filtres().accepte(f, prefere, dispo > 0)) {
        continue;
      }
      double pertinence = texte.pertinence(f.nom(), autresChamps(f));
      if (pertinence <= 0) {
        continue;
      }
      lignes.add(
          LigneRecherche.builder()
              .fiche(f)
              .compteurs(d)
              .disponibilite(dispo)
              .disponibiliteDepartementale(disponibilites.departementale(f, depAffiche, comptage))
              .prefere(prefere)
              .pertinence(pertinence)
              .build());
    }
    lignes.sort(ordre(critere.triEffectif()));
    return List.copyOf(lignes);
  }

  /**
   * La page demandée de la liste du juge.
   *
   * @param critere critères du juge (tribunal, texte, filtres, tri, page)
   * @param fiches fiches de tous les gestionnaires connus de l'hôte
   * @param comptage compteurs de mesures en cours et en attente, pour les disponibilités
   * @return la page demandée, vide au-delà de la dernière page
   */
  public PageRecherche rechercher(
      CritereRecherche critere, Collection<FicheGestionnaire> fiches, ComptageMesures comptage) {
    List<LigneRecherche> toutes = lignes(critere, fiches, comptage);
    long debut = (long) (critere.page() - 1) * critere.taillePage();
    List<LigneRecherche> page =
        debut >= toutes.size()
            ? List.of()
            : toutes.subList(
                (int) debut, (int) Math.min(toutes.size(), debut + critere.taillePage()));
    return new PageRecherche(page, critere.page(), critere.taillePage(), toutes.size());
  }

  private static List<String> autresChamps(FicheGestionnaire f) {
    return Stream.of(f.siret(), f.codePostal(), f.ville(), f.adresse(), f.email())
        .flatMap(java.util.Optional::stream)
        .toList();
  }

  private static Comparator<LigneRecherche> ordre(TriRecherche tri) {
    Comparator<LigneRecherche> az =
        Comparator.comparing((LigneRecherche l) -> TexteRecherche.normaliser(l.fiche().nom()))
            .thenComparing(l -> l.fiche().nom());
    Comparator<LigneRecherche> dispo =
        Comparator.comparingInt(LigneRecherche::disponibilite).reversed();
    Comparator<LigneRecherche> parId =
        Comparator.comparing((LigneRecherche l) -> l.id().type())
            .thenComparingLong(l -> l.id().numero());
    Comparator<LigneRecherche> principal =
        switch (tri) {
          case DISPONIBILITE -> dispo.thenComparing(az);
          case AZ -> az;
          case ZA -> az.reversed();
          case PERTINENCE ->
              Comparator.comparingDouble(LigneRecherche::pertinence)
                  .reversed()
                  .thenComparing(dispo)
                  .thenComparing(az);
        };
    return principal.thenComparing(parId);
  }
}
