package org.folkestyre.core.election;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.folkestyre.core.InvalidValueException;
import org.folkestyre.core.internal.Names;
import org.immutables.value.Value;

/**
 * The alliances of an election, derived from the lists' alliance paths — valgforbund and
 * listeforbund (DK, kommunal- og regionalvalgloven § 39).
 *
 * <p>The first stage of an allocation is among the {@link #topLevel() top-level units}:
 * stand-alone lists and top-level alliances (a valgforbund, or a listeforbund outside any
 * valgforbund). Each alliance's seats are then divided among its {@link #members(String) members}:
 * lists and, inside a valgforbund, listeforbund. A top-level alliance may hold lists and
 * listeforbund side by side; the law's two kinds of alliance need no separate labels, since both
 * are allocated the same way.
 *
 * <p>{@link #of(List)} rejects, with an {@link InvalidValueException}:
 * <ul>
 *   <li>an empty election, and two lists whose names differ only in case;</li>
 *   <li>a name used both for a list and for an alliance;</li>
 *   <li>an alliance name used at both levels ({@code LF2} and {@code VF1/LF2}, or {@code VF1/VF1});</li>
 *   <li>a listeforbund inside two valgforbund ({@code VF1/LF2} and {@code VF3/LF2});</li>
 *   <li>one alliance spelled in two ways that differ only in case.</li>
 * </ul>
 * This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class AllianceStructure {
  AllianceStructure() {}

  /**
   * Returns the names of the lists, in the order they were given.
   *
   * @return the list names
   */
  public abstract ImmutableList<String> lists();

  /**
   * Returns the units of the first stage, stand-alone lists and top-level alliances, in order of
   * first appearance.
   *
   * @return the unit names
   */
  public abstract ImmutableList<String> topLevel();

  /**
   * Returns every alliance with its members: each top-level alliance in order of first appearance,
   * followed at once by the listeforbund inside it. ({@link SeatAllocator} runs the stages in order
   * of name instead, so that its result does not depend on the order of the input.)
   *
   * @return the members of each alliance, in order of first appearance
   */
  public abstract ImmutableMap<String, ImmutableList<String>> alliances();

  /**
   * Derives and validates the alliance structure of an election.
   *
   * @param votes the lists of the election, at least one
   * @return the structure; with no alliances, every list is a top-level unit
   * @throws InvalidValueException if the lists are empty, a name is duplicated, or the paths
   *     contradict each other (see the class description)
   */
  public static AllianceStructure of(List<ListVotes> votes) {
    Objects.requireNonNull(votes, "votes");
    if (votes.isEmpty()) {
      throw new InvalidValueException("votes", "[]", "must hold at least one list");
    }
    Map<String, String> listByKey = new LinkedHashMap<>();
    for (ListVotes list : votes) {
      Objects.requireNonNull(list, "votes[]");
      String previous = listByKey.putIfAbsent(Names.key(list.list()), list.list());
      if (previous != null) {
        throw new InvalidValueException("list", list.list(), previous.equals(list.list())
            ? "appears twice; list names must be unique"
            : "and '" + previous + "' differ only in case; list names must be unique ignoring case");
      }
    }
    Map<String, String> allianceByKey = new HashMap<>();
    Map<String, String> parentOf = new HashMap<>();
    Set<String> topAlliances = new LinkedHashSet<>();
    Set<String> topLevel = new LinkedHashSet<>();
    Map<String, Set<String>> members = new LinkedHashMap<>();
    for (ListVotes list : votes) {
      ImmutableList<String> path = list.alliancePath();
      if (path.isEmpty()) {
        topLevel.add(list.list());
        continue;
      }
      String path0 = list.alliance().orElseThrow();
      for (String name : path) {
        checkName(name, path0, listByKey, allianceByKey);
      }
      String top = path.get(0);
      if (parentOf.containsKey(top)) {
        throw twoLevels(path0, top, parentOf.get(top));
      }
      topAlliances.add(top);
      topLevel.add(top);
      if (path.size() == 1) {
        members.computeIfAbsent(top, k -> new LinkedHashSet<>()).add(list.list());
        continue;
      }
      String inner = path.get(1);
      if (topAlliances.contains(inner)) {
        throw twoLevels(path0, inner, top);
      }
      String parent = parentOf.putIfAbsent(inner, top);
      if (parent != null && !parent.equals(top)) {
        throw new InvalidValueException("alliance", path0, "puts listeforbund '" + inner
            + "' inside both '" + parent + "' and '" + top + "'; a listeforbund belongs to at most one valgforbund");
      }
      members.computeIfAbsent(top, k -> new LinkedHashSet<>()).add(inner);
      members.computeIfAbsent(inner, k -> new LinkedHashSet<>()).add(list.list());
    }
    ImmutableMap.Builder<String, ImmutableList<String>> alliances = ImmutableMap.builder();
    for (String unit : topLevel) {
      if (members.containsKey(unit)) {
        alliances.put(unit, ImmutableList.copyOf(members.get(unit)));
        for (String member : members.get(unit)) {
          if (members.containsKey(member)) {
            alliances.put(member, ImmutableList.copyOf(members.get(member)));
          }
        }
      }
    }
    return ImmutableAllianceStructure.builder()
        .lists(listByKey.values())
        .topLevel(topLevel)
        .alliances(alliances.build())
        .build();
  }

  /**
   * Returns whether any list is part of an alliance.
   *
   * @return true if there is at least one alliance
   */
  public boolean hasAlliances() {
    return !alliances().isEmpty();
  }

  /**
   * Returns whether a name is the name of an alliance.
   *
   * @param name a name
   * @return true if it names an alliance, false if it names a list or nothing
   */
  public boolean isAlliance(String name) {
    return alliances().containsKey(name);
  }

  /**
   * Returns the members of an alliance: lists and, inside a valgforbund, listeforbund.
   *
   * @param name the alliance name
   * @return the members in order of first appearance; empty if the name is not an alliance
   */
  public ImmutableList<String> members(String name) {
    return alliances().getOrDefault(name, ImmutableList.of());
  }

  private static void checkName(
      String name, String path, Map<String, String> listByKey, Map<String, String> allianceByKey) {
    String key = Names.key(name);
    if (listByKey.containsKey(key)) {
      throw new InvalidValueException("alliance", path,
          "uses '" + name + "', which is also the name of a list; alliances and lists need different names");
    }
    String spelled = allianceByKey.putIfAbsent(key, name);
    if (spelled != null && !spelled.equals(name)) {
      throw new InvalidValueException("alliance", path,
          "spells '" + name + "' elsewhere written '" + spelled + "'; spell an alliance the same way every time");
    }
  }

  private static InvalidValueException twoLevels(String path, String name, String parent) {
    return new InvalidValueException("alliance", path, "uses '" + name
        + "' at two levels: as a top-level alliance and as a listeforbund inside '" + parent
        + "'; an alliance has one place in the structure");
  }
}
