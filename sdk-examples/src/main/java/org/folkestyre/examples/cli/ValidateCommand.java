package org.folkestyre.examples.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.folkestyre.core.committee.MunicipalBodies;
import org.folkestyre.examples.cli.json.BodiesForm;
import org.folkestyre.examples.cli.json.ValidationJson;
import org.folkestyre.core.InvalidValueException;
import org.folkestyre.core.governance.RulePacks;
import org.folkestyre.core.governance.ValidationContext;
import org.folkestyre.core.governance.ValidationReport;
import org.folkestyre.core.governance.Validator;
import org.folkestyre.core.municipality.Municipality;
import org.folkestyre.examples.cli.json.MunicipalityForm;
import org.folkestyre.examples.cli.json.MunicipalityJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.TypeConversionException;

/**
 * {@code folkestyre validate FILE.json}: builds the municipality a JSON file describes and reports
 * every violation of its jurisdiction's statutory rules and of the local policies it opts into.
 */
@Command(name = "validate", sortOptions = false,
    description = {"Validates a municipality described in a JSON file (the form is in docs/cli.md) against its"
        + " jurisdiction's statutory rule pack and any local-policy packs, and prints every violation.",
        "Exits with 0 whether or not violations are found; 2 if the file cannot be used."})
final class ValidateCommand implements Callable<Integer> {
  @ParentCommand
  private FolkestyreCli cli;

  @Parameters(index = "0", paramLabel = "FILE.json", description = "The municipality in JSON.")
  private Path file;

  @Option(names = "--policy", paramLabel = "PACK_ID", converter = PackConverter.class,
      description = "A local-policy rule pack to apply as well, such as DRAMMEN-NEIGHBOURHOOD; repeatable."
          + " Added to the file's \"policies\".")
  private List<String> policies = new ArrayList<>();

  @Option(names = "--as-of", paramLabel = "YYYY-MM-DD", converter = Converters.DateConverter.class,
      description = "The date to validate for. Default: the file's \"asOf\", else today.")
  private LocalDate asOf;

  @Mixin
  private CommonOptions options;

  @Override
  public Integer call() {
    MunicipalityForm.Input input;
    try {
      input = MunicipalityForm.toCore(read(file));
    } catch (IllegalArgumentException e) {
      throw new UserInputException(file + ": " + e.getMessage(), e);
    }
    Municipality municipality = input.municipality();
    Set<String> packs = new LinkedHashSet<>(input.policies());
    packs.addAll(policies);
    // The statutory packs are applied anyway; naming one again changes nothing.
    packs.removeAll(municipality.jurisdiction().rulePackIds());
    Validator validator = Validator.forJurisdiction(municipality.jurisdiction(), packs.toArray(String[]::new));
    LocalDate date = asOf != null ? asOf : input.asOf().orElseGet(() -> LocalDate.now(cli.clock()));
    ValidationReport report = validator.validate(municipality, ValidationContext.asOf(date));
    Optional<MunicipalBodies> bodies;
    try {
      bodies = input.bodies().map(form -> BodiesForm.toCore(municipality, form, LocalDate.now(cli.clock())));
    } catch (IllegalArgumentException e) {
      throw new UserInputException(file + ": " + e.getMessage(), e);
    }
    Optional<ValidationReport> bodiesReport = bodies.map(b -> validator.validate(b, ValidationContext.asOf(date)));
    if (options.json()) {
      ValidationJson json = Reports.toJson(municipality, validator, report, options.language);
      if (bodiesReport.isPresent()) {
        json = Reports.merge(json, Reports.toJson(municipality, validator, bodiesReport.get(), options.language),
            "bodies.");
      }
      cli.printJson(json);
    } else {
      Reports.printText(cli.out(), municipality, validator, report, options.language);
      bodiesReport.ifPresent(r -> {
        cli.out().println();
        Reports.printText(cli.out(), municipality, validator, r, options.language);
      });
    }
    return FolkestyreCli.EXIT_OK;
  }

  private static MunicipalityJson read(Path file) {
    return JsonFiles.read(file, MunicipalityJson.class);
  }

  /** Converts {@code --policy}: the id of a built-in rule pack, ignoring case. */
  static final class PackConverter implements ITypeConverter<String> {
    @Override
    public String convert(String value) {
      try {
        return RulePacks.of(value).id();
      } catch (InvalidValueException e) {
        throw new TypeConversionException(e.rule());
      }
    }
  }
}
