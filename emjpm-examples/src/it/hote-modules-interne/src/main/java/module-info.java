/** Hôte qui tente d'utiliser un paquet non exporté d'emjpm. */
module hote.interne {
  requires fr.gouv.emjpm.io;
}
