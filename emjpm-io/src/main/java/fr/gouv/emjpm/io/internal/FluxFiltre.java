// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.io.internal;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import org.jspecify.annotations.Nullable;

/**
 * Flux filtré dont toute lecture passe par {@link #read(byte[], int, int)} (octet seul et saut compris),
 * où chaque sous-classe compte et vérifie les octets ; sans marque. Hors API.
 */
abstract class FluxFiltre extends FilterInputStream {

  FluxFiltre(@Nullable InputStream in) {
    super(in);
  }

  @Override
  public abstract int read(byte[] b, int depart, int longueur) throws IOException;

  @Override
  public final int read() throws IOException {
    byte[] un = new byte[1];
    int n = read(un, 0, 1);
    return n < 0 ? -1 : un[0] & 0xFF;
  }

  @Override
  public final long skip(long n) throws IOException {
    byte[] tampon = new byte[(int) Math.min(Math.max(n, 0), 8192)];
    long saute = 0;
    while (saute < n) {
      int r = read(tampon, 0, (int) Math.min(tampon.length, n - saute));
      if (r < 0) {
        break;
      }
      saute += r;
    }
    return saute;
  }

  @Override
  public final boolean markSupported() {
    return false;
  }
}
