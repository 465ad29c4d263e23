// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
/**
 * Générateurs et jeux de données de test pour le domaine e-MJPM, à l'usage des équipes qui intègrent
 * la bibliothèque.
 *
 * <h2>Générateurs en Java pur</h2>
 *
 * Une façade statique par domaine rend un générateur configurable et immuable ({@link
 * fr.gouv.emjpm.testkit.Generateur}) ; chaque appel de configuration rend une nouvelle instance. Toute
 * génération part d'une graine explicite ou d'un {@link java.util.random.RandomGenerator} fourni :
 * même graine, mêmes valeurs.
 *
 * <ul>
 *   <li>{@link fr.gouv.emjpm.testkit.Mesures} : {@code generateur()}, {@code enCours()}, {@code
 *       enAttente()}, {@code eteintes()}, {@code etats()} ;
 *   <li>{@link fr.gouv.emjpm.testkit.Mandataires} : {@code individuels()}, {@code preposes()} ;
 *   <li>{@link fr.gouv.emjpm.testkit.Services} : {@code generateur()}, {@code avecAntennes(n)} ;
 *   <li>types valeur : {@link fr.gouv.emjpm.testkit.NumerosRg}, {@link
 *       fr.gouv.emjpm.testkit.CodesPostaux}, {@link fr.gouv.emjpm.testkit.Departements}, {@link
 *       fr.gouv.emjpm.testkit.Sirets}, {@link fr.gouv.emjpm.testkit.Tribunaux}, {@link
 *       fr.gouv.emjpm.testkit.Textes} (textes hostiles).
 * </ul>
 *
 * <pre>{@code
 * List<Mesure> mesures = Mesures.enCours()
 *     .nature(NatureMesure.CURATELLE_RENFORCEE)
 *     .nombreEtats(2, 5)
 *     .datesEntre(LocalDate.of(2018, 1, 1), LocalDate.of(2023, 12, 31))
 *     .liste(42L, 500);
 * ServiceMandataire s = Services.avecAntennes(2).dispoMax(50, 100).generer(7L);
 * }</pre>
 *
 * Les valeurs produites respectent les invariants du domaine <em>et</em> les règles de saisie (états à
 * dates distinctes et croissantes, type d'établissement quand il est exigé, somme des capacités des
 * antennes au plus égale à celle du service…) : ce sont des « bonnes » données, à dégrader
 * volontairement (méthodes {@code with…}) pour tester un refus.
 *
 * <h2>Jeux fixes</h2>
 *
 * {@link fr.gouv.emjpm.testkit.MesureFixtures} ({@code tutelleEnCours()}, {@code
 * curatelleRenforceeEnAttente()}, {@code curatelleAvecTroisEtats()}, {@code tutelleEteinte()}) et
 * {@link fr.gouv.emjpm.testkit.GestionnaireFixtures}.
 *
 * <h2>QuickTheories</h2>
 *
 * {@link fr.gouv.emjpm.testkit.quicktheories.EmjpmGen} adapte ces générateurs en {@code Gen<T>}.
 */
@NullMarked
package fr.gouv.emjpm.testkit;

import org.jspecify.annotations.NullMarked;
