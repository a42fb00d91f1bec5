package org.folkestyre.core.minutes;

import com.google.common.escape.Escaper;
import com.google.common.html.HtmlEscapers;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.folkestyre.core.InvalidValueException;
import org.folkestyre.core.Language;
import org.folkestyre.core.minutes.MinutesDocument.Block;
import org.folkestyre.core.minutes.MinutesDocument.Bullets;
import org.folkestyre.core.minutes.MinutesDocument.Contents;
import org.folkestyre.core.minutes.MinutesDocument.Field;
import org.folkestyre.core.minutes.MinutesDocument.Fields;
import org.folkestyre.core.minutes.MinutesDocument.Heading;
import org.folkestyre.core.minutes.MinutesDocument.Link;
import org.folkestyre.core.minutes.MinutesDocument.Text;

/**
 * Writes {@link Minutes} as Markdown, as an HTML5 document or as plain text, in bokmål, nynorsk,
 * Danish or English.
 *
 * <p>Every format shows the same things in the same order: a title and the header (body, meeting
 * number, date and time, place, status, version), the attendance, the table of contents, and each
 * item with its case number, kind, closure, attachments, recommendation, description,
 * disqualifications, votes and decision. The renderer first puts the minutes into the view asked
 * for ({@link Minutes#inView(View)}), so it never prints what that view leaves out.
 *
 * <p>Every text from the minutes is escaped for its format: HTML with Guava's
 * {@link HtmlEscapers}, Markdown with backslash escapes of the characters that would start markup
 * (so that {@code <script>} stays text when the Markdown is turned into HTML), and control
 * characters are replaced in all formats. Dates and times are written in the language's own
 * conventions, with {@link Language#locale()} and never the JVM's default locale. Output ends with a
 * line break and uses {@code \n} between lines. This class is thread-safe.
 */
public final class MinutesRenderer {
  /** The width plain text is wrapped at, in characters (code points). */
  public static final int TEXT_WIDTH = 100;

  private static final String MARKDOWN_SPECIAL = "\\`*_[]<>#|~&!";

  /** The formats minutes can be written in. */
  public enum Format {
    /** CommonMark Markdown. */
    MARKDOWN,
    /** A complete HTML5 document in UTF-8. */
    HTML,
    /** Plain text wrapped at {@value MinutesRenderer#TEXT_WIDTH} columns. */
    TEXT
  }

  private MinutesRenderer() {}

  /**
   * Writes minutes in a format.
   *
   * @param minutes the minutes
   * @param format the format
   * @param language the language of the fixed words, dates and times
   * @param view the view to show; public minutes cannot be shown in the internal view
   * @return the document, ending with a line break
   * @throws InvalidValueException if public minutes are asked for in the internal view
   */
  public static String render(Minutes minutes, Format format, Language language, View view) {
    Objects.requireNonNull(format, "format");
    switch (format) {
      case MARKDOWN:
        return markdown(minutes, language, view);
      case HTML:
        return html(minutes, language, view);
      default:
        return text(minutes, language, view);
    }
  }

  /**
   * Writes minutes as CommonMark Markdown: {@code #} headings, the header and the attendance as
   * lists of bold labels, the table of contents as a list, and free texts as paragraphs whose line
   * breaks are kept.
   *
   * @param minutes the minutes
   * @param language the language
   * @param view the view to show
   * @return the Markdown
   * @throws InvalidValueException if public minutes are asked for in the internal view
   */
  public static String markdown(Minutes minutes, Language language, View view) {
    MinutesDocument document = document(minutes, language, view);
    List<String> parts = new ArrayList<>();
    for (Block block : document.blocks()) {
      parts.add(markdown(block));
    }
    return String.join("\n\n", parts) + "\n";
  }

  private static String markdown(Block block) {
    if (block instanceof Heading heading) {
      return "#".repeat(heading.level()) + " " + md(heading.text(), false);
    }
    if (block instanceof Fields fields) {
      List<String> lines = new ArrayList<>();
      for (Field field : fields.fields()) {
        lines.add("- **" + md(field.label(), false) + ":** " + md(field.value(), false));
      }
      return String.join("\n", lines);
    }
    if (block instanceof Text text) {
      List<String> paragraphs = new ArrayList<>();
      for (List<String> paragraph : paragraphs(text.text())) {
        // A backslash at the end of a line is CommonMark's hard line break.
        paragraphs.add(String.join("\\\n", paragraph.stream().map(MinutesRenderer::md).toList()));
      }
      return String.join("\n\n", paragraphs);
    }
    if (block instanceof Bullets bullets) {
      return String.join("\n", bullets.items().stream().map(i -> "- " + md(i)).toList());
    }
    Contents contents = (Contents) block;
    return String.join("\n", contents.links().stream().map(l -> "- " + md(l.text())).toList());
  }

  /**
   * Escapes one line for Markdown: a backslash before every character that starts inline markup or
   * raw HTML, and before a line start that would make a heading, a list, a quote or a rule.
   */
  static String md(String line) {
    return md(line, true);
  }

  /** Escapes one line for Markdown; {@code lineStart} says whether the text starts a block. */
  private static String md(String line, boolean lineStart) {
    String text = line.strip();
    StringBuilder out = new StringBuilder(text.length() + 8);
    text.codePoints().forEach(c -> {
      if (c < 128 && MARKDOWN_SPECIAL.indexOf(c) >= 0) {
        out.append('\\');
      }
      out.appendCodePoint(c);
    });
    if (!lineStart) {
      return out.toString();
    }
    if (out.length() > 0 && "-+=".indexOf(out.charAt(0)) >= 0) {
      out.insert(0, '\\');
    }
    int digits = 0;
    while (digits < out.length() && Character.isDigit(out.charAt(digits)) && out.charAt(digits) < 128) {
      digits++;
    }
    if (digits > 0 && digits < out.length() && (out.charAt(digits) == '.' || out.charAt(digits) == ')')) {
      out.insert(digits, '\\');
    }
    return out.toString();
  }

  /**
   * Writes minutes as a complete HTML5 document: {@code <meta charset="utf-8">}, the language in
   * the {@code lang} attribute, headings, the header and the attendance as definition lists, and a
   * table of contents whose links point at each item's heading ({@code #item-1}, {@code #item-2} …).
   *
   * @param minutes the minutes
   * @param language the language
   * @param view the view to show
   * @return the HTML document
   * @throws InvalidValueException if public minutes are asked for in the internal view
   */
  public static String html(Minutes minutes, Language language, View view) {
    MinutesDocument document = document(minutes, language, view);
    Escaper escaper = HtmlEscapers.htmlEscaper();
    StringBuilder out = new StringBuilder();
    out.append("<!DOCTYPE html>\n")
        .append("<html lang=\"").append(escaper.escape(language.tag())).append("\">\n")
        .append("<head>\n")
        .append("<meta charset=\"utf-8\">\n")
        .append("<title>").append(escaper.escape(document.title() + " – " + document.subtitle())).append("</title>\n")
        .append("</head>\n")
        .append("<body>\n");
    for (Block block : document.blocks()) {
      html(block, escaper, out);
    }
    out.append("</body>\n").append("</html>\n");
    return out.toString();
  }

  private static void html(Block block, Escaper escaper, StringBuilder out) {
    if (block instanceof Heading heading) {
      String tag = "h" + heading.level();
      out.append('<').append(tag);
      heading.anchor().ifPresent(a -> out.append(" id=\"").append(escaper.escape(a)).append('"'));
      out.append('>').append(escaper.escape(heading.text())).append("</").append(tag).append(">\n");
    } else if (block instanceof Fields fields) {
      out.append("<dl>\n");
      for (Field field : fields.fields()) {
        out.append("<dt>").append(escaper.escape(field.label())).append("</dt>\n")
            .append("<dd>").append(escaper.escape(field.value())).append("</dd>\n");
      }
      out.append("</dl>\n");
    } else if (block instanceof Text text) {
      for (List<String> paragraph : paragraphs(text.text())) {
        out.append("<p>")
            .append(String.join("<br>\n", paragraph.stream().map(l -> escaper.escape(l.strip())).toList()))
            .append("</p>\n");
      }
    } else if (block instanceof Bullets bullets) {
      out.append("<ul>\n");
      bullets.items().forEach(i -> out.append("<li>").append(escaper.escape(i)).append("</li>\n"));
      out.append("</ul>\n");
    } else {
      out.append("<nav>\n<ul>\n");
      for (Link link : ((Contents) block).links()) {
        out.append("<li><a href=\"#").append(escaper.escape(link.anchor())).append("\">")
            .append(escaper.escape(link.text())).append("</a></li>\n");
      }
      out.append("</ul>\n</nav>\n");
    }
  }

  /**
   * Writes minutes as plain text wrapped at {@value #TEXT_WIDTH} columns: the title underlined with
   * {@code =}, sections and items with {@code -}, the parts of an item in capitals, labels aligned,
   * and lists with a hanging indent.
   *
   * @param minutes the minutes
   * @param language the language
   * @param view the view to show
   * @return the text
   * @throws InvalidValueException if public minutes are asked for in the internal view
   */
  public static String text(Minutes minutes, Language language, View view) {
    MinutesDocument document = document(minutes, language, view);
    Locale locale = language.locale();
    List<String> parts = new ArrayList<>();
    for (Block block : document.blocks()) {
      parts.add(String.join("\n", text(block, locale)));
    }
    return String.join("\n\n", parts) + "\n";
  }

  private static List<String> text(Block block, Locale locale) {
    List<String> lines = new ArrayList<>();
    if (block instanceof Heading heading) {
      if (heading.level() == 3) {
        lines.addAll(wrap(heading.text().toUpperCase(locale), "", ""));
      } else {
        lines.addAll(wrap(heading.text(), "", ""));
        int width = lines.stream().mapToInt(l -> l.codePointCount(0, l.length())).max().orElse(0);
        lines.add((heading.level() == 1 ? "=" : "-").repeat(width));
      }
    } else if (block instanceof Fields fields) {
      int width = fields.fields().stream().mapToInt(f -> f.label().codePointCount(0, f.label().length())).max()
          .orElse(0) + 1;
      for (Field field : fields.fields()) {
        String label = field.label() + ":";
        String padded = label + " ".repeat(Math.max(0, width - label.codePointCount(0, label.length()))) + " ";
        lines.addAll(wrap(field.value(), padded, " ".repeat(width + 1)));
      }
    } else if (block instanceof Text text) {
      for (List<String> paragraph : paragraphs(text.text())) {
        if (!lines.isEmpty()) {
          lines.add("");
        }
        paragraph.forEach(l -> lines.addAll(wrap(l, "", "")));
      }
    } else if (block instanceof Bullets bullets) {
      bullets.items().forEach(i -> lines.addAll(wrap(i, "- ", "  ")));
    } else {
      ((Contents) block).links().forEach(l -> lines.addAll(wrap(l.text(), "- ", "  ")));
    }
    return lines;
  }

  /**
   * Wraps one line at {@link #TEXT_WIDTH} columns between words; a word longer than a line is cut.
   * The first line starts with {@code first}, the others with {@code rest}.
   */
  static List<String> wrap(String line, String first, String rest) {
    List<String> lines = new ArrayList<>();
    StringBuilder current = new StringBuilder(first);
    int length = first.codePointCount(0, first.length());
    boolean empty = true;
    for (String word : line.strip().split(" +")) {
      if (word.isEmpty()) {
        continue;
      }
      int wordLength = word.codePointCount(0, word.length());
      if (!empty && length + 1 + wordLength > TEXT_WIDTH) {
        lines.add(current.toString());
        current = new StringBuilder(rest);
        length = rest.codePointCount(0, rest.length());
        empty = true;
      }
      while (empty && length + wordLength > TEXT_WIDTH) {
        int room = Math.max(1, TEXT_WIDTH - length);
        int cut = word.offsetByCodePoints(0, room);
        lines.add(current.append(word, 0, cut).toString());
        word = word.substring(cut);
        wordLength -= room;
        current = new StringBuilder(rest);
        length = rest.codePointCount(0, rest.length());
      }
      if (!empty) {
        current.append(' ');
        length++;
      }
      current.append(word);
      length += wordLength;
      empty = false;
    }
    lines.add(current.toString());
    return lines;
  }

  /** Splits a free text into paragraphs at blank lines, each a list of its non-blank lines. */
  private static List<List<String>> paragraphs(String text) {
    List<List<String>> paragraphs = new ArrayList<>();
    List<String> current = new ArrayList<>();
    for (String line : text.split("\n", -1)) {
      if (line.isBlank()) {
        if (!current.isEmpty()) {
          paragraphs.add(current);
          current = new ArrayList<>();
        }
      } else {
        current.add(line.strip());
      }
    }
    if (!current.isEmpty()) {
      paragraphs.add(current);
    }
    return paragraphs;
  }

  private static MinutesDocument document(Minutes minutes, Language language, View view) {
    Objects.requireNonNull(minutes, "minutes");
    Objects.requireNonNull(language, "language");
    Objects.requireNonNull(view, "view");
    return MinutesDocument.of(minutes.inView(view), language);
  }
}
