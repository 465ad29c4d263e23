// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.io.enquete;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import fr.gouv.emjpm.domain.commun.Resultat;
import fr.gouv.emjpm.domain.enquete.ReponseEnquete;
import fr.gouv.emjpm.domain.enquete.TypeEnquete;
import fr.gouv.emjpm.domain.enquete.ValeurReponse;
import fr.gouv.emjpm.rules.enquete.CatalogueEnquete;
import fr.gouv.emjpm.rules.enquete.ChampEnquete;
import fr.gouv.emjpm.rules.enquete.SectionEnquete;
import fr.gouv.emjpm.rules.enquete.SousSectionEnquete;
import fr.gouv.emjpm.rules.enquete.TypeChamp;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Propriété : pour toute réponse aléatoire d'un type dans la forme portée par le classeur (voir
 * {@link EnqueteExcelWriter}), import(export(a)) = a, en .xls et .xlsx ; et la forme JSON de la CLI fait
 * elle aussi l'aller-retour. Chaque champ est absent une fois sur huit ; les nombres prennent leur borne
 * basse du catalogue (0 le plus souvent), leur borne haute, 0 ou une valeur quelconque ; la liste des
 * établissements a de 0 à 20 éléments ; un bloc JSON dont l'étape est renseignée peut être vide.
 */
class EnqueteAllerRetourProperties {
  private static final String ALPHABET = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-éèàç";
  private static final String ACTIONS_TUTEURS = "actions_information_tuteurs_familiaux";

  /** Plus petite valeur admise par le catalogue (borne exclue : le pas au-dessus), vide si aucune borne basse. */
  static Optional<BigDecimal> plusPetite(ChampEnquete c) {
    BigDecimal pas = c.type() == TypeChamp.DECIMAL ? new BigDecimal("0.01") : BigDecimal.ONE;
    return c.min().map(m -> c.minExclusif() ? m.add(pas) : m);
  }

  static ValeurReponse aleatoire(ChampEnquete c, SplittableRandom a) {
    return switch (c.type()) {
      case ENTIER, ANNEE -> {
        long bas = plusPetite(c).map(BigDecimal::longValueExact).orElse(-1_000_000L);
        long haut = c.max().map(BigDecimal::longValueExact).orElse(Integer.MAX_VALUE + 1L);
        long zero = Math.min(Math.max(0, bas), haut);
        long[] choix = {bas, haut, zero, a.nextLong(bas, haut + 1)};
        yield ValeurReponse.entier(choix[a.nextInt(choix.length)]);
      }
      case DECIMAL -> {
        long bas = plusPetite(c).map(b -> b.movePointRight(2).longValueExact()).orElse(-1_000_000L);
        long centimes = switch (a.nextInt(4)) {
          case 0 -> bas;
          case 1 -> Math.max(bas, 0);
          case 2 -> Math.max(bas, a.nextLong(Math.max(bas, 0), 100_000_000_000L) / 100 * 100); // décimal entier
          default -> a.nextLong(bas, 100_000_000_000L);
        };
        yield ValeurReponse.decimal(EnqueteExcelReader.normaliser(BigDecimal.valueOf(centimes, 2)));
      }
      case TEXTE -> {
        if (c.cle().equals("finess")) { // format vérifié à l'import : code de département puis 7 chiffres
          yield ValeurReponse.texte(String.format(java.util.Locale.ROOT, "%02d%07d", 1 + a.nextInt(95), a.nextInt(10_000_000)));
        }
        StringBuilder s = new StringBuilder();
        int n = a.nextInt(1, 30);
        for (int i = 0; i < n; i++) {
          s.append(ALPHABET.charAt(a.nextInt(ALPHABET.length())));
        }
        yield ValeurReponse.texte(s.toString());
      }
      case OUI_NON -> ValeurReponse.ouiNon(a.nextBoolean());
      case ENUMERATION -> ValeurReponse.texte(c.valeurs().get(a.nextInt(c.valeurs().size())).code());
      case GROUPE_REPETE -> {
        List<ValeurReponse.Bloc> el = new ArrayList<>();
        int n = a.nextInt(0, 21); // 0 : liste vide
        for (int k = 0; k < n; k++) {
          Map<String, ValeurReponse> m = new LinkedHashMap<>();
          for (ChampEnquete s : c.champsElement()) {
            if (a.nextInt(8) != 0) {
              m.put(s.cle(), aleatoire(s, a));
            }
          }
          if (m.isEmpty()) { // une ligne sans aucune cellule n'est pas un élément
            ChampEnquete s = c.champsElement().get(a.nextInt(c.champsElement().size()));
            m.put(s.cle(), aleatoire(s, a));
          }
          el.add(new ValeurReponse.Bloc(m));
        }
        yield new ValeurReponse.Liste(el);
      }
    };
  }

  static ReponseEnquete reponse(TypeEnquete type, long graine) {
    SplittableRandom a = new SplittableRandom(graine);
    ReponseEnquete r = ReponseEnquete.vide(type);
    for (ChampEnquete c : CatalogueEnquete.standard().champs(type)) {
      if (c.excel().isEmpty() || (a.nextInt(8) == 0 && !c.cle().equals(ACTIONS_TUTEURS))) {
        continue; // absent (la case E52 vide se relit « non » : toujours présente)
      }
      r = poser(r, c, aleatoire(c, a));
    }
    return blocsDesEtapesRenseignees(r);
  }

  /** Pose une valeur à son chemin pointé, en créant les blocs intermédiaires. */
  static ReponseEnquete poser(ReponseEnquete r, ChampEnquete c, ValeurReponse v) {
    if (!c.estDansBloc()) {
      return r.avec(c.table(), c.cle(), v);
    }
    String[] p = c.cle().split("\\.");
    ValeurReponse.Bloc racine = (ValeurReponse.Bloc) r.valeur(c.table(), p[0]).orElse(new ValeurReponse.Bloc(Map.of()));
    return r.avec(c.table(), p[0], inserer(racine, p, 1, v));
  }

  /** Forme portée par le classeur : chaque bloc d'une étape dont une clé est renseignée existe (vide au besoin). */
  static ReponseEnquete blocsDesEtapesRenseignees(ReponseEnquete r) {
    ReponseEnquete resultat = r;
    for (SectionEnquete s : CatalogueEnquete.standard().sections(r.type())) {
      for (SousSectionEnquete ss : s.sousSections()) {
        boolean renseignee = ss.champs().stream().anyMatch(c -> r.valeur(c.table(), c.colonne()).isPresent());
        for (ChampEnquete c : ss.champs()) {
          if (renseignee && c.estDansBloc() && resultat.valeur(c.table(), c.colonne()).isEmpty()) {
            resultat = resultat.avec(c.table(), c.colonne(), new ValeurReponse.Bloc(Map.of()));
          }
        }
      }
    }
    return resultat;
  }

  private static ValeurReponse.Bloc inserer(ValeurReponse.Bloc b, String[] p, int i, ValeurReponse v) {
    Map<String, ValeurReponse> m = new LinkedHashMap<>(b.membres());
    if (i == p.length - 1) {
      m.put(p[i], v);
    } else {
      ValeurReponse.Bloc sous = (ValeurReponse.Bloc) m.getOrDefault(p[i], new ValeurReponse.Bloc(Map.of()));
      m.put(p[i], inserer(sous, p, i + 1, v));
    }
    return new ValeurReponse.Bloc(m);
  }

  @ParameterizedTest
  @EnumSource(TypeEnquete.class)
  void importDeLExportEstLIdentite(TypeEnquete type) {
    qt().withExamples(20).withShrinkCycles(0).forAll(longs().all()).checkAssert(graine -> {
      ReponseEnquete a = reponse(type, graine);
      FormatExcel format = Math.floorMod(graine, 4) == 0 ? FormatExcel.XLSX : FormatExcel.XLS;
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      assertThat(EnqueteExcelWriter.ecrire(a, type, 2021, out, format).violations()).isEmpty();
      Resultat<ImportEnquete> relu = EnqueteExcelReader.lire(new ByteArrayInputStream(out.toByteArray()), type, 2021);
      assertThat(relu.violations()).isEmpty();
      assertThat(relu.valeur().orElseThrow().patch()).isEqualTo(a);
      // forme JSON de la CLI : versArbre puis lecture guidée par le catalogue
      Resultat<ReponseEnquete> json = ReponseEnqueteJson.depuisArbre(
          new com.fasterxml.jackson.databind.ObjectMapper().valueToTree(ReponseEnqueteJson.versArbre(a)), type);
      assertThat(json.valeur()).as("JSON %s", json.violations()).isPresent();
      assertThat(json.valeur().get()).isEqualTo(a); // égalité des Map : l'ordre des clés n'intervient pas
    });
  }
}
