// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.io.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Chaque limite de lecture admise à 1, refusée à 0 ; délai nul ou négatif refusé. */
class LimitesLectureTest {

  @Test
  void chaqueLimiteStrictementPositive() {
    Duration d = Duration.ofNanos(1);
    assertThat(new LimitesLecture(1, 1, 1, 1, 1, 1, 1, 1, d).delai()).isEqualTo(d);
    assertThatThrownBy(() -> new LimitesLecture(0, 1, 1, 1, 1, 1, 1, 1, d)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new LimitesLecture(1, 0, 1, 1, 1, 1, 1, 1, d)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new LimitesLecture(1, 1, 0, 1, 1, 1, 1, 1, d)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new LimitesLecture(1, 1, 1, 0, 1, 1, 1, 1, d)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new LimitesLecture(1, 1, 1, 1, 0, 1, 1, 1, d)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new LimitesLecture(1, 1, 1, 1, 1, 0, 1, 1, d)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new LimitesLecture(1, 1, 1, 1, 1, 1, 0, 1, d)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new LimitesLecture(1, 1, 1, 1, 1, 1, 1, 0, d)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new LimitesLecture(1, 1, 1, 1, 1, 1, 1, 1, Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new LimitesLecture(1, 1, 1, 1, 1, 1, 1, 1, d.negated()))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
