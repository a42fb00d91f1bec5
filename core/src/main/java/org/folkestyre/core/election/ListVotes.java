package org.folkestyre.core.election;

import com.google.common.base.Splitter;
import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.folkestyre.core.InvalidValueException;
import org.folkestyre.core.internal.Names;
import org.immutables.value.Value;

/**
 * The vote total of one electoral list — listestemmetall (NO), stemmetal for en kandidatliste
 * (DK) — with the alliance it belongs to, if any.
 *
 * <p>The alliance is a path: {@code VF1} for a list in valgforbund or listeforbund {@code VF1},
 * {@code VF1/LF2} for a list in listeforbund {@code LF2} inside valgforbund {@code VF1}
 * (kommunal- og regionalvalgloven § 39). No alliance means the list stands alone. Two levels are
 * the most Danish law knows, and the most this class accepts. Names are normalised to NFC and
 * trimmed, also around each {@code /}.
 *
 * <p>In Norway the vote total of a council list is its listestemmetall (ballots × seats, plus
 * and minus personal votes across lists), not its number of ballots; pass the figure the law
 * allocates on. This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class ListVotes {
  /** The separator of the levels of an alliance path. */
  public static final String PATH_SEPARATOR = "/";
  private static final int MAX_LEVELS = 2;

  ListVotes() {}

  /**
   * Returns the name of the list, normalised to NFC and trimmed.
   *
   * @return the list name, such as {@code "Arbeiderpartiet"} or {@code "A"}
   */
  @Value.Parameter
  public abstract String list();

  /**
   * Returns the vote total the seats are allocated on.
   *
   * @return the votes, 0 or more
   */
  @Value.Parameter
  public abstract long votes();

  /**
   * Returns the alliance path, if the list is part of an alliance.
   *
   * @return the path such as {@code "VF1/LF2"}, or empty for a stand-alone list
   */
  @Value.Parameter
  public abstract Optional<String> alliance();

  /**
   * Obtains the votes of a stand-alone list.
   *
   * @param list the list name
   * @param votes the vote total, 0 or more
   * @return the list's votes
   * @throws InvalidValueException if the name is blank or the votes are negative
   */
  public static ListVotes of(String list, long votes) {
    return ImmutableListVotes.of(list, votes, Optional.empty());
  }

  /**
   * Obtains the votes of a list in an alliance, or of a stand-alone list when the path is blank.
   *
   * <p>This is the form a table with an optional {@code alliance} column maps to directly.
   *
   * @param list the list name
   * @param votes the vote total, 0 or more
   * @param alliance the alliance path, such as {@code "VF1"} or {@code "VF1/LF2"}; empty or blank
   *     for a stand-alone list
   * @return the list's votes
   * @throws InvalidValueException if the name is blank, the votes are negative, or the path has an
   *     empty part or more than two levels
   */
  public static ListVotes of(String list, long votes, String alliance) {
    Objects.requireNonNull(alliance, "alliance");
    return ImmutableListVotes.of(list, votes, alliance.isBlank() ? Optional.empty() : Optional.of(alliance));
  }

  /**
   * Returns the levels of the alliance path, outermost first.
   *
   * @return {@code [VF1, LF2]} for {@code VF1/LF2}; empty for a stand-alone list
   */
  public ImmutableList<String> alliancePath() {
    return alliance().map(path -> ImmutableList.copyOf(Splitter.on(PATH_SEPARATOR).split(path)))
        .orElse(ImmutableList.of());
  }

  /**
   * Returns a copy with another vote total.
   *
   * @param votes the new vote total, 0 or more
   * @return the copy
   * @throws InvalidValueException if the votes are negative
   */
  public ListVotes withVotes(long votes) {
    return ImmutableListVotes.of(list(), votes, alliance());
  }

  /**
   * Returns a copy with another list name and the same votes and alliance.
   *
   * @param list the new name
   * @return the copy
   * @throws InvalidValueException if the name is blank
   */
  public ListVotes withList(String list) {
    return ImmutableListVotes.of(list, votes(), alliance());
  }

  @Value.Check
  ListVotes normalize() {
    String name = Names.normalize("list", list());
    if (votes() < 0) {
      throw new InvalidValueException("votes", votes(), "must not be negative (list '" + name + "')");
    }
    Optional<String> path = alliance().map(ListVotes::normalizePath);
    if (name.equals(list()) && path.equals(alliance())) {
      return this;
    }
    return ImmutableListVotes.of(name, votes(), path);
  }

  private static String normalizePath(String path) {
    List<String> parts = new ArrayList<>();
    for (String part : Splitter.on(PATH_SEPARATOR).split(path)) {
      if (part.isBlank()) {
        throw new InvalidValueException("alliance", path,
            "has an empty part; write the valgforbund, then '/' and the listeforbund, such as 'VF1/LF2'");
      }
      parts.add(Names.normalize("alliance", part));
    }
    if (parts.size() > MAX_LEVELS) {
      throw new InvalidValueException("alliance", path,
          "has more than two levels; a list can be at most in a listeforbund inside a valgforbund, such as 'VF1/LF2'");
    }
    return String.join(PATH_SEPARATOR, parts);
  }

  @Override
  public String toString() {
    return list() + "=" + votes() + alliance().map(a -> " [" + a + "]").orElse("");
  }
}
