// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.rules.enquete;

import fr.gouv.emjpm.domain.enquete.ReponseEnquete;
import fr.gouv.emjpm.domain.enquete.TypeEnquete;
import fr.gouv.emjpm.domain.enquete.ValeurReponse;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Consolidation des réponses d'un périmètre (département, région, national) en totaux par champ,
 * comme le fait une direction à la main : les réponses sont ajoutées une à une ({@link #ajouter}, rien
 * n'est gardé d'une réponse que ses nombres), puis {@link #totaux} rend les totaux avec le secret
 * statistique appliqué.
 *
 * <p>Totaux : chaque champ entier ou décimal (hors années), la somme de chaque membre numérique de la
 * liste des établissements et leur nombre, et, pour chaque choix (liste, oui/non), le nombre de
 * réponses par valeur. Secret statistique ({@link MasquageStatistique}, seuil k ≥ 11) : les totaux
 * entiers d'une même étape forment un tableau d'une ligne, les décomptes d'un même choix aussi, et
 * chacun reçoit le masquage primaire et secondaire ; un total décimal (ETP, heures, euros) est masqué
 * quand moins de k réponses y contribuent. Un tableau portant un total négatif (compte négatif saisi)
 * est masqué en entier, faute de pouvoir en certifier le secret.
 *
 * <p>Accumulateur non thread-safe ; {@link #totaux} ne le modifie pas.
 */
public final class ConsolidationEnquete {

  /**
   * Total d'un champ (ou d'une valeur d'un choix) sur le périmètre.
   *
   * @param table table de réponse du champ
   * @param cle clé du champ ({@code cle=code} pour le décompte d'une valeur d'un choix)
   * @param libelle libellé du champ
   * @param valeur total sur le périmètre
   * @param reponses nombre de réponses qui y contribuent
   * @param masque vrai si le total est couvert par le secret statistique
   */
  public record Total(String table, String cle, String libelle, BigDecimal valeur, int reponses, boolean masque) {
    /**
     * Composantes non nulles.
     *
     * @param table table de réponse du champ
     * @param cle clé du champ ({@code cle=code} pour le décompte d'une valeur d'un choix,
     *     {@code liste.membre} pour un membre d'établissement, {@code liste.nombre} pour leur nombre)
     * @param libelle libellé du champ
     * @param valeur total sur le périmètre
     * @param reponses nombre de réponses qui y contribuent
     * @param masque vrai si le total est couvert par le secret statistique
     */
    public Total {
      Objects.requireNonNull(table, "table");
      Objects.requireNonNull(cle, "cle");
      Objects.requireNonNull(libelle, "libelle");
      Objects.requireNonNull(valeur, "valeur");
    }

    /**
     * Valeur publiable : vide si le total est masqué.
     *
     * @return valeur publiable, vide si masquée
     */
    public Optional<BigDecimal> publie() {
      return masque ? Optional.empty() : Optional.of(valeur);
    }
  }

  /**
   * Résultat de la consolidation.
   *
   * @param type type d'enquête
   * @param reponses nombre de réponses consolidées
   * @param totaux totaux dans l'ordre du catalogue
   * @param tableaux tableaux publiés (un par étape ou par choix), pour l'audit du secret
   */
  public record Totaux(TypeEnquete type, int reponses, List<Total> totaux, List<MasquageStatistique.TableauPublie> tableaux) {
    /**
     * Copies immuables.
     *
     * @param type type d'enquête, non nul
     * @param reponses nombre de réponses consolidées
     * @param totaux totaux, non nulle (copiée)
     * @param tableaux tableaux publiés, non nulle (copiée)
     */
    public Totaux {
      Objects.requireNonNull(type, "type");
      totaux = List.copyOf(totaux);
      tableaux = List.copyOf(tableaux);
    }

    /**
     * Total d'une clé.
     *
     * @param table table de réponse
     * @param cle clé (voir {@link Total#cle()})
     * @return le total, vide si la clé n'est pas consolidée
     */
    public Optional<Total> total(String table, String cle) {
      Objects.requireNonNull(table, "table");
      Objects.requireNonNull(cle, "cle");
      return totaux.stream().filter(t -> t.table().equals(table) && t.cle().equals(cle)).findFirst();
    }
  }

  /** Accumulation d'une clé. */
  private static final class Cumul {
    final String table;
    final String cle;
    final String libelle;
    final String groupe;
    final boolean entier;
    BigDecimal somme = BigDecimal.ZERO;
    int reponses;

    Cumul(String table, String cle, String libelle, String groupe, boolean entier) {
      this.table = table;
      this.cle = cle;
      this.libelle = libelle;
      this.groupe = groupe;
      this.entier = entier;
    }
  }

  private final TypeEnquete type;
  private final int annee;
  private final List<ChampEnquete> champs = new ArrayList<>();
  private final Map<String, String> groupes = new LinkedHashMap<>();
  private final Map<String, Cumul> cumuls = new LinkedHashMap<>();
  private int reponses;

  private ConsolidationEnquete(TypeEnquete type, int annee, CatalogueEnquete catalogue) {
    this.type = type;
    this.annee = annee;
    for (SectionEnquete s : catalogue.sections(type)) {
      for (SousSectionEnquete ss : s.sousSections()) {
        for (ChampEnquete c : ss.champs()) {
          champs.add(c);
          groupes.put(c.table() + "." + c.cle(), ss.id());
        }
      }
    }
  }

  /**
   * Consolidation vide des réponses d'un type pour une campagne.
   *
   * @param type type d'enquête, non nul
   * @param annee année de la campagne (libellés des champs)
   * @return accumulateur vide
   */
  public static ConsolidationEnquete pour(TypeEnquete type, int annee) {
    return new ConsolidationEnquete(Objects.requireNonNull(type, "type"), annee, CatalogueEnquete.standard());
  }

  /**
   * Ajoute une réponse (lue d'un classeur ou stockée) ; une réponse d'un autre type est refusée.
   *
   * @param reponse réponse à ajouter, du type de la consolidation
   * @throws IllegalArgumentException si la réponse n'est pas du type de la consolidation
   */
  public void ajouter(ReponseEnquete reponse) {
    Objects.requireNonNull(reponse, "reponse");
    if (reponse.type() != type) {
      throw new IllegalArgumentException("réponse d'un autre type d'enquête");
    }
    reponses++;
    for (ChampEnquete c : champs) {
      String groupe = groupes.get(c.table() + "." + c.cle());
      Optional<ValeurReponse> v = reponse.valeur(c.table(), c.cle());
      switch (c.type()) {
        case ENTIER, DECIMAL -> {
          Cumul k = cumul(c.table(), c.cle(), c.libelle(annee), groupe, c.type() == TypeChamp.ENTIER);
          v.flatMap(ValeurReponse::nombre).ifPresent(n -> ajouter(k, n));
        }
        case ENUMERATION -> {
          for (ValeurEnumeration e : c.valeurs()) {
            cumul(c.table(), c.cle() + "=" + e.code(), e.libelle(), "choix:" + c.cle(), true);
          }
          v.filter(x -> x instanceof ValeurReponse.Texte).map(x -> ((ValeurReponse.Texte) x).valeur())
              .map(code -> cumuls.get(c.table() + "|" + c.cle() + "=" + code))
              .ifPresent(k -> ajouter(k, BigDecimal.ONE));
        }
        case OUI_NON -> {
          Cumul oui = cumul(c.table(), c.cle() + "=oui", "Oui", "choix:" + c.cle(), true);
          Cumul non = cumul(c.table(), c.cle() + "=non", "Non", "choix:" + c.cle(), true);
          v.filter(x -> x instanceof ValeurReponse.OuiNon)
              .ifPresent(x -> ajouter(((ValeurReponse.OuiNon) x).valeur() ? oui : non, BigDecimal.ONE));
        }
        case GROUPE_REPETE -> {
          Cumul nombre = cumul(c.table(), c.cle() + ".nombre", "Nombre d'établissements", groupe, true);
          List<ValeurReponse.Bloc> elements = v.filter(x -> x instanceof ValeurReponse.Liste)
              .map(x -> ((ValeurReponse.Liste) x).elements()).orElse(List.of());
          if (v.isPresent()) {
            ajouter(nombre, BigDecimal.valueOf(elements.size()));
          }
          for (ChampEnquete sous : c.champsElement()) {
            if (sous.type() != TypeChamp.ENTIER && sous.type() != TypeChamp.DECIMAL) {
              continue;
            }
            Cumul k = cumul(c.table(), c.cle() + "." + sous.cle(), sous.libelle(annee), groupe, sous.type() == TypeChamp.ENTIER);
            BigDecimal somme = BigDecimal.ZERO;
            boolean present = false;
            for (ValeurReponse.Bloc el : elements) {
              Optional<BigDecimal> n = el.membre(sous.cle()).flatMap(ValeurReponse::nombre);
              if (n.isPresent()) {
                somme = somme.add(n.get());
                present = true;
              }
            }
            if (present) {
              ajouter(k, somme);
            }
          }
        }
        default -> {
          // textes et années : non additifs, non consolidés
        }
      }
    }
  }

  private Cumul cumul(String table, String cle, String libelle, String groupe, boolean entier) {
    return cumuls.computeIfAbsent(table + "|" + cle, x -> new Cumul(table, cle, libelle, groupe, entier));
  }

  private static void ajouter(Cumul k, BigDecimal n) {
    k.somme = k.somme.add(n);
    k.reponses++;
  }

  /**
   * Totaux au seuil par défaut (k = 11).
   *
   * @return totaux avec le secret statistique appliqué
   */
  public Totaux totaux() {
    return totaux(MasquageStatistique.K_DEFAUT);
  }

  /**
   * Totaux au seuil {@code k}.
   *
   * @param k seuil du secret statistique, au moins {@value MasquageStatistique#K_DEFAUT}
   * @return totaux avec le secret statistique appliqué
   */
  public Totaux totaux(int k) {
    MasquageStatistique masquage = MasquageStatistique.avecSeuil(k);
    Map<String, List<Cumul>> parGroupe = new LinkedHashMap<>();
    Map<Cumul, Boolean> masques = new LinkedHashMap<>();
    for (Cumul c : cumuls.values()) {
      if (c.entier) {
        parGroupe.computeIfAbsent(c.table + "|" + c.groupe, g -> new ArrayList<>()).add(c);
      } else {
        masques.put(c, c.reponses >= 1 && c.reponses < k);
      }
    }
    List<MasquageStatistique.TableauPublie> tableaux = new ArrayList<>();
    for (List<Cumul> groupe : parGroupe.values()) {
      long[][] t = new long[1][groupe.size()];
      boolean certifiable = true;
      for (int j = 0; j < groupe.size(); j++) {
        BigDecimal s = groupe.get(j).somme;
        if (s.signum() < 0 || s.compareTo(BigDecimal.valueOf(Long.MAX_VALUE / (groupe.size() + 1))) > 0) {
          certifiable = false;
        } else {
          t[0][j] = s.longValueExact();
        }
      }
      if (!certifiable) {
        groupe.forEach(c -> masques.put(c, true));
        continue;
      }
      MasquageStatistique.TableauPublie p = masquage.publier(t);
      tableaux.add(p);
      for (int j = 0; j < groupe.size(); j++) {
        masques.put(groupe.get(j), p.estMasquee(0, j));
      }
    }
    List<Total> totaux = new ArrayList<>();
    for (Cumul c : cumuls.values()) {
      totaux.add(new Total(c.table, c.cle, c.libelle, c.somme, c.reponses, masques.getOrDefault(c, false)));
    }
    return new Totaux(type, reponses, totaux, tableaux);
  }
}
