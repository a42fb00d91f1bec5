package org.folkestyre.examples.vendor;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.folkestyre.core.jurisdiction.Jurisdiction;
import org.folkestyre.core.municipality.MunicipalityCode;
import org.folkestyre.toolkit.method.MethodCatalogue;
import org.folkestyre.toolkit.method.MethodPublication;
import org.folkestyre.toolkit.method.ParticipationMethod;

/**
 * The code behind the snippets of the guide to method providers: loading a catalogue with the
 * vendors' methods, publishing a draft, adding a municipality's own methods and a vendor's method
 * file. The tests of this
 * module register {@link EksempelMethods}; outside them, {@link #loadAndPublish()} finds no vendor.
 */
public final class MethodProviderExamples {
  private MethodProviderExamples() {}

  /**
   * Loads the catalogue with every registered provider and publishes Eksempel's walkshop for
   * Drammen.
   *
   * @return the catalogue in which the walkshop is published
   */
  public static MethodCatalogue loadAndPublish() {
    // tag::load-catalogue[]
    MethodCatalogue catalogue = MethodCatalogue.load(); // built-in methods, then every provider's
    catalogue.warnings().forEach(System.out::println); // providers skipped, methods rejected
    System.out.println(catalogue.of("vendor.eksempel:walkshop").status()); // DRAFT

    MethodPublication decision = MethodPublication.of("vendor.eksempel:walkshop",
        MunicipalityCode.of(Jurisdiction.norway(), "3005"), LocalDate.of(2026, 11, 23));
    MethodCatalogue drammen = catalogue.publish(decision);
    System.out.println(drammen.of("vendor.eksempel:walkshop").status()); // PUBLISHED
    // end::load-catalogue[]
    return drammen;
  }

  /**
   * Adds a municipality's own methods, read from elsewhere, to a catalogue.
   *
   * @param catalogue the catalogue
   * @param ownMethods the municipality's methods, such as those read from a file
   * @return the catalogue with the methods the rules let in
   */
  public static MethodCatalogue withOwnMethods(MethodCatalogue catalogue, List<ParticipationMethod> ownMethods) {
    // tag::with-methods[]
    MethodCatalogue combined = catalogue.withMethods("drammen-methods.json", ownMethods);
    combined.warnings().forEach(System.out::println); // a taken or built-in id, a vendor id outside 'vendor.'
    // end::with-methods[]
    return combined;
  }

  /**
   * Adds the methods of a vendor's versioned JSON method file to a catalogue.
   *
   * @param catalogue the catalogue
   * @param folder the folder that holds the vendor's file {@code eksempel-methods.json}
   * @return the catalogue with the file's methods the rules let in, as drafts
   * @throws IOException if the file cannot be read
   */
  public static MethodCatalogue withVendorFile(MethodCatalogue catalogue, Path folder) throws IOException {
    // tag::with-methods-from[]
    Path file = folder.resolve("eksempel-methods.json"); // {"schemaVersion": "1.0.0", "methods": [...]}
    MethodCatalogue withFile = catalogue.withMethodsFrom(file); // the vendor's methods, as drafts
    withFile.warnings().forEach(System.out::println); // a built-in id, a method that claims to be published
    // end::with-methods-from[]
    return withFile;
  }
}
