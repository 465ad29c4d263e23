// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.io.mesures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import com.fasterxml.jackson.databind.ObjectMapper;
import fr.gouv.emjpm.domain.commun.Resultat;
import fr.gouv.emjpm.domain.commun.Violation;
import fr.gouv.emjpm.domain.gestionnaire.GestionnaireId;
import fr.gouv.emjpm.domain.mesure.DemandeReouverture;
import fr.gouv.emjpm.domain.mesure.Mesure;
import fr.gouv.emjpm.domain.mesure.MesureId;
import fr.gouv.emjpm.domain.mesure.Pays;
import fr.gouv.emjpm.domain.mesure.Ressource;
import fr.gouv.emjpm.domain.mesure.ResultatRevision;
import fr.gouv.emjpm.domain.referentiel.Position;
import fr.gouv.emjpm.domain.tribunal.Tribunal;
import fr.gouv.emjpm.io.json.EmjpmJacksonModule;
import fr.gouv.emjpm.rules.cyclevie.CleMesure;
import fr.gouv.emjpm.rules.cyclevie.MesuresExistantes;
import fr.gouv.emjpm.testkit.Generateur;
import fr.gouv.emjpm.testkit.Mesures;
import fr.gouv.emjpm.testkit.quicktheories.EmjpmGen;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Aucun champ de {@link Mesure} ne se perd en silence sur le trajet d'une ligne : chaque attribut de
 * la mesure (trouvé par réflexion, un par méthode {@code with…} générée) déclare comment la
 * réimportation d'un fichier le porte et s'il fait l'aller-retour par les colonnes de l'export ; le JSON
 * les porte tous. Un champ ajouté à {@code Mesure} fait échouer {@link #chaqueChampDeMesureDeclareSonTrajet}
 * tant que son trajet n'est pas déclaré ici ; déclaré « gardé », il doit l'être vraiment par
 * l'enregistrement (mesure construite en un seul builder, champ par champ) et rempli par les générateurs.
 */
class TrajetChampsMesureProperties {

  /** Ce que la réimportation d'une ligne fait d'un champ de la mesure existante de même clé. */
  enum Reimport {
    /** Valeur tirée de la ligne : la même qu'une création depuis cette ligne. */
    LIGNE,
    /** Valeur de la ligne ; si la ligne n'en porte pas (cellule vide, colonne absente), celle de l'existante. */
    LIGNE_SINON_EXISTANTE,
    /** Jamais portée par une ligne : celle de l'existante (champs de la réservation, identifiant). */
    EXISTANTE,
    /** Celle de l'existante si elle en a une, sinon celle d'une création (instant de création). */
    EXISTANTE_SINON_LIGNE,
    /** Remise à sa valeur initiale par toute écriture (une demande de réouverture n'y survit pas). */
    REMISE_A_ZERO
  }

  /** Ce que l'aller-retour par les colonnes de l'export ({@link MesuresExporter#COLONNES}) fait d'un champ. */
  enum Export {
    /** Une colonne de l'export : relu à l'identique par l'import. */
    COLONNE,
    /** Recalculé à l'import depuis les colonnes (département, position, état unique, statut…). */
    DEDUIT,
    /** Absent du fichier (propre au compte ou à l'hôte). */
    HORS_FICHIER
  }

  record Trajet(Reimport reimport, Export export) {}

  /** Le trajet déclaré de chaque attribut de {@link Mesure}. */
  static final Map<String, Trajet> TRAJETS = Map.ofEntries(
      Map.entry("id", new Trajet(Reimport.EXISTANTE, Export.HORS_FICHIER)),
      Map.entry("statut", new Trajet(Reimport.LIGNE, Export.DEDUIT)),
      Map.entry("gestionnaire", new Trajet(Reimport.LIGNE, Export.HORS_FICHIER)),
      Map.entry("antenneId", new Trajet(Reimport.LIGNE_SINON_EXISTANTE, Export.HORS_FICHIER)),
      Map.entry("tribunal", new Trajet(Reimport.LIGNE, Export.COLONNE)),
      Map.entry("numeroRg", new Trajet(Reimport.LIGNE, Export.COLONNE)),
      Map.entry("numeroDossier", new Trajet(Reimport.LIGNE_SINON_EXISTANTE, Export.COLONNE)),
      Map.entry("cabinet", new Trajet(Reimport.LIGNE_SINON_EXISTANTE, Export.COLONNE)),
      Map.entry("magistratId", new Trajet(Reimport.EXISTANTE, Export.HORS_FICHIER)),
      Map.entry("greffierId", new Trajet(Reimport.EXISTANTE, Export.HORS_FICHIER)),
      Map.entry("urgent", new Trajet(Reimport.EXISTANTE, Export.HORS_FICHIER)),
      Map.entry("dateJugement", new Trajet(Reimport.EXISTANTE, Export.HORS_FICHIER)),
      Map.entry("dateNomination", new Trajet(Reimport.LIGNE, Export.COLONNE)),
      Map.entry("datePremiereMesure", new Trajet(Reimport.LIGNE_SINON_EXISTANTE, Export.HORS_FICHIER)),
      Map.entry("dateProtectionEnCours", new Trajet(Reimport.LIGNE, Export.DEDUIT)),
      Map.entry("dateFinMesure", new Trajet(Reimport.LIGNE, Export.HORS_FICHIER)),
      Map.entry("causeSortie", new Trajet(Reimport.LIGNE, Export.HORS_FICHIER)),
      Map.entry("resultatRevision", new Trajet(Reimport.LIGNE_SINON_EXISTANTE, Export.HORS_FICHIER)),
      Map.entry("nature", new Trajet(Reimport.LIGNE, Export.COLONNE)),
      Map.entry("champ", new Trajet(Reimport.LIGNE, Export.COLONNE)),
      Map.entry("lieuVie", new Trajet(Reimport.LIGNE, Export.COLONNE)),
      Map.entry("typeEtablissement", new Trajet(Reimport.LIGNE, Export.COLONNE)),
      Map.entry("civilite", new Trajet(Reimport.LIGNE, Export.COLONNE)),
      Map.entry("anneeNaissance", new Trajet(Reimport.LIGNE, Export.COLONNE)),
      Map.entry("codePostal", new Trajet(Reimport.LIGNE, Export.COLONNE)),
      Map.entry("ville", new Trajet(Reimport.LIGNE, Export.COLONNE)),
      Map.entry("pays", new Trajet(Reimport.LIGNE, Export.COLONNE)),
      Map.entry("departement", new Trajet(Reimport.LIGNE, Export.DEDUIT)),
      Map.entry("position", new Trajet(Reimport.LIGNE, Export.DEDUIT)),
      Map.entry("editorId", new Trajet(Reimport.LIGNE_SINON_EXISTANTE, Export.HORS_FICHIER)),
      Map.entry("enAttenteReouverture", new Trajet(Reimport.REMISE_A_ZERO, Export.HORS_FICHIER)),
      Map.entry("demandeReouverture", new Trajet(Reimport.REMISE_A_ZERO, Export.HORS_FICHIER)),
      Map.entry("creeLe", new Trajet(Reimport.EXISTANTE_SINON_LIGNE, Export.HORS_FICHIER)),
      Map.entry("etats", new Trajet(Reimport.LIGNE, Export.DEDUIT)),
      Map.entry("ressources", new Trajet(Reimport.LIGNE_SINON_EXISTANTE, Export.HORS_FICHIER)));

  private static final MesuresExporter EXPORT = MesuresExporter.avec(MesuresImporterTest.ENGINE.referentiel());

  private static final ObjectMapper JSON = new ObjectMapper()
      .registerModule(new EmjpmJacksonModule(MesuresImporterTest.ENGINE.referentiel()));

  /** Un service : l'antenne de la mesure existante fait partie des champs gardés. */
  private static final GestionnaireId SERVICE = GestionnaireId.service(77);

  private static final List<Tribunal> TRIBUNAUX = MesuresImporterTest.ENGINE.referentiel().tribunaux().stream()
      .filter(t -> t.siret().isPresent()).toList();

  /** Attributs de {@link Mesure} : un par méthode {@code with…} que génère Immutables. */
  static Set<String> attributs() {
    return Arrays.stream(Mesure.class.getMethods())
        .map(Method::getName)
        .filter(n -> n.startsWith("with") && n.length() > 4)
        .map(n -> Character.toLowerCase(n.charAt(4)) + n.substring(5))
        .collect(Collectors.toCollection(TreeSet::new));
  }

  static Object valeur(Mesure m, String attribut) {
    try {
      return Mesure.class.getMethod(attribut).invoke(m);
    } catch (NoSuchMethodException | IllegalAccessException | InvocationTargetException e) {
      throw new AssertionError("accesseur " + attribut, e);
    }
  }

  /** Vrai pour la valeur d'un champ non renseigné : vide, liste vide, faux, France (pays par défaut). */
  static boolean parDefaut(Object v) {
    return v instanceof Optional<?> o ? o.isEmpty()
        : v instanceof List<?> l ? l.isEmpty()
        : v instanceof Boolean b ? !b
        : v == Pays.FR;
  }

  @Test
  void chaqueChampDeMesureDeclareSonTrajet() {
    assertThat(attributs())
        .as("champs de Mesure : déclarer le trajet de chaque champ ajouté (et le porter dans Enregistrement, "
            + "MesureArbre et les générateurs du testkit)")
        .containsExactlyInAnyOrderElementsOf(TRAJETS.keySet());
  }

  /** Mesures existantes, chaque champ facultatif rempli, et la version écrite dans le fichier. */
  record Cas(List<Mesure> existantes, List<Mesure> ecrites) {}

  private static final Generateur<Cas> CAS = alea -> {
    int n = 1 + alea.nextInt(6);
    Map<String, Mesure> parCle = new LinkedHashMap<>();
    for (int i = 0; i < n; i++) {
      Tribunal t = TRIBUNAUX.get(alea.nextInt(TRIBUNAUX.size()));
      Mesure m = Mesures.enCours().gestionnaire(SERVICE).tribunal(t.id()).ressourcesAuPlus(3)
          .datesEntre(LocalDate.of(2000, 1, 1), LocalDate.of(2024, 12, 31)).generer(alea);
      List<Ressource> ressources = m.ressources().isEmpty()
          ? List.of(Ressource.builder().annee(2020).niveauRessource(BigDecimal.valueOf(alea.nextInt(50_000))).build())
          : m.ressources();
      DemandeReouverture demande = DemandeReouverture.builder()
          .gestionnaire(SERVICE).tribunal(t.id()).nature(m.nature()).civilite(m.civilite())
          .anneeNaissance(m.anneeNaissance()).demandeeLe(Instant.ofEpochSecond(1_600_000_000L + alea.nextInt(1_000_000)))
          .build();
      m = m.withId(MesureId.of(100 + i))
          .withAntenneId(1L + alea.nextInt(9))
          .withMagistratId(1L + alea.nextInt(99))
          .withGreffierId(1L + alea.nextInt(99))
          .withUrgent(true)
          .withDateJugement(LocalDate.of(2019, 5, 2))
          .withDatePremiereMesure(LocalDate.of(1995, 3, 4))
          .withResultatRevision(ResultatRevision.values()[alea.nextInt(ResultatRevision.values().length)])
          .withNumeroDossier("D" + i)
          .withCabinet("Cabinet " + i)
          .withEditorId(1L + alea.nextInt(50))
          .withPosition(Position.of(-90 + 180 * alea.nextDouble(), -180 + 360 * alea.nextDouble()))
          .withEnAttenteReouverture(true)
          .withDemandeReouverture(demande)
          .withCreeLe(Instant.ofEpochSecond(1_500_000_000L + alea.nextInt(100_000_000)))
          .withRessources(ressources);
      parCle.putIfAbsent(t.id().valeur() + "/" + m.numeroRg().valeur(), m);
    }
    List<Mesure> existantes = new ArrayList<>(parCle.values());
    List<Mesure> ecrites = new ArrayList<>();
    for (Mesure m : existantes) {
      Mesure e = alea.nextBoolean() ? m.withNumeroDossier(Optional.empty()) : m;
      ecrites.add(alea.nextBoolean() ? e.withCabinet(Optional.empty()) : e);
    }
    return new Cas(existantes, ecrites);
  };

  @TempDir Path dossier;

  private final AtomicInteger compteur = new AtomicInteger();

  @ParameterizedTest
  @ValueSource(strings = {"xlsx", "csv"})
  void laReimportationPorteChaqueChampSelonSonTrajet(String format) {
    qt().withExamples(20).forAll(EmjpmGen.depuis(CAS)).checkAssert(c -> {
      Path fichier = exporter(c.ecrites(), format);
      Map<CleMesure, Mesure> reimportees = MesuresExistantes.indexer(importer(fichier, c.existantes()));
      Map<CleMesure, Mesure> creees = MesuresExistantes.indexer(importer(fichier, List.of()));
      for (int k = 0; k < c.existantes().size(); k++) {
        Mesure existante = c.existantes().get(k);
        Mesure ecrite = c.ecrites().get(k);
        Mesure reimportee = reimportees.get(CleMesure.de(existante));
        Mesure creee = creees.get(CleMesure.de(existante));
        assertThat(reimportee).isNotNull();
        assertThat(creee).isNotNull();
        for (String a : attributs()) {
          Trajet t = TRAJETS.get(a);
          Object e = valeur(existante, a);
          Object cree = valeur(creee, a);
          if (t.reimport() != Reimport.LIGNE && t.reimport() != Reimport.REMISE_A_ZERO) {
            // un champ que la réimportation doit garder : rempli dans la mesure existante, sinon rien n'est éprouvé
            assertThat(parDefaut(e)).as("champ %s rempli par le générateur de la mesure existante", a).isFalse();
          }
          Object attendu = switch (t.reimport()) {
            case LIGNE, REMISE_A_ZERO -> cree;
            case LIGNE_SINON_EXISTANTE -> parDefaut(cree) ? e : cree;
            case EXISTANTE -> e;
            case EXISTANTE_SINON_LIGNE -> parDefaut(e) ? cree : e;
          };
          assertThat(valeur(reimportee, a)).as("champ %s réimporté (%s)", a, t.reimport()).isEqualTo(attendu);
          if (t.export() == Export.COLONNE) {
            // l'import porte chaque colonne de l'export à l'identique (création dans le compte)
            assertThat(cree).as("champ %s importé depuis sa colonne", a).isEqualTo(valeur(ecrite, a));
          }
        }
        assertThat(creee.gestionnaire()).isEqualTo(SERVICE);
      }
    });
  }

  /** Pour chaque champ : rempli au moins une fois par le générateur, puis relu à l'identique. */
  private static final Set<String> REMPLIS_EN_JSON = ConcurrentHashMap.newKeySet();

  @Test
  void leJsonPorteChaqueChamp() {
    REMPLIS_EN_JSON.clear();
    qt().withExamples(300).forAll(EmjpmGen.mesuresCompletes()).checkAssert(m -> {
      try {
        Mesure relue = JSON.readValue(JSON.writeValueAsString(m), Mesure.class);
        for (String a : attributs()) {
          assertThat(valeur(relue, a)).as("champ %s relu du JSON", a).isEqualTo(valeur(m, a));
          if (!parDefaut(valeur(m, a))) {
            REMPLIS_EN_JSON.add(a);
          }
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
    assertThat(REMPLIS_EN_JSON)
        .as("champs remplis au moins une fois par EmjpmGen.mesuresCompletes() (sinon l'aller-retour n'éprouve rien)")
        .containsExactlyInAnyOrderElementsOf(attributs());
  }

  private Path exporter(List<Mesure> mesures, String format) {
    try {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      if (format.equals("csv")) {
        EXPORT.exporterCsv(mesures, out);
      } else {
        EXPORT.exporterXlsx(mesures, out);
      }
      Path p = dossier.resolve("trajet-" + compteur.incrementAndGet() + "." + format);
      Files.write(p, out.toByteArray());
      return p;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<Mesure> importer(Path fichier, List<Mesure> existantes) {
    try {
      Resultat<ImportMesures> r = MesuresImporterTest.IMPORTER.importer(fichier,
          ParametresImport.pour(SERVICE).avecExistantes(MesuresExistantes.de(existantes)));
      assertThat(r.violations()).filteredOn(Violation::estBloquante).as("erreurs d'import").isEmpty();
      return r.valeurOuErreur().mesures();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
