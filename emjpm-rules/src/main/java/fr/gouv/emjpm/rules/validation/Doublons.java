// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.rules.validation;

import fr.gouv.emjpm.domain.commun.Violation;
import fr.gouv.emjpm.domain.mesure.NumeroRg;
import fr.gouv.emjpm.domain.referentiel.Siret;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Détection des doublons dans un lot (import Excel/CSV, OCMI) : la première ligne de chaque
 * clé est gardée, les suivantes écartées, et un avertissement {@code DOUBLONS} compte les clés en
 * double. Les clés (qui contiennent le RG) restent dans le résultat, jamais dans le message.
 */
public final class Doublons {
  private Doublons() {}

  /**
   * Clé de l'original : RG normalisé + "." + SIRET du tribunal (ou identifiant du tribunal sans SIRET).
   * Passer le SIRET du tribunal <b>résolu</b> (après redirection d'un ancien SIRET vers le tribunal
   * actuel) : deux lignes du même RG à un ancien et au SIRET actuel sont alors une seule mesure.
   *
   * @param rg numéro RG normalisé (un RG hérité suffixé garde son suffixe)
   * @param siretTribunal SIRET du tribunal résolu, s'il en a un
   * @param idTribunal identifiant du tribunal, utilisé faute de SIRET ; non nul
   * @return la clé {@code RG.SIRET} (ou {@code RG.identifiant} sans SIRET)
   */
  public static String cle(NumeroRg rg, Optional<Siret> siretTribunal, String idTribunal) {
    Objects.requireNonNull(idTribunal, "idTribunal");
    return rg.valeur() + "." + siretTribunal.map(Siret::valeur).orElse(idTribunal);
  }

  /**
   * Détecte les doublons.
   *
   * @param lignes lignes du lot, dans l'ordre
   * @param cle clé d'unicité d'une ligne (par exemple {@link #cle})
   * @param <T> type des lignes
   * @return lignes gardées, indices écartés, clés en double (une fois chacune) et avertissement
   */
  public static <T> Detection<T> detecter(List<T> lignes, Function<? super T, String> cle) {
    Map<String, Integer> vues = new LinkedHashMap<>();
    Set<String> doubles = new LinkedHashSet<>();
    List<T> gardees = new ArrayList<>();
    List<Integer> ecartees = new ArrayList<>();
    for (int i = 0; i < lignes.size(); i++) {
      T ligne = lignes.get(i);
      String k = cle.apply(ligne);
      if (vues.putIfAbsent(k, i) == null) {
        gardees.add(ligne);
      } else {
        doubles.add(k);
        ecartees.add(i);
      }
    }
    return new Detection<>(gardees, ecartees, List.copyOf(doubles));
  }

  /** {@return détection en flux (lignes lues une à une, sans les garder), mêmes règles que {@link #detecter}} */
  public static Suivi suivi() {
    return new Suivi();
  }

  /**
   * Détecteur en flux : la première occurrence d'une clé est gardée. Non thread-safe.
   *
   * <p>Les clés vues sont rangées dans une table à adressage ouvert (sondage linéaire, agrandie par
   * doublement quand elle est à moitié pleine) faite de trois tableaux : l'empreinte de la clé, et les
   * deux chaînes qui la composent (le RG et le tribunal, ou la clé en chaîne et rien). Aucun objet n'est
   * créé par ligne : un import de 100 000 lignes garde trois tableaux au lieu de 200 000 objets
   * (nœud d'une table de hachage et clé composée), que le ramasse-miettes n'a plus à parcourir.
   */
  public static final class Suivi {
    /** Capacité initiale de la table (puissance de deux). */
    static final int CAPACITE_INITIALE = 1 << 10;

    /** Premières parties des clés vues (le RG, ou la clé en chaîne) ; {@code null} : case libre. */
    private @Nullable String[] premieres = new String[CAPACITE_INITIALE];
    /** Secondes parties (le tribunal), {@code null} pour une clé en chaîne. */
    private @Nullable String[] secondes = new String[CAPACITE_INITIALE];
    /** Empreintes des clés vues, pour ne comparer les chaînes que sur une empreinte égale. */
    private int[] empreintes = new int[CAPACITE_INITIALE];
    /** Décalage qui tire l'indice d'une case des bits de poids fort de l'empreinte : 32 − log2(capacité). */
    private int decalage = Integer.numberOfLeadingZeros(CAPACITE_INITIALE) + 1;
    private int taille;
    private int ecartees;
    /** Cases occupées par une autre clé traversées jusqu'ici (qualité de l'empreinte, lue par les tests). */
    private long sondages;

    private Suivi() {}

    /**
     * Vrai si la clé est vue pour la première fois (ligne gardée) ; sinon la ligne est comptée écartée.
     *
     * @param cle clé d'unicité de la ligne lue (par exemple {@link Doublons#cle})
     * @return vrai si la clé est vue pour la première fois (ligne gardée), faux si la ligne est écartée
     */
    public boolean premiere(String cle) {
      return retenir(Objects.requireNonNull(cle, "cle"), null);
    }

    /**
     * Comme {@link #premiere(String)} avec la clé {@link Doublons#cle}{@code (rg, siretTribunal,
     * idTribunal)}, sans construire la chaîne : deux lignes sont doublons exactement quand leurs clés
     * {@link Doublons#cle} sont égales (un numéro RG ne contient jamais de point). Ne pas mêler les deux
     * formes dans un même suivi.
     *
     * @param rg numéro RG normalisé
     * @param siretTribunal SIRET du tribunal, s'il en a un
     * @param idTribunal identifiant du tribunal, utilisé faute de SIRET ; non nul
     * @return vrai si la clé est vue pour la première fois (ligne gardée), faux si la ligne est écartée
     */
    public boolean premiere(NumeroRg rg, Optional<Siret> siretTribunal, String idTribunal) {
      Objects.requireNonNull(idTribunal, "idTribunal");
      String tribunal = siretTribunal.isPresent() ? siretTribunal.get().valeur() : idTribunal;
      return retenir(rg.valeur(), tribunal);
    }

    /** Retient la clé ({@code premiere}, {@code seconde}) ; vrai si elle n'était pas encore vue. */
    private boolean retenir(String premiere, @Nullable String seconde) {
      int h = empreinte(premiere, seconde);
      int masque = premieres.length - 1;
      int i = h >>> decalage;
      for (@Nullable String p = premieres[i]; p != null; p = premieres[i]) {
        if (empreintes[i] == h && p.equals(premiere) && Objects.equals(secondes[i], seconde)) {
          ecartees++;
          return false;
        }
        i = (i + 1) & masque;
        sondages++;
      }
      premieres[i] = premiere;
      secondes[i] = seconde;
      empreintes[i] = h;
      if (++taille * 2 >= premieres.length) {
        agrandir();
      }
      return true;
    }

    /**
     * Empreinte d'une clé : les {@code hashCode} (gardés par les chaînes) combinés, multipliés par le nombre
     * d'or (hachage de Fibonacci : les bits de poids fort, d'où l'indice est tiré, dépendent de tous les
     * autres).
     */
    static int empreinte(String premiere, @Nullable String seconde) {
      return (premiere.hashCode() ^ (seconde == null ? 0 : seconde.hashCode())) * 0x9E3779B9;
    }

    /** Double la table et y replace chaque clé vue. */
    private void agrandir() {
      @Nullable String[] anciennesPremieres = premieres;
      @Nullable String[] anciennesSecondes = secondes;
      int[] anciennesEmpreintes = empreintes;
      int capacite = anciennesPremieres.length * 2;
      premieres = new String[capacite];
      secondes = new String[capacite];
      empreintes = new int[capacite];
      decalage--;
      int masque = capacite - 1;
      for (int j = 0; j < anciennesPremieres.length; j++) {
        @Nullable String p = anciennesPremieres[j];
        if (p != null) {
          int i = anciennesEmpreintes[j] >>> decalage;
          while (premieres[i] != null) {
            i = (i + 1) & masque;
          }
          premieres[i] = p;
          secondes[i] = anciennesSecondes[j];
          empreintes[i] = anciennesEmpreintes[j];
        }
      }
    }

    /** {@return cases occupées par une autre clé traversées par les recherches jusqu'ici} */
    long sondages() {
      return sondages;
    }

    /** {@return nombre de cases de la table (puissance de deux, au moins le double des clés vues)} */
    int capacite() {
      return premieres.length;
    }

    /** {@return nombre de lignes écartées jusqu'ici} */
    public int ecartees() {
      return ecartees;
    }
  }

  /**
   * Résultat de la détection.
   *
   * @param gardees lignes gardées (première occurrence de chaque clé), dans l'ordre
   * @param indicesEcartes indices (base 0) des lignes écartées
   * @param clesEnDouble clés présentes plusieurs fois, chacune une fois, dans l'ordre d'apparition
   * @param <T> type des lignes
   */
  public record Detection<T>(List<T> gardees, List<Integer> indicesEcartes, List<String> clesEnDouble) {
    /**
     * Copies défensives.
     *
     * @param gardees lignes gardées, dans l'ordre (copiées)
     * @param indicesEcartes indices (base 0) des lignes écartées (copiés)
     * @param clesEnDouble clés présentes plusieurs fois, chacune une fois (copiées)
     */
    public Detection {
      gardees = List.copyOf(gardees);
      indicesEcartes = List.copyOf(indicesEcartes);
      clesEnDouble = List.copyOf(clesEnDouble);
    }

    /** {@return vrai s'il y a au moins un doublon} */
    public boolean aDesDoublons() {
      return !clesEnDouble.isEmpty();
    }

    /** {@return avertissement {@code DOUBLONS} (argument {@code nombre} = nombre de clés en double), s'il y a lieu} */
    public Optional<Violation> avertissement() {
      return aDesDoublons()
          ? Optional.of(Violation.de(CodeRegle.DOUBLONS, "", Map.of("nombre", clesEnDouble.size())))
          : Optional.empty();
    }
  }
}
