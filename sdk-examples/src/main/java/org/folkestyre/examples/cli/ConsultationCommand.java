package org.folkestyre.examples.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.InvalidDefinitionException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.folkestyre.core.consultation.Consultation;
import org.folkestyre.core.consultation.ConsultationSummary;
import org.folkestyre.examples.cli.json.ConsultationForm;
import org.folkestyre.examples.cli.json.ConsultationJson;
import org.folkestyre.examples.cli.json.ConsultationSummaryJson;
import org.folkestyre.examples.cli.json.Json;
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
    ConsultationJson json;
    try (InputStream in = Files.newInputStream(file)) {
      json = Json.mapper().readValue(in, ConsultationJson.class);
    } catch (NoSuchFileException e) {
      throw new UserInputException(file + ": no such file", e);
    } catch (AccessDeniedException e) {
      throw new UserInputException(file + ": permission denied", e);
    } catch (InvalidDefinitionException e) {
      throw new IllegalStateException("the JSON form is defined wrongly: " + e.getOriginalMessage(), e);
    } catch (JsonProcessingException e) {
      throw new UserInputException(file + ": " + Json.describe(e), e);
    } catch (IOException e) {
      throw new UserInputException(file + ": cannot be read: " + e.getMessage(), e);
    }
    if (json == null) {
      throw new UserInputException(file + ": the document must be a JSON object, not null", null);
    }
    return json;
  }
}
