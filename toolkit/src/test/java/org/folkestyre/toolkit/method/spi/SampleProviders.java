package org.folkestyre.toolkit.method.spi;

import java.util.List;
import org.folkestyre.toolkit.method.MethodCatalogue;
import org.folkestyre.toolkit.method.MethodStatus;
import org.folkestyre.toolkit.method.ParticipationMethod;
import org.folkestyre.toolkit.method.Provenance;

/**
 * Providers for the tests, good and broken; public with public constructors, as ServiceLoader
 * needs. Most are listed in {@code META-INF/services} of the test class path, so every
 * {@link MethodCatalogue#load()} in the toolkit's tests meets them.
 */
public final class SampleProviders {
  private SampleProviders() {}

  /**
   * A vendor's draft method built on a built-in one, with a new id.
   *
   * @param id the vendor-namespaced id
   * @param basedOn the id of the built-in method it copies
   * @return the method
   */
  public static ParticipationMethod vendorMethod(String id, String basedOn) {
    return ParticipationMethod.builder().from(MethodCatalogue.builtIn().of(basedOn))
        .id(id).provenance(Provenance.VENDOR).status(MethodStatus.DRAFT).build();
  }

  /** Two good methods of vendor A. */
  public static final class AlphaMethods implements MethodProvider {
    @Override
    public String name() {
      return "Alpha Medvirkning AS";
    }

    @Override
    public List<ParticipationMethod> methods() {
      return List.of(vendorMethod("vendor.alpha:walkshop", "public-meeting"),
          vendorMethod("vendor.alpha:kitchen-table", "dialogue-meeting"));
    }
  }

  /** Offers vendor A's walkshop again, and one method of its own; sorts after {@link AlphaMethods}. */
  public static final class BetaMethods implements MethodProvider {
    @Override
    public String name() {
      return "Beta Demokrati ApS";
    }

    @Override
    public List<ParticipationMethod> methods() {
      return List.of(vendorMethod("vendor.alpha:walkshop", "survey"),
          vendorMethod("vendor.beta:street-poll", "survey"));
    }
  }

  /**
   * Offers a copy of a built-in method under its id, one that claims to be built in, one outside
   * the vendor namespace, one that claims to be published, and one good method.
   */
  public static final class MisbehavingMethods implements MethodProvider {
    @Override
    public String name() {
      return "Misbehaving";
    }

    @Override
    public List<ParticipationMethod> methods() {
      ParticipationMethod builtIn = MethodCatalogue.builtIn().of("dialogue-meeting");
      return List.of(
          ParticipationMethod.builder().from(builtIn).summary(ParticipationMethod.texts("Kopi", "Kopi", "Copy"))
              .build(),
          ParticipationMethod.builder().from(builtIn).id("misbehaving-own").build(),
          ParticipationMethod.builder().from(builtIn).id("kommune.oslo:dialogue")
              .provenance(Provenance.VENDOR).status(MethodStatus.DRAFT).build(),
          ParticipationMethod.builder().from(vendorMethod("vendor.misbehaving:claims-published", "survey"))
              .status(MethodStatus.PUBLISHED).build(),
          vendorMethod("vendor.misbehaving:fine", "focus-group"));
    }
  }

  /** Fails when asked for its methods. */
  public static final class ThrowingMethods implements MethodProvider {
    @Override
    public String name() {
      return "Throwing";
    }

    @Override
    public List<ParticipationMethod> methods() {
      throw new IllegalStateException("broken on purpose");
    }
  }

  /** Returns null instead of a list. */
  public static final class NullMethods implements MethodProvider {
    @Override
    public String name() {
      return "Null";
    }

    @Override
    public List<ParticipationMethod> methods() {
      return null;
    }
  }

  /** Cannot even be constructed. */
  public static final class ThrowingConstructor implements MethodProvider {
    /** Always throws. */
    public ThrowingConstructor() {
      throw new IllegalStateException("cannot construct on purpose");
    }

    @Override
    public String name() {
      return "Never";
    }

    @Override
    public List<ParticipationMethod> methods() {
      return List.of(vendorMethod("vendor.never:method", "survey"));
    }
  }

  /** Written for a future SPI version. */
  public static final class FutureVersion implements MethodProvider {
    @Override
    public String name() {
      return "Future";
    }

    @Override
    public List<ParticipationMethod> methods() {
      return List.of(vendorMethod("vendor.future:method", "survey"));
    }

    @Override
    public int spiVersion() {
      return MethodProvider.SPI_VERSION + 1;
    }
  }

  /** Has a blank name. */
  public static final class Nameless implements MethodProvider {
    @Override
    public String name() {
      return " ";
    }

    @Override
    public List<ParticipationMethod> methods() {
      return List.of(vendorMethod("vendor.nameless:method", "survey"));
    }
  }

  /** Listed as a provider but implements nothing. */
  public static final class NotAProvider {
    /** Constructs nothing of use. */
    public NotAProvider() {}
  }
}
