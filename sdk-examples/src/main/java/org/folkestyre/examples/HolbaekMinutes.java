package org.folkestyre.examples;

import org.folkestyre.core.Language;
import org.folkestyre.core.meeting.MeetingRecord;
import org.folkestyre.core.minutes.Minutes;
import org.folkestyre.core.minutes.MinutesRenderer;
import org.folkestyre.core.minutes.View;
import org.folkestyre.core.testing.ReferenceData;

/**
 * The minutes of Holbæk's Demokratieksperimentarium on 24 March 2015 — items 119 to 123 — printed
 * as Danish Markdown in the public view: the example of docs/minutes.md.
 *
 * <p>The region between the {@code tag::minutes[]} and {@code end::minutes[]} comments is the
 * first Java block of docs/minutes.md, word for word; a test keeps the two equal and another runs
 * this class and checks what it prints.
 */
public final class HolbaekMinutes {
  private HolbaekMinutes() {}

  /**
   * Prints the minutes to standard output.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    // tag::minutes[]
    MeetingRecord record = ReferenceData.holbaekMeeting2015();          // items 119–123
    Minutes minutes = Minutes.of(record, View.PUBLIC);
    String markdown = MinutesRenderer.markdown(minutes, Language.DA, View.PUBLIC);
    System.out.print(markdown);
    // end::minutes[]
  }
}
