package org.folkestyre.examples.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.DateTimeException;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Callable;
import org.folkestyre.examples.cli.json.Json;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * The {@code folkestyre} command line: public holidays, the built-in governance rules, validation
 * of a municipality described in JSON, a guided tour of Drammen, seat allocation, the minutes of a
 * meeting described in JSON, consultation deadlines and summaries, OParl and iCalendar exports, and
 * the redaction of personal data from text, and the catalogue of participation methods.
 *
 * <p>Every subcommand takes {@code --help}, {@code --format} and {@code --lang nb|nn|da|en};
 * {@code --format} is {@code text|json}, except for {@code minutes}, which writes
 * {@code markdown|html|text}. The exit status is 0 on success, 2 when the input cannot be used
 * (with one line on standard error naming what is wrong) and 1 on an internal error. docs/cli.md
 * documents every command.
 *
 * <p>{@link #run(String[], InputStream, PrintStream, PrintStream, Clock)} runs the command line
 * in-process and returns its exit status; {@link #main(String[])} is a thin wrapper around it.
 */
@Command(
    name = "folkestyre",
    description = "Municipal democracy in Norway and Denmark: public holidays, governance rules, the"
        + " validation of municipalities, seat allocation, minutes of meetings and redaction.",
    synopsisSubcommandLabel = "COMMAND",
    versionProvider = FolkestyreCli.Version.class,
    subcommands = {HolidaysCommand.class, RulesCommand.class, ValidateCommand.class, TourCommand.class,
        SeatsCommand.class, MinutesCommand.class, DeadlineCommand.class, ConsultationCommand.class,
        IcalCommand.class, OparlCommand.class, RedactCommand.class, MethodsCommand.class,
        PbCommand.class},
    footer = {"", "Every command takes --help, --format and --lang nb|nn|da|en; --format is text|json, but"
        + " markdown|html|text for minutes. ical and oparl, whose output a standard fixes, take --help only.",
        "Exit status: 0 success, 2 unusable input, 1 internal error. Documentation: docs/cli.md"})
public final class FolkestyreCli implements Callable<Integer> {
  /** Exit status of a successful run. */
  public static final int EXIT_OK = 0;
  /** Exit status of an internal error: a bug, not the user's doing. */
  public static final int EXIT_INTERNAL_ERROR = 1;
  /** Exit status when the input cannot be used: a bad option, file or value. */
  public static final int EXIT_BAD_INPUT = 2;

  private static final String PREFIX = "folkestyre: ";

  @Spec
  private CommandSpec spec;

  @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help and exit.")
  private boolean help;

  @Option(names = {"-V", "--version"}, versionHelp = true, description = "Show the version and exit.")
  private boolean version;

  private final InputStream in;
  private final PrintStream out;
  private final PrintStream err;
  private final Clock clock;

  private FolkestyreCli(InputStream in, PrintStream out, PrintStream err, Clock clock) {
    this.in = in;
    this.out = out;
    this.err = err;
    this.clock = clock;
  }

  /**
   * Runs the command line with standard output and error in UTF-8, and exits with its status.
   *
   * @param args the arguments, such as {@code holidays --country NO --year 2024}
   */
  public static void main(String[] args) {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
    int status = run(args, out, err);
    out.flush();
    err.flush();
    System.exit(status);
  }

  /**
   * Runs the command line in-process, with today taken from the system clock in the default zone
   * and {@code System.in} as standard input.
   *
   * @param args the arguments
   * @param out where results and help go
   * @param err where error messages go
   * @return the exit status: {@value #EXIT_OK}, {@value #EXIT_BAD_INPUT} or {@value #EXIT_INTERNAL_ERROR}
   */
  public static int run(String[] args, PrintStream out, PrintStream err) {
    return run(args, out, err, Clock.systemDefaultZone());
  }

  /**
   * Runs the command line in-process with a given clock, which decides what "today" is, and
   * {@code System.in} as standard input.
   *
   * @param args the arguments
   * @param out where results and help go
   * @param err where error messages go
   * @param clock the clock; {@code validate} uses its date when neither {@code --as-of} nor the
   *     file names one
   * @return the exit status: {@value #EXIT_OK}, {@value #EXIT_BAD_INPUT} or {@value #EXIT_INTERNAL_ERROR}
   */
  public static int run(String[] args, PrintStream out, PrintStream err, Clock clock) {
    return run(args, System.in, out, err, clock);
  }

  /**
   * Runs the command line in-process with a given standard input and clock.
   *
   * @param args the arguments
   * @param in standard input, which {@code redact} reads as UTF-8
   * @param out where results and help go
   * @param err where error messages go
   * @param clock the clock; {@code validate} uses its date when neither {@code --as-of} nor the
   *     file names one
   * @return the exit status: {@value #EXIT_OK}, {@value #EXIT_BAD_INPUT} or {@value #EXIT_INTERNAL_ERROR}
   */
  public static int run(String[] args, InputStream in, PrintStream out, PrintStream err, Clock clock) {
    Objects.requireNonNull(args, "args");
    Objects.requireNonNull(in, "in");
    Objects.requireNonNull(out, "out");
    Objects.requireNonNull(err, "err");
    Objects.requireNonNull(clock, "clock");
    CommandLine commandLine = new CommandLine(new FolkestyreCli(in, out, err, clock))
        .setOut(writer(out))
        .setErr(writer(err))
        .setExecutionStrategy(parseResult -> {
          // Picocli honours --help even after an unknown argument ("folkestyre seats --help");
          // an unknown command must fail, not print the general help and succeed.
          ParseResult last = parseResult;
          while (last.hasSubcommand()) {
            last = last.subcommand();
          }
          if (!parseResult.unmatched().isEmpty() || !last.unmatched().isEmpty()) {
            ParseResult offending = parseResult.unmatched().isEmpty() ? last : parseResult;
            throw new UnmatchedArgumentException(offending.commandSpec().commandLine(), offending.unmatched());
          }
          return new CommandLine.RunLast().execute(parseResult);
        })
        .setParameterExceptionHandler((error, arguments) -> {
          err.println(PREFIX + describe(error));
          return EXIT_BAD_INPUT;
        })
        .setExecutionExceptionHandler((error, command, parseResult) -> {
          if (isBadInput(error)) {
            err.println(PREFIX + oneLine(error));
            return EXIT_BAD_INPUT;
          }
          err.println(PREFIX + "internal error: " + oneLine(error) + " (" + error.getClass().getName() + ")");
          return EXIT_INTERNAL_ERROR;
        });
    try {
      return commandLine.execute(args);
    } finally {
      out.flush();
      err.flush();
    }
  }

  /** Without a command: prints the usage on standard error and fails. */
  @Override
  public Integer call() {
    spec.commandLine().usage(spec.commandLine().getErr());
    return EXIT_BAD_INPUT;
  }

  InputStream in() {
    return in;
  }

  PrintStream out() {
    return out;
  }

  Clock clock() {
    return clock;
  }

  /** Prints a value as pretty-printed JSON on standard output. */
  void printJson(Object value) {
    try {
      out.println(Json.mapper().writeValueAsString(value));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write JSON: " + e.getOriginalMessage(), e);
    }
  }

  private static boolean isBadInput(Exception error) {
    if (error instanceof JsonProcessingException) {
      return false; // reading errors are turned into UserInputException; anything else is a bug
    }
    return error instanceof UserInputException
        || error instanceof IllegalArgumentException
        || error instanceof DateTimeException
        || error instanceof UncheckedIOException;
  }

  private static String describe(ParameterException error) {
    ArgSpec argument = error.getArgSpec();
    if (error.getCause() instanceof TypeConversionException && argument != null) {
      String name = argument instanceof OptionSpec option ? option.longestName() : argument.paramLabel();
      return "invalid " + name + " '" + error.getValue() + "': " + error.getCause().getMessage();
    }
    CommandLine command = error.getCommandLine();
    if (error instanceof UnmatchedArgumentException unmatched && !command.getSubcommands().isEmpty()) {
      List<String> arguments = unmatched.getUnmatched();
      if (!arguments.isEmpty() && !arguments.get(0).startsWith("-")) {
        String name = command.getParent() == null ? arguments.get(0)
            : command.getCommandName() + " " + arguments.get(0);
        return "unknown command '" + name + "'; commands: " + String.join(", ", command.getSubcommands().keySet());
      }
    }
    return oneLine(error);
  }

  private static String oneLine(Throwable error) {
    String message = error.getMessage();
    if (message == null || message.isBlank()) {
      return error.getClass().getSimpleName();
    }
    return message.strip().lines().findFirst().orElse("").strip();
  }

  /** A writer onto a print stream that keeps the stream's own encoding. */
  private static PrintWriter writer(PrintStream stream) {
    return new PrintWriter(new Writer() {
      @Override
      public void write(char[] buffer, int offset, int length) {
        stream.print(new String(buffer, offset, length));
      }

      @Override
      public void flush() {
        stream.flush();
      }

      @Override
      public void close() {
        stream.flush();
      }
    }, true);
  }

  /** Reads the version from the manifest of the executable jar. */
  static final class Version implements IVersionProvider {
    @Override
    public String[] getVersion() {
      String version = FolkestyreCli.class.getPackage().getImplementationVersion();
      return new String[] {"folkestyre " + (version == null ? "(development build)" : version)};
    }
  }
}
