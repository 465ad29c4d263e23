// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 les contributeurs emjpm
package fr.gouv.emjpm.examples.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
// ASM est celui qu'ArchUnit embarque : lire le code octet des méthodes, en test seulement.
import com.tngtech.archunit.thirdparty.org.objectweb.asm.ClassReader;
import com.tngtech.archunit.thirdparty.org.objectweb.asm.ClassVisitor;
import com.tngtech.archunit.thirdparty.org.objectweb.asm.MethodVisitor;
import com.tngtech.archunit.thirdparty.org.objectweb.asm.Opcodes;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Aucune méthode publique d'un type public des modules publiés ne rend {@code null} (design.md : pas
 * de null dans l'API publique) : ni type de retour annoté {@code @Nullable}, ni séquence {@code
 * ACONST_NULL ; ARETURN} dans son code octet (classes générées par Immutables comprises). Le détecteur
 * est vérifié sur un contre-exemple.
 */
class AucunRetourNullTest {
  private static final String[] PUBLIES = {"fr.gouv.emjpm.domain", "fr.gouv.emjpm.rules", "fr.gouv.emjpm.io",
      "fr.gouv.emjpm.testkit"};

  /** Contre-exemple : une méthode publique qui rend null. */
  public static final class RendNull {
    /** Rend null. */
    public static String valeur(boolean b) {
      return b ? "x" : null;
    }

    /** Ne rend jamais null. */
    public static String jamais() {
      return "x";
    }
  }

  /** Méthodes publiques de {@code type} qui contiennent {@code return null}. */
  static List<String> retoursNull(Class<?> type) throws IOException {
    String ressource = "/" + type.getName().replace('.', '/') + ".class";
    List<String> trouvees = new ArrayList<>();
    try (InputStream in = type.getResourceAsStream(ressource)) {
      new ClassReader(in).accept(new ClassVisitor(Opcodes.ASM9) {
        @Override
        public MethodVisitor visitMethod(int acces, String nom, String desc, String sig, String[] exc) {
          boolean publique = (acces & Opcodes.ACC_PUBLIC) != 0 && (acces & (Opcodes.ACC_SYNTHETIC | Opcodes.ACC_BRIDGE)) == 0;
          if (!publique) {
            return null; // contrat d'ASM : aucune visite de cette méthode
          }
          return new MethodVisitor(Opcodes.ASM9) {
            private boolean nullEmpile;

            @Override
            public void visitInsn(int op) {
              if (op == Opcodes.ARETURN && nullEmpile) {
                trouvees.add(type.getName() + "." + nom + desc);
              }
              nullEmpile = op == Opcodes.ACONST_NULL;
            }

            @Override
            public void visitVarInsn(int op, int var) {
              nullEmpile = false;
            }

            @Override
            public void visitMethodInsn(int op, String p, String n, String d, boolean i) {
              nullEmpile = false;
            }

            @Override
            public void visitFieldInsn(int op, String p, String n, String d) {
              nullEmpile = false;
            }

            @Override
            public void visitTypeInsn(int op, String t) {
              nullEmpile = false;
            }

            @Override
            public void visitLdcInsn(Object v) {
              nullEmpile = false;
            }
          };
        }
      }, 0);
    }
    return trouvees;
  }

  @Test
  void leDetecteurTrouveLeContreExemple() throws IOException {
    assertThat(retoursNull(RendNull.class)).singleElement().asString().contains("valeur");
  }

  @Test
  void aucuneMethodePubliqueNeRendNull() throws Exception {
    List<String> fautes = new ArrayList<>();
    int examinees = 0;
    for (JavaClass c : new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages(PUBLIES)) {
      if (!c.getModifiers().contains(JavaModifier.PUBLIC) || c.getName().contains("$$")) {
        continue;
      }
      Class<?> type = Class.forName(c.getName(), false, getClass().getClassLoader());
      if (!Modifier.isPublic(type.getModifiers())) {
        continue;
      }
      examinees++;
      fautes.addAll(retoursNull(type));
      for (Method m : type.getDeclaredMethods()) {
        if (Modifier.isPublic(m.getModifiers()) && !m.isSynthetic()
            && m.getAnnotatedReturnType().isAnnotationPresent(org.jspecify.annotations.Nullable.class)) {
          fautes.add(type.getName() + "." + m.getName() + " (@Nullable)");
        }
      }
    }
    assertThat(examinees).as("types publics examinés").isGreaterThan(150);
    assertThat(fautes).as("méthodes publiques qui rendent null").isEmpty();
  }
}
