package org.folkestyre.examples.bench;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.folkestyre.core.consultation.Channel;
import org.folkestyre.core.consultation.Consultation;
import org.folkestyre.core.consultation.ConsultationKind;
import org.folkestyre.core.consultation.ConsultationState;
import org.folkestyre.core.consultation.ConsultationSummary;
import org.folkestyre.core.consultation.Disposition;
import org.folkestyre.core.consultation.DispositionOutcome;
import org.folkestyre.core.consultation.RespondentKind;
import org.folkestyre.core.consultation.Submission;
import org.folkestyre.core.jurisdiction.Jurisdiction;
import org.folkestyre.examples.DrammenConsultation;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * How long it takes to summarise a consultation of 100,000 submissions: counts per district,
 * channel, respondent and disposition, campaign detection over every text, and the changes made.
 *
 * <p>The submissions are drawn once from a fixed seed: 10 districts, 4 channels, texts from 2,000
 * distinct sentences plus three campaigns of near-identical letters, and a disposition for each.
 * Run it with
 * {@code java -cp sdk-examples/target/folkestyre.jar org.openjdk.jmh.Main ConsultationSummaryBenchmark -f 1 -wi 3 -i 5}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgs = "-Xmx2g")
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class ConsultationSummaryBenchmark {
  /** The number of submissions. */
  public static final int SUBMISSIONS = 100_000;

  private static final String[] WORDS = {
    "sykkelvei", "skole", "barnehage", "møteplass", "kollektivtilbud", "park", "eldre", "ungdom", "bibliotek",
    "idrettshall", "gangvei", "belysning", "klima", "elva", "skog", "boliger", "parkering", "sentrum", "buss",
    "universell", "utforming", "trafikksikkerhet", "lekeplass", "frivillighet", "kultur"
  };
  private static final Channel[] CHANNELS = {
    Channel.DIALOGUE_MEETING, Channel.ONLINE_MEETING, Channel.PODCAST, Channel.DIGITAL_FORM
  };

  private Consultation consultation;

  /** Creates the benchmark state; JMH calls {@link #setUp()} before measuring. */
  public ConsultationSummaryBenchmark() {}

  /**
   * Returns the number of submissions of the benchmarked consultation.
   *
   * @return the submissions
   */
  public int submissions() {
    return consultation.submissions().size();
  }

  /** Builds the consultation with its submissions and dispositions. */
  @Setup
  public void setUp() {
    SplittableRandom random = new SplittableRandom(100_000L);
    List<String> sentences = new ArrayList<>();
    for (int i = 0; i < 2_000; i++) {
      StringBuilder sentence = new StringBuilder("Vi ønsker");
      for (int w = 0; w < 8; w++) {
        sentence.append(' ').append(WORDS[random.nextInt(WORDS.length)]);
      }
      sentences.add(sentence.append(" nr ").append(i).append('.').toString());
    }
    String[] campaigns = {
      "Vi som bor ved elva ber kommunen bevare skogen mellom skolen og idrettsbanen for barna og de eldre.",
      "Foreningen krever bedre bussforbindelse til sentrum for alle som bor i kommunedelen, også om kvelden.",
      "Ungdommene ber om et tak over hodet på kveldstid, et sted å være med lys, varme og voksne til stede."
    };
    Jurisdiction norway = Jurisdiction.norway();
    Consultation open = Consultation.builder().id("benchmark").subject("Kommuneplanens samfunnsdel")
        .jurisdiction(norway).kind(ConsultationKind.NO_KOMMUNEPLAN).opens(DrammenConsultation.OPENS)
        .closes(DrammenConsultation.OPENS.plusWeeks(8)).addChannels(CHANNELS).build()
        .moveTo(ConsultationState.OPEN, DrammenConsultation.CLOCK);
    List<Submission> submissions = new ArrayList<>(SUBMISSIONS);
    List<Disposition> dispositions = new ArrayList<>(SUBMISSIONS);
    RespondentKind[] respondents = RespondentKind.values();
    DispositionOutcome[] outcomes = DispositionOutcome.values();
    Instant received = Instant.parse("2021-09-10T10:00:00Z");
    for (int i = 0; i < SUBMISSIONS; i++) {
      String text = random.nextInt(10) == 0 ? campaigns[random.nextInt(campaigns.length)]
          : sentences.get(random.nextInt(sentences.size()));
      String id = "S" + i;
      submissions.add(Submission.builder().id(id).respondent(respondents[random.nextInt(respondents.length)])
          .channel(CHANNELS[random.nextInt(CHANNELS.length)]).district("Kommunedel " + (1 + random.nextInt(10)))
          .received(received.plusSeconds(i)).text(text).build());
      DispositionOutcome outcome = outcomes[random.nextInt(outcomes.length)];
      boolean changed = outcome == DispositionOutcome.ADOPTED || outcome == DispositionOutcome.PARTLY_ADOPTED;
      dispositions.add(Disposition.of(id, outcome, "Vurdert.", changed
          ? List.of("Endring " + random.nextInt(50)) : List.of()));
    }
    consultation = open.receiveAll(submissions).disposeAll(dispositions);
  }

  /**
   * Summarises the consultation.
   *
   * @return the summary, so that JMH keeps the work
   */
  @Benchmark
  public ConsultationSummary summarise() {
    return ConsultationSummary.of(consultation);
  }
}
