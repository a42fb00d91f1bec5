package org.folkestyre.examples.cli;

import java.net.URI;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.folkestyre.core.InvalidValueException;
import org.folkestyre.core.interchange.Proceedings;
import org.folkestyre.core.minutes.View;
import org.folkestyre.core.interchange.oparl.OParlExporter;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.TypeConversionException;

/**
 * {@code folkestyre oparl FILE.json}: prints the OParl 1.1 export of the committees, meetings and
 * cases a JSON file describes, in the form of {@link org.folkestyre.examples.cli.interchange.InterchangeJson}.
 */
@Command(name = "oparl", sortOptions = false,
    description = {"Prints the OParl 1.1 JSON export of the committees, meetings and cases described in a JSON file"
        + " (the form is in docs/cli.md), with every id a URL under --base.",
        "Exits with 2 if the file cannot be used."})
final class OparlCommand implements Callable<Integer> {
  @ParentCommand
  private FolkestyreCli cli;

  @Parameters(index = "0", paramLabel = "FILE.json", description = "The committees, meetings and cases in JSON.")
  private Path file;

  @Option(names = "--base", paramLabel = "URL", defaultValue = "https://example.org/oparl/",
      converter = IcalCommand.UrlConverter.class,
      description = "The URL every object's id starts with. Default: ${DEFAULT-VALUE}.")
  private URI base;

  @Option(names = "--view", paramLabel = "public|internal", defaultValue = "public", converter = ViewConverter.class,
      description = "public (default) leaves out closed items' content, exempt attachments and private persons'"
          + " data; internal shows everything.")
  private View view;

  @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help and exit.")
  private boolean help;

  @Override
  public Integer call() {
    OParlExporter exporter;
    try {
      exporter = OParlExporter.of(base);
    } catch (InvalidValueException e) {
      throw new UserInputException("invalid --base '" + e.value() + "': " + e.rule(), e);
    }
    Proceedings proceedings = InterchangeInput.read(file, LocalDate.now(cli.clock()));
    cli.out().println(exporter.export(proceedings, view).toJson());
    return FolkestyreCli.EXIT_OK;
  }

  /** Converts {@code --view}: public or internal, ignoring case. */
  static final class ViewConverter implements ITypeConverter<View> {
    @Override
    public View convert(String value) {
      for (View view : View.values()) {
        if (view.name().equals(value.strip().toUpperCase(Locale.ROOT))) {
          return view;
        }
      }
      throw new TypeConversionException("must be one of public, internal");
    }
  }
}
