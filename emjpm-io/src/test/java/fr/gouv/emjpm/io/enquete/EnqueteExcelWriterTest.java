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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EnqueteExcelWriterTest {

  /**
   * Valeur générée d'un champ, selon {@code i % 3} : la plus petite admise par le catalogue (0 le plus
   * souvent, 1 pour une borne exclue entière, 0,01 décimale), la borne haute ou une valeur au-dessus de
   * la borne basse ; la liste des établissements a 0, 3 ou 20 éléments.
   */
  static ValeurReponse generer(ChampEnquete c, int i) {
    return switch (c.type()) {
      case ENTIER, ANNEE -> {
        long bas = EnqueteAllerRetourProperties.plusPetite(c).map(BigDecimal::longValueExact).orElse(0L);
        long v = switch (i % 3) {
          case 0 -> bas;
          case 1 -> c.max().map(BigDecimal::longValueExact).orElse(bas + i + 1);
          default -> c.max().map(m -> Math.min(m.longValueExact(), bas + 1)).orElse(bas + i + 1);
        };
        yield ValeurReponse.entier(v);
      }
      case DECIMAL -> {
        BigDecimal bas = EnqueteAllerRetourProperties.plusPetite(c).orElse(BigDecimal.ZERO);
        BigDecimal v = switch (i % 3) {
          case 0 -> bas;
          case 1 -> bas.add(BigDecimal.valueOf(i)).add(new BigDecimal("0.25"));
          default -> bas.add(BigDecimal.valueOf(i));
        };
        yield ValeurReponse.decimal(EnqueteExcelReader.normaliser(v));
      }
      case TEXTE -> ValeurReponse.texte(c.cle().equals("finess") ? String.format(java.util.Locale.ROOT, "%09d", 10_000_000 + i) : "T" + i);
      case OUI_NON -> ValeurReponse.ouiNon(i % 2 == 0);
      case ENUMERATION -> ValeurReponse.texte(c.valeurs().get(i % c.valeurs().size()).code());
      case GROUPE_REPETE -> {
        List<ValeurReponse.Bloc> el = new ArrayList<>();
        int n = new int[] {0, 3, 20}[i % 3];
        for (int k = 0; k < n; k++) {
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

  private static ReponseEnquete allerRetour(ReponseEnquete a, FormatExcel format) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    assertThat(EnqueteExcelWriter.ecrire(a, a.type(), 2021, out, format).violations()).isEmpty();
    Resultat<ImportEnquete> relu = EnqueteExcelReader.lire(new ByteArrayInputStream(out.toByteArray()), a.type(), 2021);
    assertThat(relu.violations()).isEmpty();
    return relu.valeur().orElseThrow().patch();
  }

  private static final String PERS = "enquete_reponses_prepose_personel_formation";
  private static final String MOD = "enquete_reponses_modalites_exercice";

  /** §5.4 : l'étape « Préposés MJPM » valide avec un bloc de formation vide le reste après export puis import. */
  @ParameterizedTest
  @org.junit.jupiter.params.provider.EnumSource(FormatExcel.class)
  void etape_valide_avec_bloc_vide_reste_valide(FormatExcel format) {
    ReponseEnquete a = ReponseEnquete.vide(TypeEnquete.PREPOSE)
        .avec(PERS, "nb_preposes_mjpm", ValeurReponse.entier(0))
        .avec(PERS, "nb_preposes_mjpm_etp", ValeurReponse.decimal(BigDecimal.ZERO))
        .avec(PERS, "formation_preposes_mjpm", new ValeurReponse.Bloc(Map.of()))
        .avec(PERS, "nb_preposes_homme", ValeurReponse.entier(0))
        .avec(PERS, "niveaux_qualification", new ValeurReponse.Bloc(Map.of()))
        .avec(MOD, "actions_information_tuteurs_familiaux", ValeurReponse.ouiNon(false));
    fr.gouv.emjpm.rules.enquete.MoteurStatutEnquete moteur = fr.gouv.emjpm.rules.enquete.MoteurStatutEnquete.standard();
    assertThat(moteur.statut(a).sousSection("personnelFormation", "mjpm")).contains(fr.gouv.emjpm.domain.enquete.StatutSection.VALIDE);
    ReponseEnquete b = allerRetour(a, format);
    assertThat(b).isEqualTo(a);
    assertThat(moteur.statut(b).sousSection("personnelFormation", "mjpm")).contains(fr.gouv.emjpm.domain.enquete.StatutSection.VALIDE);
    assertThat(moteur.statut(b).sousSection("personnelFormation", "autres")).contains(fr.gouv.emjpm.domain.enquete.StatutSection.VALIDE);
  }

  /** Liste vide des établissements : B22 = 0 à l'export, relue comme liste vide ; sans liste, B22 reste vide. */
  @ParameterizedTest
  @org.junit.jupiter.params.provider.EnumSource(FormatExcel.class)
  void liste_vide_des_etablissements_portee_par_b22(FormatExcel format) throws java.io.IOException {
    ReponseEnquete a = ReponseEnquete.vide(TypeEnquete.PREPOSE)
        .avec(MOD, "nombre_lits_journee_hospitalisation", new ValeurReponse.Liste(List.of()))
        .avec(MOD, "actions_information_tuteurs_familiaux", ValeurReponse.ouiNon(true));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    assertThat(EnqueteExcelWriter.ecrire(a, TypeEnquete.PREPOSE, 2021, out, FormatExcel.XLS).valeur()).contains(2);
    try (org.apache.poi.ss.usermodel.Workbook wb = new org.apache.poi.hssf.usermodel.HSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
      org.apache.poi.ss.usermodel.Cell b22 = wb.getSheet("modalites d'exercice").getRow(21).getCell(1);
      assertThat(b22.getNumericCellValue()).isZero();
    }
    assertThat(allerRetour(a, format)).isEqualTo(a);
    ReponseEnquete sansListe = a.sans(MOD, "nombre_lits_journee_hospitalisation");
    assertThat(allerRetour(sansListe, format)).isEqualTo(sansListe);
    assertThat(fr.gouv.emjpm.rules.enquete.MoteurStatutEnquete.standard().statut(allerRetour(a, format))
        .sousSection("modalitesExercice", "etablissements")).contains(fr.gouv.emjpm.domain.enquete.StatutSection.VALIDE);
  }

  /**
   * Limite documentée ({@link EnqueteExcelWriter}) : un bloc vide seul dans son étape n'a aucune cellule
   * et n'est pas porté ; un bloc intermédiaire vide non plus.
   */
  @Test
  void bloc_vide_seul_dans_son_etape_non_porte() {
    ReponseEnquete a = ReponseEnquete.vide(TypeEnquete.PREPOSE)
        .avec("enquete_reponses_prepose_prestations_sociales", "tutelle", new ValeurReponse.Bloc(Map.of()))
        .avec(PERS, "nb_preposes_mjpm", ValeurReponse.entier(1))
        .avec(PERS, "formation_preposes_mjpm", new ValeurReponse.Bloc(Map.of("en_poste_cnc", new ValeurReponse.Bloc(Map.of()))))
        .avec(MOD, "actions_information_tuteurs_familiaux", ValeurReponse.ouiNon(false));
    ReponseEnquete b = allerRetour(a, FormatExcel.XLS);
    assertThat(b.valeur("enquete_reponses_prepose_prestations_sociales", "tutelle")).isEmpty();
    assertThat(b.valeur(PERS, "formation_preposes_mjpm")).contains(new ValeurReponse.Bloc(Map.of()));
  }

  /** Valeurs qu'aucune cellule ne peut porter : écrites au mieux, chacune signalée par un avertissement. */
  @Test
  void valeurs_non_portees_signalees_a_l_export() {
    List<ValeurReponse.Bloc> elements = new ArrayList<>();
    elements.add(new ValeurReponse.Bloc(Map.of()));
    for (int k = 1; k < 22; k++) {
      elements.add(new ValeurReponse.Bloc(Map.of("nombre_mesures", ValeurReponse.entier(k))));
    }
    ReponseEnquete a = ReponseEnquete.vide(TypeEnquete.PREPOSE)
        .avec(MOD, "nombre_lits_journee_hospitalisation", new ValeurReponse.Liste(elements))
        .avec(MOD, "activite_exercee_par", ValeurReponse.texte("inconnu"));
    Resultat<Integer> r = EnqueteExcelWriter.ecrire(a, TypeEnquete.PREPOSE, 2021, new ByteArrayOutputStream(), FormatExcel.XLS);
    assertThat(r.valeur()).isPresent();
    assertThat(r.violations()).extracting(fr.gouv.emjpm.domain.commun.Violation::code, fr.gouv.emjpm.domain.commun.Violation::chemin)
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple("ENQUETE_EXPORT_VALEUR_NON_PORTEE", MOD + ".nombre_lits_journee_hospitalisation"),
            org.assertj.core.groups.Tuple.tuple("ENQUETE_EXPORT_VALEUR_NON_PORTEE", MOD + ".nombre_lits_journee_hospitalisation"),
            org.assertj.core.groups.Tuple.tuple("ENQUETE_EXPORT_VALEUR_NON_PORTEE", MOD + ".activite_exercee_par"));
    assertThat(r.violations()).noneMatch(fr.gouv.emjpm.domain.commun.Violation::estBloquante);
    ReponseEnquete niveau = ReponseEnquete.vide(TypeEnquete.INDIVIDUEL)
        .avec("enquete_reponses_agrements_formations", "niveau_qualification", ValeurReponse.decimal(new BigDecimal("2.5")));
    assertThat(EnqueteExcelWriter.ecrire(niveau, TypeEnquete.INDIVIDUEL, 2021, new ByteArrayOutputStream(), FormatExcel.XLS).violations())
        .extracting(fr.gouv.emjpm.domain.commun.Violation::code).containsExactly("ENQUETE_EXPORT_VALEUR_NON_PORTEE");
  }
}
