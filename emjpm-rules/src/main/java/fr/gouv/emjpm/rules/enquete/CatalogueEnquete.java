// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.rules.enquete;

import fr.gouv.emjpm.domain.enquete.TypeEnquete;
import fr.gouv.emjpm.rules.enquete.internal.JsonLecteur;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Catalogue déclaratif de l'enquête (type → sections → sous-sections → champs), chargé depuis la
 * ressource {@code enquete-fields.json}. Immuable et partagé.
 *
 * <p>Quelques corrections volontaires sont appliquées au chargement (docs/ecarts.md) :
 * ETP des préposés décimal, années d'agrément lues telles quelles, heures de formation
 * des préposés décimales, libellé « de 1 à 6 ».
 */
public final class CatalogueEnquete {

  private static final String RESSOURCE = "enquete-fields.json";
  private static volatile CatalogueEnquete standard;

  private final Map<TypeEnquete, List<SectionEnquete>> sections;
  private final Map<String, List<ValeurEnumeration>> enumerations;
  private final Map<TypeEnquete, Map<String, Integer>> comptesDeclares;

  private CatalogueEnquete(
      Map<TypeEnquete, List<SectionEnquete>> sections,
      Map<String, List<ValeurEnumeration>> enumerations,
      Map<TypeEnquete, Map<String, Integer>> comptesDeclares) {
    this.sections = sections;
    this.enumerations = enumerations;
    this.comptesDeclares = comptesDeclares;
  }

  /** {@return catalogue embarqué (chargé une fois)} */
  public static CatalogueEnquete standard() {
    CatalogueEnquete c = standard;
    if (c == null) {
      synchronized (CatalogueEnquete.class) {
        c = standard;
        if (c == null) {
          c = charger();
          standard = c;
        }
      }
    }
    return c;
  }

  private static CatalogueEnquete charger() {
    try (InputStream in = CatalogueEnquete.class.getResourceAsStream(RESSOURCE)) {
      if (in == null) {
        throw new IllegalStateException("ressource " + RESSOURCE + " absente");
      }
      return depuisJson(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Construit un catalogue depuis le texte JSON (format de enquete-fields.json).
   *
   * @param json texte JSON complet au format de {@code enquete-fields.json}, non nul
   * @return catalogue immuable, corrections volontaires appliquées
   */
  @SuppressWarnings("unchecked")
  public static CatalogueEnquete depuisJson(String json) {
    Map<String, Object> racine = (Map<String, Object>) JsonLecteur.lire(json);
    Map<String, List<ValeurEnumeration>> enums = new LinkedHashMap<>();
    ((Map<String, Object>) racine.get("enums"))
        .forEach((nom, liste) -> enums.put(nom, valeurs(liste)));
    Map<TypeEnquete, List<SectionEnquete>> sections = new EnumMap<>(TypeEnquete.class);
    Map<TypeEnquete, Map<String, Integer>> comptes = new EnumMap<>(TypeEnquete.class);
    Map<String, Object> kinds = (Map<String, Object>) racine.get("kinds");
    Map<String, Object> counts = (Map<String, Object>) racine.get("counts");
    for (TypeEnquete type : TypeEnquete.values()) {
      Map<String, Object> kind = (Map<String, Object>) kinds.get(type.code());
      List<SectionEnquete> liste = new ArrayList<>();
      for (Object s : (List<Object>) kind.get("sections")) {
        liste.add(section(type, (Map<String, Object>) s));
      }
      sections.put(type, List.copyOf(liste));
      Map<String, Integer> c = new LinkedHashMap<>();
      ((Map<String, Object>) counts.get(type.code()))
          .forEach((k, v) -> c.put(k, ((BigDecimal) v).intValueExact()));
      comptes.put(type, Collections.unmodifiableMap(c));
    }
    return new CatalogueEnquete(
        Collections.unmodifiableMap(sections), Collections.unmodifiableMap(enums), comptes);
  }

  @SuppressWarnings("unchecked")
  private static SectionEnquete section(TypeEnquete type, Map<String, Object> s) {
    List<SousSectionEnquete> sous = new ArrayList<>();
    for (Object o : (List<Object>) s.get("subsections")) {
      Map<String, Object> ss = (Map<String, Object>) o;
      List<ChampEnquete> champs = new ArrayList<>();
      for (Object f : (List<Object>) ss.get("fields")) {
        champs.add(champ(type, (Map<String, Object>) f, ""));
      }
      sous.add(new SousSectionEnquete(texte(ss, "id"), texte(ss, "label"), optTexte(ss, "statusKey"), champs));
    }
    return new SectionEnquete(texte(s, "id"), texte(s, "label"), optTexte(s, "statusKey"), sous);
  }

  @SuppressWarnings("unchecked")
  private static ChampEnquete champ(TypeEnquete type, Map<String, Object> f, String tableParent) {
    String cle = texte(f, "key");
    TypeChamp t =
        TypeChamp.parCode(texte(f, "type"))
            .orElseThrow(() -> new IllegalArgumentException("type de champ inconnu"));
    Map<String, Object> cons =
        f.get("constraints") instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
    Optional<BigDecimal> min = nombre(cons.get("min"));
    Optional<BigDecimal> exMin = nombre(cons.get("exclusiveMin"));
    boolean entier = Boolean.TRUE.equals(cons.get("integer"));
    String libelle = texte(f, "label");
    String table = optTexte(f, "storage").map(CatalogueEnquete::tableDuStockage).orElse(tableParent);
    Optional<CelluleExcel> excel = Optional.empty();
    if (f.get("excel") instanceof Map<?, ?> e) {
      Map<String, Object> ex = (Map<String, Object>) e;
      excel = Optional.of(new CelluleExcel(texte(ex, "sheet"), texte(ex, "cell"), texte(ex, "conversion")));
    }
    // Corrections volontaires (docs/ecarts.md).
    if (type == TypeEnquete.PREPOSE && cle.equals("nb_preposes_mjpm_etp")) {
      t = TypeChamp.DECIMAL; // un ETP est décimal
      entier = false;
      excel = excel.map(x -> new CelluleExcel(x.feuille(), x.cellule(), "decimal"));
    }
    if (type == TypeEnquete.PREPOSE && cle.endsWith(".heures_formation")) {
      excel = excel.map(x -> new CelluleExcel(x.feuille(), x.cellule(), "decimal_gt0")); // valeur « > 0 » comme dans le modèle
    }
    if (cle.equals("annee_agrement")) {
      excel = excel.map(x -> new CelluleExcel(x.feuille(), x.cellule(), "integer")); // année d'agrément lue telle quelle
    }
    if (cle.equals("niveau_qualification")) {
      libelle = libelle.replace("de 1 à 5", "de 1 à 6"); // libellé du modèle corrigé
    }
    List<ChampEnquete> elements = new ArrayList<>();
    if (f.get("itemFields") instanceof List<?> items) {
      for (Object i : items) {
        elements.add(champ(type, (Map<String, Object>) i, ""));
      }
    }
    return new ChampEnquete(
        cle,
        libelle,
        t,
        optTexte(f, "unit"),
        Boolean.TRUE.equals(f.get("required")),
        optTexte(f, "requiredWhen"),
        !Boolean.FALSE.equals(f.get("validatedByStatus")),
        exMin.isPresent() ? exMin : min,
        exMin.isPresent(),
        nombre(cons.get("max")),
        entier,
        table,
        excel,
        f.get("allowedValues") == null ? List.of() : valeurs(f.get("allowedValues")),
        elements);
  }

  private static String tableDuStockage(String stockage) {
    int i = stockage.indexOf('.');
    return i < 0 ? stockage : stockage.substring(0, i);
  }

  @SuppressWarnings("unchecked")
  private static List<ValeurEnumeration> valeurs(Object liste) {
    List<ValeurEnumeration> r = new ArrayList<>();
    for (Object o : (List<Object>) liste) {
      Map<String, Object> m = (Map<String, Object>) o;
      r.add(new ValeurEnumeration(texte(m, "code"), texte(m, "label")));
    }
    return List.copyOf(r);
  }

  private static String texte(Map<String, Object> m, String cle) {
    return optTexte(m, cle).orElseThrow(() -> new IllegalArgumentException("attribut " + cle + " manquant"));
  }

  private static Optional<String> optTexte(Map<String, Object> m, String cle) {
    return m.get(cle) instanceof String s ? Optional.of(s) : Optional.empty();
  }

  private static Optional<BigDecimal> nombre(Object o) {
    return o instanceof BigDecimal b ? Optional.of(b) : Optional.empty();
  }

  static String rendreLibelle(String brut, int annee) {
    return brut.replace("{annee-1}", Integer.toString(annee - 1)).replace("{Y}", Integer.toString(annee - 1));
  }

  /**
   * Sections (menu) d'un type, dans l'ordre d'affichage, Bienvenue et Envoi compris.
   *
   * @param type type d'enquête, non nul
   * @return sections dans l'ordre d'affichage, Bienvenue et Envoi compris
   */
  public List<SectionEnquete> sections(TypeEnquete type) {
    return sections.get(type);
  }

  /**
   * Section par identifiant.
   *
   * @param type type d'enquête, non nul
   * @param id identifiant de la section (ex. {@code activite})
   * @return section, vide si l'identifiant est inconnu
   */
  public Optional<SectionEnquete> section(TypeEnquete type, String id) {
    return sections(type).stream().filter(s -> s.id().equals(id)).findFirst();
  }

  /**
   * Tous les champs d'un type, dans l'ordre du catalogue.
   *
   * @param type type d'enquête, non nul
   * @return nouvelle liste des champs, dans l'ordre du catalogue
   */
  public List<ChampEnquete> champs(TypeEnquete type) {
    List<ChampEnquete> r = new ArrayList<>();
    sections(type).forEach(s -> s.sousSections().forEach(ss -> r.addAll(ss.champs())));
    return r;
  }

  /**
   * Champ d'un type par table et clé.
   *
   * @param type type d'enquête, non nul
   * @param table table de stockage (ex. {@code enquete_reponses_activite})
   * @param cle clé de stockage, pointée pour un membre de bloc
   * @return champ correspondant, vide si aucun
   */
  public Optional<ChampEnquete> champ(TypeEnquete type, String table, String cle) {
    return champs(type).stream().filter(c -> c.table().equals(table) && c.cle().equals(cle)).findFirst();
  }

  /**
   * Champ d'un type par clé (le premier si la clé existe dans plusieurs tables).
   *
   * @param type type d'enquête, non nul
   * @param cle clé de stockage, pointée pour un membre de bloc
   * @return premier champ de cette clé, vide si aucun
   */
  public Optional<ChampEnquete> champ(TypeEnquete type, String cle) {
    return champs(type).stream().filter(c -> c.cle().equals(cle)).findFirst();
  }

  /**
   * Énumération nommée ({@code ANCIENNETE}…), vide si inconnue.
   *
   * @param nom nom de l'énumération (ex. {@code ANCIENNETE})
   * @return valeurs permises, liste vide si le nom est inconnu
   */
  public List<ValeurEnumeration> enumeration(String nom) {
    return enumerations.getOrDefault(nom, List.of());
  }

  /** {@return noms des énumérations} */
  public java.util.Set<String> nomsEnumerations() {
    return enumerations.keySet();
  }

  /**
   * Comptes déclarés par le catalogue ({@code sections}, {@code subsections}, {@code fields}).
   *
   * @param type type d'enquête, non nul
   * @return nombre déclaré par clé ({@code sections}, {@code subsections}, {@code fields})
   */
  public Map<String, Integer> comptesDeclares(TypeEnquete type) {
    return comptesDeclares.get(type);
  }

  /**
   * {@return nombre de sous-sections (étapes) d'un type}
   *
   * @param type type d'enquête, non nul
   */
  public int nombreSousSections(TypeEnquete type) {
    return sections(type).stream().mapToInt(s -> s.sousSections().size()).sum();
  }
}
