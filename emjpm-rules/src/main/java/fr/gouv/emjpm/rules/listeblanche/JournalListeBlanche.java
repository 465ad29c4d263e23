// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.rules.listeblanche;

import fr.gouv.emjpm.domain.listeblanche.DepartementAgrement;
import fr.gouv.emjpm.domain.listeblanche.EntreeListeBlanche;
import fr.gouv.emjpm.domain.listeblanche.EtablissementPrepose;
import fr.gouv.emjpm.domain.listeblanche.ListeBlancheDpfi;
import fr.gouv.emjpm.domain.listeblanche.ListeBlancheIndividuel;
import fr.gouv.emjpm.domain.listeblanche.ListeBlanchePrepose;
import fr.gouv.emjpm.domain.listeblanche.ListeBlancheSdpf;
import fr.gouv.emjpm.domain.listeblanche.ListeBlancheService;
import fr.gouv.emjpm.domain.referentiel.Siret;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Journal des changements de la liste blanche : chaque ajout, modification ou suppression d'une entrée,
 * de ses départements ou établissements, du service ou du service DPF créé avec elle et des
 * départements du service devient une ligne ({@link ChangementListeBlanche}) ; le SIRET est noté à la
 * suppression. Les lignes de plus de 60 jours sont purgées. Sans état, thread-safe.
 */
public final class JournalListeBlanche {

  /** Durée de conservation du journal. */
  public static final Duration CONSERVATION = Duration.ofDays(60);

  /** Table des entrées. */
  public static final String TABLE_LISTE_BLANCHE = "liste_blanche";

  private static final JournalListeBlanche STANDARD = new JournalListeBlanche();

  private JournalListeBlanche() {}

  /** {@return journal standard} */
  public static JournalListeBlanche standard() {
    return STANDARD;
  }

  /** Lignes liées d'une entrée : clé « table clé » → valeur du drapeau (financeur, rattachement). */
  private static Map<String, String> liens(EntreeListeBlanche e) {
    Map<String, String> m = new LinkedHashMap<>();
    if (e instanceof ListeBlancheIndividuel i) {
      for (DepartementAgrement d : i.departementsAgrement()) {
        m.put("mandataire_individuel_departements " + d.departement().valeur(), String.valueOf(d.financeur()));
      }
    } else if (e instanceof ListeBlancheDpfi i) {
      for (DepartementAgrement d : i.departementsAgrement()) {
        m.put("dpfi_departements " + d.departement().valeur(), String.valueOf(d.financeur()));
      }
    } else if (e instanceof ListeBlanchePrepose p) {
      for (EtablissementPrepose et : p.etablissements()) {
        m.put("mandataire_prepose_etablissements " + et.etablissementId(), String.valueOf(et.rattachement()));
      }
    } else if (e instanceof ListeBlancheService s) {
      s.departements().forEach(d -> m.put("service_departements " + d.valeur(), ""));
    } else if (e instanceof ListeBlancheSdpf s) {
      s.departementService().ifPresent(d -> m.put("sdpf " + d.valeur(), ""));
    }
    return m;
  }

  private static ChangementListeBlanche ligne(
      OperationJournal op, String cleComposee, long utilisateur, long entree, Instant date) {
    int i = cleComposee.indexOf(' ');
    return new ChangementListeBlanche(op, cleComposee.substring(0, i), utilisateur, entree,
        Optional.of(cleComposee.substring(i + 1)), Optional.empty(), date);
  }

  /**
   * Lignes d'une création : l'entrée, puis chacune de ses lignes liées ; pour un service, la ligne du
   * service créé avec elle ({@link ListeBlanche#creerService}).
   *
   * @param entree entrée créée
   * @param serviceCree identifiant du service créé avec l'entrée, vide sinon
   * @param utilisateurId auteur
   * @param date instant du changement
   * @return lignes du journal, dans l'ordre
   */
  public List<ChangementListeBlanche> creation(
      EntreeListeBlanche entree, Optional<Long> serviceCree, long utilisateurId, Instant date) {
    List<ChangementListeBlanche> r = new ArrayList<>();
    r.add(new ChangementListeBlanche(OperationJournal.INSERT, TABLE_LISTE_BLANCHE, utilisateurId, entree.id(),
        Optional.empty(), Optional.empty(), date));
    serviceCree.ifPresent(id -> r.add(ligne(OperationJournal.INSERT, "services " + id, utilisateurId, entree.id(), date)));
    liens(entree).keySet().forEach(k -> r.add(ligne(OperationJournal.INSERT, k, utilisateurId, entree.id(), date)));
    return List.copyOf(r);
  }

  /**
   * Lignes d'une modification : l'entrée, puis les lignes liées supprimées, ajoutées ou dont le drapeau
   * (département financeur, établissement de rattachement) a changé.
   *
   * @param avant entrée enregistrée
   * @param apres entrée modifiée (même identifiant)
   * @param utilisateurId auteur
   * @param date instant du changement
   * @return lignes du journal, dans l'ordre
   */
  public List<ChangementListeBlanche> modification(
      EntreeListeBlanche avant, EntreeListeBlanche apres, long utilisateurId, Instant date) {
    if (avant.id() != apres.id()) {
      throw new IllegalArgumentException("Une modification garde l'identifiant de l'entrée");
    }
    List<ChangementListeBlanche> r = new ArrayList<>();
    r.add(new ChangementListeBlanche(OperationJournal.UPDATE, TABLE_LISTE_BLANCHE, utilisateurId, apres.id(),
        Optional.empty(), Optional.empty(), date));
    Map<String, String> a = liens(avant);
    Map<String, String> b = liens(apres);
    a.keySet().stream().filter(k -> !b.containsKey(k))
        .forEach(k -> r.add(ligne(OperationJournal.DELETE, k, utilisateurId, apres.id(), date)));
    b.forEach((k, v) -> {
      if (!a.containsKey(k)) {
        r.add(ligne(OperationJournal.INSERT, k, utilisateurId, apres.id(), date));
      } else if (!a.get(k).equals(v)) {
        r.add(ligne(OperationJournal.UPDATE, k, utilisateurId, apres.id(), date));
      }
    });
    return List.copyOf(r);
  }

  /**
   * Lignes d'une suppression : les lignes liées, puis l'entrée avec son SIRET stocké.
   *
   * @param entree entrée supprimée
   * @param utilisateurId auteur
   * @param date instant du changement
   * @return lignes du journal, dans l'ordre
   */
  public List<ChangementListeBlanche> suppression(EntreeListeBlanche entree, long utilisateurId, Instant date) {
    List<ChangementListeBlanche> r = new ArrayList<>();
    liens(entree).keySet().forEach(k -> r.add(ligne(OperationJournal.DELETE, k, utilisateurId, entree.id(), date)));
    r.add(new ChangementListeBlanche(OperationJournal.DELETE, TABLE_LISTE_BLANCHE, utilisateurId, entree.id(),
        Optional.empty(), entree.siret().map(Siret::valeur).map(entree.type()::cleSiret), date));
    return List.copyOf(r);
  }

  /**
   * Lignes à purger : celles de plus de {@link #CONSERVATION} à l'instant donné.
   *
   * @param journal lignes du journal
   * @param maintenant instant de la purge (horloge du moteur)
   * @return lignes antérieures à {@code maintenant - 60 jours}
   */
  public List<ChangementListeBlanche> aPurger(Collection<ChangementListeBlanche> journal, Instant maintenant) {
    Instant limite = maintenant.minus(CONSERVATION);
    return journal.stream().filter(c -> c.date().isBefore(limite)).toList();
  }
}
