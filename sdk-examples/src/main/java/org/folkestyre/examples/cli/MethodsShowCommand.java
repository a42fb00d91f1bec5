package org.folkestyre.examples.cli;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.folkestyre.core.Language;
import org.folkestyre.toolkit.method.Accessibility;
import org.folkestyre.toolkit.method.MethodCatalogue;
import org.folkestyre.toolkit.method.MethodDuration;
import org.folkestyre.toolkit.method.ParticipationMethod;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code folkestyre methods show ID}: every field of one built-in participation method. The text
 * labels are the field names of the JSON output; names, summary and alternative names are in the
 * {@code --lang} language, enum values are never translated.
 */
@Command(name = "show", sortOptions = false,
    description = "Shows every field of one built-in participation method.")
final class MethodsShowCommand implements Callable<Integer> {
  private static final int LABEL_WIDTH = 34;

  @ParentCommand
  private MethodsCommand methods;

  @Mixin
  private CommonOptions options;

  @Parameters(index = "0", paramLabel = "ID", description = "The method's id, such as dialogue-meeting.")
  private String id;

  @Override
  public Integer call() {
    ParticipationMethod method = MethodCatalogue.builtIn().find(id).orElseThrow(() -> new UserInputException(
        "unknown method '" + id + "'; 'folkestyre methods' lists the known ids", null));
    FolkestyreCli cli = methods.cli();
    if (options.json()) {
      cli.printJson(MethodsCommand.json(method));
      return FolkestyreCli.EXIT_OK;
    }
    for (String[] line : lines(method, options.language)) {
      cli.out().println(String.format("%-" + LABEL_WIDTH + "s%s", line[0], line[1]).stripTrailing());
    }
    return FolkestyreCli.EXIT_OK;
  }

  private static List<String[]> lines(ParticipationMethod method, Language language) {
    List<String[]> lines = new ArrayList<>();
    add(lines, "id", method.id());
    add(lines, "names", method.name(language));
    add(lines, "summary", method.summary().get(language));
    add(lines, "alternativeNames", String.join("; ", method.alternativeNames().get(language)));
    add(lines, "schemaVersion", method.schemaVersion());
    add(lines, "version", method.version());
    add(lines, "methodTypes", join(method.methodTypes()));
    add(lines, "purposes", join(method.purposes()));
    add(lines, "iap2Level", method.iap2Level().name());
    add(lines, "iap2Range", method.iap2Range().map(range -> range.min() + "–" + range.max()).orElse(""));
    add(lines, "norwegianInfluenceLevel", name(method.norwegianInfluenceLevel()));
    add(lines, "arenas", join(method.arenas()));
    add(lines, "decisionPower", method.decisionPower().name());
    add(lines, "initiators", join(method.initiators()));
    add(lines, "legalReferences", method.legalReferences().stream()
        .map(reference -> reference + reference.note().map(note -> " (" + note + ")").orElse(""))
        .collect(Collectors.joining("; ")));
    add(lines, "legalStatusNote", method.legalStatusNote().orElse(""));
    add(lines, "openness", name(method.openness()));
    add(lines, "selection", name(method.selection()));
    add(lines, "recruitment", join(method.recruitment()));
    add(lines, "groupSize", method.groupSize().toString());
    add(lines, "targetGroups", join(method.targetGroups()));
    add(lines, "minimumAge", method.minimumAge().isPresent() ? Integer.toString(method.minimumAge().getAsInt()) : "");
    add(lines, "maximumAge", method.maximumAge().isPresent() ? Integer.toString(method.maximumAge().getAsInt()) : "");
    add(lines, "mode", method.mode().name());
    add(lines, "interactionTypes", join(method.interactionTypes()));
    add(lines, "deliberationType", name(method.deliberationType()));
    add(lines, "decisionMethods", join(method.decisionMethods()));
    add(lines, "facilitation", name(method.facilitation()));
    add(lines, "learningResources", join(method.learningResources()));
    add(lines, "scopes", join(method.scopes()));
    add(lines, "planningPhases", join(method.planningPhases()));
    add(lines, "outputs", join(method.outputs()));
    MethodDuration duration = method.duration();
    add(lines, "duration", duration.recurrence() + ", " + duration.description());
    add(lines, "duration.contactMinutes", duration.contactMinutes().map(Object::toString).orElse(""));
    add(lines, "duration.sessions", duration.sessions().map(Object::toString).orElse(""));
    add(lines, "duration.calendarDays", duration.calendarDays().map(Object::toString).orElse(""));
    add(lines, "costClass", method.costClass().name());
    add(lines, "staffDays", method.staffDays().map(Object::toString).orElse(""));
    Optional<Accessibility> access = method.accessibility();
    add(lines, "accessibility.barriers", access.map(a -> join(a.barriers())).orElse(""));
    add(lines, "accessibility.supports", access.map(a -> join(a.supports())).orElse(""));
    add(lines, "accessibility.languageDependency", access.map(a -> a.languageDependency().name()).orElse(""));
    add(lines, "accessibility.digitalDependency", access.map(a -> a.digitalDependency().name()).orElse(""));
    add(lines, "accessibility.youthSuitability", access.map(a -> a.youthSuitability().name()).orElse(""));
    add(lines, "accessibility.offlineAlternative", access.flatMap(Accessibility::offlineAlternative).orElse(""));
    add(lines, "accessibilityNotes", method.accessibilityNotes().orElse(""));
    add(lines, "sources", String.join("; ", method.sources()));
    add(lines, "licence", method.licence().orElse(""));
    add(lines, "provenance", method.provenance().name());
    add(lines, "status", method.status().name());
    return lines;
  }

  /** Adds a line unless the value is empty: text output leaves out what the method does not state. */
  private static void add(List<String[]> lines, String label, String value) {
    if (!value.isEmpty()) {
      lines.add(new String[] {label, value});
    }
  }

  private static String join(Collection<? extends Enum<?>> values) {
    return values.stream().map(Enum::name).collect(Collectors.joining(", "));
  }

  private static String name(Optional<? extends Enum<?>> value) {
    return value.map(Enum::name).orElse("");
  }
}
