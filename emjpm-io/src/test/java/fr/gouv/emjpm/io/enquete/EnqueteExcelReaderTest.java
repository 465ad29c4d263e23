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
import fr.gouv.emjpm.rules.enquete.CelluleExcel;
import fr.gouv.emjpm.rules.enquete.ChampEnquete;
import fr.gouv.emjpm.rules.enquete.TypeChamp;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
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
import org.junit.jupiter.params.provider.CsvSource;
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

  /** Valeur de test d'une cellule, distincte par position {@code i} (0 pour la première cellule entière). */
  static Object valeurCellule(ChampEnquete champ, int i) {
    return switch (champ.type()) {
      case ENTIER -> i;
      case ANNEE -> 2009 + i;
      case DECIMAL -> i + 1.25;
      case TEXTE -> champ.cle().equals("finess") ? String.format(java.util.Locale.ROOT, "%09d", 10_000_000 + i) : "T" + i;
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

  /** Une cellule écrite par le test. */
  record Ecriture(String feuille, CellReference ref, Object valeur) {
    String adresse() {
      return feuille + "!" + ref.formatAsString(false);
    }
  }

  /** Une copie du classeur : les cellules écrites et le patch attendu, exactement. */
  record Copie(List<Ecriture> ecritures, ReponseEnquete attendu) {}

  /**
   * Copies du classeur réel où chaque cellule d'entrée du catalogue reçoit une valeur connue : toutes
   * les cellules simples, les 20 lignes × 8 colonnes des établissements, la case E52, C17 = 1 avec C19 ;
   * la copie k met 1 (ou, pour le niveau, une valeur non vide) à la position k de chaque champ à choix,
   * de sorte que chaque position est couverte par une copie.
   */
  static List<Copie> copies(TypeEnquete type) {
    CatalogueEnquete cat = CatalogueEnquete.standard();
    List<ChampEnquete> champs = cat.champs(type).stream().filter(c -> c.excel().isPresent()).toList();
    int nombre = champs.stream().filter(CartographieClasseur::estChoix)
        .mapToInt(c -> CartographieClasseur.cellulesDuChoix(c.excel().get()).size()).max().orElse(1);
    List<Copie> r = new ArrayList<>();
    for (int k = 0; k < nombre; k++) {
      List<Ecriture> e = new ArrayList<>();
      ReponseEnquete attendu = ReponseEnquete.vide(type);
      int i = 0;
      for (ChampEnquete c : champs) {
        CelluleExcel x = c.excel().get();
        String f = x.feuille();
        if (c.type() == TypeChamp.GROUPE_REPETE) {
          List<ValeurReponse.Bloc> elements = new ArrayList<>();
          for (int ligne : CartographieClasseur.lignesListe(x)) {
            Map<String, ValeurReponse> m = new LinkedHashMap<>();
            for (ChampEnquete sous : c.champsElement()) {
              Object v = valeurCellule(sous, i++);
              e.add(new Ecriture(f, CartographieClasseur.celluleElement(sous, ligne), v));
              m.put(sous.cle(), attendue(sous, v));
            }
            elements.add(new ValeurReponse.Bloc(m));
          }
          attendu = EnqueteAllerRetourProperties.poser(attendu, c, new ValeurReponse.Liste(elements));
        } else if (CartographieClasseur.estChoix(c)) {
          List<CellReference> cellules = CartographieClasseur.cellulesDuChoix(x);
          int position = k % cellules.size();
          boolean niveau = c.cle().equals("niveau_qualification");
          e.add(new Ecriture(f, cellules.get(position), niveau ? 0.25 * (k + 1) : 1));
          attendu = EnqueteAllerRetourProperties.poser(attendu, c,
              niveau ? ValeurReponse.entier(position + 1L) : ValeurReponse.texte(c.valeurs().get(position).code()));
        } else if (c.cle().equals("actions_information_tuteurs_familiaux")) {
          e.add(new Ecriture(f, new CellReference(x.cellule()), 1));
          attendu = EnqueteAllerRetourProperties.poser(attendu, c, ValeurReponse.ouiNon(true));
        } else {
          if (c.cle().equals("nb_structures_concernees")) {
            assertThat(x.conversion()).contains(CartographieClasseur.CELLULE_COOPERATION);
            e.add(new Ecriture(f, new CellReference(CartographieClasseur.CELLULE_COOPERATION), 1));
          }
          Object v = valeurCellule(c, i++);
          e.add(new Ecriture(f, new CellReference(x.cellule()), v));
          attendu = EnqueteAllerRetourProperties.poser(attendu, champRelu(cat, type, c), attendue(c, v));
        }
      }
      r.add(new Copie(e, attendu));
    }
    return r;
  }

  /**
   * Champ attendu pour la cellule du catalogue d'un champ : §12.1, dans l'annexe 7 la ligne 26 du
   * catalogue (subrogé) porte « Sauvegarde » et la 27 (sauvegarde) « Subrogé » ; l'import lit par libellé.
   */
  static ChampEnquete champRelu(CatalogueEnquete cat, TypeEnquete type, ChampEnquete c) {
    String cle = c.cle();
    if (type != TypeEnquete.PREPOSE || !c.table().endsWith("activite")) {
      return c;
    }
    if (cle.startsWith("subroge_tuteur_createur_")) {
      cle = cle.replace("subroge_tuteur_createur_", "sauvegarde_justice_");
    } else if (cle.startsWith("sauvegarde_justice_")) {
      cle = cle.replace("sauvegarde_justice_", "subroge_tuteur_createur_");
    }
    return cat.champ(type, c.table(), cle).orElseThrow();
  }

  /** Nombre de cellules d'entrée d'un type d'après le catalogue (plages, alternatives, lignes × colonnes, C17). */
  static int cellulesDuCatalogue(TypeEnquete type) {
    int n = 0;
    for (ChampEnquete c : CatalogueEnquete.standard().champs(type)) {
      if (c.excel().isEmpty()) {
        continue;
      }
      String cellule = c.excel().get().cellule();
      if (c.type() == TypeChamp.GROUPE_REPETE) {
        String[] p = cellule.split(":");
        n += (new CellReference(p[1]).getRow() - new CellReference(p[0]).getRow() + 1) * c.champsElement().size();
      } else if (cellule.contains("/")) {
        n += cellule.split("/").length;
      } else if (cellule.contains(":")) {
        String[] p = cellule.split(":");
        CellReference a = new CellReference(p[0]);
        CellReference b = new CellReference(p[1]);
        n += (b.getRow() - a.getRow() + 1) * (b.getCol() - a.getCol() + 1);
      } else {
        n += c.cle().equals("nb_structures_concernees") ? 2 : 1;
      }
    }
    return n;
  }

  @ParameterizedTest
  @CsvSource({"INDIVIDUEL,222,6", "SERVICE,220,6", "PREPOSE,446,2"})
  void copie_remplie_cellule_par_cellule_relue_champ_par_champ(TypeEnquete type, int cellules, int nombreCopies)
      throws IOException {
    List<Copie> copies = copies(type);
    assertThat(copies).hasSize(nombreCopies);
    java.util.Set<String> couvertes = new java.util.LinkedHashSet<>();
    for (Copie copie : copies) {
      byte[] contenu = modifier(type, wb -> copie.ecritures().forEach(e -> ecrire(wb, e.feuille(), e.ref().formatAsString(false), e.valeur())));
      ImportEnquete imp = importer(contenu, type);
      ReponseEnquete p = imp.patch();
      for (ChampEnquete c : CatalogueEnquete.standard().champs(type)) {
        assertThat(p.valeur(c.table(), c.cle())).as(type + " " + c.cle()).isEqualTo(copie.attendu().valeur(c.table(), c.cle()));
      }
      assertThat(p).as("aucune clé au-delà des cellules écrites").isEqualTo(copie.attendu());
      assertThat(imp.avertissements()).isEmpty();
      copie.ecritures().forEach(e -> couvertes.add(e.adresse()));
    }
    assertThat(couvertes).hasSize(cellulesDuCatalogue(type)).hasSize(cellules);
    // chaque champ du catalogue porté par le classeur revient d'au moins une copie
    for (ChampEnquete c : CatalogueEnquete.standard().champs(type)) {
      if (c.excel().isPresent()) {
        assertThat(copies).as(c.cle()).anyMatch(k -> k.attendu().valeur(c.table(), c.cle()).isPresent());
      }
    }
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
    ImportEnquete imp = importer(contenu, TypeEnquete.SERVICE);
    ReponseEnquete p = imp.patch();
    String t = "enquete_reponses_service_informations";
    assertThat(p.valeur(t, "type_organisme_gestionnaire")).contains(ValeurReponse.texte("ccas"));
    assertThat(p.valeur(t, "affiliation_federation")).contains(ValeurReponse.texte("fnat"));
    assertThat(p.valeur(t, "nb_structures_concernees")).isEmpty();
    assertThat(codesEtCellules(imp)).containsExactly(tuple("ENQUETE_CELLULE_IGNOREE", "info service !C19"));
  }

  static List<org.assertj.core.groups.Tuple> codesEtCellules(ImportEnquete imp) {
    return imp.avertissements().stream().map(v -> tuple(v.code(), v.chemin())).toList();
  }

  static org.assertj.core.groups.Tuple tuple(Object... valeurs) {
    return org.assertj.core.groups.Tuple.tuple(valeurs);
  }

  /** Chaque cellule non prise en compte donne un avertissement à son adresse (et la valeur n'entre pas dans le patch). */
  @ParameterizedTest(name = "{0}")
  @org.junit.jupiter.params.provider.MethodSource("cellulesIgnorees")
  void cellule_ignoree_signalee_avec_son_adresse(
      String cas, TypeEnquete type, Map<String, Object> cellules, String table, String cle,
      java.util.Optional<ValeurReponse> attendu, List<String> avertis) throws IOException {
    byte[] contenu = modifier(type, wb -> cellules.forEach((adr, v) -> {
      String[] p = adr.split("!");
      ecrire(wb, p[0], p[1], v);
    }));
    ImportEnquete imp = importer(contenu, type);
    assertThat(imp.patch().valeur(table, cle)).as(cas).isEqualTo(attendu);
    assertThat(imp.avertissements()).as(cas).extracting(Violation::chemin).containsExactlyInAnyOrderElementsOf(avertis);
    assertThat(imp.avertissements()).as(cas).allSatisfy(v -> {
      assertThat(v.arguments()).containsEntry("cellule", v.chemin());
      cellules.values().stream().filter(x -> x instanceof String t && t.length() > 3)
          .forEach(x -> assertThat(v.message()).doesNotContain((String) x));
    });
  }

  static java.util.stream.Stream<org.junit.jupiter.params.provider.Arguments> cellulesIgnorees() {
    String m = "modalites d'exercice";
    String pf = "Personnel et formation ";
    String fin = "Financement";
    String info = "info mandataire-exerc. activité";
    String svc = "info service ";
    String mod = "enquete_reponses_modalites_exercice";
    String ppf = "enquete_reponses_prepose_personel_formation";
    String tfin = "enquete_reponses_financement";
    String agr = "enquete_reponses_agrements_formations";
    String inf = "enquete_reponses_informations_mandataire";
    String si = "enquete_reponses_service_informations";
    java.util.Optional<ValeurReponse> rien = java.util.Optional.empty();
    return java.util.stream.Stream.of(
        cas("radio C13 = 2", TypeEnquete.PREPOSE, Map.of(m + "!C13", 2), mod, "activite_exercee_par", rien, m + "!C13"),
        cas("radio C13 = 2 et C15 = 1", TypeEnquete.PREPOSE, Map.of(m + "!C13", 2, m + "!C15", 1), mod, "activite_exercee_par",
            java.util.Optional.of(ValeurReponse.texte("service")), m + "!C13"),
        cas("radio C13 = « x »", TypeEnquete.PREPOSE, Map.of(m + "!C13", "x"), mod, "activite_exercee_par", rien, m + "!C13"),
        cas("radio texte quelconque", TypeEnquete.PREPOSE, Map.of(m + "!C15", "Zorglub-secret"), mod, "activite_exercee_par", rien,
            m + "!C15"),
        cas("radio texte « 1 » lu comme 1", TypeEnquete.PREPOSE, Map.of(m + "!E20", "1"), mod, "etablissements_type",
            java.util.Optional.of(ValeurReponse.texte("convention-groupement"))),
        cas("deux radios à 1 : la première gagne", TypeEnquete.PREPOSE, Map.of(m + "!E18", 1, m + "!E20", 1), mod, "etablissements_type",
            java.util.Optional.of(ValeurReponse.texte("personne-morale")), m + "!E20"),
        cas("radio service C9 = 0 : 0 compte comme vide", TypeEnquete.SERVICE, Map.of(svc + "!C9", 0, svc + "!C11", 1), si,
            "type_organisme_gestionnaire", java.util.Optional.of(ValeurReponse.texte("organisme_securite_sociale"))),
        cas("fédération : deux cases", TypeEnquete.SERVICE, Map.of(svc + "!C25", 1, svc + "!C30", 1), si, "affiliation_federation",
            java.util.Optional.of(ValeurReponse.texte("unaf")), svc + "!C30"),
        cas("E52 = « x »", TypeEnquete.PREPOSE, Map.of(m + "!E52", "x"), mod, "actions_information_tuteurs_familiaux", rien, m + "!E52"),
        cas("E52 = 2", TypeEnquete.PREPOSE, Map.of(m + "!E52", 2), mod, "actions_information_tuteurs_familiaux", rien, m + "!E52"),
        cas("E52 vide → non", TypeEnquete.PREPOSE, Map.of(), mod, "actions_information_tuteurs_familiaux",
            java.util.Optional.of(ValeurReponse.ouiNon(false))),
        cas("C19 sans C17", TypeEnquete.SERVICE, Map.of(svc + "!C19", 4), si, "nb_structures_concernees", rien, svc + "!C19"),
        cas("C19 avec C17 = 0", TypeEnquete.SERVICE, Map.of(svc + "!C17", 0, svc + "!C19", 4), si, "nb_structures_concernees", rien,
            svc + "!C19"),
        cas("C17 = 2", TypeEnquete.SERVICE, Map.of(svc + "!C17", 2, svc + "!C19", 4), si, "nb_structures_concernees", rien,
            svc + "!C17", svc + "!C19"),
        cas("C17 = 1", TypeEnquete.SERVICE, Map.of(svc + "!C17", 1, svc + "!C19", 4), si, "nb_structures_concernees",
            java.util.Optional.of(ValeurReponse.entier(4))),
        cas("niveau : deux cellules", TypeEnquete.INDIVIDUEL, Map.of(info + "!C52", 1, info + "!F52", 0.5), agr, "niveau_qualification",
            java.util.Optional.of(ValeurReponse.entier(2)), info + "!F52"),
        cas("niveau 6 à 0 : vide", TypeEnquete.INDIVIDUEL, Map.of(info + "!G52", 0), agr, "niveau_qualification", rien),
        cas("niveau 6 seul", TypeEnquete.INDIVIDUEL, Map.of(info + "!G52", 1), agr, "niveau_qualification",
            java.util.Optional.of(ValeurReponse.entier(6))),
        cas("B52..F52 = 0 et G52 = 1 : niveau 6", TypeEnquete.INDIVIDUEL, Map.of(info + "!B52", 0, info + "!C52", 0, info + "!D52", 0,
            info + "!E52", 0, info + "!F52", 0, info + "!G52", 1), agr, "niveau_qualification",
            java.util.Optional.of(ValeurReponse.entier(6))),
        cas("CNC préposés 0 gardé", TypeEnquete.PREPOSE, Map.of(pf + "!C11", 0), ppf, "formation_preposes_mjpm.en_poste_cnc.nb_preposes",
            java.util.Optional.of(ValeurReponse.entier(0))),
        cas("CNC préposés négatif", TypeEnquete.PREPOSE, Map.of(pf + "!C11", -2), ppf, "formation_preposes_mjpm.en_poste_cnc.nb_preposes",
            rien, pf + "!C11"),
        cas("CNC préposés -0,5 non tronqué en 0", TypeEnquete.PREPOSE, Map.of(pf + "!C12", -0.5), ppf,
            "formation_preposes_mjpm.formation_non_cnc.nb_preposes", rien, pf + "!C12"),
        cas("CNC préposés texte", TypeEnquete.PREPOSE, Map.of(pf + "!C13", "abc"), ppf,
            "formation_preposes_mjpm.non_formation_non_cnc.nb_preposes", rien, pf + "!C13"),
        cas("heures CNC 0 gardé", TypeEnquete.PREPOSE, Map.of(pf + "!D11", 0), ppf, "formation_preposes_mjpm.en_poste_cnc.heures_formation",
            java.util.Optional.of(ValeurReponse.decimal(BigDecimal.ZERO))),
        cas("niveau ETP préposés 0 gardé", TypeEnquete.PREPOSE, Map.of(pf + "!D26", 0), ppf, "niveaux_qualification.n6.nb_preposes_etp",
            java.util.Optional.of(ValeurReponse.decimal(BigDecimal.ZERO))),
        cas("niveau préposés 0 gardé", TypeEnquete.PREPOSE, Map.of(pf + "!C21", 0), ppf, "niveaux_qualification.n1.nb_preposes",
            java.util.Optional.of(ValeurReponse.entier(0))),
        cas("financement 0 gardé", TypeEnquete.PREPOSE, Map.of(fin + "!B6", 0), tfin, "charges_personnel",
            java.util.Optional.of(ValeurReponse.decimal(BigDecimal.ZERO))),
        cas("financement public 0 gardé", TypeEnquete.PREPOSE, Map.of(fin + "!D8", 0), tfin, "financement_public",
            java.util.Optional.of(ValeurReponse.decimal(BigDecimal.ZERO))),
        cas("financement négatif", TypeEnquete.PREPOSE, Map.of(fin + "!B7", -1), tfin, "charges_preposes", rien, fin + "!B7"),
        cas("ETP secrétariat 0 (borne exclue)", TypeEnquete.INDIVIDUEL, Map.of(info + "!D28", 0), inf, "secretaire_specialise_etp", rien,
            info + "!D28"),
        cas("ETP secrétariat négatif", TypeEnquete.INDIVIDUEL, Map.of(info + "!D28", -0.5), inf, "secretaire_specialise_etp", rien,
            info + "!D28"),
        cas("ETP secrétariat 0,01", TypeEnquete.INDIVIDUEL, Map.of(info + "!D28", 0.01), inf, "secretaire_specialise_etp",
            java.util.Optional.of(ValeurReponse.decimal(new BigDecimal("0.01")))),
        cas("ETP secrétaires niveau 0 gardé", TypeEnquete.INDIVIDUEL, Map.of(info + "!B53", 0), agr, "secretaire_specialise_etp_n1",
            java.util.Optional.of(ValeurReponse.decimal(BigDecimal.ZERO))),
        cas("ETP secrétaires niveau négatif", TypeEnquete.INDIVIDUEL, Map.of(info + "!G53", -1), agr, "secretaire_specialise_etp_n6", rien,
            info + "!G53"),
        cas("B22 = 0 sans ligne : liste vide", TypeEnquete.PREPOSE, Map.of(m + "!B22", 0), mod, "nombre_lits_journee_hospitalisation",
            java.util.Optional.of(new ValeurReponse.Liste(List.of()))),
        cas("B22 = 3 sans ligne", TypeEnquete.PREPOSE, Map.of(m + "!B22", 3), mod, "nombre_lits_journee_hospitalisation", rien, m + "!B22"),
        cas("B22 = 3 avec une ligne : la liste, nombre différent signalé", TypeEnquete.PREPOSE, Map.of(m + "!B22", 3, m + "!G29", 0), mod,
            "nombre_lits_journee_hospitalisation",
            java.util.Optional.of(new ValeurReponse.Liste(List.of(new ValeurReponse.Bloc(Map.of("nombre_mesures", ValeurReponse.entier(0)))))),
            m + "!B22"));
  }

  private static org.junit.jupiter.params.provider.Arguments cas(
      String nom, TypeEnquete type, Map<String, Object> cellules, String table, String cle,
      java.util.Optional<ValeurReponse> attendu, String... avertis) {
    return org.junit.jupiter.params.provider.Arguments.of(nom, type, cellules, table, cle, attendu, List.of(avertis));
  }

  @Test
  void codes_des_cellules_ignorees_et_valeurs_sous_le_minimum() throws IOException {
    String m = "modalites d'exercice";
    byte[] contenu = modifier(TypeEnquete.PREPOSE, wb -> {
      ecrire(wb, m, "C13", 2);
      ecrire(wb, "Financement", "B7", -1);
    });
    ImportEnquete imp = importer(contenu, TypeEnquete.PREPOSE);
    assertThat(codesEtCellules(imp)).containsExactlyInAnyOrder(
        tuple("ENQUETE_CELLULE_IGNOREE", m + "!C13"), tuple("ENQUETE_VALEUR_IGNOREE", "Financement!B7"));
    assertThat(imp.avertissements()).filteredOn(v -> v.code().equals("ENQUETE_VALEUR_IGNOREE"))
        .singleElement().satisfies(v -> assertThat(v.arguments()).containsEntry("min", "≥ 0").containsEntry("champ", "charges_preposes"));
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
        .containsExactly("FICHIER_ILLISIBLE");
    byte[] zipCorrompu = new byte[4096];
    zipCorrompu[0] = 'P';
    zipCorrompu[1] = 'K';
    zipCorrompu[2] = 3;
    zipCorrompu[3] = 4;
    assertThat(EnqueteExcelReader.lire(new ByteArrayInputStream(zipCorrompu), TypeEnquete.SERVICE, ANNEE).rapport().codes())
        .containsExactly("FICHIER_ILLISIBLE");
    InputStream enorme = new InputStream() {
      long n;
      @Override
      public int read() {
        return n++ <= EnqueteExcelReader.TAILLE_MAX ? 0 : -1;
      }
    };
    assertThat(EnqueteExcelReader.lire(enorme, TypeEnquete.SERVICE, ANNEE).rapport().codes())
        .containsExactly("FICHIER_TROP_VOLUMINEUX");
    // Mauvais classeur pour le type : feuilles manquantes, bloquant.
    assertThat(EnqueteExcelReader.lire(new ByteArrayInputStream(contenu), TypeEnquete.PREPOSE, ANNEE).rapport().codes())
        .contains("ENQUETE_FEUILLE_MANQUANTE");
  }
}
