// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.rules.cyclevie;

import fr.gouv.emjpm.domain.mesure.ChampMesure;
import fr.gouv.emjpm.domain.mesure.LieuVie;
import fr.gouv.emjpm.domain.mesure.Mesure;
import fr.gouv.emjpm.domain.mesure.MesureEtat;
import fr.gouv.emjpm.domain.mesure.NatureMesure;
import fr.gouv.emjpm.domain.mesure.Pays;
import fr.gouv.emjpm.domain.mesure.TypeEtablissement;
import fr.gouv.emjpm.domain.referentiel.CodeDepartement;
import fr.gouv.emjpm.domain.referentiel.CodePostal;
import java.util.Optional;

/**
 * Champs d'une mesure recopiés de son état courant (nature, champ, lieu de vie, type d'établissement,
 * code postal, ville, pays, département déduit du code postal en France) : une seule définition,
 * appliquée à un builder (enregistrement d'une saisie, mesure construite une fois) ou à une mesure
 * existante (opérations sur les états).
 *
 * @param nature nature de l'état
 * @param champ champ de l'état
 * @param lieuVie lieu de vie de l'état
 * @param typeEtablissement type d'établissement de l'état
 * @param codePostal code postal de l'état
 * @param ville ville de l'état
 * @param pays pays de l'état
 * @param departement département du code postal (France seulement)
 */
record ChampsCourants(NatureMesure nature, Optional<ChampMesure> champ, LieuVie lieuVie,
    Optional<TypeEtablissement> typeEtablissement, Optional<String> codePostal, Optional<String> ville, Pays pays,
    Optional<CodeDepartement> departement) {

  /** {@return les champs courants de l'état {@code e}} */
  static ChampsCourants de(MesureEtat e) {
    return de(e, Optional.empty(), Optional.empty());
  }

  /**
   * {@return les champs courants de l'état {@code e}, avec les replis du corps d'une saisie quand l'état
   * n'a pas de code postal (France : code bien formé seulement, et son département) ou pas de ville (en
   * majuscules)} Chaque champ de l'état est lu une fois.
   *
   * @param e état courant
   * @param codePostalSaisi code postal du corps de la saisie
   * @param villeSaisie ville du corps de la saisie
   */
  static ChampsCourants de(MesureEtat e, Optional<String> codePostalSaisi, Optional<String> villeSaisie) {
    Pays pays = e.pays();
    Optional<String> cp = e.codePostal();
    Optional<String> ville = e.ville();
    Optional<CodeDepartement> dep = Optional.empty();
    if (pays == Pays.FR) {
      if (cp.isEmpty() && codePostalSaisi.isPresent()) {
        String repli = codePostalSaisi.get().strip();
        cp = CodePostal.estBienForme(repli) ? Optional.of(repli) : Optional.empty();
      }
      if (cp.isPresent() && CodePostal.estBienForme(cp.get())) {
        dep = Optional.of(CodePostal.of(cp.get()).departement());
      }
    }
    Optional<String> v = ville.isPresent() ? ville : Enregistrement.villeEnMajuscules(villeSaisie);
    return new ChampsCourants(e.nature(), e.champ(), e.lieuVie(), e.typeEtablissement(), cp, v, pays, dep);
  }

  /** {@return le builder, rempli de ces champs (chacun posé une fois)} */
  Mesure.Builder remplir(Mesure.Builder b) {
    return b.nature(nature)
        .champ(champ)
        .lieuVie(lieuVie)
        .typeEtablissement(typeEtablissement)
        .codePostal(codePostal)
        .ville(ville)
        .pays(pays)
        .departement(departement);
  }

  /** {@return vrai si la mesure est déjà à ce code postal et cette ville} */
  boolean memeLieu(Mesure m) {
    return m.codePostal().equals(codePostal) && m.ville().equals(ville);
  }

  /** {@return la mesure existante, à ces champs} */
  Mesure appliquer(Mesure m) {
    return m.withNature(nature)
        .withChamp(champ)
        .withLieuVie(lieuVie)
        .withTypeEtablissement(typeEtablissement)
        .withCodePostal(codePostal)
        .withVille(ville)
        .withPays(pays)
        .withDepartement(departement);
  }
}
