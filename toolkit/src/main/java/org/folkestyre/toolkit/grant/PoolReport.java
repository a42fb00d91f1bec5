package org.folkestyre.toolkit.grant;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSortedMap;
import com.google.common.collect.ImmutableSortedSet;
import java.util.ArrayList;
import java.util.Currency;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.folkestyre.core.Language;
import org.folkestyre.core.LocalizedText;
import org.folkestyre.toolkit.method.TargetGroup;
import org.immutables.value.Value;

/**
 * The report of one round of a grant pool, for the election it ran for — rapport / tildelingsliste
 * (NO), opgørelse over puljen (DK): what came in, what was granted, what remains, the figures per
 * target group and each decision with its reason.
 *
 * <p>Obtain one with {@link GrantAllocation#report()}. This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class PoolReport {
  private static final LocalizedText BUDGET = LocalizedText.of("Ramme", "Ramme", "Pulje", "Pool");
  private static final LocalizedText EARMARKED = LocalizedText.of("Øremerket", "Øyremerkt", "Øremærket",
      "Earmarked");
  private static final LocalizedText APPLICATIONS = LocalizedText.of(
      "Søknader", "Søknader", "Ansøgninger", "Applications");
  private static final LocalizedText APPLIED = LocalizedText.of(
      "{count}, søkt i alt {amount}", "{count}, søkt i alt {amount}", "{count}, ansøgt i alt {amount}",
      "{count}, asking {amount} in all");
  private static final LocalizedText AWARDED = LocalizedText.of("Innvilget", "Innvilga", "Bevilget", "Awarded");
  private static final LocalizedText REMAINING = LocalizedText.of("Igjen", "Att", "Tilbage", "Remaining");
  private static final LocalizedText NOT_DECIDED = LocalizedText.of("Ikke avgjort", "Ikkje avgjort",
      "Ikke afgjort", "Not decided");
  private static final LocalizedText LINE = LocalizedText.of(
      "søkt {requested}, {score} poeng: {outcome}", "søkt {requested}, {score} poeng: {outcome}",
      "ansøgt {requested}, {score} point: {outcome}", "asked {requested}, {score} points: {outcome}");
  private static final LocalizedText GROUPS = LocalizedText.of("Målgrupper", "Målgrupper", "Målgrupper",
      "Target groups");
  private static final LocalizedText GROUP_LINE = LocalizedText.of(
      "søknader {count}, søkt {requested}, innvilget {awarded}",
      "søknader {count}, søkt {requested}, innvilga {awarded}",
      "ansøgninger {count}, ansøgt {requested}, bevilget {awarded}",
      "applications {count}, asked {requested}, awarded {awarded}");

  PoolReport() {}

  /**
   * Returns the pool.
   *
   * @return the pool
   */
  public abstract GrantPool pool();

  /**
   * Returns every decided application with its decision, in the order of the decisions.
   *
   * @return the lines
   */
  public abstract ImmutableList<DecisionLine> lines();

  /**
   * Returns the ids of applications with no decision; empty for an allocation by
   * {@link GrantAllocator}.
   *
   * @return the ids, in the order received
   */
  public abstract ImmutableList<String> undecided();

  /**
   * Returns the figures per target group: the pool's groups first, then any other group an
   * application names, each in {@link TargetGroup}'s order.
   *
   * @return the figures
   */
  public abstract ImmutableList<TargetGroupSummary> targetGroups();

  /**
   * Returns the elections the round was for.
   *
   * @return the elections
   */
  public ImmutableSortedSet<Election> elections() {
    return pool().elections();
  }

  /**
   * Returns the number of applications received.
   *
   * @return the count
   */
  public int applications() {
    return lines().size() + undecided().size();
  }

  /**
   * Returns what the decided applications asked for, in øre.
   *
   * @return the total requested
   */
  public long requested() {
    return lines().stream().mapToLong(l -> l.application().amountRequested()).sum();
  }

  /**
   * Returns the total granted, in øre.
   *
   * @return the total awarded
   */
  public long awarded() {
    return lines().stream().mapToLong(l -> l.decision().amountAwarded()).sum();
  }

  /**
   * Returns what is left of the pool, in øre.
   *
   * @return the budget less the total awarded
   */
  public long remaining() {
    return pool().budget() - awarded();
  }

  /**
   * Returns the amount earmarked beside the pool, in øre.
   *
   * @return the sum of the pool's earmarks
   */
  public long earmarked() {
    return pool().earmarks().stream().mapToLong(Earmark::amount).sum();
  }

  /**
   * Returns how many applications had each outcome.
   *
   * @return the counts, every outcome present
   */
  public ImmutableSortedMap<DecisionOutcome, Integer> outcomes() {
    Map<DecisionOutcome, Integer> counts = new EnumMap<>(DecisionOutcome.class);
    for (DecisionOutcome outcome : DecisionOutcome.values()) {
      counts.put(outcome, 0);
    }
    lines().forEach(l -> counts.merge(l.decision().outcome(), 1, Integer::sum));
    return ImmutableSortedMap.copyOf(counts);
  }

  /**
   * Obtains the report of an allocation.
   *
   * @param allocation the allocation
   * @return the report
   */
  public static PoolReport of(GrantAllocation allocation) {
    GrantRound round = allocation.round();
    GrantPool pool = round.pool();
    ImmutablePoolReport.Builder report = ImmutablePoolReport.builder().pool(pool);
    Set<String> decided = new HashSet<>();
    List<DecisionLine> lines = new ArrayList<>();
    for (GrantDecision decision : allocation.decisions()) {
      round.application(decision.applicationId()).filter(a -> decided.add(a.id())).ifPresent(application -> {
        Map<Language, String> reason = new EnumMap<>(Language.class);
        for (Language language : Language.values()) {
          reason.put(language, decision.explanation(language, pool));
        }
        lines.add(DecisionLine.of(application, decision, LocalizedText.of(reason.get(Language.NB),
            reason.get(Language.NN), reason.get(Language.DA), reason.get(Language.EN))));
      });
    }
    report.addAllLines(lines);
    round.applications().stream().filter(a -> !decided.contains(a.id()))
        .sorted(java.util.Comparator.comparing(GrantApplication::received).thenComparing(GrantApplication::id))
        .forEach(a -> report.addUndecided(a.id()));
    Set<TargetGroup> groups = EnumSet.noneOf(TargetGroup.class);
    lines.forEach(l -> groups.addAll(l.application().targetGroups()));
    List<TargetGroup> order = new ArrayList<>(pool.targetGroups().stream().sorted().toList());
    groups.stream().sorted().filter(g -> !pool.targetGroups().contains(g)).forEach(order::add);
    for (TargetGroup group : order) {
      List<DecisionLine> reaching = lines.stream().filter(l -> l.application().targetGroups().contains(group))
          .toList();
      report.addTargetGroup(TargetGroupSummary.of(group, reaching.size(),
          reaching.stream().mapToLong(l -> l.application().amountRequested()).sum(),
          reaching.stream().mapToLong(l -> l.decision().amountAwarded()).sum()));
    }
    return report.build();
  }

  private static String outcome(GrantDecision decision, Currency currency, Language language) {
    String name = decision.outcome().names().get(language);
    return decision.outcome() == DecisionOutcome.REJECTED ? name
        : name + " " + Amounts.format(decision.amountAwarded(), currency, language);
  }

  /**
   * Returns the report as plain text in one language.
   *
   * @param language the language
   * @return the text, lines ending in {@code \n}
   */
  public String toText(Language language) {
    Currency currency = pool().currency();
    StringBuilder text = new StringBuilder();
    text.append(pool().name()).append(" – ").append(elections().stream()
        .map(e -> e.kind().names().get(language) + " " + e.date()).collect(Collectors.joining(", "))).append('\n');
    text.append(BUDGET.get(language)).append(": ").append(Amounts.format(pool().budget(), currency, language));
    for (Earmark earmark : pool().earmarks()) {
      text.append("; ").append(EARMARKED.get(language)).append(": ")
          .append(Amounts.format(earmark.amount(), currency, language)).append(" (").append(earmark.purpose())
          .append(')');
    }
    text.append('\n');
    text.append(APPLICATIONS.get(language)).append(": ").append(APPLIED.format(ImmutableMap.of(
        "count", applications(), "amount", Amounts.format(requested(), currency, language))).get(language))
        .append('\n');
    text.append(AWARDED.get(language)).append(": ").append(Amounts.format(awarded(), currency, language))
        .append(" (").append(outcomes().entrySet().stream()
            .map(e -> e.getValue() + " " + e.getKey().names().get(language)).collect(Collectors.joining(", ")))
        .append(")\n");
    text.append(REMAINING.get(language)).append(": ").append(Amounts.format(remaining(), currency, language))
        .append('\n');
    for (DecisionLine line : lines()) {
      GrantApplication application = line.application();
      text.append(line.rank().map(r -> String.format(java.util.Locale.ROOT, "%2d. ", r)).orElse(" -  "))
          .append(application.id()).append(' ').append(application.project()).append(" (")
          .append(application.applicant().name()).append(", ")
          .append(application.applicant().kind().names().get(language)).append("): ")
          .append(LINE.format(ImmutableMap.of(
              "requested", Amounts.format(application.amountRequested(), currency, language),
              "score", line.decision().score().map(String::valueOf).orElse("-"),
              "outcome", outcome(line.decision(), currency, language))).get(language))
          .append('\n');
      text.append("    ").append(line.reason().get(language)).append('\n');
    }
    for (String id : undecided()) {
      text.append(" -  ").append(id).append(": ").append(NOT_DECIDED.get(language)).append('\n');
    }
    if (!targetGroups().isEmpty()) {
      text.append(GROUPS.get(language)).append(":\n");
      for (TargetGroupSummary group : targetGroups()) {
        text.append("  ").append(GroupNames.name(group.group(), language)).append(": ")
            .append(GROUP_LINE.format(ImmutableMap.of("count", group.applications(),
                "requested", Amounts.format(group.requested(), currency, language),
                "awarded", Amounts.format(group.awarded(), currency, language))).get(language))
            .append('\n');
      }
    }
    return text.toString();
  }
}
