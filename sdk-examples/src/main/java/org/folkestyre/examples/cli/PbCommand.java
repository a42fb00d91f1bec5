package org.folkestyre.examples.cli;

import com.google.common.collect.ImmutableSet;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.BiFunction;
import org.folkestyre.core.Language;
import org.folkestyre.core.LocalizedText;
import org.folkestyre.examples.cli.json.PbOutcomeJson;
import org.folkestyre.examples.cli.json.PbReportJson;
import org.folkestyre.toolkit.budgeting.Ballot;
import org.folkestyre.toolkit.budgeting.BudgetingElection;
import org.folkestyre.toolkit.budgeting.BudgetingOutcome;
import org.folkestyre.toolkit.budgeting.BudgetingRule;
import org.folkestyre.toolkit.budgeting.Project;
import org.folkestyre.toolkit.budgeting.ResultsReport;
import org.folkestyre.toolkit.budgeting.pabulib.PabulibFormatException;
import org.folkestyre.toolkit.budgeting.pabulib.PabulibReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.TypeConversionException;

/**
 * {@code folkestyre pb --rule RULE FILE.pb [--report]}: the projects a participatory-budgeting rule
 * selects from a Pabulib file, and with {@code --report} the results report. {@code pb validate}
 * ({@link PbValidateCommand}) checks every ballot of a file.
 */
@Command(name = "pb", sortOptions = false, subcommands = PbValidateCommand.class,
    description = "Computes which projects of a participatory budget (Pabulib .pb file) a rule selects.")
final class PbCommand implements Callable<Integer> {
  private static final LocalizedText ID = LocalizedText.ofAll("Id");
  private static final LocalizedText NAME = LocalizedText.of("Navn", "Namn", "Navn", "Name");
  private static final LocalizedText COST = LocalizedText.of("Kostnad", "Kostnad", "Omkostning", "Cost");
  private static final LocalizedText VOTES = LocalizedText.of("Stemmer", "Røyster", "Stemmer", "Votes");
  private static final LocalizedText TOTAL = LocalizedText.of("Sum", "Sum", "I alt", "Total");
  private static final LocalizedText BUDGET = LocalizedText.of("av budsjettet", "av budsjettet", "af budgettet",
      "of the budget");

  @ParentCommand
  FolkestyreCli cli;

  @Option(names = "--rule", paramLabel = "RULE", converter = RuleConverter.class,
      description = "The rule: greedy, mes, mes-greedy, mes-increase, mes-increase-greedy or phragmen.")
  BudgetingRule rule;

  @Parameters(index = "0", arity = "0..1", paramLabel = "FILE.pb", description = "The election, in Pabulib format.")
  Path file;

  @Option(names = "--report", description = "Also print the results report: every project's votes, cost and why it was"
      + " or was not selected, the spending per district, and the share of voters with a selected project.")
  boolean report;

  @Mixin
  CommonOptions options;

  @Override
  public Integer call() {
    if (rule == null) {
      throw new UserInputException("pb: missing --rule (one of " + RuleConverter.NAMES + ")", null);
    }
    if (file == null) {
      throw new UserInputException("pb: missing FILE.pb", null);
    }
    BudgetingElection election = read(file);
    BudgetingOutcome outcome = rule.apply(election);
    if (report) {
      ResultsReport results = ResultsReport.of(election, ImmutableSet.copyOf(outcome.selectedIds()));
      if (options.json()) {
        cli.printJson(new PbReportJson(outcome.selectedIds(), outcome.totalCost().toBigDecimal(),
            outcome.budget().toBigDecimal(), PbReports.json(results)));
        return FolkestyreCli.EXIT_OK;
      }
      print(election, outcome, options.language);
      cli.out().println();
      PbReports.print(results, election.ballotType().hasPoints(), options.language, cli.out());
      return FolkestyreCli.EXIT_OK;
    }
    if (options.json()) {
      cli.printJson(new PbOutcomeJson(outcome.selectedIds(), outcome.totalCost().toBigDecimal(),
          outcome.budget().toBigDecimal()));
      return FolkestyreCli.EXIT_OK;
    }
    print(election, outcome, options.language);
    return FolkestyreCli.EXIT_OK;
  }

  /**
   * Reads a Pabulib file, turning every problem into one line naming the file.
   *
   * @param file the file
   * @return the election
   * @throws UserInputException if the file is missing, unreadable or malformed
   */
  static BudgetingElection read(Path file) {
    return read(file, PabulibReader::read);
  }

  /**
   * Reads a Pabulib file with one of the reader's methods, turning every problem into one line naming
   * the file.
   *
   * @param file the file
   * @param reader the reader's method, given the stream and the file's name
   * @return what the reader made of the file
   * @throws UserInputException if the file is missing, unreadable or malformed
   */
  static <T> T read(Path file, BiFunction<InputStream, String, T> reader) {
    try (InputStream in = Files.newInputStream(file)) {
      return reader.apply(in, file.toString());
    } catch (NoSuchFileException e) {
      throw new UserInputException(file + ": no such file", e);
    } catch (AccessDeniedException e) {
      throw new UserInputException(file + ": permission denied", e);
    } catch (IOException e) {
      throw new UserInputException(file + ": cannot be read: " + e.getMessage(), e);
    } catch (PabulibFormatException e) {
      throw new UserInputException(e.getMessage(), e);
    }
  }

  private void print(BudgetingElection election, BudgetingOutcome outcome, Language language) {
    long[] votes = new long[election.projects().size()];
    Map<String, Integer> index = new HashMap<>();
    for (int i = 0; i < votes.length; i++) {
      index.put(election.projects().get(i).id(), i);
    }
    for (Ballot ballot : election.ballots()) {
      for (String id : ballot.projectIds()) {
        votes[index.get(id)]++;
      }
    }
    boolean names = outcome.selected().stream().anyMatch(p -> p.name().isPresent());
    Table table = names
        ? new Table(new Column(ID.get(language), false, 12), new Column(NAME.get(language), false, 50),
            new Column(COST.get(language), true, 14), new Column(VOTES.get(language), true, 8))
        : new Table(new Column(ID.get(language), false, 12), new Column(COST.get(language), true, 14),
            new Column(VOTES.get(language), true, 8));
    for (Project project : outcome.selected()) {
      String cost = project.cost().toString();
      String count = String.valueOf(votes[index.get(project.id())]);
      if (names) {
        table.add(project.id(), project.name().orElse(""), cost, count);
      } else {
        table.add(project.id(), cost, count);
      }
    }
    table.print(cli.out());
    cli.out().println(TOTAL.get(language) + ": " + outcome.totalCost() + " " + BUDGET.get(language) + " "
        + outcome.budget() + " (" + rule.id() + ", " + outcome.selected().size() + "/" + election.projects().size()
        + ")");
  }

  /** Converts {@code --rule}: one of the command-line rule ids, ignoring case. */
  static final class RuleConverter implements ITypeConverter<BudgetingRule> {
    static final String NAMES = "greedy, mes, mes-greedy, mes-increase, mes-increase-greedy, phragmen";

    @Override
    public BudgetingRule convert(String value) {
      Optional<BudgetingRule> rule = BudgetingRule.fromId(value.strip().toLowerCase(Locale.ROOT));
      if (rule.isEmpty() || rule.get() == BudgetingRule.MES_APPROVAL) {
        throw new TypeConversionException("must be one of " + NAMES);
      }
      return rule.get();
    }
  }
}
