// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.io.enquete;

import static org.assertj.core.api.Assertions.assertThat;

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
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EnqueteExcelWriterTest {

  /** Valeur générée d'un champ (strictement positive pour survivre aux convertisseurs « _gt0 »). */
  static ValeurReponse generer(ChampEnquete c, int i) {
    return switch (c.type()) {
      case ENTIER -> c.cle().equals("niveau_qualification")
          ? ValeurReponse.entier(1 + i % 6)
          : ValeurReponse.entier(i + 1);
      case ANNEE -> ValeurReponse.entier(2009 + i % 15);
      case DECIMAL -> ValeurReponse.decimal(EnqueteExcelReader.normaliser(BigDecimal.valueOf(i + 1).add(new BigDecimal("0.25"))));
      case TEXTE -> ValeurReponse.texte("T" + i);
      case OUI_NON -> ValeurReponse.ouiNon(i % 2 == 0);
      case ENUMERATION -> ValeurReponse.texte(c.valeurs().get(i % c.valeurs().size()).code());
      case GROUPE_REPETE -> {
        List<ValeurReponse.Bloc> el = new ArrayList<>();
        for (int k = 0; k < 3; k++) {
          Map<String, ValeurReponse> m = new LinkedHashMap<>();
          int j = 0;
          for (ChampEnquete s : c.champsElement()) {
            m.put(s.cle(), generer(s, i + 7 * k + j++));
          }
          el.add(new ValeurReponse.Bloc(m));
        }
        yield new ValeurReponse.Liste(el);
      }
    };
  }

  /** Réponse où chaque champ du catalogue porté par le classeur a une valeur. */
  static ReponseEnquete reponseComplete(TypeEnquete type, int graine) {
    ReponseEnquete r = ReponseEnquete.vide(type);
    int i = graine;
    for (ChampEnquete c : CatalogueEnquete.standard().champs(type)) {
      ValeurReponse v = generer(c, i++);
      if (c.estDansBloc()) {
        r = poserDansBloc(r, c, v);
      } else {
        r = r.avec(c.table(), c.cle(), v);
      }
    }
    return r;
  }

  private static ReponseEnquete poserDansBloc(ReponseEnquete r, ChampEnquete c, ValeurReponse v) {
    String[] p = c.cle().split("\\.");
    ValeurReponse racine = r.valeur(c.table(), p[0]).orElse(new ValeurReponse.Bloc(Map.of()));
    return r.avec(c.table(), p[0], inserer((ValeurReponse.Bloc) racine, p, 1, v));
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
  @CsvSource({
    "INDIVIDUEL,XLS,0", "INDIVIDUEL,XLSX,3", "SERVICE,XLS,1", "SERVICE,XLSX,5", "PREPOSE,XLS,0", "PREPOSE,XLSX,2",
    "INDIVIDUEL,XLS,11", "SERVICE,XLS,17", "PREPOSE,XLS,13"
  })
  void import_de_l_export_redonne_chaque_champ(TypeEnquete type, FormatExcel format, int graine) {
    ReponseEnquete a = reponseComplete(type, graine);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Resultat<Integer> ecrit = EnqueteExcelWriter.ecrire(a, type, 2021, out, format);
    assertThat(ecrit.violations()).isEmpty();
    Resultat<ImportEnquete> relu = EnqueteExcelReader.lire(new ByteArrayInputStream(out.toByteArray()), type, 2021);
    assertThat(relu.violations()).isEmpty();
    ReponseEnquete b = relu.valeur().orElseThrow().patch();
    int verifies = 0;
    for (ChampEnquete c : CatalogueEnquete.standard().champs(type)) {
      Optional<ValeurReponse> attendu = a.valeur(c.table(), c.cle());
      assertThat(b.valeur(c.table(), c.cle())).as(type + " " + c.cle()).isEqualTo(attendu);
      verifies++;
    }
    assertThat(verifies).isEqualTo(CatalogueEnquete.standard().champs(type).size());
    assertThat(b).isEqualTo(a);
  }
}
