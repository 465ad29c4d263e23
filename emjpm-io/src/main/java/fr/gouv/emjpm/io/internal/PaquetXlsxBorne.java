// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.io.internal;

import java.io.Closeable;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Enumeration;
import java.util.Optional;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.ZipPackagePart;
import org.apache.poi.openxml4j.util.ZipEntrySource;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.jspecify.annotations.Nullable;
import org.xml.sax.SAXException;

/**
 * Archive d'un .xlsx donnée à POI ({@code OPCPackage.open(ZipEntrySource)} sur {@link #source()}) :
 * chaque octet que POI ou l'import lit passe par ici, quelles que soient les tailles annoncées par le
 * répertoire central (qui peut mentir) et les limites globales de POI de l'hôte ({@code ZipSecureFile},
 * qui restent appliquées en plus : ratio de compression, noms en double).
 *
 * <ul>
 *   <li>Les parties que POI lit et analyse lui-même en entier (types de contenu, relations, propriétés,
 *       classeur, styles, thème : arbres DOM ou XMLBeans) sont d'abord décompressées pour mesurer leur
 *       taille réelle, bornée à {@value #PARTIES_POI_MAX} octets au total : POI n'analyse jamais une
 *       partie démesurée ({@link MotifArret#VOLUME_EXCESSIF}).
 *   <li>Les parties lues en flux par l'import (feuilles, chaînes partagées : {@link #ouvrirEnFlux})
 *       sont bornées à {@link PreVolClasseur#ZIP_ENTREE_MAX} octets réels chacune, en plus des plafonds
 *       de lignes, de cellules et de chaînes de chaque import.
 *   <li>Chaque flux vérifie l'échéance à chaque bloc lu et refuse un prologue XML qui déclare un
 *       DOCTYPE ({@link MotifArret#DTD_INTERDITE}) avant que l'analyseur ne le voie.
 *   <li>Chaque flux borne chaque jeton XML (balise et attributs, commentaire, instruction, texte) à
 *       {@value JetonsXml#JETON_MAX} octets ({@link MotifArret#JETON_TROP_LONG}), avant que Xerces ne
 *       l'accumule.
 * </ul>
 *
 * <p>Chaque import traduit ces motifs en ses propres codes ({@link CodesArret}). POI peut avaler ou
 * envelopper une exception levée dans un flux : le premier arrêt est donc aussi gardé ici ({@link
 * #arret()}) et prime sur toute autre erreur ; {@link #lire} applique cette règle. Non thread-safe (une
 * par lecture). Hors API.
 */
public final class PaquetXlsxBorne implements Closeable {

  /** Octets décompressés au plus pour l'ensemble des parties que POI analyse lui-même. */
  public static final long PARTIES_POI_MAX = 4L * 1024 * 1024;

  /**
   * Lecture d'un paquet ouvert sur une source bornée.
   *
   * @param <T> type du résultat de la lecture
   */
  @FunctionalInterface
  public interface Lecture<T> {
    /**
     * Lit le paquet.
     *
     * @param paquet paquet ouvert en lecture seule sur {@code source}
     * @param source source bornée, pour relire en flux les feuilles et les chaînes partagées
     * @return résultat de la lecture
     * @throws Exception toute erreur de POI ou de l'analyseur (un arrêt de la source prime)
     */
    T lire(OPCPackage paquet, PaquetXlsxBorne source) throws Exception;
  }

  private final ZipSecureFile zip;
  private final Echeance echeance;
  private final CodesArret codes;
  private long resteParties = PARTIES_POI_MAX;
  private final Source source = new Source();
  private @Nullable ArretLecture arret;
  private boolean ferme;

  /**
   * Ouvre l'archive (commons-compress par POI, noms en double refusés ; jamais de repli sur une lecture
   * en flux qui garderait tout en mémoire).
   *
   * @param fichier fichier .xlsx, déjà passé au pré-vol ({@link PreVolClasseur#verifierZip})
   * @param echeance échéance de la lecture, vérifiée à chaque bloc lu
   * @param codes traduction des motifs d'arrêt en violations de l'import
   * @throws IOException si l'archive ne peut pas être ouverte
   */
  public PaquetXlsxBorne(File fichier, Echeance echeance, CodesArret codes) throws IOException {
    this.zip = new ZipSecureFile(fichier);
    this.echeance = echeance;
    this.codes = codes;
  }

  /**
   * Ouvre le paquet de {@code fichier} par POI sur une source bornée, le lit et le referme sans jamais
   * le réécrire. Un arrêt survenu dans un flux de la source prime sur toute autre issue, même quand POI
   * l'a enveloppé dans une autre exception ou l'a avalé.
   *
   * @param <T> type du résultat de la lecture
   * @param fichier fichier .xlsx, déjà passé au pré-vol ({@link PreVolClasseur#verifierZip})
   * @param echeance échéance de la lecture
   * @param codes traduction des motifs d'arrêt en violations de l'import
   * @param lecture lecture à faire sur le paquet ouvert (chaînes partagées, feuilles), qui relit les
   *     parties en flux par la source bornée
   * @return résultat de la lecture
   * @throws ArretLecture sur un plafond, l'échéance ou un refus (le premier survenu dans la source prime)
   * @throws Exception toute autre erreur de POI ou de l'analyseur, à traiter comme fichier illisible
   */
  public static <T> T lire(File fichier, Echeance echeance, CodesArret codes, Lecture<T> lecture) throws Exception {
    PaquetXlsxBorne source = new PaquetXlsxBorne(fichier, echeance, codes);
    T resultat;
    try {
      OPCPackage paquet = OPCPackage.open(source.source());
      try {
        source.verifierTypeClasseur(paquet);
        resultat = lecture.lire(paquet, source);
      } finally {
        paquet.revert(); // lecture seule : jamais de réécriture ; ferme aussi la source
      }
    } catch (ArretLecture a) {
      throw source.arret().orElse(a);
    } catch (Exception | StackOverflowError | LinkageError e) {
      // Une limite atteinte dans un flux du paquet prime, même si POI l'a enveloppée ou avalée.
      if (source.arret().isPresent()) {
        throw source.arret().get();
      }
      throw e;
    } finally {
      source.close();
    }
    if (source.arret().isPresent()) {
      throw source.arret().get(); // arrêt avalé par POI sans autre erreur
    }
    return resultat;
  }

  /** Type de contenu de la partie principale d'un classeur xlsx ordinaire (transitionnel ou strict). */
  static final String TYPE_XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml";

  /**
   * Refuse un paquet dont la partie principale n'est pas celle d'un classeur xlsx ordinaire : classeur à
   * macros, modèle, complément ou classeur binaire ({@link MotifArret#TYPE_CLASSEUR_REFUSE}), ou paquet
   * qui n'est pas un classeur ({@link MotifArret#PAS_UN_CLASSEUR}). POI lirait les premiers comme des
   * xlsx, et rendrait pour un document Word un classeur sans feuille.
   */
  private void verifierTypeClasseur(OPCPackage paquet) {
    org.apache.poi.openxml4j.opc.PackageRelationshipCollection principales =
        paquet.getRelationshipsByType(org.apache.poi.openxml4j.opc.PackageRelationshipTypes.CORE_DOCUMENT);
    if (principales.isEmpty()) {
      principales = paquet.getRelationshipsByType(
          org.apache.poi.openxml4j.opc.PackageRelationshipTypes.STRICT_CORE_DOCUMENT);
    }
    if (principales.isEmpty()) {
      throw arreter(MotifArret.PAS_UN_CLASSEUR, 0);
    }
    PackagePart principale = paquet.getPart(principales.getRelationship(0));
    String type = principale == null ? "" : principale.getContentType();
    if (TYPE_XLSX.equals(type)) {
      return;
    }
    boolean classeur = type.startsWith("application/vnd.openxmlformats-officedocument.spreadsheetml.")
        || type.startsWith("application/vnd.ms-excel.");
    throw arreter(classeur ? MotifArret.TYPE_CLASSEUR_REFUSE : MotifArret.PAS_UN_CLASSEUR, 0);
  }

  /**
   * Premier arrêt survenu dans un flux de l'archive, s'il y en a eu un.
   *
   * @return premier arrêt levé par la source, vide s'il n'y en a eu aucun
   */
  public Optional<ArretLecture> arret() {
    return Optional.ofNullable(arret);
  }

  /**
   * Source d'entrées à donner à POI ({@code OPCPackage.open(ZipEntrySource)}) : le flux de chaque partie
   * que POI lit est mesuré à sa première lecture (décompression sans analyse) et décompté du budget de
   * {@value #PARTIES_POI_MAX} octets avant que POI ne l'analyse ; un flux ouvert puis fermé sans lecture
   * ne coûte rien. Fermer la source ferme l'archive.
   *
   * @return source de cette archive, la même à chaque appel
   */
  public ZipEntrySource source() {
    return source;
  }

  /** Taille réelle d'une entrée, décomptée du budget des parties lues par POI. */
  private long mesurer(ZipArchiveEntry entree) throws IOException {
    Mesure mesure = new Mesure(zip.getInputStream(entree));
    try (mesure) {
      if (estXml(entree.getName())) {
        // POI analyserait la partie avec un gestionnaire d'erreurs qui journalise le texte fautif (nom
        // d'une entité non déclarée, d'un élément) : elle est d'abord vérifiée ici, en silence.
        try {
          AnalyseurXml.verifierBienForme(mesure);
        } catch (SAXException | RuntimeException e) {
          if (arret != null) {
            throw arret;
          }
          throw arreter(MotifArret.ILLISIBLE, 0);
        }
      }
      mesure.transferTo(OutputStream.nullOutputStream());
    }
    resteParties -= mesure.taille;
    return mesure.taille;
  }

  /** Vrai pour une partie XML (que POI analyserait) : {@code .xml}, {@code .rels}. */
  private static boolean estXml(String nom) {
    String n = nom.toLowerCase(java.util.Locale.ROOT);
    return n.endsWith(".xml") || n.endsWith(".rels");
  }

  /**
   * Flux d'une partie que POI lira : octets comptés contre le budget des parties, échéance vérifiée à
   * chaque bloc (4 Mio se décompressent en quelques ms), prologue XML sans DOCTYPE.
   */
  private final class Mesure extends FluxFiltre {
    private final PrologueXml prologue = new PrologueXml();
    private long taille;

    Mesure(InputStream in) {
      super(in);
    }

    @Override
    public int read(byte[] b, int depart, int longueur) throws IOException {
      echeance();
      int n = in.read(b, depart, longueur);
      if (n > 0) {
        taille += n;
        verifierLus(taille, resteParties, PARTIES_POI_MAX, prologue, b, depart, n);
      }
      return n;
    }

  }

  /**
   * Flux d'une partie lue en flux par l'import (feuille, chaînes partagées), borné en octets réels.
   *
   * @param partie partie du paquet ouvert sur cette source
   * @return flux borné à {@link PreVolClasseur#ZIP_ENTREE_MAX} octets réels, échéance vérifiée à chaque
   *     bloc, prologue XML sans DOCTYPE ; à fermer par l'appelant
   * @throws ArretLecture si la partie n'est pas une entrée de cette archive, ou sur l'échéance
   * @throws IOException si l'archive est fermée ou l'entrée illisible
   */
  public InputStream ouvrirEnFlux(PackagePart partie) throws IOException {
    verifier();
    if (!(partie instanceof ZipPackagePart p) || p.getZipArchive() == null) {
      throw arreter(MotifArret.ILLISIBLE, 0);
    }
    return new Flux(zip.getInputStream(p.getZipArchive()), PreVolClasseur.ZIP_ENTREE_MAX);
  }

  /**
   * Ferme l'archive (sans effet si elle l'est déjà).
   *
   * @throws IOException si l'archive ne peut pas être fermée
   */
  @Override
  public void close() throws IOException {
    if (!ferme) {
      ferme = true;
      zip.close();
    }
  }

  /** Entrées de l'archive vues par POI, chacune lue par un {@link Flux} mesuré. */
  private final class Source implements ZipEntrySource {
    @Override
    public Enumeration<? extends ZipArchiveEntry> getEntries() {
      return zip.getEntries();
    }

    @Override
    public @Nullable ZipArchiveEntry getEntry(String path) {
      return zip.getEntry(path); // contrat de POI : null si l'entrée est absente
    }

    @Override
    public InputStream getInputStream(ZipArchiveEntry entree) throws IOException {
      verifier();
      return new Flux(entree);
    }

    @Override
    public void close() throws IOException {
      PaquetXlsxBorne.this.close();
    }

    @Override
    public boolean isClosed() {
      return ferme;
    }
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

  /** Octets lus d'un flux : au plus {@code max} (arrêt au plafond rapporté), prologue sans DOCTYPE. */
  private void verifierLus(long lus, long max, long plafond, PrologueXml prologue, byte[] b, int depart, int n) {
    if (lus > max) {
      throw arreter(MotifArret.VOLUME_EXCESSIF, plafond);
    }
    if (!prologue.termine() && prologue.examiner(b, depart, n)) {
      throw arreter(MotifArret.DTD_INTERDITE, 0);
    }
  }

  private ArretLecture arreter(MotifArret motif, long plafond) {
    return garder(codes.arret(motif, plafond));
  }

  private ArretLecture garder(ArretLecture a) {
    if (arret == null) {
      arret = a;
    }
    return arret;
  }

  /** Flux surveillé : octets réels bornés, échéance, prologue XML sans DOCTYPE. */
  private final class Flux extends FluxFiltre {
    private @Nullable ZipArchiveEntry aMesurer;
    /** Octets admis : taille mesurée (partie lue par POI) ou plafond (partie lue en flux). */
    private long max;
    /** Plafond rapporté en cas de dépassement. */
    private final long plafond;
    private final PrologueXml prologue = new PrologueXml();
    private final JetonsXml jetons = new JetonsXml();
    private long lus;

    /** Partie lue par POI : ouverte et mesurée à la première lecture. */
    Flux(ZipArchiveEntry entree) {
      super(null);
      this.aMesurer = entree;
      this.plafond = PARTIES_POI_MAX;
    }

    /** Partie lue en flux, bornée à {@code max} octets réels. */
    Flux(InputStream in, long max) {
      super(in);
      this.max = max;
      this.plafond = max;
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
    public int read(byte[] b, int depart, int longueur) throws IOException {
      echeance();
      int n = ouvert().read(b, depart, longueur);
      if (n > 0) {
        lus += n;
        verifierLus(lus, max, plafond, prologue, b, depart, n);
        if (jetons.examiner(b, depart, n)) {
          throw arreter(MotifArret.JETON_TROP_LONG, JetonsXml.JETON_MAX);
        }
      }
      return n;
    }

    @Override
    public int available() throws IOException {
      return in == null ? 0 : in.available();
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
