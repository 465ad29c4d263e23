// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.spring;

import fr.gouv.emjpm.domain.commun.Resultat;
import fr.gouv.emjpm.io.mesures.ImportMesures;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import java.io.IOException;
import java.util.Objects;

/**
 * Observation Micrometer {@value #NOM} autour de chaque import ; clé {@code resultat} ({@code succes},
 * {@code refus} ou {@code erreur}) et, pour un refus, le nombre de violations (clé
 * {@code violations}, haute cardinalité). Aucune donnée du fichier n'est attachée.
 */
public final class ObservationImport implements InstrumentationImport {

  /** Nom de l'observation. */
  public static final String NOM = "emjpm.import.mesures";

  private final ObservationRegistry registre;

  /**
   * Instrumentation sur ce registre.
   *
   * @param registre registre d'observations de l'hôte
   */
  public ObservationImport(ObservationRegistry registre) {
    this.registre = Objects.requireNonNull(registre, "registre");
  }

  @Override
  public Resultat<ImportMesures> autour(Appel appel) throws IOException {
    Observation o = Observation.createNotStarted(NOM, registre)
        .contextualName("import de mesures").start();
    try (Observation.Scope ignore = o.openScope()) {
      Resultat<ImportMesures> r = appel.executer();
      o.lowCardinalityKeyValue("resultat", r.estSucces() ? "succes" : "refus");
      if (!r.estSucces()) {
        o.highCardinalityKeyValue("violations", Integer.toString(r.violations().size()));
      }
      return r;
    } catch (IOException | RuntimeException e) {
      o.lowCardinalityKeyValue("resultat", "erreur");
      o.error(e);
      throw e;
    } finally {
      o.stop();
    }
  }
}
