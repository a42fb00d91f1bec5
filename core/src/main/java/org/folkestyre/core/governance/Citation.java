package org.folkestyre.core.governance;

import java.net.URI;
import java.util.Optional;
import org.folkestyre.core.internal.Names;
import org.immutables.value.Value;

/**
 * The source a rule rests on: a section of an act (a legal reference) or a municipality's own
 * decision (a local-policy source).
 *
 * <p>Examples: {@code kommuneloven § 5-5 andre ledd (LOV-2018-06-22-83)}, or
 * {@code Drammen kommune, fellesnemnda: nærdemokratiordning (2019)}. This class is immutable and
 * thread-safe.
 */
@Value.Immutable
public abstract class Citation {
  Citation() {}

  /** Whether a citation refers to law or to a local decision. */
  public enum Kind {
    /** An act of parliament or a regulation. */
    LAW,
    /** A decision a municipality (or one of its bodies) has adopted for itself. */
    LOCAL_POLICY,
    /** Guidance or research that is not binding, such as the OECD's principles for deliberative processes. */
    GUIDANCE
  }

  /**
   * Returns whether this is law or local policy.
   *
   * @return the kind
   */
  public abstract Kind kind();

  /**
   * Returns the source's short title: the act's name, or the authority that decided.
   *
   * @return the title, such as {@code "kommuneloven"}
   */
  public abstract String source();

  /**
   * Returns the official identifier of the act or decision, if it has one.
   *
   * @return the identifier, such as {@code "LOV-2018-06-22-83"}
   */
  public abstract Optional<String> identifier();

  /**
   * Returns the section, or the name of the decision for local policy.
   *
   * @return the section, such as {@code "§ 5-5"}
   */
  public abstract String section();

  /**
   * Returns the paragraph (ledd/stk.) within the section, if narrower than the section.
   *
   * @return the paragraph, such as {@code "andre ledd"}
   */
  public abstract Optional<String> paragraph();

  /**
   * Returns a link to the text of the source.
   *
   * @return the link, if known
   */
  public abstract Optional<URI> link();

  /**
   * Obtains a reference to a section of an act.
   *
   * @param act the act's short name, such as {@code "kommuneloven"}
   * @param identifier the official identifier, such as {@code "LOV-2018-06-22-83"}
   * @param section the section, such as {@code "§ 5-5"}
   * @param paragraph the paragraph, such as {@code "andre ledd"}, or an empty string for the whole section
   * @param link a link to the act's text
   * @return the citation
   */
  public static Citation law(String act, String identifier, String section, String paragraph, URI link) {
    Builder builder = builder().kind(Kind.LAW).source(act).identifier(identifier).section(section).link(link);
    if (!paragraph.isBlank()) {
      builder.paragraph(paragraph);
    }
    return builder.build();
  }

  /**
   * Obtains a reference to a municipality's own decision.
   *
   * @param authority the deciding authority, such as {@code "Drammen kommune, fellesnemnda"}
   * @param decision the decision's name and date, such as {@code "nærdemokratiordning (2019)"}
   * @return the citation
   */
  public static Citation localPolicy(String authority, String decision) {
    return builder().kind(Kind.LOCAL_POLICY).source(authority).section(decision).build();
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
  void check() {
    Names.normalize("citation.source", source());
    Names.normalize("citation.section", section());
  }

  /**
   * Returns the citation as one line, such as {@code kommuneloven § 5-5 andre ledd (LOV-2018-06-22-83)}.
   *
   * @return the citation text
   */
  @Override
  public String toString() {
    StringBuilder text = new StringBuilder(source());
    text.append(kind() == Kind.LAW ? " " : ": ").append(section());
    paragraph().ifPresent(p -> text.append(' ').append(p));
    identifier().ifPresent(id -> text.append(" (").append(id).append(')'));
    return text.toString();
  }

  /** Builds a {@link Citation}: kind, source and section are required. */
  public static final class Builder extends ImmutableCitation.Builder {
    Builder() {}
  }
}
