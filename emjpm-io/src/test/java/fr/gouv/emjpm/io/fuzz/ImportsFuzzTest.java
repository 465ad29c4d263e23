// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.io.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import fr.gouv.emjpm.domain.commun.Resultat;
import fr.gouv.emjpm.domain.gestionnaire.GestionnaireId;
import fr.gouv.emjpm.domain.enquete.TypeEnquete;
import fr.gouv.emjpm.io.enquete.EnqueteExcelReader;
import fr.gouv.emjpm.io.finess.ExtraitFiness;
import fr.gouv.emjpm.io.finess.FinessReader;
import fr.gouv.emjpm.io.internal.PreVolClasseur;
import fr.gouv.emjpm.io.json.FichierOcmi;
import fr.gouv.emjpm.io.json.MesuresJsonReader;
import fr.gouv.emjpm.io.mesures.MesuresImporter;
import fr.gouv.emjpm.io.mesures.ParametresImport;
import fr.gouv.emjpm.rules.EmjpmEngine;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

/**
 * Cibles Jazzer des importateurs. Dans la construction par défaut, elles rejouent seulement les entrées
 * de régression (dossiers {@code ImportsFuzzTestInputs/<méthode>/} des ressources de test) ; avec
 * {@code JAZZER_FUZZ=1} et le profil {@code fuzz}, Jazzer explore (voir CONTRIBUTING.md). Propriété
 * vérifiée : toute entrée finit en résultat typé (succès ou violations avec code), jamais en exception.
 */
class ImportsFuzzTest {

  private static final MesuresImporter IMPORTER =
      MesuresImporter.avec(EmjpmEngine.builder()
          .clock(Clock.fixed(Instant.parse("2026-11-22T10:00:00Z"), ZoneId.of("Europe/Paris"))).build());

  private static void typeOuRefus(Resultat<?> r) {
    assertThat(r.estSucces() || !r.violations().isEmpty()).isTrue();
    r.violations().forEach(v -> assertThat(v.code()).isNotBlank());
  }

  private static void tableur(byte[] octets, String suffixe) throws IOException {
    Path p = Files.createTempFile("emjpm-fuzz", suffixe);
    try {
      Files.write(p, octets);
      typeOuRefus(IMPORTER.importer(p, ParametresImport.pour(GestionnaireId.individuel(1))));
    } finally {
      Files.deleteIfExists(p);
    }
  }

  @FuzzTest(maxDuration = "10m")
  void xlsx(byte[] octets) throws IOException {
    tableur(octets, ".xlsx");
  }

  @FuzzTest(maxDuration = "10m")
  void xls(byte[] octets) throws IOException {
    tableur(octets, ".xls");
  }

  @FuzzTest(maxDuration = "10m")
  void csv(byte[] octets) throws IOException {
    tableur(octets, ".csv");
  }

  @FuzzTest(maxDuration = "10m")
  void json(byte[] octets) {
    typeOuRefus(MesuresJsonReader.lire(octets, false));
  }

  /**
   * Classeur d'enquête DGCS (.xls ou .xlsx, reconnu par le contenu) lu pour les trois types : chaque type
   * résout d'autres feuilles et d'autres cellules du même fichier.
   */
  @FuzzTest(maxDuration = "10m")
  void enquete(byte[] octets) {
    for (TypeEnquete type : TypeEnquete.values()) {
      typeOuRefus(EnqueteExcelReader.lire(new ByteArrayInputStream(octets), type, 2021));
    }
  }

  /** Fichier OCMI du ministère (JSON ou zip, reconnu par la signature). */
  @FuzzTest(maxDuration = "10m")
  void ocmi(byte[] octets) throws IOException {
    typeOuRefus(FichierOcmi.lire(new ByteArrayInputStream(octets)));
  }

  /**
   * Extrait FINESS des établissements (lignes {@code structureet} et {@code geolocalisation}) ; la
   * conversion des coordonnées ne doit jamais rendre de position hors des bornes WGS84.
   */
  @FuzzTest(maxDuration = "10m")
  void finess(byte[] octets) throws IOException {
    Resultat<ExtraitFiness> r = FinessReader.parDefaut().lire(new ByteArrayInputStream(octets));
    typeOuRefus(r);
    r.valeur().ifPresent(e -> e.etablissements().forEach(x -> x.position().ifPresent(p -> {
      assertThat(Math.abs(p.latitude())).isLessThanOrEqualTo(90);
      assertThat(Math.abs(p.longitude())).isLessThanOrEqualTo(180);
    })));
  }

  /** Lit les octets du fuzzer comme une suite de décisions bornées ; 0 une fois épuisés. */
  private static final class Decisions {
    private final byte[] b;
    private int i;

    Decisions(byte[] b) {
      this.b = b;
    }

    boolean reste() {
      return i < b.length;
    }

    /** Entier de 0 à {@code max} inclus. */
    int entier(int max) {
      int v = 0;
      for (int k = 0; k < 3 && i < b.length; k++) {
        v = v << 8 | (b[i++] & 0xFF);
      }
      return max <= 0 ? 0 : Math.floorMod(v, max + 1);
    }
  }

  private static final int[] TYPES_BIFF = {0x0809, 0x000A, 0x00FC, 0x003C, 0x00BD, 0x00BE, 0x00FD, 0x0203, 0x0201,
      0x027E, 0x0006, 0x0085};

  /**
   * Pré-vol BIFF (issue 15) : un flux « Workbook » fait d'enregistrements générés (types de cellules,
   * SST et CONTINUE, plages MULBLANK/MULRK aux colonnes choisies, longueurs jusqu'au-delà du maximum,
   * répétitions jusqu'à 50 000) ; le pré-vol ne lève jamais, refuse toute plage dont les cellules
   * dépassent le plafond, et l'import qui suit rend un résultat typé.
   */
  @FuzzTest(maxDuration = "10m")
  void xlsPreVol(byte[] octets) throws IOException {
    Decisions d = new Decisions(octets);
    ByteArrayOutputStream w = new ByteArrayOutputStream();
    long cellulesMul = 0;
    int enregistrements = 0;
    while (d.reste() && w.size() < 8 * 1024 * 1024) {
      int type = d.entier(15) < 12 ? TYPES_BIFF[d.entier(TYPES_BIFF.length - 1)] : d.entier(0xFFFF);
      int longueur = d.entier(PreVolClasseur.BIFF_LONGUEUR_MAX + 16);
      int repetitions = 1 + d.entier(50_000);
      ByteBuffer corps = ByteBuffer.allocate(longueur).order(ByteOrder.LITTLE_ENDIAN);
      if (type == 0x00FC && longueur >= 8) {
        corps.putInt(0, d.entier(Integer.MAX_VALUE)).putInt(4, d.entier(Integer.MAX_VALUE));
      } else if ((type == 0x00BD || type == 0x00BE) && longueur >= 6) {
        int premiere = d.entier(0xFFFF);
        int derniere = d.entier(0xFFFF);
        corps.putShort(2, (short) premiere).putShort(longueur - 2, (short) derniere);
        if (longueur <= PreVolClasseur.BIFF_LONGUEUR_MAX) {
          cellulesMul += (long) Math.max(1, derniere - premiere + 1) * repetitions;
        }
      }
      ByteBuffer tete = ByteBuffer.allocate(4).order(ByteOrder.LITTLE_ENDIAN);
      tete.putShort((short) type).putShort((short) longueur);
      for (int r = 0; r < repetitions && w.size() < 8 * 1024 * 1024; r++) {
        w.writeBytes(tete.array());
        w.writeBytes(corps.array());
        enregistrements++;
      }
    }
    byte[] xls;
    try (POIFSFileSystem fs = new POIFSFileSystem()) {
      fs.createDocument(new ByteArrayInputStream(w.toByteArray()), "Workbook");
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      fs.writeFilesystem(out);
      xls = out.toByteArray();
    }
    try (POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(xls))) {
      var anomalie = PreVolClasseur.verifierBiff(fs.getRoot());
      if (cellulesMul > PreVolClasseur.BIFF_CELLULES_MAX && enregistrements <= PreVolClasseur.BIFF_ENREGISTREMENTS_MAX) {
        // des enregistrements peuvent manquer (flux tronqué), jamais une plage comptée en moins
        assertThat(anomalie).isPresent();
      }
    }
    tableur(xls, ".xls");
  }

  /**
   * Archive OCMI générée (issue 15) : entrées sautées (nombre, taille, compressées ou non), puis un
   * document JSON fait de mesures générées (avec ou sans mandataire, états et ressources en nombre
   * variable, valeurs tirées) ; toute archive finit en résultat typé, et un succès ne garde jamais plus
   * de {@link FichierOcmi#MESURES_MAX} mesures.
   */
  @FuzzTest(maxDuration = "10m")
  void ocmiZip(byte[] octets) throws IOException {
    Decisions d = new Decisions(octets);
    ByteArrayOutputStream archive = new ByteArrayOutputStream();
    try (ZipOutputStream z = new ZipOutputStream(archive)) {
      int sautees = d.entier(4);
      for (int e = 0; e < sautees; e++) {
        z.setLevel(d.entier(9));
        z.putNextEntry(new ZipEntry("autre-" + e + (d.entier(3) == 0 ? "/" : ".bin")));
        byte[] bloc = new byte[1 << 16];
        for (int k = d.entier(64); k > 0; k--) {
          z.write(bloc);
        }
      }
      z.putNextEntry(new ZipEntry(d.entier(7) == 0 ? "ocmi.txt" : "ocmi.json"));
      StringBuilder json = new StringBuilder("[");
      int mesures = d.entier(200);
      for (int m = 0; m < mesures; m++) {
        json.append(m == 0 ? "" : ",").append('{');
        if (d.entier(5) > 0) {
          json.append("\"mandataire\":{\"siret\":\"").append(d.entier(3) == 0 ? "x" : "1234567890001" + d.entier(9))
              .append("\"},");
        }
        json.append("\"numero_rg\":\"").append(d.entier(99_999)).append("\",\"etats\":[");
        int etats = d.entier(3) == 0 ? d.entier(1_000) : d.entier(3);
        for (int e = 0; e < etats; e++) {
          json.append(e == 0 ? "" : ",").append(d.entier(4) == 0 ? "{}" : "{\"nature_mesure\":\"tutelle\"}");
        }
        json.append("],\"ressources\":[");
        int ressources = d.entier(3) == 0 ? d.entier(300) : d.entier(2);
        for (int r = 0; r < ressources; r++) {
          json.append(r == 0 ? "" : ",").append("{\"annee\":").append(1900 + d.entier(300)).append('}');
        }
        json.append("]}");
      }
      z.write(json.append(']').toString().getBytes(StandardCharsets.UTF_8));
    }
    byte[] zip = archive.toByteArray();
    int coupe = d.entier(3) == 0 ? d.entier(zip.length) : zip.length;
    Resultat<FichierOcmi> r = FichierOcmi.lire(new ByteArrayInputStream(java.util.Arrays.copyOf(zip, coupe)));
    typeOuRefus(r);
    r.valeur().ifPresent(f -> assertThat(f.nombreMesures()).isLessThanOrEqualTo(FichierOcmi.MESURES_MAX));
  }
}
