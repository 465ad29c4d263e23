// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.hote;

import fr.gouv.emjpm.domain.commun.Violation;
import fr.gouv.emjpm.domain.gestionnaire.GestionnaireId;
import fr.gouv.emjpm.domain.gestionnaire.TypeGestionnaire;
import fr.gouv.emjpm.io.mesures.ImportMesures;
import fr.gouv.emjpm.io.mesures.ParametresImport;
import fr.gouv.emjpm.spring.EmjpmImports;
import fr.gouv.emjpm.spring.RefusException;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * {@code POST /mesures/import} : le fichier de mesures d'un gestionnaire (xlsx, xls, ods ou CSV, reconnu par
 * son contenu), importé tout ou rien et enregistré dans une transaction ; un refus est un problem
 * detail 422 qui porte chaque erreur avec sa ligne et son code. Ni le nom du fichier ni le type MIME
 * annoncé ne sont filtrés : seule la bibliothèque décide du format, d'après les octets (un .ods sera lu
 * dès qu'elle le lira, sans changer ce contrôleur).
 */
@RestController
public class ImportControleur {

  /** En-tête qui porte le gestionnaire de l'appel (dans une vraie application : l'utilisateur authentifié). */
  public static final String GESTIONNAIRE = "X-Emjpm-Gestionnaire";

  private final EmjpmImports imports;
  private final DepotMesures mesures;
  private final DepotGestionnaires gestionnaires;

  ImportControleur(EmjpmImports imports, DepotMesures mesures, DepotGestionnaires gestionnaires) {
    this.imports = imports;
    this.mesures = mesures;
    this.gestionnaires = gestionnaires;
  }

  /**
   * Bilan d'un import accepté.
   *
   * @param creations mesures créées
   * @param misesAJour mesures mises à jour
   * @param lignesLues lignes de données lues
   * @param avertissements avertissements (code, ligne, message)
   */
  public record Bilan(int creations, int misesAJour, int lignesLues, List<Map<String, Object>> avertissements) {}

  /**
   * Importe le fichier.
   *
   * @param gestionnaire gestionnaire de l'appel ({@code service-3}, converti par le starter)
   * @param fichier fichier téléversé (partie {@code fichier})
   * @return le bilan
   * @throws IOException si le fichier reçu ne peut être lu
   */
  @PostMapping("/mesures/import")
  public Bilan importer(@RequestHeader(GESTIONNAIRE) GestionnaireId gestionnaire,
      @RequestParam("fichier") MultipartFile fichier) throws IOException {
    ParametresImport p = ParametresImport.pour(gestionnaire).avecExistantes(mesures.existantes(gestionnaire));
    if (gestionnaire.type() == TypeGestionnaire.SERVICE) {
      p = p.avecAntennes(List.of(), gestionnaires.antennesDuService(gestionnaire.numero()));
    }
    ImportMesures r;
    try (InputStream flux = fichier.getInputStream()) {
      r = RefusException.exiger(imports.importer(flux, p));
    }
    mesures.enregistrer(r.mesures());
    return new Bilan(r.creations(), r.misesAJour(), r.lignesLues(),
        r.avertissements().stream().map(ImportControleur::avertissement).toList());
  }

  private static Map<String, Object> avertissement(Violation v) {
    return Map.of("code", v.code(), "chemin", v.chemin(), "message", v.message());
  }
}
