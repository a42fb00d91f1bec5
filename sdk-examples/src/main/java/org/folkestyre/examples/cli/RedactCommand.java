package org.folkestyre.examples.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import org.folkestyre.core.jurisdiction.Jurisdiction;
import org.folkestyre.core.redaction.RedactionResult;
import org.folkestyre.core.redaction.Redactor;
import org.folkestyre.core.redaction.ReplacementStyle;
import org.folkestyre.examples.cli.json.RedactionJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code folkestyre redact}: reads text on standard input (UTF-8) and writes it with personal data
 * removed — identity numbers, telephone numbers, e-mail addresses — or, with {@code --format json},
 * the redacted text with every finding.
 */
@Command(name = "redact", sortOptions = false,
    description = {"Reads text on standard input and writes it with personal data removed: Norwegian"
        + " fødselsnummer, D- and H-numbers, Danish CPR numbers, telephone numbers and e-mail addresses.",
        "Case numbers, dates, amounts, kommunenummer and postcodes are kept. --format json also lists every"
        + " finding, including keywords and names flagged for review."})
final class RedactCommand implements Callable<Integer> {
  @ParentCommand
  private FolkestyreCli cli;

  @Spec
  private CommandSpec spec;

  @Option(names = "--country", paramLabel = "NO|DK", converter = Converters.JurisdictionConverter.class,
      description = "Only this country's identity numbers: NO (fødselsnummer, D- and H-numbers) or DK (CPR"
          + " numbers). Default: both. Telephone numbers and e-mail addresses are always removed.")
  private Jurisdiction country;

  @Option(names = "--mask", description = "Replace with one █ per character instead of a label such as [telefon].")
  private boolean mask;

  @Mixin
  private CommonOptions options;

  @Override
  public Integer call() {
    String text = readStandardInput();
    Redactor redactor = country == null ? Redactor.create() : Redactor.forJurisdictions(country);
    if (spec.commandLine().getParseResult().hasMatchedOption("--lang")) {
      redactor = redactor.withLanguage(options.language);
    }
    if (mask) {
      redactor = redactor.withStyle(ReplacementStyle.MASK);
    }
    RedactionResult result = redactor.redact(text);
    if (options.json()) {
      cli.printJson(RedactionJson.of(result));
    } else {
      PrintStream out = cli.out();
      out.print(result.text());
      out.flush();
    }
    return FolkestyreCli.EXIT_OK;
  }

  private String readStandardInput() {
    byte[] bytes;
    try {
      bytes = cli.in().readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read standard input: " + e.getMessage(), e);
    }
    try {
      return StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
    } catch (CharacterCodingException e) {
      throw new UserInputException("standard input is not valid UTF-8", e);
    }
  }
}
