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
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Propriété : pour toute réponse valide aléatoire d'un type (chaque champ porté par le classeur
 * renseigné d'une valeur aléatoire de son type et de ses bornes), import(export(a)) = a, en .xls et
 * .xlsx ; et la forme JSON de la CLI fait elle aussi l'aller-retour.
 */
class EnqueteAllerRetourProperties {
  private static final String ALPHABET = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-éèàç";

  static ValeurReponse aleatoire(ChampEnquete c, SplittableRandom a) {
    return switch (c.type()) {
      case ENTIER -> c.cle().equals("niveau_qualification")
          ? ValeurReponse.entier(a.nextInt(1, 7))
          : ValeurReponse.entier(a.nextLong(1, 1_000_000));
      case ANNEE -> ValeurReponse.entier(a.nextInt(2009, 2031));
      case DECIMAL -> ValeurReponse.decimal(EnqueteExcelReader.normaliser(BigDecimal.valueOf(a.nextLong(1, 10_000_000), 2)));
      case TEXTE -> {
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
        int n = a.nextInt(1, 21);
        for (int k = 0; k < n; k++) {
          Map<String, ValeurReponse> m = new LinkedHashMap<>();
          for (ChampEnquete s : c.champsElement()) {
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
      ValeurReponse v = aleatoire(c, a);
      if (c.estDansBloc()) {
        String[] p = c.cle().split("\\.");
        ValeurReponse.Bloc racine = (ValeurReponse.Bloc) r.valeur(c.table(), p[0]).orElse(new ValeurReponse.Bloc(Map.of()));
        r = r.avec(c.table(), p[0], inserer(racine, p, 1, v));
      } else {
        r = r.avec(c.table(), c.cle(), v);
      }
    }
    return r;
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
