// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.domain.mesure;

import fr.gouv.emjpm.domain.style.EmjpmStyle;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * État d'une mesure (table {@code mesure_etat}) : situation juridique et lieu de vie du
 * majeur à partir d'une date. Une mesure a au plus un état par jour.
 *
 * <p>Seule la forme est garantie ici ; les règles de formulaire (code postal exigé en France, type
 * d'établissement exigé en établissement…) sont dans emjpm-rules. Le code postal et la ville sont
 * gardés tels que saisis (texte), pour que ces règles puissent les signaler. Immuable et thread-safe.
 */
@Value.Immutable
@EmjpmStyle
abstract class AbstractMesureEtat {

  /** {@return date du changement d'état ({@code date_changement_etat})} */
  public abstract LocalDate dateChangementEtat();

  /** {@return nature de la mesure à partir de cette date} */
  public abstract NatureMesure nature();

  /** {@return champ de la mesure, facultatif} */
  public abstract Optional<ChampMesure> champ();

  /** {@return lieu de vie du majeur} */
  public abstract LieuVie lieuVie();

  /** {@return type d'établissement quand le majeur vit en établissement} */
  public abstract Optional<TypeEtablissement> typeEtablissement();

  /** {@return code postal du lieu de vie, tel que saisi (exigé en France : règle de emjpm-rules)} */
  public abstract Optional<String> codePostal();

  /** {@return ville du lieu de vie, telle que saisie} */
  public abstract Optional<String> ville();

  /** {@return pays du lieu de vie ; France par défaut} */
  @Value.Default
  public Pays pays() {
    return Pays.FR;
  }

  /** {@return titre « &lt;nature&gt; &lt;champ&gt; » de cet état, par exemple « tutelle à la personne »} */
  public String titre() {
    return nature().titre(champ());
  }
}
