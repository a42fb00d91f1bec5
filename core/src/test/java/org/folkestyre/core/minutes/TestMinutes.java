package org.folkestyre.core.minutes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.folkestyre.core.InvalidValueException;
import org.folkestyre.core.committee.Role;
import org.folkestyre.core.meeting.Closure;
import org.folkestyre.core.meeting.ClosureGround;
import org.folkestyre.core.meeting.ItemKind;
import org.folkestyre.core.meeting.MeetingState;
import org.folkestyre.core.meeting.RecusalGround;
import org.folkestyre.core.testing.ReferenceData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class TestMinutes {
  private static final Minutes INTERNAL = Minutes.of(MinutesFixtures.record());
  private static final Minutes PUBLIC = INTERNAL.inView(View.PUBLIC);

  private static List<Optional<String>> names(List<MinutesPerson> persons) {
    return persons.stream().map(MinutesPerson::name).toList();
  }

  // --- of(record)

  @Test
  void of_holbaek_hasTheHeaderAndItems119To123() {
    Minutes minutes = Minutes.of(ReferenceData.holbaekMeeting2015());
    assertEquals(View.INTERNAL, minutes.view());
    assertEquals("DK", minutes.jurisdictionId());
    assertEquals("Demokratieksperimentariet", minutes.body());
    assertEquals(Optional.of("lokale 1.D, Kanalstræde 2"), minutes.place());
    assertEquals(MeetingState.HELD, minutes.state());
    assertFalse(minutes.hasAttendance());
    assertEquals(List.of("119", "120", "121", "122", "123"),
        minutes.contents().stream().map(ContentsEntry::number).toList());
    assertEquals(List.of(1, 2, 3, 4, 5), minutes.items().stream().map(MinutesItem::position).toList());
    MinutesItem item120 = minutes.items().get(1);
    assertEquals(Optional.of("15/10481"), item120.caseNumber());
    assertEquals(ItemKind.DISCUSSION, item120.kind());
    assertEquals(2, item120.attachments().size());
  }

  @Test
  void of_internal_holdsEverything() {
    assertEquals(List.of(Optional.of("Kari Nordmann"), Optional.of("Ola Hansen"), Optional.of("Per Persen"),
        Optional.of("Siri Sekretær"), Optional.of("Tor Rådgiver")), names(INTERNAL.present()));
    assertEquals(List.of(Optional.of("Anne Li")), names(INTERNAL.absent()));
    assertEquals(Optional.of("Eva Vara"), INTERNAL.substitutes().get(0).substitute().name());
    MinutesItem closed = INTERNAL.items().get(1);
    assertEquals(Optional.of(MinutesFixtures.CLOSED_TITLE), closed.title());
    assertEquals(Optional.of(MinutesFixtures.CLOSED_DECISION), closed.decision());
    assertFalse(closed.isContentWithheld());
    MinutesItem open = INTERNAL.items().get(0);
    assertEquals(Optional.of(MinutesFixtures.EXEMPT_TITLE), open.attachments().get(1).title());
    assertEquals(Optional.of(MinutesFixtures.RECUSAL_DECISION), open.recusals().get(0).decision());
  }

  @Test
  void members_areThoseWithASeatOtherThanSecretary_andSubstitutes() {
    assertEquals(List.of(true, true, true, false, false),
        INTERNAL.present().stream().map(MinutesPerson::member).toList());
    assertEquals(Optional.of(Role.CHAIR), INTERNAL.present().get(0).role());
    assertEquals(Optional.of("Ap"), INTERNAL.present().get(0).party());
    assertTrue(INTERNAL.substitutes().get(0).substitute().member());
    assertFalse(INTERNAL.items().get(0).recusals().get(1).person().member());
  }

  // --- inView(PUBLIC)

  @Test
  void public_withholdsTheNamesOfPersonsWhoAreNotMembers() {
    assertEquals(List.of(Optional.of("Kari Nordmann"), Optional.of("Ola Hansen"), Optional.of("Per Persen"),
        Optional.empty(), Optional.empty()), names(PUBLIC.present()));
    assertTrue(PUBLIC.present().get(3).role().isEmpty());
    assertEquals(Optional.of("Eva Vara"), PUBLIC.substitutes().get(0).substitute().name());
    MinutesRecusal privateParty = PUBLIC.items().get(0).recusals().get(1);
    assertTrue(privateParty.person().isNameWithheld());
    assertEquals(RecusalGround.NO_FVL_6_1_A, privateParty.ground());
  }

  @Test
  void public_showsARecusalsGroundOnly() {
    MinutesRecusal member = PUBLIC.items().get(0).recusals().get(0);
    assertEquals(Optional.of("Per Persen"), member.person().name());
    assertEquals(RecusalGround.NO_FVL_6_1_C, member.ground());
    assertEquals(Optional.empty(), member.decision());
  }

  @Test
  void public_keepsAnExemptAttachmentsPlaceAndGroundOnly() {
    List<MinutesAttachment> attachments = PUBLIC.items().get(0).attachments();
    assertEquals(Optional.of("Trafikksikkerhetsplan 2015"), attachments.get(0).title());
    MinutesAttachment exempt = attachments.get(1);
    assertTrue(exempt.exempt());
    assertTrue(exempt.isTitleWithheld());
    assertEquals(Optional.empty(), exempt.sha256());
    assertEquals(Optional.empty(), exempt.size());
    assertEquals(Optional.empty(), exempt.mediaType());
    assertEquals(Optional.of("offentleglova § 13"), exempt.exemptionGround());
  }

  @Test
  void public_withholdsTheContentOfAClosedItem_andItsTitleWhenTheGroundRequires() {
    MinutesItem closed = PUBLIC.items().get(1);
    assertTrue(closed.isContentWithheld());
    assertTrue(closed.isTitleWithheld());
    assertEquals("PS 13/15", closed.number());
    assertEquals(Optional.of("2015/120"), closed.caseNumber());
    assertEquals(ItemKind.APPOINTMENT, closed.kind());
    assertEquals(Optional.of(ClosureGround.NO_KL_11_5_2_A), closed.closure().flatMap(Closure::ground));
    assertEquals(Optional.empty(), closed.recommendation());
    assertEquals(Optional.empty(), closed.description());
    assertEquals(Optional.empty(), closed.decision());
    assertEquals(List.of(), closed.votes());
    assertEquals(List.of(), closed.attachments());
    assertEquals(List.of(), closed.recusals());
    MinutesItem negotiation = PUBLIC.items().get(2);
    assertTrue(negotiation.isContentWithheld());
    assertEquals(Optional.of(MinutesFixtures.PUBLIC_CLOSED_TITLE), negotiation.title());
    assertEquals(Optional.empty(), negotiation.decision());
    assertEquals(Optional.empty(), PUBLIC.contents().get(1).title());
    assertTrue(PUBLIC.contents().get(1).closed());
  }

  @Test
  void public_keepsTheOpenItemsContent() {
    MinutesItem open = PUBLIC.items().get(0);
    assertFalse(open.isContentWithheld());
    assertEquals(Optional.of(MinutesFixtures.TITLE_WITH_MARKUP), open.title());
    assertEquals(Optional.of("Planen ble vedtatt."), open.decision());
    assertEquals(3, open.votes().get(0).ballots().size());
    assertEquals(Optional.of("Eva Vara"), open.votes().get(0).ballots().get(2).person().name());
  }

  @ParameterizedTest
  @EnumSource(ClosureGround.class)
  void isTitlePublic_onlyForWeightyPublicInterests(ClosureGround ground) {
    assertEquals(ground == ClosureGround.NO_KL_11_5_3_B, MinutesItem.isTitlePublic(Closure.of(ground, true)));
  }

  @Test
  void isTitlePublic_notWithoutAGround() {
    assertFalse(MinutesItem.isTitlePublic(Closure.withoutGround(true)));
  }

  @Test
  void inView_sameView_returnsTheSameMinutes() {
    assertSame(INTERNAL, INTERNAL.inView(View.INTERNAL));
    assertSame(PUBLIC, PUBLIC.inView(View.PUBLIC));
    assertEquals(PUBLIC, Minutes.of(MinutesFixtures.record(), View.PUBLIC));
  }

  @Test
  void inView_publicToInternal_isRejected() {
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> PUBLIC.inView(View.INTERNAL));
    assertEquals("view", e.field());
  }

  @Test
  void nulls_areRejectedNamingTheParameter() {
    NullPointerException e = assertThrows(NullPointerException.class, () -> Minutes.of(null));
    assertEquals("record", e.getMessage());
    assertThrows(NullPointerException.class, () -> INTERNAL.inView(null));
  }
}
