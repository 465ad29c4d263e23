// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.io.mesures;

import fr.gouv.emjpm.io.internal.PreVolClasseur;
import java.io.File;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Enumeration;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.ZipPackagePart;
import org.apache.poi.openxml4j.util.ZipEntrySource;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.jspecify.annotations.Nullable;

/**
 * Archive d'un .xlsx donnée à POI ({@code OPCPackage.open(ZipEntrySource)}) : chaque octet que POI ou
 * l'import lit passe par ici, quelles que soient les tailles annoncées par le répertoire central (qui
 * peut mentir) et les limites globales de POI de l'hôte ({@code ZipSecureFile}, qui restent appliquées
 * en plus : ratio de compression, noms en double).
 *
 * <ul>
 *   <li>Les parties que POI lit et analyse lui-même en entier (types de contenu, relations, propriétés,
 *       classeur, styles, thème : arbres DOM ou XMLBeans) sont d'abord décompressées pour mesurer leur
 *       taille réelle, bornée à {@value #PARTIES_POI_MAX} octets au total : POI n'analyse jamais une
 *       partie démesurée ({@code IMPORT_ZIP_BOMBE}).
 *   <li>Les parties lues en flux par l'import (première feuille, chaînes partagées : {@link
 *       #ouvrirEnFlux}) sont bornées à {@link PreVolClasseur#ZIP_ENTREE_MAX} octets réels chacune, en
 *       plus des plafonds de lignes, de cellules et de chaînes.
 *   <li>Chaque flux vérifie l'échéance à chaque bloc lu et refuse un prologue XML qui déclare un
 *       DOCTYPE ({@code IMPORT_DTD_INTERDITE}) avant que l'analyseur ne le voie.
 * </ul>
 *
 * <p>POI peut avaler ou envelopper une exception levée dans un flux : le premier arrêt est donc aussi
 * gardé ici ({@link #arret()}) et prime sur toute autre erreur. Non thread-safe (une par lecture).
 */
final class PaquetXlsxBorne implements ZipEntrySource {

  /** Octets décompressés au plus pour l'ensemble des parties que POI analyse lui-même. */
  static final long PARTIES_POI_MAX = 4L * 1024 * 1024;

  private final ZipSecureFile zip;
  private final Echeance echeance;
  private long resteParties = PARTIES_POI_MAX;
  private @Nullable ArretLecture arret;
  private boolean ferme;

  /**
   * Ouvre l'archive (commons-compress par POI, noms en double refusés ; jamais de repli sur une lecture
   * en flux qui garderait tout en mémoire).
   */
  PaquetXlsxBorne(File fichier, Echeance echeance) throws IOException {
    this.zip = new ZipSecureFile(fichier);
    this.echeance = echeance;
  }

  /** Premier arrêt survenu dans un flux de l'archive, s'il y en a eu un. */
  Optional<ArretLecture> arret() {
    return Optional.ofNullable(arret);
  }

  @Override
  public Enumeration<? extends ZipArchiveEntry> getEntries() {
    return zip.getEntries();
  }

  @Override
  public @Nullable ZipArchiveEntry getEntry(String path) {
    return zip.getEntry(path);
  }

  /**
   * Flux d'une partie lue par POI : à la première lecture, sa taille réelle est mesurée (décompression
   * sans analyse) avant que POI ne l'analyse. Un flux ouvert puis fermé sans lecture ne coûte rien.
   */
  @Override
  public InputStream getInputStream(ZipArchiveEntry entree) throws IOException {
    verifier();
    return new Flux(entree);
  }

  /** Taille réelle d'une entrée, décomptée du budget des parties lues par POI. */
  private long mesurer(ZipArchiveEntry entree) throws IOException {
    long taille = 0;
    try (InputStream in = zip.getInputStream(entree)) {
      byte[] tampon = new byte[8192];
      int n;
      while ((n = in.read(tampon)) >= 0) {
        taille += n;
        if (taille > resteParties) {
          throw arreter(CodeImport.IMPORT_ZIP_BOMBE);
        }
        echeance(); // 4 Mio se décompressent en quelques ms : vérifiée à chaque bloc
      }
    }
    resteParties -= taille;
    return taille;
  }

  /**
   * Flux d'une partie lue en flux par l'import (feuille, chaînes partagées), borné en octets réels.
   *
   * @throws ArretLecture si la partie n'est pas une entrée de cette archive
   */
  InputStream ouvrirEnFlux(PackagePart partie) throws IOException {
    verifier();
    if (!(partie instanceof ZipPackagePart p) || p.getZipArchive() == null) {
      throw arreter(CodeImport.IMPORT_ILLISIBLE);
    }
    return new Flux(zip.getInputStream(p.getZipArchive()), PreVolClasseur.ZIP_ENTREE_MAX);
  }

  @Override
  public void close() throws IOException {
    if (!ferme) {
      ferme = true;
      zip.close();
    }
  }

  @Override
  public boolean isClosed() {
    return ferme;
  }

  private void verifier() throws IOException {
    if (ferme) {
      throw new IOException("archive fermée");
    }
    echeance();
  }

  private void echeance() {
    try {
      echeance.verifier();
    } catch (ArretLecture a) {
      throw garder(a);
    }
  }

  private ArretLecture arreter(CodeImport code) {
    return garder(ArretLecture.de(code, Map.of()));
  }

  private ArretLecture garder(ArretLecture a) {
    if (arret == null) {
      arret = a;
    }
    return arret;
  }

  /** Flux surveillé : octets réels bornés, échéance, prologue XML sans DOCTYPE. */
  private final class Flux extends FilterInputStream {
    private @Nullable ZipArchiveEntry aMesurer;
    private long max;
    private final PrologueXml prologue = new PrologueXml();
    private final byte[] un = new byte[1];
    private long lus;

    /** Partie lue par POI : ouverte et mesurée à la première lecture. */
    Flux(ZipArchiveEntry entree) {
      super(null);
      this.aMesurer = entree;
    }

    /** Partie lue en flux, bornée à {@code max} octets réels. */
    Flux(InputStream in, long max) {
      super(in);
      this.max = max;
    }

    private InputStream ouvert() throws IOException {
      if (aMesurer != null) {
        ZipArchiveEntry e = aMesurer;
        aMesurer = null;
        max = mesurer(e);
        in = zip.getInputStream(e);
      }
      return in;
    }

    @Override
    public int read() throws IOException {
      int n = read(un, 0, 1);
      return n < 0 ? -1 : un[0] & 0xFF;
    }

    @Override
    public int read(byte[] b, int depart, int longueur) throws IOException {
      echeance();
      int n = ouvert().read(b, depart, longueur);
      if (n > 0) {
        lus += n;
        if (lus > max) {
          throw arreter(CodeImport.IMPORT_ZIP_BOMBE);
        }
        if (!prologue.termine() && prologue.examiner(b, depart, n)) {
          throw arreter(CodeImport.IMPORT_DTD_INTERDITE);
        }
      }
      return n;
    }

    @Override
    public long skip(long n) throws IOException {
      byte[] tampon = new byte[(int) Math.min(Math.max(n, 0), 8192)];
      long saute = 0;
      while (saute < n) {
        int r = read(tampon, 0, (int) Math.min(tampon.length, n - saute));
        if (r < 0) {
          break;
        }
        saute += r;
      }
      return saute;
    }

    @Override
    public int available() throws IOException {
      return in == null ? 0 : in.available();
    }

    @Override
    public boolean markSupported() {
      return false;
    }

    @Override
    public void close() throws IOException {
      aMesurer = null;
      if (in != null) {
        in.close();
      }
    }
  }
}
