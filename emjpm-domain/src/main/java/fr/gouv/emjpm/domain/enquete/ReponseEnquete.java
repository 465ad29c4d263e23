// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.domain.enquete;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Valeurs d'une réponse à l'enquête : table de stockage → clé → valeur typée.
 *
 * <p>Les clés d'un bloc JSON se lisent par chemin pointé ({@code niveaux_qualification.n1.nb_preposes}).
 * Une clé absente vaut « non renseignée ». Immuable : les modifications rendent une nouvelle instance.
 *
 * @param type type d'enquête
 * @param tables valeurs par table de stockage puis par clé de premier niveau
 */
public record ReponseEnquete(TypeEnquete type, Map<String, Map<String, ValeurReponse>> tables) {

  /**
   * Copie profonde immuable (ordre conservé).
   *
   * @param type type d'enquête, non nul
   * @param tables valeurs par table de stockage puis par clé de premier niveau, copiées
   */
  public ReponseEnquete {
    Objects.requireNonNull(type, "type");
    Map<String, Map<String, ValeurReponse>> copie = new LinkedHashMap<>();
    tables.forEach((t, m) -> copie.put(t, Collections.unmodifiableMap(new LinkedHashMap<>(m))));
    tables = Collections.unmodifiableMap(copie);
  }

  /**
   * {@return réponse sans aucune valeur}
   *
   * @param type type d'enquête
   */
  public static ReponseEnquete vide(TypeEnquete type) {
    return new ReponseEnquete(type, Map.of());
  }

  /**
   * Valeurs d'une table (vide si absente).
   *
   * @param table nom de la table de stockage (par exemple {@code enquete_reponses_activite}), non nul
   * @return ses valeurs par clé de premier niveau, vide si la table est absente
   */
  public Map<String, ValeurReponse> table(String table) {
    Objects.requireNonNull(table, "table");
    return tables.getOrDefault(table, Map.of());
  }

  /**
   * Valeur au chemin pointé dans une table, vide si absente.
   *
   * @param table nom de la table de stockage
   * @param chemin chemin pointé des clés (par exemple {@code niveaux_qualification.n1.nb_preposes}), non nul
   * @return la valeur trouvée, vide si une clé du chemin est absente ou traverse une valeur qui n'est pas un bloc
   */
  public Optional<ValeurReponse> valeur(String table, String chemin) {
    Objects.requireNonNull(chemin, "chemin");
    String[] parties = chemin.split("\\.");
    ValeurReponse courante = table(table).get(parties[0]);
    for (int i = 1; i < parties.length && courante != null; i++) {
      courante = courante instanceof ValeurReponse.Bloc b ? b.membres().get(parties[i]) : null;
    }
    return Optional.ofNullable(courante);
  }

  /**
   * {@return nouvelle réponse où la clé de premier niveau {@code cle} de {@code table} vaut {@code valeur}}
   *
   * @param table nom de la table de stockage (créée si absente)
   * @param cle clé de premier niveau, non nulle
   * @param valeur nouvelle valeur, non nulle
   */
  public ReponseEnquete avec(String table, String cle, ValeurReponse valeur) {
    Objects.requireNonNull(cle, "cle");
    Objects.requireNonNull(valeur, "valeur");
    Map<String, Map<String, ValeurReponse>> copie = new LinkedHashMap<>(tables);
    Map<String, ValeurReponse> t = new LinkedHashMap<>(table(table));
    t.put(cle, valeur);
    copie.put(table, t);
    return new ReponseEnquete(type, copie);
  }

  /**
   * {@return nouvelle réponse sans la clé de premier niveau {@code cle} de {@code table}}
   *
   * @param table nom de la table de stockage
   * @param cle clé de premier niveau à retirer, non nulle
   */
  public ReponseEnquete sans(String table, String cle) {
    Objects.requireNonNull(cle, "cle");
    Map<String, Map<String, ValeurReponse>> copie = new LinkedHashMap<>(tables);
    Map<String, ValeurReponse> t = new LinkedHashMap<>(table(table));
    t.remove(cle);
    copie.put(table, t);
    return new ReponseEnquete(type, copie);
  }

  /**
   * Applique un patch (docs/formats/enquete.md) : chaque clé de premier niveau présente dans {@code patch}
   * remplace la valeur stockée ; les clés absentes du patch gardent leur valeur.
   *
   * @param patch réponse partielle du même type d'enquête (sinon {@link IllegalArgumentException})
   * @return nouvelle réponse, les clés du patch remplaçant les valeurs stockées
   */
  public ReponseEnquete appliquer(ReponseEnquete patch) {
    if (patch.type != type) {
      throw new IllegalArgumentException("type de patch différent");
    }
    Map<String, Map<String, ValeurReponse>> copie = new LinkedHashMap<>(tables);
    patch.tables.forEach(
        (t, m) -> {
          Map<String, ValeurReponse> fusion = new LinkedHashMap<>(table(t));
          fusion.putAll(m);
          copie.put(t, fusion);
        });
    return new ReponseEnquete(type, copie);
  }
}
