package hote.modules;

import com.fasterxml.jackson.databind.ObjectMapper;
import fr.gouv.emjpm.domain.enquete.ReponseEnquete;
import fr.gouv.emjpm.domain.enquete.TypeEnquete;
import fr.gouv.emjpm.domain.gestionnaire.GestionnaireId;
import fr.gouv.emjpm.domain.mesure.ChampMesure;
import fr.gouv.emjpm.domain.mesure.Civilite;
import fr.gouv.emjpm.domain.mesure.Mesure;
import fr.gouv.emjpm.domain.mesure.NatureMesure;
import fr.gouv.emjpm.domain.referentiel.Siret;
import fr.gouv.emjpm.domain.tribunal.Tribunal;
import fr.gouv.emjpm.io.enquete.EnqueteExcelReader;
import fr.gouv.emjpm.io.enquete.EnqueteExcelWriter;
import fr.gouv.emjpm.io.enquete.FormatExcel;
import fr.gouv.emjpm.io.json.EmjpmJacksonModule;
import fr.gouv.emjpm.io.mesures.ImportMesures;
import fr.gouv.emjpm.io.mesures.MesuresImporter;
import fr.gouv.emjpm.io.mesures.ParametresImport;
import fr.gouv.emjpm.rules.EmjpmEngine;
import fr.gouv.emjpm.rules.cyclevie.FormulaireReservation;
import fr.gouv.emjpm.rules.cyclevie.Juge;
import fr.gouv.emjpm.rules.cyclevie.MesuresExistantes;
import fr.gouv.emjpm.rules.enquete.CatalogueEnquete;
import java.io.OutputStream;
import java.lang.module.ModuleDescriptor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Programme de l'hôte, lancé sur le chemin des modules. Chaque vérification qui échoue est listée ; le
 * programme sort en erreur s'il y en a une, sinon il imprime « HOTE-MODULES OK ».
 */
public final class Principal {

  private static final List<String> ECHECS = new ArrayList<>();
  private static final String SIRET_LILLE = "17590111500709";
  private static final Set<String> MODULES =
      Set.of("fr.gouv.emjpm.domain", "fr.gouv.emjpm.rules", "fr.gouv.emjpm.io");

  private Principal() {}

  public static void main(String[] args) throws Exception {
    Path dossier = Files.createDirectories(Path.of(args[0]).resolve("hote-modules"));
    Module hote = Principal.class.getModule();
    verifier(hote.isNamed() && hote.getName().equals("hote.modules"), "l'hôte ne tourne pas comme module nommé");

    // 1. Les modules emjpm sont de vrais modules (descripteur), pas des modules automatiques.
    for (String nom : new TreeSet<>(MODULES)) {
      Module m = ModuleLayer.boot().findModule(nom).orElse(null);
      if (m == null) {
        verifier(false, "module absent de la couche de démarrage : " + nom);
        continue;
      }
      ModuleDescriptor d = m.getDescriptor();
      verifier(!d.isAutomatic(), nom + " est un module automatique");
      System.out.println("module " + nom + " exporte " + new TreeSet<>(d.exports().stream()
          .filter(e -> !e.isQualified()).map(ModuleDescriptor.Exports::source).toList()));
      // 2. Aucun paquet internal n'est exporté à l'hôte (ni à tous, ni à lui en particulier).
      for (String paquet : m.getPackages()) {
        if (paquet.contains(".internal")) {
          verifier(!m.isExported(paquet), nom + " exporte " + paquet);
          verifier(!m.isExported(paquet, hote), nom + " exporte " + paquet + " à l'hôte");
          verifier(!m.isOpen(paquet, hote), nom + " ouvre " + paquet + " à l'hôte");
        }
      }
    }
    Module io = MesuresImporter.class.getModule();
    verifier(io.getPackages().contains("fr.gouv.emjpm.io.internal"), "paquet fr.gouv.emjpm.io.internal introuvable");
    Class<?> interne = Class.forName(io, "fr.gouv.emjpm.io.internal.MappeursJson");
    verifier(interne != null, "classe interne MappeursJson introuvable");
    if (interne != null) {
      try {
        interne.getMethod("durci", long.class, long.class).invoke(null, 1024L, 1024L);
        verifier(false, "une méthode publique d'un paquet internal est appelable par réflexion");
      } catch (IllegalAccessException attendu) {
        System.out.println("paquet internal inaccessible : " + attendu.getClass().getSimpleName());
      }
    }

    // 3. Moteur et référentiel embarqué (fichiers CSV lus depuis le module fr.gouv.emjpm.domain).
    EmjpmEngine engine = EmjpmEngine.builder()
        .clock(Clock.fixed(Instant.parse("2024-03-15T09:00:00Z"), EmjpmEngine.FUSEAU_PARIS)).build();
    int communes = engine.referentiel().communes().size();
    verifier(communes > 30_000, "référentiel embarqué incomplet : " + communes + " communes");
    Tribunal lille = engine.referentiel().tribunal(Siret.of(SIRET_LILLE)).orElse(null);
    verifier(lille != null, "tribunal de Lille absent du référentiel embarqué");
    System.out.println("référentiel " + engine.referentiel().millesime() + " : " + communes + " communes");

    // 4. Import d'un petit classeur xlsx de mesures (POI, lecture bornée, SAX).
    Path xlsx = dossier.resolve("mesures.xlsx");
    ecrireMesures(xlsx);
    GestionnaireId mandataire = GestionnaireId.individuel(1);
    ImportMesures importe = MesuresImporter.avec(engine).importer(xlsx, ParametresImport.pour(mandataire))
        .valeurOuErreur();
    verifier(importe.lignesLues() == 2 && importe.creations() == 2,
        "import xlsx : " + importe.lignesLues() + " lignes, " + importe.creations() + " créations");
    System.out.println("import xlsx : " + importe.creations() + " création(s)");

    // 5. Catalogue d'enquête embarqué (JSON lu depuis fr.gouv.emjpm.rules) et modèle Excel (fr.gouv.emjpm.io).
    CatalogueEnquete catalogue = CatalogueEnquete.standard();
    int champs = catalogue.champs(TypeEnquete.INDIVIDUEL).size();
    verifier(champs > 50, "catalogue d'enquête : " + champs + " champs");
    Path classeur = dossier.resolve("enquete.xls");
    try (OutputStream o = Files.newOutputStream(classeur)) {
      EnqueteExcelWriter.ecrire(ReponseEnquete.vide(TypeEnquete.INDIVIDUEL), TypeEnquete.INDIVIDUEL, 2021, o,
          FormatExcel.XLS).valeurOuErreur();
    }
    verifier(EnqueteExcelReader.lire(classeur, TypeEnquete.INDIVIDUEL, 2021).estSucces(),
        "modèle d'enquête écrit puis relu : refusé");
    System.out.println("catalogue d'enquête : " + champs + " champs ; modèle annexe 5 écrit et relu");

    // 6. Cycle de vie et Jackson : aller-retour d'une Mesure sans aucun paquet ouvert à Jackson.
    Mesure reservee = engine.cycleDeVie().reserver(FormulaireReservation.builder().gestionnaire(mandataire)
            .numeroRg("21a00167").civilite(Civilite.MADAME).anneeNaissance(1948)
            .nature(NatureMesure.CURATELLE_SIMPLE).champ(ChampMesure.PROTECTION_PERSONNE).build(),
        Juge.magistrat(lille.id(), 7), MesuresExistantes.aucune()).valeurOuErreur().mesure().orElseThrow();
    ObjectMapper mapper = new ObjectMapper().registerModule(new EmjpmJacksonModule(engine.referentiel()));
    String json = mapper.writeValueAsString(reservee);
    verifier(reservee.equals(mapper.readValue(json, Mesure.class)), "aller-retour Jackson de la Mesure");
    System.out.println("Jackson : Mesure relue à l'identique");

    if (!ECHECS.isEmpty()) {
      ECHECS.forEach(e -> System.out.println("ECHEC " + e));
      System.exit(1);
    }
    System.out.println("HOTE-MODULES OK");
  }

  private static void verifier(boolean condition, String message) {
    if (!condition) {
      ECHECS.add(message);
    }
  }

  private static void ecrireMesures(Path fichier) throws Exception {
    List<List<String>> lignes = List.of(
        List.of("date_nomination", "type", "code_postal", "ville", "civilite", "annee", "numero_rg", "residence",
            "tribunal_siret"),
        List.of("01/02/2020", "tutelle aux biens", "59000", "Lille", "F", "1950", "21/00167", "A domicile", SIRET_LILLE),
        List.of("28/02/2020", "curatelle simple", "59100", "Roubaix", "H", "1948", "21B00168", "domicile", SIRET_LILLE));
    try (XSSFWorkbook classeur = new XSSFWorkbook()) {
      Sheet feuille = classeur.createSheet("mesures");
      for (int i = 0; i < lignes.size(); i++) {
        Row r = feuille.createRow(i);
        for (int c = 0; c < lignes.get(i).size(); c++) {
          r.createCell(c).setCellValue(lignes.get(i).get(c));
        }
      }
      try (OutputStream o = Files.newOutputStream(fichier)) {
        classeur.write(o);
      }
    }
  }
}
