// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.io.internal;

import fr.gouv.emjpm.domain.commun.Violation;
import fr.gouv.emjpm.io.fichier.CodeFichier;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * Le lecteur durci de tableurs du module : xlsx (analyseur en flux écrit pour les classeurs, {@link
 * ClasseurXlsx}), ods ({@code content.xml} lu en flux, {@link LecteurOds}), xls (enregistrements BIFF lus
 * en flux après le pré-vol, {@link ClasseurXls}), CSV ; le format est reconnu une fois par le
 * contenu ({@link FormatFichier}). Un seul jeu de limites ({@link LimitesLecture}) et une seule
 * échéance pour toute la lecture ; les cellules typées sont rendues au {@link RecepteurCellules},
 * feuille par feuille et ligne par ligne. Chaque refus est une violation {@link CodeFichier} (ou celle
 * qu'a levée le récepteur), sans contenu du fichier ni message de POI. Hors API.
 */
public final class LecteurClasseur {

  /** Traduction des motifs d'arrêt du code partagé en codes {@link CodeFichier}. */
  public static final CodesArret CODES = (motif, plafond) -> switch (motif) {
    case DELAI_DEPASSE -> Violation.de(CodeFichier.FICHIER_DELAI_DEPASSE, "");
    case VOLUME_EXCESSIF, TEXTE_EXCESSIF -> Violation.de(CodeFichier.FICHIER_ZIP_BOMBE, "");
    case DTD_INTERDITE -> Violation.de(CodeFichier.FICHIER_DTD_INTERDITE, "");
    case ILLISIBLE -> Violation.de(CodeFichier.FICHIER_ILLISIBLE, "");
    case TROP_DE_CHAINES -> Violation.de(CodeFichier.FICHIER_TROP_DE_CHAINES, "", Map.of("max", plafond));
    case CHAINE_TROP_LONGUE -> Violation.de(CodeFichier.FICHIER_CELLULE_TROP_LONGUE, "", Map.of("max", plafond));
    case TYPE_CLASSEUR_REFUSE -> Violation.de(CodeFichier.FICHIER_TYPE_CLASSEUR_REFUSE, "");
    case PAS_UN_CLASSEUR -> Violation.de(CodeFichier.FICHIER_PAS_UN_CLASSEUR, "");
    case JETON_TROP_LONG -> Violation.de(CodeFichier.FICHIER_JETON_XML_TROP_LONG, "", Map.of("max", plafond));
    case TROP_DE_LIGNES -> Violation.de(CodeFichier.FICHIER_TROP_DE_LIGNES, "", Map.of("max", plafond));
    case TROP_DE_COLONNES -> Violation.de(CodeFichier.FICHIER_TROP_DE_COLONNES, "", Map.of("max", plafond));
    case CHIFFRE -> Violation.de(CodeFichier.FICHIER_CHIFFRE, "");
    case STRUCTURE_ARCHIVE -> Violation.de(CodeFichier.FICHIER_ZIP_STRUCTURE, "");
  };

  private LecteurClasseur() {}

  /**
   * Codes de la lecture d'un .ods : ceux de {@link #CODES}, le plafond de lignes rapporté comme celui de
   * l'import (le lecteur .ods compte aussi l'en-tête, cf. {@link LecteurOds.Limites#de(LimitesLecture)}).
   */
  private static CodesArret codesOds(LimitesLecture limites) {
    return (motif, plafond) ->
        CODES.violation(motif, motif == MotifArret.TROP_DE_LIGNES ? limites.lignesMax() : plafond);
  }

  /**
   * Lit {@code fichier} ; rend la violation qui a arrêté la lecture, vide si tout a été lu.
   *
   * @param fichier fichier à lire
   * @param format format reconnu par {@link FormatFichier#detecter(Path)}
   * @param limites limites de la lecture
   * @param recepteur récepteur des cellules ; un {@link ArretLecture} qu'il lève arrête la lecture et
   *     rend sa violation
   * @return violation qui a arrêté la lecture, vide si tout a été lu
   * @throws IOException si la taille du fichier ne peut pas être lue (erreur du système)
   */
  public static Optional<Violation> lire(Path fichier, FormatFichier format, LimitesLecture limites,
      RecepteurCellules recepteur) throws IOException {
    long taille = Files.size(fichier);
    if (taille > limites.tailleMax()) {
      return Optional.of(Violation.de(CodeFichier.FICHIER_TROP_VOLUMINEUX, "", Map.of("max", limites.tailleMax())));
    }
    Echeance echeance = new Echeance(limites.delai(), CODES);
    RecepteurBorne borne = new RecepteurBorne(recepteur, limites, echeance);
    try {
      switch (format) {
        case XLSX -> {
          GardePoi.verifier();
          ClasseurXlsx.lire(fichier.toFile(), limites, echeance, borne);
        }
        case ODS -> LecteurOds.lire(fichier, LecteurOds.Limites.de(limites), echeance, codesOds(limites), borne);
        case XLS -> ClasseurXls.lire(fichier.toFile(), limites, echeance, borne);
        case CSV -> LecteurCsv.lire(fichier, limites, borne);
      }
      return Optional.empty();
    } catch (ArretLecture a) {
      return Optional.of(a.violation());
    } catch (Exception | StackOverflowError | LinkageError e) {
      // LinkageError : un fichier hostile peut faire charger à POI un codec absent du classpath (zstd,
      // xz…) ; trouvé par Jazzer. Tout autre échec : fichier illisible ; le message n'est jamais recopié.
      return Optional.of(Violation.de(CodeFichier.FICHIER_ILLISIBLE, ""));
    }
  }
}
