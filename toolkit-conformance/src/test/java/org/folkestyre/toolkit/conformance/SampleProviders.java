package org.folkestyre.toolkit.conformance;

import java.util.List;
import java.util.Locale;
import org.folkestyre.toolkit.method.MethodCatalogue;
import org.folkestyre.toolkit.method.MethodStatus;
import org.folkestyre.toolkit.method.ParticipationMethod;
import org.folkestyre.toolkit.method.Provenance;
import org.folkestyre.toolkit.method.spi.MethodProvider;

/**
 * A provider that honours the contract, and providers that each break one clause of it. All but
 * {@link Unregistered} are listed in the test class path's {@code META-INF/services}.
 */
public final class SampleProviders {
  private SampleProviders() {}

  static ParticipationMethod method(String id, String basedOn, Provenance provenance, MethodStatus status) {
    return ParticipationMethod.builder().from(MethodCatalogue.builtIn().of(basedOn))
        .id(id).provenance(provenance).status(status).build();
  }

  /**
   * The base of the samples: a name and two good methods, in a namespace of their own
   * ({@code vendor.good:walkshop}), so that the registered samples never take each other's ids.
   */
  public abstract static class Base implements MethodProvider {
    String namespace() {
      return "vendor." + getClass().getSimpleName().toLowerCase(Locale.ROOT);
    }

    ParticipationMethod walkshop() {
      return method(namespace() + ":walkshop", "public-meeting", Provenance.VENDOR, MethodStatus.DRAFT);
    }

    ParticipationMethod streetPoll() {
      return method(namespace() + ":street-poll", "survey", Provenance.VENDOR, MethodStatus.DRAFT);
    }

    @Override
    public String name() {
      return "Sample Medvirkning AS";
    }

    @Override
    public List<ParticipationMethod> methods() {
      return List.of(walkshop(), streetPoll());
    }
  }

  /** Honours the contract. */
  public static final class Good extends Base {}

  /** Honours the contract but is registered nowhere. */
  public static final class Unregistered extends Base {}

  /** Has a blank name. */
  public static final class BlankName extends Base {
    @Override
    public String name() {
      return " ";
    }
  }

  /** Targets a future SPI version. */
  public static final class FutureVersion extends Base {
    @Override
    public int spiVersion() {
      return MethodProvider.SPI_VERSION + 1;
    }
  }

  /** Offers nothing. */
  public static final class Empty extends Base {
    @Override
    public List<ParticipationMethod> methods() {
      return List.of();
    }
  }

  /** Offers one method twice. */
  public static final class Twice extends Base {
    @Override
    public List<ParticipationMethod> methods() {
      return List.of(walkshop(), streetPoll(), walkshop());
    }
  }

  /** Swaps its two methods on every call. */
  public static final class Unstable extends Base {
    private int calls;

    @Override
    public synchronized List<ParticipationMethod> methods() {
      calls++;
      return calls % 2 == 0 ? List.of(streetPoll(), walkshop()) : List.of(walkshop(), streetPoll());
    }
  }

  /** Offers a vendor method outside the vendor namespace. */
  public static final class NotNamespaced extends Base {
    @Override
    public List<ParticipationMethod> methods() {
      return List.of(walkshop(), method("kommune.sample:street-poll", "survey", Provenance.VENDOR,
          MethodStatus.DRAFT));
    }
  }

  /** Offers a copy of a built-in method under its id. */
  public static final class Shadowing extends Base {
    @Override
    public List<ParticipationMethod> methods() {
      return List.of(walkshop(), MethodCatalogue.builtIn().of("survey"));
    }
  }

  /** Offers a municipality's method. */
  public static final class Municipal extends Base {
    @Override
    public List<ParticipationMethod> methods() {
      return List.of(walkshop(), method(namespace() + ":street-poll", "survey", Provenance.MUNICIPALITY,
          MethodStatus.DRAFT));
    }
  }

  /** Claims that a method is published. */
  public static final class Published extends Base {
    @Override
    public List<ParticipationMethod> methods() {
      return List.of(walkshop(), ParticipationMethod.builder().from(streetPoll())
          .status(MethodStatus.PUBLISHED).build());
    }
  }

  /** Gives an English name with a trailing blank. */
  public static final class UntrimmedName extends Base {
    @Override
    public List<ParticipationMethod> methods() {
      ParticipationMethod poll = streetPoll();
      return List.of(walkshop(), ParticipationMethod.builder().from(poll)
          .names(ParticipationMethod.texts(poll.name(org.folkestyre.core.Language.NB),
              poll.name(org.folkestyre.core.Language.DA), "Street poll "))
          .build());
    }
  }
}
