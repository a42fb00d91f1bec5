package org.folkestyre.examples.cli;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.RuntimeJsonMappingException;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.PrintStream;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.folkestyre.core.InvalidValueException;
import org.folkestyre.core.election.AllocationMethod;
import org.folkestyre.core.election.ListVotes;
import org.folkestyre.core.election.Lot;
import org.folkestyre.core.election.SeatAllocation;
import org.folkestyre.core.election.SeatAllocator;
import org.folkestyre.core.election.TieRule;
import org.folkestyre.core.election.WinningQuotient;
import org.folkestyre.core.jurisdiction.Jurisdiction;
import org.folkestyre.core.spi.LotSource;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code folkestyre seats}: allocates seats among lists from a CSV file of votes. */
@Command(name = "seats", sortOptions = false,
    description = "Allocates seats among lists by a highest-averages or largest-remainder method.")
final class SeatsCommand implements Callable<Integer> {
  @ParentCommand
  private FolkestyreCli cli;

  @Option(names = "--method", required = true, paramLabel = "dhondt|sainte-lague|modified-sainte-lague|hare",
      description = "The allocation method.")
  private String method;

  @Option(names = "--seats", required = true, paramLabel = "N", description = "The number of seats, at least 1.")
  private int seats;

  @Option(names = "--votes", required = true, paramLabel = "FILE.csv",
      description = "CSV with the header list,votes and an optional third column alliance ('VF1/LF2' nests a"
          + " listeforbund in a valgforbund; empty means the list stands alone).")
  private Path votes;

  @Option(names = "--first-divisor", paramLabel = "1.4",
      description = "First divisor of modified Sainte-Laguë (default 1.4, Norway's).")
  private BigDecimal firstDivisor;

  @Option(names = "--country", paramLabel = "NO|DK", converter = Converters.JurisdictionConverter.class,
      description = "Whose tie rule applies: NO (larger vote total, then lot) or DK (lot). Default: DK when the"
          + " file has alliances, otherwise NO.")
  private Jurisdiction country;

  @Option(names = "--seed", paramLabel = "N", defaultValue = "1",
      description = "Seed of the lot drawn for ties that remain (default 1); every lot is reported.")
  private long seed;

  @Mixin
  private CommonOptions options;

  @Override
  public Integer call() {
    AllocationMethod allocationMethod = AllocationMethod.ofId(method, Optional.ofNullable(firstDivisor));
    List<ListVotes> rows = read(votes);
    boolean alliances = rows.stream().anyMatch(r -> r.alliance().isPresent());
    Jurisdiction jurisdiction = country != null ? country : alliances ? Jurisdiction.denmark() : Jurisdiction.norway();
    SeatAllocation result = SeatAllocator.create()
        .allocate(rows, seats, allocationMethod, TieRule.forJurisdiction(jurisdiction), LotSource.seeded(seed));
    if (options.json()) {
      Map<String, Object> json = new LinkedHashMap<>();
      json.put("method", allocationMethod.id());
      json.put("totalSeats", result.totalSeats());
      json.put("seats", result.seats());
      if (!result.allianceSeats().isEmpty()) {
        json.put("allianceSeats", result.allianceSeats());
      }
      List<Map<String, Object>> quotients = new ArrayList<>();
      for (WinningQuotient q : result.quotients()) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("seat", q.seat());
        row.put("list", q.list());
        row.put("quotient", q.quotient());
        if (!q.stage().isEmpty()) {
          row.put("stage", q.stage());
        }
        quotients.add(row);
      }
      json.put("quotients", quotients);
      List<Map<String, Object>> lots = new ArrayList<>();
      for (Lot lot : result.lots()) {
        lots.add(Map.of("stage", lot.stage(), "seat", lot.seat(), "candidates", lot.candidates(), "winner", lot.winner()));
      }
      json.put("lots", lots);
      json.put("tieRule", jurisdiction.id());
      cli.printJson(json);
    } else {
      PrintStream out = cli.out();
      out.println("Method: " + allocationMethod.id() + ", " + result.totalSeats() + " seats, tie rule " + jurisdiction.id());
      out.println();
      result.seats().forEach((list, won) -> out.printf(Locale.ROOT, "  %-20s %3d%n", list, won));
      out.println();
      out.println("Winning quotients:");
      for (WinningQuotient q : result.quotients()) {
        out.printf(Locale.ROOT, "  %s%3d  %-20s %s%n", q.stage().isEmpty() ? "" : q.stage() + " ", q.seat(), q.list(),
            q.quotient().toPlainString());
      }
      for (Lot lot : result.lots()) {
        out.println("Lot for seat " + lot.seat() + (lot.stage().isEmpty() ? "" : " in " + lot.stage()) + " among "
            + lot.candidates() + ": " + lot.winner());
      }
    }
    return FolkestyreCli.EXIT_OK;
  }

  /** Reads the CSV file; every problem names the file, the line and the value. */
  static List<ListVotes> read(Path file) {
    CsvMapper mapper = new CsvMapper();
    mapper.enable(CsvParser.Feature.TRIM_SPACES);
    mapper.enable(CsvParser.Feature.FAIL_ON_MISSING_HEADER_COLUMNS);
    CsvSchema schema = CsvSchema.emptySchema().withHeader();
    List<ListVotes> rows = new ArrayList<>();
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
        MappingIterator<Map<String, String>> it = mapper.readerFor(Map.class).with(schema).readValues(reader)) {
      int line = 1;
      while (it.hasNextValue()) {
        Map<String, String> row = it.nextValue();
        line++;
        if (line == 2) {
          List<String> columns = new ArrayList<>(row.keySet());
          if (!columns.equals(List.of("list", "votes")) && !columns.equals(List.of("list", "votes", "alliance"))) {
            throw new UserInputException(file + ": the header must be 'list,votes' or 'list,votes,alliance', not '"
                + String.join(",", columns) + "'", null);
          }
        }
        String votesText = row.getOrDefault("votes", "");
        long count;
        try {
          count = Long.parseLong(votesText);
        } catch (NumberFormatException e) {
          throw new UserInputException(file + ": line " + line + ": invalid votes '" + votesText
              + "': must be a whole number", e);
        }
        try {
          rows.add(ListVotes.of(row.getOrDefault("list", ""), count, row.getOrDefault("alliance", "")));
        } catch (InvalidValueException e) {
          throw new UserInputException(file + ": line " + line + ": " + e.getMessage(), e);
        }
      }
    } catch (NoSuchFileException e) {
      throw new UserInputException(file + ": no such file", e);
    } catch (RuntimeJsonMappingException e) {
      throw new UserInputException(file + ": not a valid CSV file: " + e.getMessage(), e);
    } catch (IOException e) {
      throw new UserInputException(file + ": cannot be read: " + e.getMessage(), e);
    }
    if (rows.isEmpty()) {
      throw new UserInputException(file + ": has no lists", null);
    }
    return rows;
  }
}
