package org.folkestyre.examples.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.folkestyre.core.consultation.Consultation;
import org.folkestyre.core.consultation.ConsultationSummary;
import org.folkestyre.examples.cli.json.ConsultationForm;
import org.folkestyre.examples.cli.json.ConsultationJson;
import org.folkestyre.examples.cli.json.ConsultationSummaryJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code folkestyre consultation}: the commands on a consultation described in JSON. */
@Command(name = "consultation", sortOptions = false, synopsisSubcommandLabel = "COMMAND",
    description = "Works on a consultation (høring) described in a JSON file; the form is in docs/cli.md.",
    subcommands = {ConsultationCommand.Summary.class},
    footer = {"", "Every command takes --help, --format text|json and --lang nb|nn|da|en."})
final class ConsultationCommand implements Callable<Integer> {
  @ParentCommand
  private FolkestyreCli cli;

  @Spec
  private CommandSpec spec;

  @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help and exit.")
  private boolean help;

  /** Without a command: prints the usage on standard error and fails. */
  @Override
  public Integer call() {
    spec.commandLine().usage(spec.commandLine().getErr());
    return FolkestyreCli.EXIT_BAD_INPUT;
  }

  /**
   * {@code folkestyre consultation summary FILE.json}: counts per district, channel, respondent and
   * disposition, campaigns and changes.
   */
  @Command(name = "summary", sortOptions = false,
      description = {"Summarises a consultation described in a JSON file: submissions per district, channel,"
          + " respondent and disposition, campaigns of near-identical submissions, and the changes the input led to."})
  static final class Summary implements Callable<Integer> {
    @ParentCommand
    private ConsultationCommand parent;

    @Parameters(index = "0", paramLabel = "FILE.json", description = "The consultation in JSON.")
    private Path file;

    @Mixin
    private CommonOptions options;

    @Override
    public Integer call() {
      Consultation consultation;
      try {
        consultation = ConsultationForm.toCore(read(file));
      } catch (IllegalArgumentException e) {
        throw new UserInputException(file + ": " + e.getMessage(), e);
      }
      ConsultationSummary summary = ConsultationSummary.of(consultation);
      if (options.json()) {
        parent.cli.printJson(ConsultationSummaryJson.of(summary));
      } else {
        parent.cli.out().print(summary.toText(options.language));
      }
      return FolkestyreCli.EXIT_OK;
    }
  }

  private static ConsultationJson read(Path file) {
    return JsonFiles.read(file, ConsultationJson.class);
  }
}
