// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.rules.etablissement;

import fr.gouv.emjpm.domain.etablissement.Etablissement;
import fr.gouv.emjpm.domain.etablissement.NumeroFiness;
import fr.gouv.emjpm.domain.listeblanche.EtablissementPrepose;
import fr.gouv.emjpm.domain.listeblanche.ListeBlanchePrepose;
import fr.gouv.emjpm.domain.referentiel.CodeDepartement;
import fr.gouv.emjpm.rules.recherche.TexteRecherche;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * Répertoire d'établissements FINESS fourni par l'hôte (par exemple l'extrait lu par {@code
 * FinessReader} d'emjpm-io) : recherche par numéro FINESS, par département, par texte (numéro, noms,
 * complément de distribution, voie, ligne d'acheminement, comme l'original), et lien avec les
 * mandataires préposés de la liste blanche, dont les établissements sont désignés par leur numéro
 * FINESS. Un numéro présent deux fois : le dernier l'emporte. Immuable et thread-safe.
 */
public final class RepertoireEtablissements {

  private final Map<String, Etablissement> parNumero;
  private final Map<CodeDepartement, List<Etablissement>> parDepartement;

  private RepertoireEtablissements(Collection<Etablissement> etablissements) {
    Map<String, Etablissement> m = new LinkedHashMap<>();
    etablissements.forEach(e -> m.put(e.numeroFiness().valeur(), e));
    this.parNumero = java.util.Collections.unmodifiableMap(m);
    Map<CodeDepartement, List<Etablissement>> d = new LinkedHashMap<>();
    m.values().forEach(e -> d.computeIfAbsent(e.departement(), k -> new ArrayList<>()).add(e));
    d.replaceAll((k, v) -> List.copyOf(v));
    this.parDepartement = java.util.Collections.unmodifiableMap(d);
  }

  /**
   * Répertoire de ces établissements.
   *
   * @param etablissements établissements, dans l'ordre voulu pour les listes
   * @return le répertoire
   */
  public static RepertoireEtablissements de(Collection<Etablissement> etablissements) {
    return new RepertoireEtablissements(etablissements);
  }

  /**
   * Nombre d'établissements (numéros distincts).
   *
   * @return nombre d'établissements
   */
  public int taille() {
    return parNumero.size();
  }

  /**
   * Établissement de ce numéro FINESS.
   *
   * @param numero numéro FINESS de l'établissement
   * @return l'établissement, vide s'il est inconnu
   */
  public Optional<Etablissement> parNumero(NumeroFiness numero) {
    return Optional.ofNullable(parNumero.get(numero.valeur()));
  }

  /**
   * Établissement d'un numéro FINESS saisi (espaces ignorés).
   *
   * @param numero texte saisi, éventuellement nul ou mal formé
   * @return l'établissement, vide si le numéro est mal formé ou inconnu
   */
  public Optional<Etablissement> parNumero(@Nullable String numero) {
    return NumeroFiness.parse(numero).valeur().flatMap(this::parNumero);
  }

  /**
   * Établissements d'un département, dans l'ordre du répertoire.
   *
   * @param departement département (outre-mer : {@code 971}…{@code 976})
   * @return établissements du département, liste vide s'il n'y en a pas
   */
  public List<Etablissement> parDepartement(CodeDepartement departement) {
    return parDepartement.getOrDefault(departement, List.of());
  }

  /**
   * Recherche libre (sans casse ni accents, mots préfixes ou proches) sur le numéro FINESS, la raison
   * sociale, la raison sociale longue, le complément de distribution, la voie et la ligne
   * d'acheminement ; résultats du plus au moins pertinent, puis dans l'ordre du répertoire.
   *
   * @param texte texte saisi ; vide : aucun résultat
   * @param departement restreint au département s'il est donné
   * @param max nombre maximal de résultats, positif
   * @return établissements trouvés
   */
  public List<Etablissement> rechercher(String texte, Optional<CodeDepartement> departement, int max) {
    TexteRecherche t = TexteRecherche.de(texte);
    if (t.estVide() || max <= 0) {
      return List.of();
    }
    Stream<Etablissement> candidats = departement.map(d -> parDepartement(d).stream())
        .orElseGet(() -> parNumero.values().stream());
    record Note(Etablissement e, double pertinence, int rang) {}
    List<Note> notes = new ArrayList<>();
    int[] rang = {0};
    candidats.forEach(e -> {
      double p = t.pertinence(e.raisonSociale(), List.of(
          e.numeroFiness().valeur(), e.raisonSocialeLongue(), e.complementDistribution().orElse(""),
          e.voie().orElse(""), e.ligneAcheminement().orElse("")));
      if (p > 0) {
        notes.add(new Note(e, p, rang[0]));
      }
      rang[0]++;
    });
    return notes.stream()
        .sorted(Comparator.comparingDouble(Note::pertinence).reversed().thenComparingInt(Note::rang))
        .limit(max)
        .map(Note::e)
        .toList();
  }

  /**
   * Établissements d'un préposé qui sont connus du répertoire (par leur numéro FINESS), dans l'ordre de
   * l'entrée.
   *
   * @param prepose entrée de liste blanche du préposé
   * @return établissements résolus
   */
  public List<Etablissement> etablissementsDe(ListeBlanchePrepose prepose) {
    return prepose.etablissements().stream()
        .flatMap(e -> e.finess().flatMap(f -> parNumero(f)).stream())
        .toList();
  }

  /**
   * Établissement de rattachement du préposé, s'il est connu du répertoire.
   *
   * @param prepose entrée de liste blanche du préposé
   * @return établissement de rattachement
   */
  public Optional<Etablissement> rattachementDe(ListeBlanchePrepose prepose) {
    return prepose.etablissementRattachement().flatMap(e -> e.finess()).flatMap(f -> parNumero(f));
  }

  /**
   * Entrée du préposé dont chaque établissement sans département reçoit celui du répertoire : les
   * départements d'habilitation du préposé (ceux de ses établissements) deviennent alors complets.
   *
   * @param prepose entrée de liste blanche du préposé
   * @return l'entrée complétée (identique si rien ne manquait)
   */
  public ListeBlanchePrepose completer(ListeBlanchePrepose prepose) {
    List<EtablissementPrepose> complets = prepose.etablissements().stream()
        .map(e -> e.departement().isPresent() ? e
            : e.finess().flatMap(f -> parNumero(f))
                .map(x -> e.withDepartement(x.departement()))
                .orElse(e))
        .toList();
    return prepose.withEtablissements(complets);
  }

  /**
   * Préposés qui exercent dans cet établissement ; seulement ceux dont c'est l'établissement de
   * rattachement si demandé.
   *
   * @param numero numéro FINESS de l'établissement
   * @param preposes entrées de liste blanche des préposés
   * @param rattachementSeulement vrai pour ne garder que les préposés rattachés à cet établissement
   * @return préposés, dans l'ordre donné
   */
  public static List<ListeBlanchePrepose> preposesDe(
      NumeroFiness numero, Collection<ListeBlanchePrepose> preposes, boolean rattachementSeulement) {
    return preposes.stream()
        .filter(p -> p.etablissements().stream().anyMatch(e ->
            e.finess().filter(f -> numero.valeur().equals(NumeroFiness.parse(f).valeur()
                .map(NumeroFiness::valeur).orElse(f))).isPresent()
                && (!rattachementSeulement || e.rattachement())))
        .toList();
  }
}
