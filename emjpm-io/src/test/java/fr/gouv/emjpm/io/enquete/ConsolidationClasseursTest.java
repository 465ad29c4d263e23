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
import fr.gouv.emjpm.rules.enquete.ConsolidationEnquete;
import fr.gouv.emjpm.rules.enquete.MasquageStatistique;
import fr.gouv.emjpm.rules.enquete.TypeChamp;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Consolidation d'un dossier de classeurs générés au moment du test (un département, .xls et .xlsx
 * mêlés, quelques classeurs d'un autre département et quelques fichiers illisibles) : les totaux sont la
 * somme des imports individuels, l'audit exact du secret statistique tient. Le nombre de classeurs est
 * réduit dans le build par défaut (propriété {@code emjpm.consolidation.classeurs}, 300 dans le banc JMH).
 */
class ConsolidationClasseursTest {

  static final int ANNEE = 2021;
  private static final String DEPARTEMENT = "01 - Ain";

  /** Réponse réaliste : petits comptes (beaucoup sous le seuil de 11), 0 à 4 établissements. */
  static ReponseEnquete reponse(TypeEnquete type, long graine, String departement) {
    SplittableRandom a = new SplittableRandom(graine);
    ReponseEnquete r = ReponseEnquete.vide(type);
    for (ChampEnquete c : CatalogueEnquete.standard().champs(type)) {
      if (c.excel().isEmpty() || a.nextInt(6) == 0) {
        continue;
      }
      ValeurReponse v = c.cle().equals("departement") ? ValeurReponse.texte(departement) : valeur(c, a);
      r = EnqueteAllerRetourProperties.poser(r, c, v);
    }
    return EnqueteAllerRetourProperties.blocsDesEtapesRenseignees(r);
  }

  private static ValeurReponse valeur(ChampEnquete c, SplittableRandom a) {
    return switch (c.type()) {
      case ENTIER -> ValeurReponse.entier(a.nextInt(0, 16));
      case ANNEE -> ValeurReponse.entier(2010 + a.nextInt(8));
      case DECIMAL -> ValeurReponse.decimal(BigDecimal.valueOf(a.nextInt(1, 40), 1));
      case TEXTE -> ValeurReponse.texte(c.cle().equals("finess")
          ? String.format(Locale.ROOT, "%02d%07d", 1 + a.nextInt(95), a.nextInt(10_000_000)) : "T" + a.nextInt(100));
      case OUI_NON -> ValeurReponse.ouiNon(a.nextBoolean());
      case ENUMERATION -> ValeurReponse.texte(c.valeurs().get(a.nextInt(c.valeurs().size())).code());
      case GROUPE_REPETE -> {
        List<ValeurReponse.Bloc> el = new ArrayList<>();
        for (int k = a.nextInt(0, 5); k > 0; k--) {
          Map<String, ValeurReponse> m = new LinkedHashMap<>();
          for (ChampEnquete s : c.champsElement()) {
            m.put(s.cle(), valeur(s, a));
          }
          el.add(new ValeurReponse.Bloc(m));
        }
        yield new ValeurReponse.Liste(el);
      }
    };
  }

  /** Génère {@code n} classeurs du type dans le dossier ; renvoie le nombre de fichiers illisibles ajoutés. */
  static int generer(Path dossier, TypeEnquete type, int n) throws IOException {
    int illisibles = 0;
    for (int i = 0; i < n; i++) {
      boolean xlsx = i % 3 == 1;
      String dep = i % 17 == 5 ? "02 - Aisne" : DEPARTEMENT;
      Path f = dossier.resolve(String.format(Locale.ROOT, "reponse-%04d.%s", i, xlsx ? "xlsx" : "xls"));
      if (i % 29 == 7) {
        Files.write(f, new byte[] {1, 2, 3, 4}); // fichier corrompu : refusé, les autres sont lus
        illisibles++;
        continue;
      }
      try (OutputStream out = Files.newOutputStream(f)) {
        Resultat<Integer> r = EnqueteExcelWriter.ecrire(reponse(type, 1000L * i + type.ordinal(), dep), type, ANNEE, out,
            xlsx ? FormatExcel.XLSX : FormatExcel.XLS);
        assertThat(r.estSucces()).isTrue();
      }
    }
    Files.writeString(dossier.resolve("lisez-moi.txt"), "ignoré");
    return illisibles;
  }

  @Test
  void totaux_egaux_a_la_somme_des_imports_individuels_et_audit_tenu(@TempDir Path dossier) throws IOException {
    int n = Integer.getInteger("emjpm.consolidation.classeurs", 40);
    TypeEnquete type = TypeEnquete.PREPOSE;
    int illisibles = generer(dossier, type, n);
    ConsolidationClasseurs.Consolidation c =
        ConsolidationClasseurs.consolider(dossier, type, ANNEE, Optional.of("01"));
    assertThat(c.fichiers()).hasSize(n);
    assertThat(c.fichiers()).filteredOn(f -> f.etat() == ConsolidationClasseurs.EtatFichier.REFUSE)
        .hasSize(illisibles).allSatisfy(f -> assertThat(f.violations()).isNotEmpty());
    long horsPerimetre = c.fichiers().stream().filter(f -> f.etat() == ConsolidationClasseurs.EtatFichier.HORS_PERIMETRE).count();
    assertThat(horsPerimetre).isPositive();
    assertThat(c.totaux().reponses()).isEqualTo(n - illisibles - (int) horsPerimetre);

    // Somme des imports individuels, fichier par fichier, par un calcul indépendant.
    Map<String, BigDecimal> attendu = new LinkedHashMap<>();
    Map<String, BigDecimal> etablissements = new LinkedHashMap<>();
    for (ConsolidationClasseurs.RapportFichier f : c.fichiers()) {
      if (f.etat() != ConsolidationClasseurs.EtatFichier.LU) {
        continue;
      }
      ReponseEnquete p = EnqueteExcelReader.lire(dossier.resolve(f.fichier()), type, ANNEE).valeur().orElseThrow().patch();
      for (ChampEnquete ch : CatalogueEnquete.standard().champs(type)) {
        if (ch.type() == TypeChamp.ENTIER || ch.type() == TypeChamp.DECIMAL) {
          p.valeur(ch.table(), ch.cle()).flatMap(ValeurReponse::nombre)
              .ifPresent(x -> attendu.merge(ch.table() + "|" + ch.cle(), x, BigDecimal::add));
        } else if (ch.type() == TypeChamp.GROUPE_REPETE) {
          p.valeur(ch.table(), ch.cle()).ifPresent(l -> {
            for (ValeurReponse.Bloc b : ((ValeurReponse.Liste) l).elements()) {
              etablissements.merge("nombre", BigDecimal.ONE, BigDecimal::add);
              b.membre("nombre_mesures").flatMap(ValeurReponse::nombre)
                  .ifPresent(x -> etablissements.merge("nombre_mesures", x, BigDecimal::add));
            }
          });
        }
      }
    }
    assertThat(attendu).hasSizeGreaterThan(50);
    attendu.forEach((k, v) -> {
      String[] p = k.split("\\|");
      assertThat(c.totaux().total(p[0], p[1]).orElseThrow().valeur()).as(k).isEqualByComparingTo(v);
    });
    String mod = "enquete_reponses_modalites_exercice";
    String liste = "nombre_lits_journee_hospitalisation";
    assertThat(c.totaux().total(mod, liste + ".nombre").orElseThrow().valeur()).isEqualByComparingTo(etablissements.get("nombre"));
    assertThat(c.totaux().total(mod, liste + ".nombre_mesures").orElseThrow().valeur())
        .isEqualByComparingTo(etablissements.get("nombre_mesures"));

    // Secret statistique : aucun total entier publié entre 1 et 10, audit exact de chaque tableau.
    assertThat(c.totaux().tableaux()).isNotEmpty();
    for (MasquageStatistique.TableauPublie t : c.totaux().tableaux()) {
      assertThat(t.casesRecalculables()).isEmpty();
    }
    for (ConsolidationEnquete.Total t : c.totaux().totaux()) {
      t.publie().ifPresent(v -> {
        if (t.reponses() > 0 && v.signum() > 0 && v.compareTo(BigDecimal.valueOf(11)) < 0 && v.scale() <= 0) {
          assertThat(t.masque()).as("total %s publié sous le seuil", t.cle()).isTrue();
        }
      });
    }
    boolean masques = c.totaux().totaux().stream().anyMatch(ConsolidationEnquete.Total::masque);
    assertThat(c.totaux().totaux()).anyMatch(t -> !t.masque());
    if (n <= 50) { // petit département : des totaux sous le seuil de 11, donc masqués
      assertThat(masques).isTrue();
    }

    // Classeur de sortie : totaux (« secret » pour les masqués) et rapport des fichiers.
    Path sortie = dossier.resolve("sortie").resolve("consolidation.xlsx");
    Files.createDirectories(sortie.getParent());
    try (OutputStream out = Files.newOutputStream(sortie)) {
      assertThat(ConsolidationClasseurs.ecrire(c, out).estSucces()).isTrue();
    }
    try (Workbook wb = WorkbookFactory.create(sortie.toFile(), null, true)) {
      assertThat(wb.getSheet("Totaux").getLastRowNum()).isEqualTo(c.totaux().totaux().size());
      assertThat(wb.getSheet("Fichiers").getLastRowNum()).isEqualTo(n);
      boolean secret = false;
      for (org.apache.poi.ss.usermodel.Row r : wb.getSheet("Totaux")) {
        secret |= r.getCell(3).toString().equals("secret");
      }
      assertThat(secret).isEqualTo(masques);
    }
  }

  @Test
  void departement_par_code_ou_par_nom() {
    assertThat(ConsolidationClasseurs.memeDepartement("01 - Ain", "01")).isTrue();
    assertThat(ConsolidationClasseurs.memeDepartement("Ain", "ain")).isTrue();
    assertThat(ConsolidationClasseurs.memeDepartement("013", "01")).isFalse();
    assertThat(ConsolidationClasseurs.memeDepartement("13 - Bouches-du-Rhône", "1")).isFalse();
    assertThat(ConsolidationClasseurs.memeDepartement("2A Corse-du-Sud", "2A")).isTrue();
    assertThat(ConsolidationClasseurs.memeDepartement("Ainsi", "Ain")).isFalse();
    // nom demandé pour une cellule « code - nom », code saisi comme nombre (0 de tête effacé par Excel)
    assertThat(ConsolidationClasseurs.memeDepartement("01 - Ain", "Ain")).isTrue();
    assertThat(ConsolidationClasseurs.memeDepartement("59 - Nord", "nord")).isTrue();
    assertThat(ConsolidationClasseurs.memeDepartement("1", "01")).isTrue();
    assertThat(ConsolidationClasseurs.memeDepartement("01", "1")).isTrue();
    assertThat(ConsolidationClasseurs.memeDepartement("1", "10")).isFalse();
    assertThat(ConsolidationClasseurs.memeDepartement("10 - Aube", "1")).isFalse();
    assertThat(ConsolidationClasseurs.memeDepartement("01 - Ain", "Aisne")).isFalse();
    assertThat(ConsolidationClasseurs.memeDepartement("971 Guadeloupe", "97")).isFalse();
    assertThat(ConsolidationClasseurs.memeDepartement("2B - Haute-Corse", "haute corse")).isTrue();
  }
}
