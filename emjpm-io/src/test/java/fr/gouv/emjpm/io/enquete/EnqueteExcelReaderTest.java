// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.io.enquete;

import static org.assertj.core.api.Assertions.assertThat;

import fr.gouv.emjpm.domain.commun.Resultat;
import fr.gouv.emjpm.domain.commun.Violation;
import fr.gouv.emjpm.domain.enquete.ReponseEnquete;
import fr.gouv.emjpm.domain.enquete.StatutSection;
import fr.gouv.emjpm.domain.enquete.TypeEnquete;
import fr.gouv.emjpm.domain.enquete.ValeurReponse;
import fr.gouv.emjpm.rules.enquete.CatalogueEnquete;
import fr.gouv.emjpm.rules.enquete.ChampEnquete;
import fr.gouv.emjpm.rules.enquete.TypeChamp;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class EnqueteExcelReaderTest {

  static final int ANNEE = 2021;

  static InputStream modele(TypeEnquete type) {
    return EnqueteExcelReaderTest.class.getResourceAsStream("/enquete/" + type.classeur());
  }

  static ImportEnquete importer(byte[] contenu, TypeEnquete type) {
    Resultat<ImportEnquete> r = EnqueteExcelReader.lire(new ByteArrayInputStream(contenu), type, ANNEE);
    assertThat(r.violations()).filteredOn(Violation::estBloquante).isEmpty();
    return r.valeur().orElseThrow();
  }

  static byte[] modifier(TypeEnquete type, Consumer<Workbook> edition) throws IOException {
    try (InputStream in = modele(type); Workbook wb = new HSSFWorkbook(in)) {
      edition.accept(wb);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      wb.write(out);
      return out.toByteArray();
    }
  }

  static void ecrire(Workbook wb, String feuille, String cellule, Object valeur) {
    Sheet s = feuille.startsWith("activité") ? wb.getSheetAt(CartographieClasseur.indexActivite(typeDe(wb))) : wb.getSheet(feuille);
    CellReference ref = new CellReference(cellule);
    Row row = s.getRow(ref.getRow()) == null ? s.createRow(ref.getRow()) : s.getRow(ref.getRow());
    Cell c = row.getCell(ref.getCol()) == null ? row.createCell(ref.getCol()) : row.getCell(ref.getCol());
    if (valeur instanceof Number n) {
      c.setCellValue(n.doubleValue());
    } else {
      c.setCellValue(valeur.toString());
    }
  }

  static TypeEnquete typeDe(Workbook wb) {
    if (wb.getSheet("info service ") != null) {
      return TypeEnquete.SERVICE;
    }
    return wb.getSheet("modalites d'exercice") != null ? TypeEnquete.PREPOSE : TypeEnquete.INDIVIDUEL;
  }

  @ParameterizedTest
  @EnumSource(TypeEnquete.class)
  void classeur_reel_vide_importe_sans_erreur_bloquante(TypeEnquete type) throws IOException {
    byte[] contenu;
    try (InputStream in = modele(type)) {
      contenu = in.readAllBytes();
    }
    ImportEnquete i = importer(contenu, type);
    assertThat(i.avertissements()).isEmpty();
    assertThat(i.statuts().global()).isNotEqualTo(StatutSection.INVALIDE);
  }

  /** Valeur de test d'un champ simple, distincte par position. */
  static Object valeurCellule(ChampEnquete champ, int i) {
    return switch (champ.type()) {
      case ENTIER -> i + 1;
      case ANNEE -> 2009 + (i % 12);
      case DECIMAL -> i + 1.25;
      case TEXTE -> "T" + i;
      case OUI_NON -> i % 2 == 0 ? "Oui" : "Non";
      case ENUMERATION -> champ.valeurs().get(i % champ.valeurs().size()).libelle();
      case GROUPE_REPETE -> throw new IllegalStateException();
    };
  }

  static ValeurReponse attendue(ChampEnquete champ, Object v) {
    return switch (champ.type()) {
      case ENTIER, ANNEE -> ValeurReponse.entier(((Number) v).longValue());
      case DECIMAL -> ValeurReponse.decimal(EnqueteExcelReader.normaliser(BigDecimal.valueOf(((Number) v).doubleValue())));
      case TEXTE -> ValeurReponse.texte((String) v);
      case OUI_NON -> ValeurReponse.ouiNon(v.equals("Oui"));
      case ENUMERATION -> ValeurReponse.texte(champ.codeDuLibelle((String) v).orElseThrow());
      case GROUPE_REPETE -> throw new IllegalStateException();
    };
  }

  @ParameterizedTest
  @EnumSource(TypeEnquete.class)
  void copie_remplie_cellule_par_cellule_relue_champ_par_champ(TypeEnquete type) throws IOException {
    Map<ChampEnquete, Object> ecrit = new LinkedHashMap<>();
    int i = 0;
    for (ChampEnquete c : CatalogueEnquete.standard().champs(type)) {
      if (c.excel().isPresent() && c.excel().get().estSimple() && c.type() != TypeChamp.GROUPE_REPETE
          && !c.cle().equals("actions_information_tuteurs_familiaux") && !c.cle().equals("nb_structures_concernees")) {
        ecrit.put(c, valeurCellule(c, i++));
      }
    }
    byte[] contenu =
        modifier(type, wb -> ecrit.forEach((c, v) -> ecrire(wb, c.excel().get().feuille(), c.excel().get().cellule(), v)));
    ImportEnquete imp = importer(contenu, type);
    ReponseEnquete p = imp.patch();
    assertThat(ecrit).hasSizeGreaterThan(190);
    for (Map.Entry<ChampEnquete, Object> e : ecrit.entrySet()) {
      ChampEnquete c = e.getKey();
      String cle = c.cle();
      // §12.1 : dans l'annexe 7, la ligne 26 est « Sauvegarde », la 27 « Subrogé » (lecture par libellé).
      if (type == TypeEnquete.PREPOSE && cle.startsWith("subroge_tuteur_createur_")) {
        cle = cle.replace("subroge_tuteur_createur_", "sauvegarde_justice_");
      } else if (type == TypeEnquete.PREPOSE && cle.startsWith("sauvegarde_justice_") && c.table().endsWith("activite")) {
        cle = cle.replace("sauvegarde_justice_", "subroge_tuteur_createur_");
      }
      assertThat(p.valeur(c.table(), cle)).as(type + " " + c.cle()).contains(attendue(c, e.getValue()));
    }
    assertThat(imp.avertissements()).isEmpty();
  }

  @Test
  void individuel_corrections_libelles_valeur_5_annees_et_niveau() throws IOException {
    String f = "info mandataire-exerc. activité";
    byte[] contenu =
        modifier(TypeEnquete.INDIVIDUEL, wb -> {
          ecrire(wb, f, "C39", 5);
          ecrire(wb, f, "C37", 2018);
          ecrire(wb, f, "D52", 0.5);
          ecrire(wb, f, "C17", "10 ans à moins de 20 ans ");
          ecrire(wb, f, "C19", "Zorglub");
          ecrire(wb, f, "C41", "12,7");
          ecrire(wb, f, "C43", "abc");
          ecrire(wb, f, "B11", "Peut-être");
        });
    ImportEnquete imp = importer(contenu, TypeEnquete.INDIVIDUEL);
    String infos = "enquete_reponses_informations_mandataire";
    String agr = "enquete_reponses_agrements_formations";
    assertThat(imp.patch().valeur(agr, "nb_departements")).contains(ValeurReponse.texte("5+"));
    assertThat(imp.patch().valeur(agr, "annee_agrement")).contains(ValeurReponse.entier(2018));
    assertThat(imp.patch().valeur(agr, "niveau_qualification")).contains(ValeurReponse.entier(3));
    assertThat(imp.patch().valeur(infos, "anciennete")).contains(ValeurReponse.texte("10-20"));
    assertThat(imp.patch().valeur(infos, "tranche_age")).isEmpty();
    assertThat(imp.patch().valeur(agr, "nb_mesures_dep_finance")).contains(ValeurReponse.entier(12));
    assertThat(imp.avertissements())
        .extracting(Violation::code, Violation::chemin)
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple("ENQUETE_LIBELLE_INCONNU", f + "!C19"),
            org.assertj.core.groups.Tuple.tuple("ENQUETE_VALEUR_TRONQUEE", f + "!C41"),
            org.assertj.core.groups.Tuple.tuple("ENQUETE_CELLULE_ILLISIBLE", f + "!C43"),
            org.assertj.core.groups.Tuple.tuple("ENQUETE_CELLULE_ILLISIBLE", f + "!B11"));
    assertThat(imp.avertissements()).noneMatch(v -> v.message().contains("abc") || v.message().contains("Zorglub") || v.message().contains("Peut"));
  }

  @Test
  void prepose_personnalite_gc_radios_liste_et_etp_decimal() throws IOException {
    String m = "modalites d'exercice";
    byte[] contenu =
        modifier(TypeEnquete.PREPOSE, wb -> {
          ecrire(wb, m, "E8", "Organisme privé à but non lucratif (dont GC privés)");
          ecrire(wb, m, "C15", 1);
          ecrire(wb, m, "E18", 1);
          ecrire(wb, m, "E52", 1);
          ecrire(wb, m, "A30", "010000001");
          ecrire(wb, m, "C30", "Public");
          ecrire(wb, m, "E30", 12);
          ecrire(wb, "Personnel et formation ", "D7", 1.5);
          ecrire(wb, "Personnel et formation ", "D11", 10.5);
        });
    ImportEnquete imp = importer(contenu, TypeEnquete.PREPOSE);
    String t = "enquete_reponses_modalites_exercice";
    ReponseEnquete p = imp.patch();
    assertThat(p.valeur(t, "personnalite_juridique_etablissement")).contains(ValeurReponse.texte("organisme_prive_non_lucratif"));
    assertThat(p.valeur(t, "activite_exercee_par")).contains(ValeurReponse.texte("service"));
    assertThat(p.valeur(t, "etablissements_type")).contains(ValeurReponse.texte("personne-morale"));
    assertThat(p.valeur(t, "actions_information_tuteurs_familiaux")).contains(ValeurReponse.ouiNon(true));
    ValeurReponse.Liste liste = (ValeurReponse.Liste) p.valeur(t, "nombre_lits_journee_hospitalisation").orElseThrow();
    assertThat(liste.elements()).hasSize(1);
    assertThat(liste.elements().get(0).membres())
        .containsEntry("finess", ValeurReponse.texte("010000001"))
        .containsEntry("statut", ValeurReponse.texte("public"))
        .containsEntry("nombre_lits", ValeurReponse.entier(12))
        .hasSize(3);
    assertThat(imp.statuts().sousSection("modalitesExercice", "etablissements")).contains(StatutSection.INVALIDE);
    String pf = "enquete_reponses_prepose_personel_formation";
    assertThat(p.valeur(pf, "nb_preposes_mjpm_etp")).contains(ValeurReponse.decimal(new BigDecimal("1.5")));
    assertThat(p.valeur(pf, "formation_preposes_mjpm.en_poste_cnc.heures_formation"))
        .contains(ValeurReponse.decimal(new BigDecimal("10.5")));
  }

  @Test
  void service_radios_et_cooperation() throws IOException {
    byte[] contenu =
        modifier(TypeEnquete.SERVICE, wb -> {
          ecrire(wb, "info service ", "C10", 1);
          ecrire(wb, "info service ", "C27", 1);
          ecrire(wb, "info service ", "C19", 4);
        });
    ReponseEnquete p = importer(contenu, TypeEnquete.SERVICE).patch();
    String t = "enquete_reponses_service_informations";
    assertThat(p.valeur(t, "type_organisme_gestionnaire")).contains(ValeurReponse.texte("ccas"));
    assertThat(p.valeur(t, "affiliation_federation")).contains(ValeurReponse.texte("fnat"));
    assertThat(p.valeur(t, "nb_structures_concernees")).isEmpty();
  }

  @Test
  void fichiers_hostiles_refuses_par_violation_typee() throws IOException {
    Resultat<ImportEnquete> pasExcel =
        EnqueteExcelReader.lire(new ByteArrayInputStream("bonjour".getBytes(java.nio.charset.StandardCharsets.UTF_8)), TypeEnquete.SERVICE, ANNEE);
    assertThat(pasExcel.rapport().codes()).containsExactly("ENQUETE_FORMAT_NON_SUPPORTE");
    byte[] contenu;
    try (InputStream in = modele(TypeEnquete.SERVICE)) {
      contenu = in.readAllBytes();
    }
    byte[] tronque = java.util.Arrays.copyOf(contenu, 3000);
    assertThat(EnqueteExcelReader.lire(new ByteArrayInputStream(tronque), TypeEnquete.SERVICE, ANNEE).rapport().codes())
        .containsExactly("ENQUETE_FICHIER_ILLISIBLE");
    byte[] zipCorrompu = new byte[4096];
    zipCorrompu[0] = 'P';
    zipCorrompu[1] = 'K';
    zipCorrompu[2] = 3;
    zipCorrompu[3] = 4;
    assertThat(EnqueteExcelReader.lire(new ByteArrayInputStream(zipCorrompu), TypeEnquete.SERVICE, ANNEE).rapport().codes())
        .containsExactly("ENQUETE_FICHIER_ILLISIBLE");
    InputStream enorme = new InputStream() {
      long n;
      @Override
      public int read() {
        return n++ <= EnqueteExcelReader.TAILLE_MAX ? 0 : -1;
      }
    };
    assertThat(EnqueteExcelReader.lire(enorme, TypeEnquete.SERVICE, ANNEE).rapport().codes())
        .containsExactly("ENQUETE_FICHIER_TROP_GROS");
    // Mauvais classeur pour le type : feuilles manquantes, bloquant.
    assertThat(EnqueteExcelReader.lire(new ByteArrayInputStream(contenu), TypeEnquete.PREPOSE, ANNEE).rapport().codes())
        .contains("ENQUETE_FEUILLE_MANQUANTE");
  }
}
