// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.io.mesures;

import fr.gouv.emjpm.domain.commun.Violation;
import fr.gouv.emjpm.io.fichier.CodeFichier;
import fr.gouv.emjpm.io.internal.ArretLecture;
import fr.gouv.emjpm.io.internal.FormatFichier;
import fr.gouv.emjpm.io.internal.LecteurClasseur;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ThreadFactory;
import org.jspecify.annotations.Nullable;

/**
 * Lecture d'un tableau dans un fil à part, ses cellules rejouées dans le fil appelant, dans l'ordre du
 * fichier, sur le récepteur de l'import ({@link LecteurTableau}, qui forme les lignes et les rend au
 * traitement) : la lecture (décompression, XML, cellules typées) et le traitement des lignes (textes des
 * cellules, colonnes, règles, mesures) se recouvrent. Les cellules passent par paquets de {@link
 * #LIGNES_PAR_PAQUET} lignes dans une file de {@link #PAQUETS_EN_FILE} paquets au plus : le lecteur attend
 * le traitement, la mémoire reste bornée et l'échéance de la lecture couvre le traitement, comme en un seul
 * fil.
 *
 * <p>Même issue qu'une lecture en un seul fil ({@link LecteurTableau#lire}) : mêmes lignes dans le même
 * ordre, même violation d'arrêt ; une exception du traitement arrête la lecture (un {@link ArretLecture}
 * rend sa violation, toute autre exception rend le fichier illisible, une {@link Error} est relancée) ; une
 * {@link IOException} ou une {@link Error} du lecteur est relancée dans le fil appelant. Au retour, le fil de
 * lecture est terminé et le fichier fermé. Une interruption du fil appelant n'arrête pas l'import (comme en
 * un seul fil) : elle est rétablie au retour. Si la fabrique ne rend pas de fil, ou si le fil ne démarre
 * pas, la lecture se fait dans le fil appelant.
 */
final class LectureEnParallele {

  /** Lignes par paquet passé du fil de lecture au fil de traitement. */
  static final int LIGNES_PAR_PAQUET = 256;
  /** Paquets en attente de traitement au plus. */
  static final int PAQUETS_EN_FILE = 4;

  private final Path fichier;
  private final FormatFichier format;
  private final LimitesImport limites;
  private final BlockingQueue<Paquet> file = new ArrayBlockingQueue<>(PAQUETS_EN_FILE);
  /**
   * Paquets rejoués, rendus au fil de lecture qui les remplit de nouveau (au plus {@link #PAQUETS_EN_FILE}
   * + 1) : une lecture alloue quelques paquets, pas un par tranche de {@link #LIGNES_PAR_PAQUET} lignes.
   */
  private final BlockingQueue<Paquet> libres = new ArrayBlockingQueue<>(PAQUETS_EN_FILE + 1);
  /** Posé par le fil de traitement quand il abandonne : le lecteur s'arrête à la ligne suivante. */
  private volatile boolean annule;
  /** Issue de la lecture, publiée par le dernier paquet (champs lus après sa réception). */
  private @Nullable Optional<Violation> arret;
  private @Nullable Throwable echec;

  private LectureEnParallele(Path fichier, FormatFichier format, LimitesImport limites) {
    this.fichier = fichier;
    this.format = format;
    this.limites = limites;
  }

  /**
   * Lit {@code fichier} dans un fil de {@code fils} et passe chaque ligne à {@code sortie} dans le fil
   * appelant ; rend la violation qui a arrêté la lecture, vide si tout a été lu.
   *
   * @throws IOException si le fichier ne peut pas être lu du tout (erreur du système)
   */
  static Optional<Violation> lire(Path fichier, FormatFichier format, LimitesImport limites,
      LecteurTableau.Lignes sortie, ThreadFactory fils) throws IOException {
    LectureEnParallele l = new LectureEnParallele(fichier, format, limites);
    Thread fil = demarrer(fils, l::lireDansLeFil);
    if (fil == null) {
      return LecteurTableau.lire(fichier, format, limites, sortie);
    }
    return l.traiter(sortie, fil);
  }

  /** Fil démarré, ou nul si la fabrique n'en rend pas ou s'il ne démarre pas. */
  private static @Nullable Thread demarrer(ThreadFactory fils, Runnable tache) {
    try {
      Thread fil = fils.newThread(tache);
      if (fil == null) {
        return null;
      }
      fil.start();
      return fil;
    } catch (OutOfMemoryError | RuntimeException e) {
      // « unable to create native thread », fabrique refusée ou fil déjà démarré : lecture en un seul fil
      return null;
    }
  }

  /** Corps du fil de lecture : paquets de cellules, puis le dernier paquet qui porte l'issue. */
  private void lireDansLeFil() {
    Enregistreur e = new Enregistreur();
    Optional<Violation> r = Optional.empty();
    Throwable t = null;
    try {
      r = LecteurClasseur.lire(fichier, format, LecteurTableau.limitesLecture(limites), e);
    } catch (Throwable x) {
      t = x; // IOException, OutOfMemoryError… : relancées dans le fil appelant
    }
    Paquet dernier = e.paquet;
    dernier.dernier = true;
    arret = r;
    echec = t;
    envoyer(dernier); // publie arret et echec (file bloquante : arrivée avant ce qui suit la réception)
  }

  /**
   * Récepteur du fil de lecture : le texte de chaque cellule (calculé ici pour alléger le fil du
   * traitement ; même feuille et mêmes textes que {@link LecteurTableau}, par {@link RecepteurTextes}) est
   * noté dans le paquet en cours, envoyé toutes les {@link #LIGNES_PAR_PAQUET} lignes. Une exception de ce
   * calcul arrête la lecture comme celle du lecteur ({@link LecteurClasseur} : fichier illisible), après
   * les lignes complètes déjà lues : même issue qu'en un seul fil.
   */
  private final class Enregistreur extends RecepteurTextes {
    Paquet paquet = new Paquet();

    Enregistreur() {
      super(format);
    }

    @Override
    public void ligne(int numero) {
      if (annule) {
        throw ArretLecture.de(CodeFichier.FICHIER_ILLISIBLE, java.util.Map.of()); // issue ignorée
      }
      paquet.ajouter(LIGNE, numero, null);
    }

    @Override
    void placer(int colonne, String texte) {
      paquet.ajouter(TEXTE, colonne, texte);
    }

    @Override
    public void finLigne() {
      paquet.ajouter(FIN_LIGNE, 0, null);
      if (++paquet.lignes == LIGNES_PAR_PAQUET) {
        envoyer(paquet);
        Paquet libre = libres.poll();
        paquet = libre == null ? new Paquet() : libre.vider();
      }
    }
  }

  private void envoyer(Paquet p) {
    // le fil est à nous : seul un arrêt de la JVM l'interrompt ; la file est vidée par le traitement
    boolean[] interrompu = {false};
    sansInterruption(() -> {
      file.put(p);
      return p;
    }, interrompu);
    if (interrompu[0]) {
      Thread.currentThread().interrupt();
    }
  }

  /** Fil appelant : chaque paquet, dans l'ordre, rejoué jusqu'au dernier ; puis l'issue de la lecture. */
  private Optional<Violation> traiter(LecteurTableau.Lignes sortie, Thread fil) throws IOException {
    boolean[] interrompu = {false};
    LecteurTableau tableau = LecteurTableau.pour(limites, format, sortie);
    Optional<Violation> issue = null;
    boolean fini = false;
    try {
      while (!fini) {
        Paquet p = prendre(interrompu);
        try {
          p.rejouer(tableau);
        } catch (ArretLecture a) {
          issue = Optional.of(a.violation());
        } catch (RuntimeException | StackOverflowError | LinkageError e) {
          // comme en un seul fil (LecteurClasseur) : le message n'est jamais recopié
          issue = Optional.of(Violation.de(CodeFichier.FICHIER_ILLISIBLE, ""));
        }
        fini = p.dernier;
        if (issue != null) {
          break;
        }
        if (!fini) {
          libres.offer(p); // sans attendre : file pleine, le paquet est laissé au ramasse-miettes
        }
      }
    } finally {
      if (!fini) {
        // abandon (issue du traitement ou Error) : le lecteur s'arrête à sa prochaine ligne, la file est vidée
        annule = true;
        while (!prendre(interrompu).dernier) {
          // paquets abandonnés
        }
      }
      joindre(fil, interrompu);
      if (interrompu[0]) {
        Thread.currentThread().interrupt();
      }
    }
    if (issue != null) {
      return issue;
    }
    Throwable t = echec;
    if (t != null) {
      relancer(t);
    }
    return java.util.Objects.requireNonNull(arret);
  }

  /** Paquet suivant ; une interruption est notée dans {@code interrompu} (rétablie au retour de l'import). */
  private Paquet prendre(boolean[] interrompu) {
    return sansInterruption(file::take, interrompu);
  }

  private static void joindre(Thread fil, boolean[] interrompu) {
    sansInterruption(() -> {
      fil.join();
      return fil;
    }, interrompu);
  }

  /** Attente qu'une interruption peut couper. */
  private interface Attente<T> {
    T attendre() throws InterruptedException;
  }

  /**
   * Attend jusqu'au bout, comme un import en un seul fil qu'une interruption n'arrête pas : chaque
   * interruption est notée dans {@code interrompu[0]} et l'attente reprend.
   */
  private static <T> T sansInterruption(Attente<T> attente, boolean[] interrompu) {
    while (true) {
      try {
        return attente.attendre();
      } catch (InterruptedException e) {
        interrompu[0] = true;
      }
    }
  }

  private static void relancer(Throwable t) throws IOException {
    if (t instanceof IOException io) {
      throw io;
    }
    if (t instanceof RuntimeException re) {
      throw re;
    }
    if (t instanceof Error er) {
      throw er;
    }
    throw new UncheckedIOException(new IOException(t.getClass().getName()));
  }

  private static final byte LIGNE = 0;
  /** Texte d'une cellule, déjà calculé ({@link RecepteurTextes}). */
  private static final byte TEXTE = 1;
  private static final byte FIN_LIGNE = 2;

  /** Textes des cellules de quelques lignes, dans l'ordre de lecture (un événement par appel du récepteur). */
  private static final class Paquet {
    byte[] types = new byte[LIGNES_PAR_PAQUET * 16];
    /** Numéro de ligne ({@code LIGNE}) ou colonne de la cellule. */
    int[] entiers = new int[types.length];
    @Nullable String[] textes = new String[types.length];
    int taille;
    /** Lignes complètes du paquet. */
    int lignes;
    /** Dernier paquet : la lecture est finie, son issue publiée. */
    boolean dernier;

    void ajouter(byte type, int entier, @Nullable String texte) {
      if (taille == types.length) {
        int n = taille * 2; // une ligne peut avoir beaucoup de cellules (bornées par les limites de lecture)
        types = Arrays.copyOf(types, n);
        entiers = Arrays.copyOf(entiers, n);
        textes = Arrays.copyOf(textes, n);
      }
      types[taille] = type;
      entiers[taille] = entier;
      textes[taille] = texte;
      taille++;
    }

    /** Paquet vidé pour être rempli de nouveau (ses tableaux gardés ; textes oubliés). */
    Paquet vider() {
      Arrays.fill(textes, 0, taille, null);
      taille = 0;
      lignes = 0;
      return this;
    }

    /** Rejoue les appels notés, dans l'ordre, sur {@code r}. */
    void rejouer(LecteurTableau r) {
      for (int i = 0; i < taille; i++) {
        switch (types[i]) {
          case LIGNE -> r.ligne(entiers[i]);
          case TEXTE -> r.placer(entiers[i], textes[i]);
          default -> r.finLigne();
        }
      }
    }
  }
}
