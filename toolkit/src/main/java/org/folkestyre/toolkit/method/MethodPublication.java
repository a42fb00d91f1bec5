package org.folkestyre.toolkit.method;

import java.time.LocalDate;
import org.folkestyre.core.InvalidValueException;
import org.folkestyre.core.municipality.MunicipalityCode;
import org.immutables.value.Value;

/**
 * A municipality's decision to publish a vendor's or its own draft method — publisering (NO),
 * offentliggørelse (DK): from that day the method may be offered to its staff and citizens.
 *
 * <p>Vendor methods load as {@link MethodStatus#DRAFT}; a catalogue shows a method as
 * {@link MethodStatus#PUBLISHED} only after {@link MethodCatalogue#publish(MethodPublication)}
 * with a publication for it. Store publications with the municipality's other decisions and apply
 * them again to each catalogue you load. This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class MethodPublication {
  MethodPublication() {}

  /**
   * Returns the id of the method published.
   *
   * @return the id, such as {@code "vendor.example:walkshop"}
   */
  public abstract String methodId();

  /**
   * Returns the municipality that published the method.
   *
   * @return the municipality's code
   */
  public abstract MunicipalityCode municipality();

  /**
   * Returns the day the method was published.
   *
   * @return the date of publication
   */
  public abstract LocalDate publishedOn();

  /**
   * Obtains a publication.
   *
   * @param methodId the id of the method, not blank
   * @param municipality the municipality that publishes it
   * @param publishedOn the day it was published
   * @return the publication
   * @throws InvalidValueException if the id is blank
   */
  public static MethodPublication of(String methodId, MunicipalityCode municipality, LocalDate publishedOn) {
    return ImmutableMethodPublication.builder()
        .methodId(methodId).municipality(municipality).publishedOn(publishedOn).build();
  }

  @Value.Check
  void check() {
    if (methodId().isBlank()) {
      throw new InvalidValueException("methodId", methodId(), "must not be blank");
    }
  }
}
