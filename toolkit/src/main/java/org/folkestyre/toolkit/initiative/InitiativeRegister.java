package org.folkestyre.toolkit.initiative;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.folkestyre.core.InvalidValueException;
import org.folkestyre.core.committee.Term;
import org.immutables.value.Value;

/**
 * The initiatives put to one council in one council term — valgperiode (NO, DK) — and the
 * matters it has handled, against which kommuneloven § 12-1 tredje ledd forbids repeats.
 *
 * <p>An initiative belongs to the term in which it is submitted. Structural invariants are
 * checked when it is built: ids are unique, every initiative is addressed to the register's area,
 * and every submitted one was submitted within the term. Whether one repeats another is a
 * governance rule ({@code NO-KL-12-1-NO-REPEAT}); ask before collection starts with
 * {@link #repeatOf(CitizenInitiative)}. This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class InitiativeRegister {
  InitiativeRegister() {}

  /**
   * Returns the municipality or county whose council the register is for.
   *
   * @return the area
   */
  public abstract InitiativeArea area();

  /**
   * Returns the council term.
   *
   * @return the term
   */
  public abstract Term term();

  /**
   * Returns the initiatives, in the order registered.
   *
   * @return the initiatives
   */
  public abstract ImmutableList<CitizenInitiative> initiatives();

  /**
   * Returns the ids of matters the council has handled in the term, such as case numbers, that an
   * initiative may be linked to with {@link CitizenInitiative#sameContentAs()}.
   *
   * @return the ids
   */
  public abstract ImmutableSet<String> handledMatters();

  /**
   * Returns a new builder.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the initiative with an id.
   *
   * @param id the id
   * @return the initiative, or empty
   */
  public Optional<CitizenInitiative> initiative(String id) {
    return initiatives().stream().filter(i -> i.id().equals(id)).findFirst();
  }

  /**
   * Returns what an initiative would repeat in this term: the id of an earlier submitted
   * initiative with the same {@link CitizenInitiative#contentKey() content key}, or the id its
   * {@link CitizenInitiative#sameContentAs()} link names among the submitted initiatives and the
   * handled matters. An initiative in the register is compared only with those submitted before
   * it (on an earlier day, or the same day and earlier in the list); one not in it, such as a draft,
   * with every submitted one.
   *
   * @param candidate the initiative, in the register or not
   * @return the id of what it repeats, or empty
   */
  public Optional<String> repeatOf(CitizenInitiative candidate) {
    Objects.requireNonNull(candidate, "candidate");
    int position = initiatives().indexOf(candidate);
    LocalDate day = candidate.submitted().orElse(LocalDate.MAX);
    for (int i = 0; i < initiatives().size(); i++) {
      CitizenInitiative earlier = initiatives().get(i);
      if (i == position || earlier.submitted().isEmpty()) {
        continue;
      }
      LocalDate submitted = earlier.submitted().get();
      boolean before = submitted.isBefore(day) || (submitted.equals(day) && (position < 0 || i < position));
      if (!before) {
        continue;
      }
      if (earlier.contentKey().equals(candidate.contentKey())
          || candidate.sameContentAs().map(earlier.id()::equals).orElse(false)) {
        return Optional.of(earlier.id());
      }
    }
    return candidate.sameContentAs().filter(handledMatters()::contains);
  }

  @Value.Check
  void check() {
    Map<String, Integer> ids = new HashMap<>();
    for (int i = 0; i < initiatives().size(); i++) {
      CitizenInitiative initiative = initiatives().get(i);
      Integer earlier = ids.put(initiative.id(), i);
      if (earlier != null) {
        throw new InvalidValueException("initiatives[" + i + "].id", initiative.id(),
            "is the id of initiatives[" + earlier + "] too; ids must be unique in a register");
      }
      if (!initiative.area().equals(area())) {
        throw new InvalidValueException("initiatives[" + i + "].area", initiative.area(),
            "the register is for " + area());
      }
      Optional<LocalDate> submitted = initiative.submitted();
      if (submitted.isPresent()
          && (submitted.get().isBefore(term().start()) || !submitted.get().isBefore(term().end()))) {
        throw new InvalidValueException("initiatives[" + i + "].submitted", submitted.get(),
            "is outside the register's term " + term());
      }
    }
  }

  @Override
  public String toString() {
    return "InitiativeRegister[" + area() + ", " + term() + ", " + initiatives().size() + " initiatives]";
  }

  /** Builds an {@link InitiativeRegister}: area and term are required. */
  public static final class Builder extends ImmutableInitiativeRegister.Builder {
    Builder() {}
  }
}
