package org.folkestyre.core.internal.rules;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import org.folkestyre.core.governance.Findings;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.folkestyre.core.committee.Committee;
import org.folkestyre.core.committee.CommitteeKind;
import org.folkestyre.core.committee.CommitteeKinds;
import org.folkestyre.core.committee.Gender;
import org.folkestyre.core.committee.Membership;
import org.folkestyre.core.committee.MunicipalBodies;
import org.folkestyre.core.committee.Party;

/** Queries on a municipality's bodies that several committee rules share. */
final class Bodies {
  private Bodies() {}

  /** Visits a committee with its violation path. */
  interface CommitteeVisitor {
    void visit(String path, Committee committee);
  }

  static void forEach(MunicipalBodies bodies, CommitteeKind kind, CommitteeVisitor visitor) {
    for (int i = 0; i < bodies.committees().size(); i++) {
      Committee committee = bodies.committees().get(i);
      if (committee.kind().equals(kind)) {
        visitor.visit("committees[" + i + "]", committee);
      }
    }
  }

  /** Reports each body of the given kinds with fewer than {@code minimum} voting members. */
  static void reportBelow(MunicipalBodies bodies, Findings findings, int minimum, CommitteeKind... kinds) {
    for (CommitteeKind kind : kinds) {
      forEach(bodies, kind, (path, c) -> {
        if (c.size() < minimum) {
          findings.report(path, ImmutableMap.of("committee", c.name(), "size", c.size()));
        }
      });
    }
  }

  static String memberPath(String committeePath, Committee committee, Membership membership) {
    return committeePath + ".memberships[" + committee.memberships().indexOf(membership) + "]";
  }

  /** The council of a jurisdiction's kind, if the bodies include it. */
  static Optional<Committee> council(MunicipalBodies bodies, CommitteeKind councilKind) {
    return bodies.committeesOf(councilKind).stream().findFirst();
  }

  static Optional<Committee> norwegianCouncil(MunicipalBodies bodies) {
    return council(bodies, CommitteeKinds.NO_COUNCIL);
  }

  /** The voting members grouped by party; members without a party form the group "". */
  static Map<String, ImmutableList<Membership>> byParty(ImmutableList<Membership> members) {
    return members.stream().collect(Collectors.groupingBy(
        m -> m.party().map(Party::abbreviation).orElse(""),
        java.util.LinkedHashMap::new,
        ImmutableList.toImmutableList()));
  }

  /**
   * Checks the gender rule of kommuneloven §§ 7-5 to 7-7 for a group of seats: from 4 seats each
   * gender has at least 40 per cent; with 2 or 3 seats both genders are represented.
   *
   * @return empty if the rule is met; otherwise the counts (female, male, unknown)
   */
  static Optional<int[]> genderImbalance(ImmutableList<Membership> seats) {
    int female = count(seats, Gender.FEMALE);
    int male = count(seats, Gender.MALE);
    int unknown = seats.size() - female - male;
    int n = seats.size();
    boolean met;
    if (n >= 4) {
      int required = (int) Math.ceil(0.4 * n - 1e-9);
      met = female >= required && male >= required && unknown == 0;
    } else if (n >= 2) {
      met = female >= 1 && male >= 1;
    } else {
      met = true;
    }
    return met ? Optional.empty() : Optional.of(new int[] {female, male, unknown});
  }

  static int minimumPerGender(int seats) {
    return seats >= 4 ? (int) Math.ceil(0.4 * seats - 1e-9) : seats >= 2 ? 1 : 0;
  }

  private static int count(ImmutableList<Membership> seats, Gender gender) {
    return (int) seats.stream().filter(m -> m.person().gender().equals(Optional.of(gender))).count();
  }
}
