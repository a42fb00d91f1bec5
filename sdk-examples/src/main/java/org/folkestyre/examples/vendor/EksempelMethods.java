package org.folkestyre.examples.vendor;

import java.util.List;
import org.folkestyre.toolkit.method.ParticipationMethod;
import org.folkestyre.toolkit.method.spi.MethodProvider;

/**
 * The method provider of the fictional vendor Eksempel Medvirkning AS: a walkshop and a host-led
 * kitchen-table conversation, in the namespace {@code vendor.eksempel}.
 */
// tag::method-provider[]
public final class EksempelMethods implements MethodProvider {
  private static final List<ParticipationMethod> METHODS =
      List.of(EksempelMethodData.walkshop(), EksempelMethodData.kitchenTableTalk());

  /** Creates the provider; ServiceLoader needs a public constructor without arguments. */
  public EksempelMethods() {}

  @Override
  public String name() {
    return "Eksempel Medvirkning AS";
  }

  @Override
  public List<ParticipationMethod> methods() {
    return METHODS;
  }
}
// end::method-provider[]
