// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.io.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.gouv.emjpm.io.internal.Enregistreur.Cellule;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@link LecteurOds} sur de vrais classeurs écrits par LibreOffice Calc 7.4 (fr-FR), corpus {@code
 * reel/ods/} régénéré par {@code reel/regenerer.sh} : valeurs exactes, types, numéros de ligne et de
 * colonne, répétitions, fusions, formules, feuilles multiples ; refus typés du classeur chiffré et du
 * modèle .ots.
 */
class LecteurOdsTest {

  static final LecteurOds.Limites LARGES = new LecteurOds.Limites(100_001, 50, 1_000, LecteurOds.CONTENU_MAX);
  private static final DateTimeFormatter JJ_MM_AAAA = DateTimeFormatter.ofPattern("d/M/uuuu");

  static Path reel(String nom) {
    try {
      return Path.of(Objects.requireNonNull(LecteurOdsTest.class.getResource("/reel/" + nom)).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  static Enregistreur lire(Path fichier) {
    return lire(fichier, LARGES, new Enregistreur());
  }

  static Enregistreur lire(Path fichier, LecteurOds.Limites limites, Enregistreur e) {
    LecteurOds.lire(fichier, limites, new Echeance(Duration.ofSeconds(30), Enregistreur.CODES), Enregistreur.CODES, e);
    return e;
  }

  /** Code de la violation portée par l'arrêt de la lecture de {@code fichier}. */
  static String refus(Path fichier, LecteurOds.Limites limites) {
    try {
      lire(fichier, limites, new Enregistreur());
    } catch (ArretLecture a) {
      assertThat(a.getMessage()).isNull();
      assertThat(a.getStackTrace()).isEmpty();
      return a.violation().code();
    }
    throw new AssertionError("lecture acceptée");
  }

  static LocalDate depuisSerie(double serie) {
    return LocalDate.of(1899, 12, 30).plusDays((long) Math.floor(serie));
  }

  /** Saisie d'origine : lignes de {@code sources/<nom>}, champs séparés par {@code ;}. */
  static List<String[]> source(String nom) throws IOException {
    List<String[]> l = new ArrayList<>();
    for (String ligne : Files.readAllLines(reel("sources/" + nom), StandardCharsets.UTF_8)) {
      l.add(ligne.split(";", -1));
    }
    return l;
  }

  /**
   * Chaque valeur saisie se relit à sa place exacte (ligne i + 1, colonne de l'en-tête de même nom) :
   * texte identique, nombre de même valeur (code postal 02100 saisi devient 2100), date du même jour ;
   * une valeur vide ne rend aucune cellule.
   */
  static void memesValeurs(Enregistreur e, String feuille, List<String[]> saisie) {
    String[] entete = saisie.get(0);
    List<String> titres = new ArrayList<>();
    for (int c = 0; c < 30; c++) {
      titres.add(e.a(feuille, 1, c).map(x -> (String) x.valeur()).orElse(""));
    }
    int comparees = 0;
    for (int i = 1; i < saisie.size(); i++) {
      for (int j = 0; j < entete.length; j++) {
        int colonne = titres.indexOf(entete[j]);
        if (colonne < 0) {
          continue;
        }
        String attendu = saisie.get(i)[j];
        var cellule = e.a(feuille, i + 1, colonne);
        String ou = feuille + " ligne " + (i + 1) + " colonne " + entete[j];
        if (attendu.isEmpty()) {
          assertThat(cellule).as(ou).isEmpty();
          continue;
        }
        Cellule c = cellule.orElseThrow(() -> new AssertionError("absente : " + ou));
        switch (c.genre()) {
          case "texte" -> assertThat(c.valeur()).as(ou).isEqualTo(attendu);
          case "nombre" -> assertThat((double) c.valeur()).as(ou).isEqualTo(Double.parseDouble(attendu));
          case "date" -> {
            assertThat(c.format().date()).isTrue();
            assertThat(depuisSerie((double) c.valeur())).as(ou).isEqualTo(date(attendu));
          }
          default -> throw new AssertionError(c.genre() + " : " + ou);
        }
        comparees++;
      }
    }
    assertThat(comparees).isGreaterThan(100);
  }

  private static LocalDate date(String s) {
    try {
      return LocalDate.parse(s);
    } catch (DateTimeParseException e) {
      return LocalDate.parse(s, JJ_MM_AAAA);
    }
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
      "lo-base.ods, base.csv",
      "lo-base-colonnes-texte.ods, base.csv",
      "lo-dates-variees.ods, dates-variees.csv",
      "modele-emjpm-rempli.ods, type-etablissement.csv",
      "modele-reel-rempli.ods, type-etablissement.csv"})
  void chaqueValeurSaisieSeRelitASaPlace(String fichier, String saisie) throws IOException {
    Enregistreur e = lire(reel("ods/" + fichier));
    String feuille = e.feuilles.get(0);
    memesValeurs(e, feuille, source(saisie));
    assertThat(e.lignes(feuille)).containsExactlyElementsOf(
        Stream.iterate(1, i -> i + 1).limit(source(saisie).size()).toList());
  }

  @Test
  void lesTypesSuiventLaSaisie() {
    // saisie au clavier : date comme date, code postal 02100 devenu nombre, RG 19/00123 texte, SIRET nombre
    Enregistreur base = lire(reel("ods/lo-base.ods"));
    String f = base.feuilles.get(0);
    assertThat(base.a(f, 2, 0)).contains(new Cellule("date", 43539.0, LecteurOds.DATE));
    assertThat(base.a(f, 2, 2)).contains(new Cellule("nombre", 2100.0, LecteurOds.NOMBRE));
    assertThat(base.a(f, 2, 6)).contains(new Cellule("texte", "19/00123", null));
    assertThat(base.a(f, 3, 6)).contains(new Cellule("nombre", 1800456.0, LecteurOds.NOMBRE));
    assertThat(base.a(f, 2, 9)).contains(new Cellule("nombre", 17800111100065.0, LecteurOds.NOMBRE));
    // colonnes préformatées « Texte » : code postal 02100 gardé tel quel, date en texte
    Enregistreur texte = lire(reel("ods/lo-base-colonnes-texte.ods"));
    String t = texte.feuilles.get(0);
    assertThat(texte.a(t, 2, 2)).contains(new Cellule("texte", "02100", null));
    assertThat(texte.a(t, 2, 0)).contains(new Cellule("texte", "15/03/2019", null));
    // modèle emjpm (colonne code postal au format texte) rempli au clavier
    Enregistreur modele = lire(reel("ods/modele-emjpm-rempli.ods"));
    String m = modele.feuilles.get(0);
    assertThat(modele.a(m, 2, 2)).contains(new Cellule("texte", "02100", null));
    assertThat(modele.a(m, 2, 0)).contains(new Cellule("date", 43539.0, LecteurOds.DATE));
  }

  @Test
  void structuresDuClasseur() {
    Enregistreur e = lire(reel("ods/lo-structures.ods"));
    assertThat(e.feuilles).containsExactly("Mesures", "Types", "Répétées", "Cachée", "Vide");
    // formules : valeur en cache (nombre, texte, erreur)
    assertThat(e.a("Mesures", 2, 10)).contains(new Cellule("nombre", 2019.0, LecteurOds.NOMBRE));
    assertThat(e.a("Mesures", 13, 10)).contains(new Cellule("nombre", 2024.0, LecteurOds.NOMBRE));
    assertThat(e.a("Mesures", 2, 11)).contains(new Cellule("texte", "RG-19/00123", null));
    assertThat(e.a("Mesures", 3, 11)).contains(new Cellule("erreur", "", null));
    // fusions : la cellule visible seule, à sa colonne ; les cellules couvertes ne rendent rien
    assertThat(e.a("Mesures", 1, 12)).contains(new Cellule("texte", "Titre fusionné", null));
    assertThat(e.a("Mesures", 1, 13)).isEmpty();
    assertThat(e.a("Mesures", 1, 14)).isEmpty();
    assertThat(e.a("Mesures", 2, 12)).contains(new Cellule("texte", "Vertical", null));
    assertThat(e.a("Mesures", 3, 12)).isEmpty();
    assertThat(e.a("Mesures", 4, 12)).isEmpty();
    // le commentaire n'est pas du texte de cellule
    assertThat(e.a("Mesures", 2, 3)).contains(new Cellule("texte", "Saint-Quentin", null));
    assertThat(e.cellules.values()).noneMatch(c -> String.valueOf(c.valeur()).contains("commentaire"));
    // lignes vides stylées (jusqu'à la ligne 300) : rien
    assertThat(e.lignes("Mesures")).containsExactlyElementsOf(Stream.iterate(1, i -> i + 1).limit(13).toList());

    assertThat(e.a("Types", 1, 0)).contains(new Cellule("booleen", true, null));
    assertThat(e.a("Types", 1, 1)).contains(new Cellule("booleen", false, null));
    assertThat(e.a("Types", 1, 2)).contains(new Cellule("nombre", 0.25, LecteurOds.POURCENTAGE));
    assertThat(e.a("Types", 1, 3)).contains(new Cellule("nombre", 1234.5, LecteurOds.MONETAIRE));
    assertThat(e.a("Types", 1, 4)).contains(new Cellule("date", 0.4375, LecteurOds.HEURE));
    assertThat(e.a("Types", 1, 5)).contains(new Cellule("date", 43539.5, LecteurOds.DATE_HEURE));
    // 20/01/1900 : série 20 comme dans Excel (avant le 29/02/1900 fictif)
    assertThat(e.a("Types", 1, 6)).contains(new Cellule("date", 20.0, LecteurOds.DATE));
    assertThat(e.a("Types", 1, 7)).contains(new Cellule("nombre", -0.5, LecteurOds.NOMBRE));
    assertThat(e.a("Types", 2, 0)).contains(new Cellule("texte", "ligne un\nligne deux", null));
    assertThat(e.a("Types", 2, 1)).contains(new Cellule("texte", "a     b", null));
    assertThat(e.a("Types", 2, 2)).contains(new Cellule("texte", "a\tb", null));
    assertThat(e.a("Types", 2, 3)).contains(new Cellule("texte", "  devant", null));
    assertThat(e.a("Types", 2, 4)).contains(new Cellule("texte", "gras puis normal", null));
    assertThat(e.a("Types", 2, 5)).contains(new Cellule("texte", "voir lien", null));
    assertThat(e.a("Types", 2, 25)).contains(new Cellule("texte", "loin", null));
    assertThat(e.lignes("Types")).containsExactly(1, 2, 5);
    assertThat(e.a("Types", 5, 0)).contains(new Cellule("texte", "après deux lignes vides", null));

    // cellules répétées (number-columns-repeated="4") puis 1 048 570 lignes vides répétées
    for (int ligne = 1; ligne <= 5; ligne++) {
      for (int c = 0; c < 4; c++) {
        assertThat(e.a("Répétées", ligne, c)).contains(new Cellule("texte", "y", null));
      }
      assertThat(e.a("Répétées", ligne, 4)).contains(new Cellule("nombre", 7.0, LecteurOds.NOMBRE));
    }
    assertThat(e.lignes("Répétées")).containsExactly(1, 2, 3, 4, 5, 1_048_576);
    assertThat(e.a("Répétées", 1_048_576, 0)).contains(new Cellule("texte", "dernière", null));
    assertThat(e.a("Cachée", 1, 0)).contains(new Cellule("texte", "cachée", null));
    assertThat(e.lignes("Vide")).isEmpty();
    assertThat(e.evenements).containsSubsequence("feuille 4 Vide", "finFeuille");
    assertThat(e.evenements.get(e.evenements.size() - 1)).isEqualTo("finFeuille");
  }

  @Test
  void uneFeuilleSauteeNEstPasLueEtLaLectureSArreteQuandLeRecepteurLeDemande() {
    Enregistreur sautee = lire(reel("ods/lo-structures.ods"), LARGES, new Enregistreur(i -> i != 0, Integer.MAX_VALUE));
    assertThat(sautee.feuilles).containsExactly("Mesures", "Types", "Répétées", "Cachée", "Vide");
    assertThat(sautee.lignes("Mesures")).isEmpty();
    assertThat(sautee.lignes("Types")).containsExactly(1, 2, 5);
    assertThat(sautee.evenements).filteredOn("finFeuille"::equals).hasSize(4);

    Enregistreur premiere = lire(reel("ods/lo-structures.ods"), LARGES, new Enregistreur(i -> true, 1));
    assertThat(premiere.feuilles).containsExactly("Mesures");
    assertThat(premiere.lignes("Mesures")).hasSize(13);
  }

  @Test
  void lesPlafondsDeLignesEtDeColonnesArretentLaLecture() {
    // 13 lignes non vides dans lo-base.ods
    assertThat(refus(reel("ods/lo-base.ods"), new LecteurOds.Limites(12, 50, 1_000, LecteurOds.CONTENU_MAX)))
        .isEqualTo("TROP_DE_LIGNES");
    lire(reel("ods/lo-base.ods"), new LecteurOds.Limites(13, 10, 1_000, LecteurOds.CONTENU_MAX), new Enregistreur());
    // la colonne J (indice 9) est la dernière remplie
    assertThat(refus(reel("ods/lo-base.ods"), new LecteurOds.Limites(13, 9, 1_000, LecteurOds.CONTENU_MAX)))
        .isEqualTo("TROP_DE_COLONNES");
    // « En établissement avec conservation du domicile » : 46 caractères
    assertThat(refus(reel("ods/lo-base.ods"), new LecteurOds.Limites(13, 10, 45, LecteurOds.CONTENU_MAX)))
        .isEqualTo("CHAINE_TROP_LONGUE");
    lire(reel("ods/lo-base.ods"), new LecteurOds.Limites(13, 10, 46, LecteurOds.CONTENU_MAX), new Enregistreur());
    // content.xml de lo-base.ods : ≈ 30 Kio décompressés
    assertThat(refus(reel("ods/lo-base.ods"), new LecteurOds.Limites(13, 10, 1_000, 4_096)))
        .isEqualTo("VOLUME_EXCESSIF");
  }

  @Test
  void classeurChiffreEtModeleSontRefuses() {
    assertThat(refus(reel("ods/lo-chiffre.ods"), LARGES)).isEqualTo("CHIFFRE");
    assertThat(refus(reel("ods/lo-modele.ots"), LARGES)).isEqualTo("TYPE_CLASSEUR_REFUSE");
  }

  @Test
  void echeanceDepasseeArreteLaLecture() {
    Enregistreur e = new Enregistreur();
    assertThatThrownBy(() -> LecteurOds.lire(reel("ods/lo-base.ods"), LARGES,
        new Echeance(Duration.ofNanos(1), Enregistreur.CODES), Enregistreur.CODES, e))
        .isInstanceOfSatisfying(ArretLecture.class,
            a -> assertThat(a.violation().code()).isEqualTo("DELAI_DEPASSE"));
  }

  @Test
  void unArretDuRecepteurRemonteTel() {
    ArretLecture arret = Enregistreur.CODES.arret(MotifArret.TROP_DE_LIGNES, 7);
    Enregistreur e = new Enregistreur() {
      @Override
      public void ligne(int numero) {
        super.ligne(numero);
        if (numero == 3) {
          throw arret;
        }
      }
    };
    assertThatThrownBy(() -> lire(reel("ods/lo-base.ods"), LARGES, e)).isSameAs(arret);
    assertThat(e.lignes(e.feuilles.get(0))).containsExactly(1, 2);
  }

  @Test
  void chaqueFichierDuManifesteDonneSonIssueEtToutFichierYFigure() throws IOException {
    List<String> listes = new ArrayList<>();
    for (String ligne : Files.readAllLines(reel("ods/MANIFESTE.csv"), StandardCharsets.UTF_8)) {
      if (ligne.startsWith("#") || ligne.startsWith("fichier;")) {
        continue;
      }
      String[] champs = ligne.split(";", -1);
      assertThat(champs).hasSize(4);
      listes.add(champs[0]);
      Path fichier = reel("ods/" + champs[0]);
      if ("lu".equals(champs[3])) {
        assertThat(lire(fichier).lignes(lire(fichier).feuilles.get(0))).as(champs[0]).isNotEmpty();
      } else {
        assertThat(refus(fichier, LARGES)).as(champs[0]).isEqualTo(champs[3]);
      }
    }
    List<String> presents;
    try (Stream<Path> s = Files.list(reel("ods"))) {
      presents = s.map(p -> p.getFileName().toString()).filter(n -> !n.equals("MANIFESTE.csv")).toList();
    }
    assertThat(listes).containsExactlyInAnyOrderElementsOf(presents);
  }

  /**
   * Le même classeur enregistré par LibreOffice en .xlsx (corpus {@code reel/}) et en .ods rend les mêmes
   * cellules, aux mêmes adresses et de même type, que POI lit dans le .xlsx : texte, nombre, date (numéro
   * de série identique), cellule vide absente. Ce que l'import fera du .ods est donc ce qu'il fait du .xlsx.
   */
  @ParameterizedTest(name = "{0}")
  @CsvSource({"lo-base", "lo-base-colonnes-texte", "lo-dates-variees", "modele-emjpm-rempli", "modele-reel-rempli"})
  void memesCellulesQueLeXlsxJumeauLuParPoi(String nom) throws IOException {
    Enregistreur ods = lire(reel("ods/" + nom + ".ods"), LARGES, new Enregistreur(i -> i == 0, Integer.MAX_VALUE));
    String feuille = ods.feuilles.get(0);
    java.util.Map<String, Cellule> xlsx = new java.util.LinkedHashMap<>();
    try (org.apache.poi.xssf.usermodel.XSSFWorkbook wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(
        Files.newInputStream(reel(nom + ".xlsx")))) {
      for (org.apache.poi.ss.usermodel.Row r : wb.getSheetAt(0)) {
        for (org.apache.poi.ss.usermodel.Cell c : r) {
          String cle = feuille + "!" + (r.getRowNum() + 1) + ":" + c.getColumnIndex();
          switch (c.getCellType()) {
            case STRING -> {
              if (!c.getStringCellValue().isEmpty()) {
                xlsx.put(cle, new Cellule("texte", c.getStringCellValue(), null));
              }
            }
            case NUMERIC -> xlsx.put(cle, org.apache.poi.ss.usermodel.DateUtil.isCellDateFormatted(c)
                ? new Cellule("date", c.getNumericCellValue(), LecteurOds.DATE)
                : new Cellule("nombre", c.getNumericCellValue(), LecteurOds.NOMBRE));
            case BOOLEAN -> xlsx.put(cle, new Cellule("booleen", c.getBooleanCellValue(), null));
            default -> {
              // cellule vide ou stylée : rien
            }
          }
        }
      }
    }
    assertThat(xlsx).hasSizeGreaterThan(100);
    assertThat(ods.cellules).isEqualTo(xlsx);
  }

  @Test
  void leLecteurUniqueReconnaitLesArchivesOpenDocumentDuCorpus() throws java.io.IOException {
    // la seule détection de format (FormatFichier) envoie au lecteur .ods classeur, modèle et classeur chiffré
    assertThat(FormatFichier.detecter(reel("ods/lo-base.ods"))).isEqualTo(FormatFichier.ODS);
    assertThat(FormatFichier.detecter(reel("ods/lo-modele.ots"))).isEqualTo(FormatFichier.ODS);
    assertThat(FormatFichier.detecter(reel("ods/lo-chiffre.ods"))).isEqualTo(FormatFichier.ODS);
    assertThat(FormatFichier.detecter(reel("lo-base.xlsx"))).isEqualTo(FormatFichier.XLSX);
    assertThat(FormatFichier.detecter(reel("lo-base.xls"))).isEqualTo(FormatFichier.XLS);
    assertThat(FormatFichier.detecter(reel("saisie-utf8.csv"))).isEqualTo(FormatFichier.CSV);
  }
}
