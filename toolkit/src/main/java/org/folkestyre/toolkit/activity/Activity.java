package org.folkestyre.toolkit.activity;

import java.time.LocalDate;
import java.time.Year;
import java.util.Optional;
import org.folkestyre.core.InvalidValueException;
import org.folkestyre.core.Money;
import org.folkestyre.core.internal.Names;
import org.folkestyre.toolkit.method.ParticipationMethod;
import org.immutables.value.Value;

/**
 * A participation activity — medvirkningsaktivitet (NO), borgerinddragelsesaktivitet (DK): a
 * planned use of a participation method in one district (kommunedel) or in the whole municipality,
 * with its dates, the coordinator responsible and its cost.
 *
 * <p>An activity in a district draws on that district's participation budget (midler til
 * medvirkning) for the year it starts in; an activity without a district is municipality-wide and
 * draws on the municipal participation budget of that year (see {@link ActivityPlan}). Once it
 * has taken place, its {@link #report()} records what it cost, who took part, what they said and
 * the feedback they were given.
 *
 * <p>Structural invariants are checked when it is built: the activity ends on or after the day it
 * starts, its cost is not negative, and a report is dated on or after its last day. Whether it fits
 * its budget and has the right coordinator are governance rules ({@link ActivityRulePack}).
 *
 * <p>This class is immutable and thread-safe. Build one with {@link #builder()}.
 */
@Value.Immutable
public abstract class Activity {
  Activity() {}

  /**
   * Returns the id, unique within a plan (ignoring case).
   *
   * @return the id, such as {@code "konnerud-2020-dialogue"}
   */
  public abstract String id();

  /**
   * Returns the title.
   *
   * @return the title, such as {@code "Dialogmøte om knutepunktet"}
   */
  public abstract String title();

  /**
   * Returns the id of the participation method used, as the method catalogue names it.
   *
   * @return the method id, such as {@code "dialogue-meeting"}
   */
  public abstract String methodId();

  /**
   * Returns the name of the district (kommunedel) the activity takes place in and draws its budget
   * from, or empty for a municipality-wide activity.
   *
   * @return the district's name, or empty
   */
  public abstract Optional<String> district();

  /**
   * Returns the first day.
   *
   * @return the start date
   */
  public abstract LocalDate start();

  /**
   * Returns the last day.
   *
   * @return the end date, on or after {@link #start()}
   */
  public abstract LocalDate end();

  /**
   * Returns the name of the coordinator responsible — for a district activity, the district's local
   * coordinator (lokal koordinator).
   *
   * @return the name
   */
  public abstract String coordinator();

  /**
   * Returns the planned cost, in whole minor units (øre).
   *
   * @return the planned cost, not negative
   */
  public abstract Money cost();

  /**
   * Returns the report after the activity, once there is one.
   *
   * @return the report, or empty while the activity is only planned
   */
  public abstract Optional<ActivityReport> report();

  /**
   * Returns the budget year the activity draws on: the year it starts in.
   *
   * @return the year of {@link #start()}
   */
  public Year budgetYear() {
    return Year.from(start());
  }

  /**
   * Returns whether the activity is municipality-wide, drawing on the municipal budget.
   *
   * @return true if it names no district
   */
  public boolean isMunicipalityWide() {
    return district().isEmpty();
  }

  /**
   * Returns what the activity draws on its budget: what it spent once reported, its planned cost
   * before.
   *
   * @return the amount drawn, not negative
   */
  public Money drawn() {
    return report().map(ActivityReport::spent).orElse(cost());
  }

  /**
   * Returns a copy with a report.
   *
   * @param report the report after the activity
   * @return the activity with the report, replacing any earlier one
   * @throws InvalidValueException if the report is dated before the activity's last day
   */
  public Activity withReport(ActivityReport report) {
    return builder().from(this).report(report).build();
  }

  /**
   * Returns a new builder.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  Activity normalize() {
    if (end().isBefore(start())) {
      throw new InvalidValueException("activity.end", end(),
          "an activity ends on or after the day it starts (" + start() + ")");
    }
    if (cost().isNegative()) {
      throw new InvalidValueException("activity.cost", cost(), "must not be negative");
    }
    if (report().isPresent()) {
      ActivityReport report = report().get();
      if (report.date().isBefore(end())) {
        throw new InvalidValueException("activity.report.date", report.date(),
            "the report comes after the activity, on or after its last day (" + end() + ")");
      }
      if (!report.spent().currency().equals(cost().currency())) {
        throw new InvalidValueException("activity.report.spent", report.spent(),
            "must be in the currency of the cost (" + cost().currency() + ")");
      }
    }
    String id = Names.normalize("activity.id", id());
    String title = Names.normalize("activity.title", title());
    String method = Names.normalize("activity.methodId", methodId());
    String coordinator = Names.normalize("activity.coordinator", coordinator());
    Optional<String> district = district().map(d -> Names.normalize("activity.district", d));
    if (id.equals(id()) && title.equals(title()) && method.equals(methodId()) && coordinator.equals(coordinator())
        && district.equals(district())) {
      return this;
    }
    return builder().from(this).id(id).title(title).methodId(method).coordinator(coordinator).district(district)
        .build();
  }

  @Override
  public String toString() {
    return id() + " (" + methodId() + ", " + district().orElse("municipality-wide") + ", " + start() + "–" + end()
        + ", " + cost() + ")";
  }

  /**
   * Builds an {@link Activity}: id, title, method, start, end, coordinator and cost are required; no
   * district makes it municipality-wide.
   */
  public static final class Builder extends ImmutableActivity.Builder {
    Builder() {}

    /**
     * Sets the method from the catalogue's description of it.
     *
     * @param method the participation method
     * @return this builder
     */
    public Builder method(ParticipationMethod method) {
      methodId(method.id());
      return this;
    }
  }
}
