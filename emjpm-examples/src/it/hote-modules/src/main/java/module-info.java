/** Module de l'hôte : il ne lit d'emjpm que les modules nommés, par leurs paquets exportés. */
module hote.modules {
  requires fr.gouv.emjpm.rules;
  requires fr.gouv.emjpm.io;
  requires org.apache.poi.ooxml;
}
