package org.folkestyre.examples.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.folkestyre.core.Language;
import org.folkestyre.core.LocalizedText;
import org.folkestyre.examples.cli.json.PbValidationJson;
import org.folkestyre.toolkit.budgeting.BallotRejection;
import org.folkestyre.toolkit.budgeting.InvalidBallot;
import org.folkestyre.toolkit.budgeting.pabulib.PabulibBallots;
import org.folkestyre.toolkit.budgeting.pabulib.PabulibReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code folkestyre pb validate FILE.pb}: every invalid ballot of a Pabulib file, with its line,
 * voter id and every reason. Exits with 0 when every ballot is valid and 2 when any is not, after
 * printing the full report on standard output and one summary line on standard error.
 */
@Command(name = "validate", sortOptions = false,
    description = "Checks every ballot of a participatory budget (Pabulib .pb file) and reports each invalid one.")
final class PbValidateCommand implements Callable<Integer> {
  private static final LocalizedText LINE = LocalizedText.of("Linje", "Linje", "Linje", "Line");
  private static final LocalizedText VOTER = LocalizedText.of("Velger", "Veljar", "Vælger", "Voter");
  private static final LocalizedText CODE = LocalizedText.of("Kode", "Kode", "Kode", "Code");
  private static final LocalizedText REASON = LocalizedText.of("Grunn", "Grunn", "Begrundelse", "Reason");

  @ParentCommand
  PbCommand pb;

  @Spec
  CommandSpec spec;

  @Parameters(index = "0", arity = "0..1", paramLabel = "FILE.pb", description = "The election, in Pabulib format.")
  Path file;

  @Mixin
  CommonOptions options;

  @Override
  public Integer call() {
    if (file == null) {
      throw new UserInputException("pb validate: missing FILE.pb", null);
    }
    PabulibBallots ballots = readBallots(file);
    List<InvalidBallot> invalid = ballots.validateAll();
    Language language = options.language;
    int total = ballots.votes().size();
    FolkestyreCli cli = pb.cli;
    if (options.json()) {
      List<PbValidationJson.InvalidBallot> rows = new ArrayList<>();
      for (InvalidBallot ballot : invalid) {
        List<PbValidationJson.Reason> reasons = new ArrayList<>();
        for (BallotRejection rejection : ballot.rejections()) {
          reasons.add(new PbValidationJson.Reason(rejection.code().name(), rejection.message(language)));
        }
        rows.add(new PbValidationJson.InvalidBallot(ballots.votes().get(ballot.position()).line(),
            ballot.voterId(), reasons));
      }
      cli.printJson(new PbValidationJson(file.toString(), total, total - invalid.size(), rows));
    } else if (!invalid.isEmpty()) {
      Table table = new Table(new Column(LINE.get(language), true, 8), new Column(VOTER.get(language), false, 16),
          new Column(CODE.get(language), false, 22), new Column(REASON.get(language), false, 60));
      for (InvalidBallot ballot : invalid) {
        String line = String.valueOf(ballots.votes().get(ballot.position()).line());
        for (BallotRejection rejection : ballot.rejections()) {
          table.add(line, ballot.voterId(), rejection.code().name(), rejection.message(language));
        }
      }
      table.print(cli.out());
      cli.out().println(summary(total, invalid.size(), language));
    } else {
      cli.out().println(summary(total, 0, language));
    }
    if (invalid.isEmpty()) {
      return FolkestyreCli.EXIT_OK;
    }
    cli.out().flush();
    PrintWriter err = spec.commandLine().getErr();
    err.println("folkestyre: " + file + ": " + summary(total, invalid.size(), Language.EN));
    err.flush();
    return FolkestyreCli.EXIT_BAD_INPUT;
  }

  private static String summary(int total, int invalid, Language language) {
    if (invalid == 0) {
      return switch (language) {
        case NB -> "Alle " + total + " stemmesedlene er gyldige";
        case NN -> "Alle " + total + " røystesetlane er gyldige";
        case DA -> "Alle " + total + " stemmesedler er gyldige";
        default -> "All " + total + " ballots are valid";
      };
    }
    return switch (language) {
      case NB -> invalid + " av " + total + " stemmesedler er ugyldige";
      case NN -> invalid + " av " + total + " røystesetlar er ugyldige";
      case DA -> invalid + " af " + total + " stemmesedler er ugyldige";
      default -> invalid + " of " + total + " ballots are invalid";
    };
  }

  /**
   * Reads the ballots of a Pabulib file leniently, turning a structural problem into one line naming
   * the file.
   */
  private static PabulibBallots readBallots(Path file) {
    return PbCommand.read(file, PabulibReader::readBallots);
  }
}
