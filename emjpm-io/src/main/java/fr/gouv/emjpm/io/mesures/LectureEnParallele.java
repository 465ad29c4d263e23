// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.io.mesures;

import fr.gouv.emjpm.domain.commun.Violation;
import fr.gouv.emjpm.io.fichier.CodeFichier;
import fr.gouv.emjpm.io.internal.ArretLecture;
import fr.gouv.emjpm.io.internal.FormatFichier;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.AbstractList;
import java.util.Optional;
import java.util.RandomAccess;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ThreadFactory;
import org.jspecify.annotations.Nullable;

/**
 * Lecture d'un tableau ({@link LecteurTableau}) dans un fil à part, ses lignes traitées dans le fil
 * appelant, dans l'ordre du fichier : la lecture (décompression, XML, cellules) et le traitement des
 * lignes (colonnes, règles, mesures) se recouvrent. Les lignes passent par paquets de {@link
 * #LIGNES_PAR_PAQUET} dans une file de {@link #PAQUETS_EN_FILE} paquets au plus : le lecteur attend le
 * traitement, la mémoire reste bornée et l'échéance de la lecture couvre le traitement, comme en un seul fil.
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
    Thread fil;
    try {
      fil = fils.newThread(tache);
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

  /** Corps du fil de lecture : paquets de lignes, puis le dernier paquet qui porte l'issue. */
  private void lireDansLeFil() {
    Paquet[] courant = {new Paquet()};
    Optional<Violation> r = Optional.empty();
    Throwable t = null;
    try {
      r = LecteurTableau.lire(fichier, format, limites, (numero, valeurs) -> {
        if (annule) {
          throw ArretLecture.de(CodeFichier.FICHIER_ILLISIBLE, java.util.Map.of()); // issue ignorée
        }
        Paquet p = courant[0];
        p.ajouter(numero, valeurs.toArray(new String[0]));
        if (p.taille == LIGNES_PAR_PAQUET) {
          envoyer(p);
          courant[0] = new Paquet();
        }
      });
    } catch (Throwable e) {
      t = e; // IOException, OutOfMemoryError… : relancées dans le fil appelant
    }
    Paquet dernier = courant[0];
    dernier.dernier = true;
    arret = r;
    echec = t;
    envoyer(dernier); // publie arret et echec (file bloquante : arrivée avant ce qui suit la réception)
  }

  private void envoyer(Paquet p) {
    boolean interrompu = false;
    while (true) {
      try {
        file.put(p);
        break;
      } catch (InterruptedException e) {
        interrompu = true; // le fil est à nous : seul un arrêt de la JVM l'interrompt ; la file est vidée par le traitement
      }
    }
    if (interrompu) {
      Thread.currentThread().interrupt();
    }
  }

  /** Fil appelant : chaque paquet, dans l'ordre, jusqu'au dernier ; puis l'issue de la lecture. */
  private Optional<Violation> traiter(LecteurTableau.Lignes sortie, Thread fil) throws IOException {
    boolean[] interrompu = {false};
    Vue vue = new Vue();
    Optional<Violation> issue = null;
    boolean fini = false;
    try {
      while (!fini) {
        Paquet p = prendre(interrompu);
        for (int i = 0; i < p.taille && issue == null; i++) {
          vue.valeurs = p.valeurs[i];
          try {
            sortie.ligne(p.numeros[i], vue);
          } catch (ArretLecture a) {
            issue = Optional.of(a.violation());
          } catch (RuntimeException | StackOverflowError | LinkageError e) {
            // comme en un seul fil (LecteurClasseur) : le message n'est jamais recopié
            issue = Optional.of(Violation.de(CodeFichier.FICHIER_ILLISIBLE, ""));
          }
        }
        fini = p.dernier;
        if (issue != null) {
          break;
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

  private Paquet prendre(boolean[] interrompu) {
    while (true) {
      try {
        return file.take();
      } catch (InterruptedException e) {
        interrompu[0] = true; // rétablie au retour : l'import va jusqu'au bout, comme en un seul fil
      }
    }
  }

  private static void joindre(Thread fil, boolean[] interrompu) {
    while (true) {
      try {
        fil.join();
        return;
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

  /** Lignes lues, copiées (le lecteur réutilise sa ligne). */
  private static final class Paquet {
    final int[] numeros = new int[LIGNES_PAR_PAQUET];
    final String[][] valeurs = new String[LIGNES_PAR_PAQUET][];
    int taille;
    /** Dernier paquet : la lecture est finie, son issue publiée. */
    boolean dernier;

    void ajouter(int numero, String[] ligne) {
      numeros[taille] = numero;
      valeurs[taille] = ligne;
      taille++;
    }
  }

  /** Vue non modifiable d'une ligne copiée, valable pendant l'appel seulement (réutilisée). */
  private static final class Vue extends AbstractList<String> implements RandomAccess {
    String[] valeurs = new String[0];

    @Override
    public String get(int index) {
      return valeurs[index];
    }

    @Override
    public int size() {
      return valeurs.length;
    }
  }
}
