// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.rules.enquete;

import fr.gouv.emjpm.domain.commun.Violation;
import fr.gouv.emjpm.domain.enquete.StatutSection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Arbre de statut d'une réponse : statut de chaque étape, de chaque section et
 * global, plus les violations qui expliquent les étapes invalides.
 *
 * @param sections statuts par section (hors Bienvenue et Envoi), dans l'ordre du menu
 * @param global statut global
 * @param violations violations des étapes renseignées (chemin {@code /section/etape/cle})
 */
public record ArbreStatutEnquete(
    Map<String, NoeudSection> sections, StatutSection global, List<Violation> violations) {

  /**
   * Copies immuables.
   *
   * @param sections statuts par identifiant de section, non nul (copie immuable, ordre conservé)
   * @param global statut global de la réponse, non nul
   * @param violations violations des étapes renseignées, non nulle (copiée)
   */
  public ArbreStatutEnquete {
    Objects.requireNonNull(sections, "sections");
    Objects.requireNonNull(global, "global");
    Objects.requireNonNull(violations, "violations");
    sections = Collections.unmodifiableMap(new LinkedHashMap<>(sections));
    violations = List.copyOf(violations);
  }

  /**
   * Statut d'une section.
   *
   * @param sousSections statut de chaque étape qui a sa propre clé de statut (l'étape unique
   *     « Prestations sociales » de l'individuel, de clé {@code prestationsSociales.global}, n'y figure
   *     pas ; son statut est le global de la section)
   * @param global agrégat de la section
   */
  public record NoeudSection(Map<String, StatutSection> sousSections, StatutSection global) {
    /**
     * Copie immuable.
     *
     * @param sousSections statuts par identifiant d'étape, non nul (copie immuable, ordre conservé)
     * @param global statut agrégé de la section, non nul
     */
    public NoeudSection {
      Objects.requireNonNull(sousSections, "sousSections");
      Objects.requireNonNull(global, "global");
      sousSections = Collections.unmodifiableMap(new LinkedHashMap<>(sousSections));
    }
  }

  /**
   * Statut d'une section, vide si inconnue.
   *
   * @param id identifiant de la section (ex. {@code activite})
   * @return statut global de la section, vide si l'identifiant est inconnu
   */
  public Optional<StatutSection> section(String id) {
    return Optional.ofNullable(sections.get(id)).map(NoeudSection::global);
  }

  /**
   * Statut d'une étape, vide si inconnue.
   *
   * @param section identifiant de la section (ex. {@code activite})
   * @param id identifiant de l'étape dans cette section (ex. {@code tutelle})
   * @return statut de l'étape, vide si la section ou l'étape est inconnue
   */
  public Optional<StatutSection> sousSection(String section, String id) {
    return Optional.ofNullable(sections.get(section)).map(n -> n.sousSections().get(id));
  }

  /**
   * Arbre au format de l'action de l'original ({@code {activite: {tutelle: "valid", …, global:
   * "empty-half"}, …, global: …}}).
   *
   * @return carte immuable : par section, le code de chaque étape et son {@code global} ; puis le
   *     {@code global} de la réponse
   */
  public Map<String, Object> versCodes() {
    Map<String, Object> r = new LinkedHashMap<>();
    sections.forEach(
        (id, n) -> {
          Map<String, Object> s = new LinkedHashMap<>();
          n.sousSections().forEach((k, v) -> s.put(k, v.code()));
          s.put("global", n.global().code());
          r.put(id, Collections.unmodifiableMap(s));
        });
    r.put("global", global.code());
    return Collections.unmodifiableMap(r);
  }
}
