package hote.interne;

import fr.gouv.emjpm.io.internal.MappeursJson;

/** Ne compile pas : fr.gouv.emjpm.io.internal n'est pas exporté par le module fr.gouv.emjpm.io. */
public final class Interdit {
  private Interdit() {}

  public static Object mappeur() {
    return MappeursJson.durci(1024, 1024);
  }
}
