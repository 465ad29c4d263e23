// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.rules.listes;

import fr.gouv.emjpm.domain.gestionnaire.GestionnaireId;
import fr.gouv.emjpm.domain.mesure.Mesure;
import fr.gouv.emjpm.domain.mesure.NatureMesure;
import fr.gouv.emjpm.domain.mesure.StatutMesure;
import fr.gouv.emjpm.rules.ContexteRegles;
import fr.gouv.emjpm.rules.recherche.TexteRecherche;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * Vue « listes de mesures » du moteur ({@code engine.listesMesures()}) : liste du juge, liste du
 * gestionnaire, tableau de bord du gestionnaire et libellé du majeur. Fonctions pures sur les
 * mesures que l'hôte fournit (de tout tribunal et de tout gestionnaire : le périmètre est appliqué
 * ici). Sans état, thread-safe.
 *
 * <p>Texte libre : insensible à la casse et aux accents, chaque mot cherché doit se retrouver (égal,
 * préfixe, sous-chaîne ou mot proche) dans le code postal, la ville, l'année de naissance, le
 * numéro de dossier ou le numéro RG ({@link TexteRecherche}) ; avec un texte, les lignes les plus
 * pertinentes viennent d'abord, puis l'ordre habituel de la liste.
 */
public final class ListesMesures {

  private final Supplier<ContexteRegles> contexte;

  /**
   * Vue sur un fournisseur de contexte (celui du moteur).
   *
   * @param contexte fournit le contexte d'évaluation à chaque appel, non nul
   */
  public ListesMesures(Supplier<ContexteRegles> contexte) {
    this.contexte = Objects.requireNonNull(contexte, "contexte");
  }

  /**
   * Ordre de la liste du juge : statut croissant (en attente, en cours, clôturée), puis date de
   * création décroissante (sans date en premier).
   *
   * @return comparateur de la liste du juge (stable : à égalité, l'ordre de l'entrée est gardé)
   */
  public static Comparator<Mesure> ordreJuge() {
    return Comparator.comparing((Mesure m) -> m.statut().code())
        .thenComparing(TriMesuresGestionnaire.<Instant>decroissantNulsEnPremier(Mesure::creeLe));
  }

  /**
   * Toutes les lignes de la liste du juge, sans pagination.
   *
   * @param critere tribunal du juge et filtres
   * @param mesures mesures connues de l'hôte, de tout tribunal
   * @return lignes retenues (mesures du tribunal passant les filtres), dans l'ordre de la liste
   */
  public List<LigneMesure> lignesJuge(CritereMesuresJuge critere, Collection<Mesure> mesures) {
    TexteRecherche texte = TexteRecherche.de(critere.texte().orElse(""));
    String cabinet = TexteRecherche.normaliser(critere.cabinet().orElse(""));
    List<LigneMesure> lignes = new ArrayList<>();
    for (Mesure m : mesures) {
      if (!m.tribunal().equals(critere.tribunal())
          || !critere.nature().map(n -> n == m.nature()).orElse(true)
          || !critere.statut().map(s -> s == m.statut()).orElse(true)
          || !(cabinet.isEmpty()
              || m.cabinet().map(TexteRecherche::normaliser).filter(c -> c.contains(cabinet)).isPresent())) {
        continue;
      }
      double p = pertinence(texte, m);
      if (p > 0) {
        lignes.add(new LigneMesure(m, p));
      }
    }
    lignes.sort(ordre(texte, ordreJuge()));
    return List.copyOf(lignes);
  }

  /**
   * La page demandée de la liste du juge (20 mesures par page par défaut).
   *
   * @param critere tribunal du juge, filtres et page
   * @param mesures mesures connues de l'hôte, de tout tribunal
   * @return la page demandée, vide au-delà de la dernière
   */
  public PageMesures juge(CritereMesuresJuge critere, Collection<Mesure> mesures) {
    return PageMesures.decouper(lignesJuge(critere, mesures), critere.page(), critere.taillePage());
  }

  /**
   * Toutes les lignes de la liste principale du gestionnaire, sans pagination.
   *
   * @param critere gestionnaire, filtres et tri
   * @param mesures mesures connues de l'hôte, de tout gestionnaire
   * @return lignes retenues (mesures en cours ou clôturées du gestionnaire passant les filtres), triées
   */
  public List<LigneMesure> lignesGestionnaire(CritereMesuresGestionnaire critere, Collection<Mesure> mesures) {
    TexteRecherche texte = TexteRecherche.de(critere.texte().orElse(""));
    List<LigneMesure> lignes = new ArrayList<>();
    for (Mesure m : mesures) {
      if (!m.gestionnaire().equals(critere.gestionnaire())
          || m.estEnAttente()
          || !critere.statut().map(s -> s == m.statut()).orElse(true)
          || !critere.nature().map(n -> n == m.nature()).orElse(true)
          || !critere.antenne().accepte(m)) {
        continue;
      }
      double p = pertinence(texte, m);
      if (p > 0) {
        lignes.add(new LigneMesure(m, p));
      }
    }
    Comparator<Mesure> tri = critere.tri().ordre();
    lignes.sort(
        critere.tri() == TriMesuresGestionnaire.AUCUN
            ? ordre(texte, tri)
            : Comparator.comparing(LigneMesure::mesure, tri));
    return List.copyOf(lignes);
  }

  /**
   * Ce que voit le gestionnaire : ses mesures en attente à part (création décroissante, sans date
   * en premier) et la page demandée de sa liste principale.
   *
   * @param critere gestionnaire, filtres, tri et page
   * @param mesures mesures connues de l'hôte, de tout gestionnaire
   * @return les mesures en attente et la page demandée
   */
  public ListeGestionnaire gestionnaire(CritereMesuresGestionnaire critere, Collection<Mesure> mesures) {
    List<Mesure> enAttente = new ArrayList<>();
    for (Mesure m : mesures) {
      if (m.estEnAttente() && m.gestionnaire().equals(critere.gestionnaire())) {
        enAttente.add(m);
      }
    }
    enAttente.sort(TriMesuresGestionnaire.<Instant>decroissantNulsEnPremier(Mesure::creeLe));
    return new ListeGestionnaire(
        enAttente,
        PageMesures.decouper(lignesGestionnaire(critere, mesures), critere.page(), critere.taillePage()));
  }

  /**
   * Tableau de bord du gestionnaire : mesures en cours par nature et pastille « en cours /
   * souhaitées ».
   *
   * @param gestionnaire gestionnaire
   * @param souhaitees nombre de mesures souhaitées (capacité déclarée, 0 si non renseignée)
   * @param mesures mesures connues de l'hôte, de tout gestionnaire
   * @return le tableau de bord
   */
  public TableauDeBordGestionnaire tableauDeBord(
      GestionnaireId gestionnaire, int souhaitees, Collection<Mesure> mesures) {
    Map<NatureMesure, Long> parNature = new EnumMap<>(NatureMesure.class);
    long enCours = 0;
    long enAttente = 0;
    for (Mesure m : mesures) {
      if (!m.gestionnaire().equals(gestionnaire)) {
        continue;
      }
      if (m.estEnCours()) {
        enCours++;
        parNature.merge(m.nature(), 1L, Long::sum);
      } else if (m.estEnAttente()) {
        enAttente++;
      }
    }
    return new TableauDeBordGestionnaire(new LinkedHashMap<>(parNature), enCours, enAttente, souhaitees);
  }

  /**
   * Libellé du majeur d'une mesure (« Homme de N ans », « Femme de N ans », « N ans ») à la date du
   * jour de l'horloge du moteur.
   *
   * @param mesure mesure dont la civilité et l'année de naissance sont lues
   * @return le libellé, vide sans année de naissance
   */
  public Optional<String> libelleMajeur(Mesure mesure) {
    return LibelleMajeur.de(mesure, contexte.get().aujourdhui());
  }

  /**
   * La mesure telle que l'interface l'affiche : une mesure clôturée remise en attente par une
   * demande de réouverture est montrée avec les valeurs de la demande (cabinet, nature, champ,
   * civilité, année de naissance, antenne, date prévisionnelle du jugement, urgence) ; toute autre
   * mesure est rendue telle quelle. Les filtres et les tris des listes portent, comme dans
   * l'original, sur les valeurs enregistrées de la mesure.
   *
   * @param mesure mesure enregistrée
   * @return la mesure affichée
   */
  public static Mesure valeursAffichees(Mesure mesure) {
    if (!mesure.enAttenteReouverture() || mesure.demandeReouverture().isEmpty()) {
      return mesure;
    }
    var d = mesure.demandeReouverture().get();
    Mesure m = mesure
        .withCabinet(d.cabinet())
        .withNature(d.nature().orElse(mesure.nature()))
        .withChamp(d.champ())
        .withCivilite(d.civilite().or(mesure::civilite))
        .withAnneeNaissance(d.anneeNaissance().or(mesure::anneeNaissance))
        .withDateJugement(d.dateJugement())
        .withUrgent(d.urgent());
    return mesure.gestionnaire().type() == fr.gouv.emjpm.domain.gestionnaire.TypeGestionnaire.SERVICE
        ? m.withAntenneId(d.antenneId())
        : m;
  }

  /**
   * Champs lus par le texte libre : code postal, ville, année de naissance, numéro de dossier, RG.
   *
   * @param m mesure
   * @return les champs présents
   */
  static List<String> champsTexte(Mesure m) {
    return Stream.of(
            m.codePostal(),
            m.ville(),
            m.anneeNaissance().map(String::valueOf),
            m.numeroDossier(),
            Optional.of(m.numeroRg().valeur()))
        .flatMap(Optional::stream)
        .toList();
  }

  private static double pertinence(TexteRecherche texte, Mesure m) {
    return texte.estVide() ? 1.0 : texte.pertinence("", champsTexte(m));
  }

  private static Comparator<LigneMesure> ordre(TexteRecherche texte, Comparator<Mesure> habituel) {
    Comparator<LigneMesure> parMesure = Comparator.comparing(LigneMesure::mesure, habituel);
    return texte.estVide()
        ? parMesure
        : Comparator.comparingDouble(LigneMesure::pertinence).reversed().thenComparing(parMesure);
  }
}
