// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import fr.gouv.emjpm.domain.mesure.Mesure;
import fr.gouv.emjpm.domain.mesure.NatureMesure;
import fr.gouv.emjpm.domain.mesure.StatutMesure;
import fr.gouv.emjpm.domain.gestionnaire.TypeGestionnaire;
import fr.gouv.emjpm.domain.referentiel.Referentiel;
import fr.gouv.emjpm.domain.tribunal.Tribunal;
import fr.gouv.emjpm.rules.disponibilite.FicheGestionnaire;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** La démonstration complète, exécutée une fois dans un répertoire temporaire ({@code --sortie}). */
class DemoCommandeTest {

  @TempDir static Path dossier;
  static int code;
  static String out;
  static String err;

  @BeforeAll
  static void lancerLaDemo() {
    StringWriter o = new StringWriter();
    StringWriter e = new StringWriter();
    code = EmjpmCli.executer(new String[] {"demo", "--sortie", dossier.toString()}, new PrintWriter(o), new PrintWriter(e));
    out = o.toString();
    err = e.toString();
  }

  /** Parseur XML du JDK durci : ni DOCTYPE, ni entités externes, ni XInclude. */
  static Document lire(Path fichier) throws Exception {
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
    f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    f.setFeature("http://xml.org/sax/features/external-general-entities", false);
    f.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
    f.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
    f.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
    f.setXIncludeAware(false);
    f.setExpandEntityReferences(false);
    f.setNamespaceAware(true);
    DocumentBuilder b = f.newDocumentBuilder();
    return b.parse(fichier.toFile());
  }

  static List<Element> elements(Document d, String nom, String classe) {
    NodeList l = d.getElementsByTagNameNS("http://www.w3.org/2000/svg", nom);
    List<Element> res = new ArrayList<>();
    for (int i = 0; i < l.getLength(); i++) {
      Element e = (Element) l.item(i);
      if (e.getAttribute("class").equals(classe)) {
        res.add(e);
      }
    }
    return res;
  }

  static Tribunal lille(Referentiel ref) {
    return ref.tribunauxDuDepartement(GestionnairesDemo.NORD).stream()
        .filter(t -> t.nom().toLowerCase(Locale.ROOT).contains("judiciaire de lille")).findFirst().orElseThrow();
  }

  /** Les gestionnaires générés, recalculés indépendamment de la commande (même graine, même date). */
  static List<FicheGestionnaire> generes() {
    return demo().fiches;
  }

  static GestionnairesDemo demo() {
    Referentiel ref = Referentiel.embarque();
    return new GestionnairesDemo(DemoCommande.GRAINE, DemoCommande.GESTIONNAIRES, lille(ref).id(),
        ref.tribunauxDuDepartement(GestionnairesDemo.NORD).stream().map(Tribunal::id).toList(),
        DemoCycleDeVie.moteur(ref).aujourdhui().minusDays(14));
  }

  static long nombre(String regex) {
    Matcher m = Pattern.compile(regex).matcher(out);
    assertThat(m.find()).as(regex + "\n" + out).isTrue();
    return Long.parseLong(m.group(1));
  }

  @Test
  void laDemoReussitEtAfficheLeReferentielEtOuSontLesImages() {
    assertThat(code).as(err).isEqualTo(EmjpmCli.OK);
    assertThat(out).contains("communes      : 34969", "tribunaux     : 294", "départements  : 109");
    assertThat(out).contains("== Images écrites dans " + dossier.normalize() + "\n", "  carte.svg", "  disponibilites.svg");
    assertThat(dossier.resolve("carte.svg")).isRegularFile();
    assertThat(dossier.resolve("disponibilites.svg")).isRegularFile();
  }

  @Test
  void lesGestionnairesDuNordSontDecrits() {
    List<FicheGestionnaire> generes = generes();
    long sansCoordonnees = generes.stream().filter(f -> f.position().isEmpty()).count();
    int tribunaux = Referentiel.embarque().tribunauxDuDepartement(GestionnairesDemo.NORD).size();
    // les générés plus le grand service qui importe
    assertThat(nombre("== Le Nord \\(59\\) : (\\d+) tribunaux")).isEqualTo(tribunaux);
    assertThat(nombre("tribunaux dans le référentiel, (\\d+) gestionnaires fictifs")).isEqualTo(generes.size() + 1);
    assertThat(nombre("sans coordonnées : (\\d+)")).isEqualTo(sansCoordonnees).isPositive();
    assertThat(nombre("Service mandataire : \\d+ \\((\\d+) antennes\\)")).isEqualTo(
        generes.stream().mapToInt(f -> f.antennes().size()).sum() + 4);
  }

  @Test
  void lesMesuresGenereesEtLEnqueteDuPreposeSontCellesDuNord() {
    GestionnairesDemo demo = demo();
    assertThat(nombre("mesures générées : (\\d+) ")).isEqualTo(demo.mesures.size());
    FicheGestionnaire prepose = demo.fiches.stream()
        .filter(f -> f.type() == fr.gouv.emjpm.domain.gestionnaire.TypeGestionnaire.PREPOSE).findFirst().orElseThrow();
    long siennes = demo.mesures.stream().filter(m -> m.gestionnaire().equals(prepose.id())).count();
    assertThat(out).contains("== Enquête 2021 (activité 2020) : " + prepose.id() + " (" + prepose.nom()
        + "), pré-remplie depuis ses " + siennes + " mesures");
    assertThat(nombre("éteintes\\)\n(?s:.*)champs pré-remplis : (\\d+) sur")).isGreaterThan(100);
  }

  /**
   * Flux de l'année d'activité 2020 recomptés ici sur les mesures régénérées du préposé, selon enquete.md
   * §6.6 (chaque mesure hors « en attente » dans une ligne, sauf le mandat de protection future) et
   * PeriodeActivite : stock au 1er janvier, nommées pendant l'année, éteintes pendant l'année, stock au
   * 31 décembre.
   */
  @Test
  void lEnqueteDuPreposeAdesEntreesEtDesSortiesEn2020() {
    GestionnairesDemo demo = demo();
    FicheGestionnaire prepose = demo.fiches.stream()
        .filter(f -> f.type() == fr.gouv.emjpm.domain.gestionnaire.TypeGestionnaire.PREPOSE).findFirst().orElseThrow();
    LocalDate debut = LocalDate.of(2020, 1, 1);
    LocalDate fin = LocalDate.of(2020, 12, 31);
    List<Mesure> comptees = demo.mesures.stream()
        .filter(m -> m.gestionnaire().equals(prepose.id()) && m.statut() != StatutMesure.EN_ATTENTE
            && m.nature() != NatureMesure.MANDAT_PROTECTION_FUTURE && m.lieuVie().isPresent())
        .toList();
    long auPremierJanvier = comptees.stream().filter(m -> m.dateNomination().orElseThrow().isBefore(debut)
        && m.dateFinMesure().map(f -> !f.isBefore(debut)).orElse(true)).count();
    long nouvelles = comptees.stream().filter(m -> m.dateNomination().orElseThrow().getYear() == 2020).count();
    long sorties = comptees.stream().filter(m -> m.dateFinMesure().map(f -> f.getYear() == 2020).orElse(false)).count();
    long auTrenteEtUn = comptees.stream().filter(m -> !m.dateNomination().orElseThrow().isAfter(fin)
        && m.dateFinMesure().map(f -> f.isAfter(fin)).orElse(true)).count();
    assertThat(nouvelles).isPositive();
    assertThat(sorties).isPositive();
    assertThat(out).contains("  activité, toutes lignes : " + auPremierJanvier + " au 1er janvier, +" + nouvelles
        + " nouvelles, -" + sorties + " sorties, " + auTrenteEtUn + " au 31 décembre");
  }

  /**
   * L'arbre des statuts descend jusqu'aux étapes du préposé (enquete.md §5.3) ; chaque section et le
   * global sont recalculés ici à partir des étapes affichées, par la règle d'agrégation de §5.3.
   */
  @Test
  void lArbreDesStatutsDuPreposeDescendJusquAuxEtapes() {
    Matcher m = Pattern.compile("  statut de la réponse \\([^)]*\\) : (\\S+)\n((?:    .*\n)+)").matcher(out);
    assertThat(m.find()).as(out).isTrue();
    Map<String, String> sections = new LinkedHashMap<>();
    Map<String, List<String>> etapes = new LinkedHashMap<>();
    Map<String, List<String>> statutsEtapes = new LinkedHashMap<>();
    String section = "";
    for (String ligne : m.group(2).split("\n")) {
      String[] kv = ligne.strip().split(" : ");
      if (ligne.startsWith("      ")) {
        etapes.get(section).add(kv[0]);
        statutsEtapes.get(section).add(kv[1]);
      } else {
        section = kv[0];
        sections.put(section, kv[1]);
        etapes.put(section, new ArrayList<>());
        statutsEtapes.put(section, new ArrayList<>());
      }
    }
    // libellés du catalogue (année 2021), pas les identifiants
    fr.gouv.emjpm.rules.enquete.CatalogueEnquete catalogue = fr.gouv.emjpm.rules.enquete.CatalogueEnquete.standard();
    List<fr.gouv.emjpm.rules.enquete.SectionEnquete> attendues = catalogue.sections(fr.gouv.emjpm.domain.enquete.TypeEnquete.PREPOSE)
        .stream().filter(x -> sections.containsKey(x.libelle(2021))).toList();
    assertThat(attendues).hasSize(6);
    assertThat(sections.keySet()).containsExactlyElementsOf(attendues.stream().map(x -> x.libelle(2021)).toList());
    for (fr.gouv.emjpm.rules.enquete.SectionEnquete x : attendues) {
      assertThat(etapes.get(x.libelle(2021))).as(x.id())
          .containsExactlyElementsOf(x.sousSections().stream().map(e -> e.libelle(2021)).toList());
    }
    assertThat(sections.keySet()).contains("Modalité d'exercice", "Personnel et formation");
    assertThat(etapes.get("Modalité d'exercice")).containsExactly("Informations générales", "Etablissements");
    sections.forEach((id, statut) -> assertThat(statut).as(id).isEqualTo(agreger(statutsEtapes.get(id))));
    assertThat(m.group(1)).isEqualTo(agreger(List.copyOf(sections.values())));
  }

  /** Agrégation de enquete.md §5.3. */
  static String agreger(List<String> parties) {
    if (parties.contains("invalide")) {
      return "invalide";
    }
    if (parties.contains("partiel")) {
      return "partiel";
    }
    if (parties.contains("vide")) {
      return parties.contains("valide") ? "partiel" : "vide";
    }
    return "valide";
  }

  @Test
  void lImportRefuseLesErreursDeliberéesPuisImporteLeClasseurCorrige() {
    int erreurs = DemoImport.ERREURS.size();
    assertThat(out).contains("1er essai, " + erreurs + " erreurs glissées exprès -> import refusé (tout ou rien), "
        + erreurs + " erreur(s) :");
    Matcher m = Pattern.compile("\n    ligne (\\d+) : ").matcher(out);
    List<Integer> lignes = new ArrayList<>();
    while (m.find()) {
      lignes.add(Integer.parseInt(m.group(1)));
    }
    assertThat(lignes).containsExactlyElementsOf(DemoImport.ERREURS.stream().map(DemoImport.Erreur::ligneTableur).toList());
    assertThat(out).contains("[IMPORT_ANNEE_INVALIDE]", "[IMPORT_DATE_INVALIDE]", "[IMPORT_VALEUR_NON_ACCEPTEE]",
        "[IMPORT_TRIBUNAL_INCONNU]");
    String n = DemoImport.nombre(DemoImport.LIGNES);
    assertThat(out).contains("2e essai, classeur corrigé -> " + n + " mesures importées (" + n + " lignes lues, " + n
        + " créations, 0 mises à jour");
    // barre de progression sur la sortie d'erreur, pleine à la fin de chacun des deux imports
    assertThat(err).contains("\r  import [###");
    assertThat(err.split("\\] " + Pattern.quote(n) + " / " + Pattern.quote(n) + " lignes", -1)).hasSize(3);
    assertThat(out).doesNotContain("\r");
  }

  @Test
  void leJugeReserveChezLeMandataireQuIlARetenu() {
    Matcher retenu = Pattern.compile("Le juge retient ([a-z]+-\\d+) ").matcher(out);
    assertThat(retenu.find()).as(out).isTrue();
    String id = retenu.group(1);
    assertThat(id).doesNotStartWith("service");
    assertThat(out).containsSubsequence(
        "== Un juge du Tribunal judiciaire de Lille cherche des gestionnaires près de Roubaix",
        "== Cycle de vie : le juge réserve une mesure pour " + id + " (horloge fixée au 2024-03-15)",
        "Réservation par le magistrat -> mesure en attente",
        "curatelle simple à la personne",
        "recompter " + id,
        "2. Acceptation par le mandataire -> mesure en cours",
        "3. Changement d'état (aggravation, entrée en établissement) -> mesure en cours",
        "en établissement (établissement pour personnes âgées)",
        "4. Fin de mandat (mainlevée au 14 mars 2024) -> mesure clôturée",
        "fin le 2024-03-14 (mainlevée)",
        "5. Réactivation par le mandataire -> mesure en cours",
        "== Disponibilités du Nord (59) après l'import et la réservation",
        "== Enquête 2021",
        "champs relus égaux");
  }

  /** L'extrait de la sortie montré dans le README est la vraie sortie : chacune de ses lignes en est une. */
  @Test
  void lExtraitDuReadmeEstLaVraieSortie() throws Exception {
    String readme = Files.readString(Path.of("..", "README.md"));
    int debut = readme.indexOf("```\n", readme.indexOf("Extraits réels de sa sortie"));
    assertThat(debut).isPositive();
    String extrait = readme.substring(debut + 4, readme.indexOf("```", debut + 4));
    List<String> lignes = extrait.lines().filter(l -> !l.isBlank()).toList();
    assertThat(lignes).hasSizeGreaterThan(30);
    // sortie de la démonstration lancée avec --sortie : le README montre le répertoire par défaut
    List<String> sortie = out.replace("== Images écrites dans " + dossier.normalize(), "== Images écrites dans emjpm-demo")
        .lines().toList();
    assertThat(sortie).containsAll(lignes);
    assertThat(sortie).containsSubsequence(lignes);
  }

  /** Français métier : aucun code stocké ni statut anglais dans l'histoire racontée. */
  @Test
  void laDemoParleFrancaisMetier() {
    String histoire = out.substring(out.indexOf("== Cycle de vie"));
    assertThat(histoire).doesNotContain("curatelle_simple", "protection_personne", "en_attente", "en_cours",
        "etablissement_personne_agee", "empty", "global", "enquete.md", "§");
    assertThat(histoire).doesNotContainPattern(": (invalid|valid)\\n");
    assertThat(out).doesNotContainPattern("surcapacité -\\d");
  }

  /** La disponibilité par type se réconcilie avec la disponibilité totale, l'écart étant expliqué. */
  @Test
  void laDisponibiliteParTypeSeReconcilieAvecLeTotal() {
    long places = nombre("(\\d+) places disponibles, surcapacité");
    long surcapacite = nombre("surcapacité (\\d+) places");
    long totale = nombre("disponibilité totale (\\d+) \\(places disponibles moins surcapacité\\)");
    assertThat(totale).isEqualTo(places - surcapacite);
    long somme = 0;
    for (TypeGestionnaire t : DemoDisponibilites.TYPES) {
      somme += nombre(Pattern.quote(t.libelle()) + " +\\d+ gestionnaire\\(s\\).*disponibilité +(-?\\d+)");
    }
    assertThat(nombre("Par type, la disponibilité \\(capacité moins mesures en cours et en attente\\) fait (-?\\d+)"))
        .isEqualTo(somme);
    Matcher m = Pattern.compile("les (\\d+) places libres de \\d+ gestionnaire\\(s\\) suspendu\\(s\\) et les (\\d+) mesures de (\\d+) "
        + "gestionnaire\\(s\\) sans capacité renseignée : (-?\\d+) - \\d+ \\+ \\d+ = (-?\\d+)").matcher(out);
    assertThat(m.find()).as(out).isTrue();
    assertThat(somme - Long.parseLong(m.group(1)) + Long.parseLong(m.group(2))).isEqualTo(totale);
    assertThat(Long.parseLong(m.group(5))).isEqualTo(totale);
    assertThat(Long.parseLong(m.group(1))).isPositive();
  }

  @Test
  void laCarteEstDuSvgBienFormeAvecUnPointParGestionnaireGeolocaliseEtUnTriangleParTribunal() throws Exception {
    Document d = lire(dossier.resolve("carte.svg"));
    assertThat(d.getDocumentElement().getLocalName()).isEqualTo("svg");
    long geolocalises = generes().stream().filter(f -> f.position().isPresent()).count() + 1; // + grand service
    List<Element> cercles = elements(d, "circle", "gestionnaire");
    assertThat(cercles).hasSize((int) geolocalises);
    // légende conforme aux marques : un cercle par classe de disponibilité, rien d'autre (ni carré)
    List<Element> legende = elements(d, "circle", "legende");
    assertThat(legende).extracting(e -> e.getAttribute("fill")).containsExactly(ClasseDisponibilite.VERT.couleur(),
        ClasseDisponibilite.ORANGE.couleur(), ClasseDisponibilite.ROUGE.couleur());
    assertThat(legende).allSatisfy(e -> assertThat(e.getAttribute("r")).isEqualTo(cercles.get(0).getAttribute("r")));
    assertThat(d.getElementsByTagNameNS("http://www.w3.org/2000/svg", "circle").getLength())
        .isEqualTo(cercles.size() + legende.size());
    assertThat(elements(d, "rect", "legende")).isEmpty();
    assertThat(elements(d, "polygon", "tribunal"))
        .hasSize(Referentiel.embarque().tribunauxDuDepartement(GestionnairesDemo.NORD).size());
    List<String> couleurs = List.of(ClasseDisponibilite.VERT.couleur(), ClasseDisponibilite.ORANGE.couleur(),
        ClasseDisponibilite.ROUGE.couleur());
    assertThat(cercles).allSatisfy(c -> assertThat(c.getAttribute("fill")).isIn(couleurs));
    // les trois couleurs apparaissent, et jamais plus de gestionnaires d'une couleur que la sortie n'en compte
    long verts = nombre("gestionnaires : (\\d+) verts");
    long orange = nombre("verts, (\\d+) orange");
    long rouges = nombre("orange, (\\d+) rouges");
    assertThat(verts + orange + rouges).isEqualTo(generes().size() + 1);
    long[] parCouleur = couleurs.stream().mapToLong(c -> cercles.stream().filter(e -> e.getAttribute("fill").equals(c)).count()).toArray();
    assertThat(parCouleur).doesNotContain(0L);
    assertThat(parCouleur[0]).isLessThanOrEqualTo(verts);
    assertThat(parCouleur[1]).isLessThanOrEqualTo(orange);
    assertThat(parCouleur[2]).isLessThanOrEqualTo(rouges);
    assertThat(Files.readString(dossier.resolve("carte.svg"))).contains("Tribunal judiciaire de Lille").doesNotContain("<image", "href", "https://");
  }

  @Test
  void leDiagrammeEstDuSvgBienFormeAvecUneBarreParTypeAuxChiffresAffiches() throws Exception {
    Document d = lire(dossier.resolve("disponibilites.svg"));
    List<Element> barres = elements(d, "rect", "barre");
    assertThat(barres).hasSize(DemoDisponibilites.TYPES.size());
    for (int i = 0; i < barres.size(); i++) {
      String libelle = DemoDisponibilites.TYPES.get(i).libelle();
      long dispo = nombre(Pattern.quote(libelle) + " +\\d+ gestionnaire\\(s\\).*disponibilité +(-?\\d+)");
      String titre = barres.get(i).getElementsByTagNameNS("http://www.w3.org/2000/svg", "title").item(0).getTextContent();
      assertThat(titre).isEqualTo(DemoDisponibilites.COURTS.get(DemoDisponibilites.TYPES.get(i)) + " : " + dispo);
    }
  }
}
