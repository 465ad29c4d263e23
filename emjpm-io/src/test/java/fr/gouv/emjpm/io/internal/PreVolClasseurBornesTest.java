// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.io.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Pré-vol aux bornes exactes, sur de petits plafonds : flux BIFF construit en mémoire dans un vrai
 * conteneur POIFS (enregistrements, longueur d'un enregistrement, chaînes annoncées, cellules et plages
 * MULBLANK, FILEPASS, désordre des lignes par feuille, flux tronqués) ; répertoire central d'un zip
 * (entrées, tailles déclarées par entrée et au total, noms absolus ou remontants, noms de partie OPC).
 */
class PreVolClasseurBornesTest {

  @TempDir Path dossier;

  private static final int BOF = 0x0809;
  private static final int EOF = 0x000A;
  private static final int NUMBER = 0x0203;
  private static final int SST = 0x00FC;
  private static final int MULBLANK = 0x00BE;
  private static final int FILEPASS = 0x002F;
  private static final int AUTRE = 0x0055; // DEFCOLWIDTH : sauté

  private static void enregistrement(ByteArrayOutputStream out, int type, byte[] corps) {
    out.write(type & 0xFF);
    out.write(type >> 8);
    out.write(corps.length & 0xFF);
    out.write(corps.length >> 8);
    out.writeBytes(corps);
  }

  private static byte[] cellule(int ligne) {
    byte[] c = new byte[14];
    c[0] = (byte) ligne;
    c[1] = (byte) (ligne >> 8);
    return c;
  }

  /** MULBLANK de la ligne {@code ligne}, colonnes {@code premiere} à {@code derniere}, sur {@code longueur} octets. */
  private static byte[] mulblank(int ligne, int premiere, int derniere, int longueur) {
    byte[] c = new byte[longueur];
    c[0] = (byte) ligne;
    c[1] = (byte) (ligne >> 8);
    c[2] = (byte) premiere;
    c[3] = (byte) (premiere >> 8);
    if (longueur >= 4) {
      c[longueur - 2] = (byte) derniere;
      c[longueur - 1] = (byte) (derniere >> 8);
    }
    return c;
  }

  private static byte[] sst(long annoncees, int longueur) {
    byte[] c = new byte[longueur];
    for (int i = 0; i < 4 && 4 + i < longueur; i++) {
      c[4 + i] = (byte) (annoncees >> (8 * i));
    }
    return c;
  }

  private static PreVolClasseur.ReleveBiff relever(byte[] flux, String nom, PreVolClasseur.PlafondsBiff plafonds)
      throws IOException {
    try (POIFSFileSystem fs = new POIFSFileSystem()) {
      fs.createDocument(new ByteArrayInputStream(flux), nom);
      return PreVolClasseur.releverBiff(fs.getRoot(), plafonds);
    }
  }

  private static Optional<PreVolClasseur.Anomalie> anomalie(ByteArrayOutputStream flux, long enregistrements,
      long cellules, long chaines) throws IOException {
    return relever(flux.toByteArray(), "Workbook", new PreVolClasseur.PlafondsBiff(enregistrements, cellules, chaines))
        .anomalie();
  }

  @Test
  void enregistrementsAuPlafondAdmisAuDelaRefuses() throws IOException {
    ByteArrayOutputStream f = new ByteArrayOutputStream();
    enregistrement(f, BOF, new byte[16]);
    enregistrement(f, AUTRE, new byte[2]);
    enregistrement(f, EOF, new byte[0]);
    assertThat(anomalie(f, 3, 100, 100)).isEmpty();
    assertThat(anomalie(f, 2, 100, 100)).contains(PreVolClasseur.Anomalie.TROP_D_ENREGISTREMENTS);
    // FILEPASS : chiffré, avant tout compte
    ByteArrayOutputStream c = new ByteArrayOutputStream();
    enregistrement(c, BOF, new byte[16]);
    enregistrement(c, FILEPASS, new byte[54]);
    assertThat(anomalie(c, 1, 100, 100)).contains(PreVolClasseur.Anomalie.CHIFFRE);
  }

  @Test
  void longueurDUnEnregistrementBornee() throws IOException {
    ByteArrayOutputStream juste = new ByteArrayOutputStream();
    enregistrement(juste, AUTRE, new byte[PreVolClasseur.BIFF_LONGUEUR_MAX]);
    enregistrement(juste, NUMBER, cellule(0));
    assertThat(anomalie(juste, 10, 100, 100)).isEmpty();
    ByteArrayOutputStream trop = new ByteArrayOutputStream();
    enregistrement(trop, AUTRE, new byte[PreVolClasseur.BIFF_LONGUEUR_MAX + 1]);
    assertThat(anomalie(trop, 10, 100, 100)).contains(PreVolClasseur.Anomalie.ILLISIBLE);
  }

  @Test
  void chainesAnnonceesBornees() throws IOException {
    for (int annoncees : List.of(5, 6)) {
      ByteArrayOutputStream f = new ByteArrayOutputStream();
      enregistrement(f, SST, sst(annoncees, 8));
      assertThat(anomalie(f, 10, 100, 5)).as("%d chaînes", annoncees)
          .isEqualTo(annoncees > 5 ? Optional.of(PreVolClasseur.Anomalie.TROP_DE_CHAINES) : Optional.empty());
    }
    // nombre sur 32 bits non signé, lu octet par octet
    ByteArrayOutputStream grand = new ByteArrayOutputStream();
    enregistrement(grand, SST, sst(0xFFFF_FFFFL, 8));
    assertThat(anomalie(grand, 10, 100, 0xFFFF_FFFEL)).contains(PreVolClasseur.Anomalie.TROP_DE_CHAINES);
    ByteArrayOutputStream bas = new ByteArrayOutputStream();
    enregistrement(bas, SST, sst(0x0100L, 8));
    assertThat(anomalie(bas, 10, 100, 0xFF)).contains(PreVolClasseur.Anomalie.TROP_DE_CHAINES);
    ByteArrayOutputStream milieu = new ByteArrayOutputStream();
    enregistrement(milieu, SST, sst(0x0001_0000L, 8));
    assertThat(anomalie(milieu, 10, 100, 0xFFFF)).contains(PreVolClasseur.Anomalie.TROP_DE_CHAINES);
    ByteArrayOutputStream haut = new ByteArrayOutputStream();
    enregistrement(haut, SST, sst(0x0100_0000L, 8));
    assertThat(anomalie(haut, 10, 100, 0xFF_FFFF)).contains(PreVolClasseur.Anomalie.TROP_DE_CHAINES);
    // SST trop courte pour annoncer un nombre : non comptée
    ByteArrayOutputStream courte = new ByteArrayOutputStream();
    enregistrement(courte, SST, sst(99, 7));
    assertThat(anomalie(courte, 10, 100, 5)).isEmpty();
  }

  @Test
  void cellulesEtPlagesComptees() throws IOException {
    ByteArrayOutputStream cinq = new ByteArrayOutputStream();
    enregistrement(cinq, BOF, new byte[16]);
    for (int i = 0; i < 5; i++) {
      enregistrement(cinq, NUMBER, cellule(i));
    }
    assertThat(anomalie(cinq, 100, 5, 10)).isEmpty();
    assertThat(anomalie(cinq, 100, 4, 10)).contains(PreVolClasseur.Anomalie.TROP_DE_CELLULES);
    // MULBLANK des colonnes 2 à 6 : cinq cellules
    ByteArrayOutputStream plage = new ByteArrayOutputStream();
    enregistrement(plage, MULBLANK, mulblank(0, 2, 6, 16));
    assertThat(anomalie(plage, 100, 5, 10)).isEmpty();
    assertThat(anomalie(plage, 100, 4, 10)).contains(PreVolClasseur.Anomalie.TROP_DE_CELLULES);
    // plage inversée : une cellule ; plage de moins de 6 octets : non comptée
    ByteArrayOutputStream inversee = new ByteArrayOutputStream();
    enregistrement(inversee, MULBLANK, mulblank(0, 9, 2, 16));
    enregistrement(inversee, MULBLANK, mulblank(0, 0, 200, 5));
    assertThat(anomalie(inversee, 100, 1, 10)).isEmpty();
    ByteArrayOutputStream six = new ByteArrayOutputStream();
    enregistrement(six, MULBLANK, mulblank(0, 0, 1, 6));
    assertThat(anomalie(six, 100, 1, 10)).contains(PreVolClasseur.Anomalie.TROP_DE_CELLULES);
  }

  @Test
  void desordreReleveParFeuilleHorsSousFluxImbriques() throws IOException {
    ByteArrayOutputStream ordre = new ByteArrayOutputStream();
    enregistrement(ordre, BOF, new byte[16]);
    enregistrement(ordre, NUMBER, cellule(5));
    enregistrement(ordre, NUMBER, cellule(5));
    enregistrement(ordre, EOF, new byte[0]);
    enregistrement(ordre, BOF, new byte[16]); // feuille suivante : reprend à la ligne 0
    enregistrement(ordre, NUMBER, cellule(3));
    enregistrement(ordre, BOF, new byte[16]); // graphique incorporé : ses lignes ne comptent pas
    enregistrement(ordre, NUMBER, cellule(1));
    enregistrement(ordre, EOF, new byte[0]);
    enregistrement(ordre, NUMBER, cellule(300));
    enregistrement(ordre, EOF, new byte[0]);
    enregistrement(ordre, EOF, new byte[0]); // EOF de trop : ignoré
    PreVolClasseur.ReleveBiff r = relever(ordre.toByteArray(), "Workbook", PreVolClasseur.PLAFONDS_OBJET);
    assertThat(r.anomalie()).isEmpty();
    assertThat(r.desordonne()).isFalse();
    ByteArrayOutputStream desordre = new ByteArrayOutputStream();
    enregistrement(desordre, BOF, new byte[16]);
    enregistrement(desordre, NUMBER, cellule(300));
    enregistrement(desordre, MULBLANK, mulblank(299, 0, 1, 10));
    assertThat(relever(desordre.toByteArray(), "Workbook", PreVolClasseur.PLAFONDS_OBJET).desordonne()).isTrue();
    ByteArrayOutputStream horsFeuille = new ByteArrayOutputStream();
    enregistrement(horsFeuille, NUMBER, cellule(300));
    enregistrement(horsFeuille, NUMBER, cellule(2));
    assertThat(relever(horsFeuille.toByteArray(), "Workbook", PreVolClasseur.PLAFONDS_OBJET).desordonne()).isFalse();
  }

  @Test
  void fluxTronquesOuAbsentsLaissesAPoi() throws IOException {
    ByteArrayOutputStream f = new ByteArrayOutputStream();
    enregistrement(f, BOF, new byte[16]);
    byte[] entier = f.toByteArray();
    byte[] enteteCoupe = java.util.Arrays.copyOf(entier, entier.length + 3);
    assertThat(relever(enteteCoupe, "Workbook", new PreVolClasseur.PlafondsBiff(1, 1, 1)).anomalie()).isEmpty();
    ByteArrayOutputStream corpsCoupe = new ByteArrayOutputStream();
    enregistrement(corpsCoupe, NUMBER, cellule(0));
    byte[] c = corpsCoupe.toByteArray();
    assertThat(relever(java.util.Arrays.copyOf(c, c.length - 1), "Workbook",
        new PreVolClasseur.PlafondsBiff(10, 0, 1)).anomalie()).isEmpty();
    ByteArrayOutputStream sautCoupe = new ByteArrayOutputStream();
    enregistrement(sautCoupe, AUTRE, new byte[100]);
    byte[] s = sautCoupe.toByteArray();
    assertThat(relever(java.util.Arrays.copyOf(s, s.length - 1), "Workbook",
        new PreVolClasseur.PlafondsBiff(10, 10, 10)).anomalie()).isEmpty();
    // nom de flux sans casse ; autre flux : rien à relever
    ByteArrayOutputStream trop = new ByteArrayOutputStream();
    enregistrement(trop, NUMBER, cellule(0));
    enregistrement(trop, NUMBER, cellule(0));
    assertThat(relever(trop.toByteArray(), "WORKBOOK", new PreVolClasseur.PlafondsBiff(10, 1, 1)).anomalie())
        .contains(PreVolClasseur.Anomalie.TROP_DE_CELLULES);
    assertThat(relever(trop.toByteArray(), "Book", new PreVolClasseur.PlafondsBiff(1, 1, 1)).anomalie()).isEmpty();
  }

  // ------------------------------------------------------------------ zip

  private Path zip(List<String> noms, int octets) throws IOException {
    Path p = Files.createTempFile(dossier, "z", ".zip");
    try (OutputStream o = Files.newOutputStream(p); ZipOutputStream z = new ZipOutputStream(o)) {
      for (String nom : noms) {
        z.putNextEntry(new ZipEntry(nom));
        z.write(new byte[octets]);
        z.closeEntry();
      }
    }
    return p;
  }

  private Optional<PreVolClasseur.Anomalie> archive(List<String> noms, int octets, long entreeMax, long totalMax)
      throws IOException {
    try (ZipFile z = new ZipFile(zip(noms, octets).toFile())) {
      return PreVolClasseur.verifierArchive(z, entreeMax, totalMax);
    }
  }

  @Test
  void taillesDeclareesParEntreeEtAuTotal() throws IOException {
    assertThat(archive(List.of("a", "b"), 10, 10, 20)).isEmpty();
    assertThat(archive(List.of("a", "b"), 10, 9, 20)).contains(PreVolClasseur.Anomalie.BOMBE);
    assertThat(archive(List.of("a", "b"), 10, 10, 19)).contains(PreVolClasseur.Anomalie.BOMBE);
    Path deux = zip(List.of("a", "b"), 10);
    assertThat(PreVolClasseur.verifierArchive(deux.toFile(), 20)).isEmpty();
    assertThat(PreVolClasseur.verifierArchive(deux.toFile(), 19)).contains(PreVolClasseur.Anomalie.BOMBE);
    assertThat(PreVolClasseur.verifierArchive(deux.toFile(), 9)).contains(PreVolClasseur.Anomalie.BOMBE);
    Path coupe = dossier.resolve("coupe.zip");
    Files.write(coupe, new byte[] {0x50, 0x4B, 0x03, 0x04, 1, 2});
    assertThat(PreVolClasseur.verifierArchive(coupe.toFile(), 1)).isEmpty();
  }

  @Test
  void entreesEtNomsDuRepertoireCentral() throws IOException {
    List<String> deuxCents = new java.util.ArrayList<>();
    for (int i = 0; i < PreVolClasseur.ZIP_ENTREES_MAX; i++) {
      deuxCents.add("e" + i);
    }
    assertThat(archive(deuxCents, 0, 10, 10)).isEmpty();
    deuxCents.add("dernière");
    assertThat(archive(deuxCents, 0, 10, 10)).contains(PreVolClasseur.Anomalie.STRUCTURE);
    for (String nom : List.of("/a", "C:a", "z:\\a", "../a", "a/../b", "a/..", "..", "a\\..\\b")) {
      assertThat(archive(List.of(nom), 0, 10, 10)).as(nom).contains(PreVolClasseur.Anomalie.STRUCTURE);
    }
    for (String nom : List.of("a..b", "..a", "a/b..", "1:a", "ab:c", "a/C:b")) {
      assertThat(archive(List.of(nom), 0, 10, 10)).as(nom).isEmpty();
    }
    assertThat(archive(List.of("A", "a"), 0, 10, 10)).contains(PreVolClasseur.Anomalie.STRUCTURE);
    assertThat(archive(List.of("a/b", "a\\B"), 0, 10, 10)).contains(PreVolClasseur.Anomalie.STRUCTURE);
    // règles OPC seulement pour un classeur xlsx
    assertThat(PreVolClasseur.verifierZip(zip(List.of("xl/a.", "b"), 1).toFile()))
        .contains(PreVolClasseur.Anomalie.STRUCTURE);
    assertThat(archive(List.of("xl/a.", "b"), 1, 10, 10)).isEmpty();
    assertThat(PreVolClasseur.verifierZip(zip(List.of("[Content_Types].xml", "xl/", "xl/a.xml"), 1).toFile()))
        .isEmpty();
    assertThat(PreVolClasseur.verifierZip(dossier.resolve("absent.zip").toFile()))
        .contains(PreVolClasseur.Anomalie.ILLISIBLE);
    assertThat(PreVolClasseur.nomDePartieValide("xl/./a.xml")).isFalse();
    assertThat(PreVolClasseur.nomDePartieValide("xl//a.xml")).isFalse();
    assertThat(PreVolClasseur.nomDePartieValide("xl/a.xml")).isTrue();
  }
}
