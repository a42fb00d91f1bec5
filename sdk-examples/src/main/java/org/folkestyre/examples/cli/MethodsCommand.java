package org.folkestyre.examples.cli;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.Callable;
import org.folkestyre.core.Language;
import org.folkestyre.core.LocalizedText;
import org.folkestyre.examples.cli.json.MethodJson;
import org.folkestyre.toolkit.method.MethodCatalogue;
import org.folkestyre.toolkit.method.MethodDuration;
import org.folkestyre.toolkit.method.ParticipationMethod;
import org.folkestyre.toolkit.method.Span;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ParentCommand;

/** {@code folkestyre methods}: the built-in catalogue of participation methods, in catalogue order. */
@Command(name = "methods", sortOptions = false, subcommands = MethodsRecommendCommand.class,
    description = "Lists the built-in participation methods with their IAP2 level, mode and cost class.")
final class MethodsCommand implements Callable<Integer> {
  private static final LocalizedText ID = LocalizedText.ofAll("Id");
  private static final LocalizedText NAME = LocalizedText.of("Navn", "Namn", "Navn", "Name");
  private static final LocalizedText LEVEL = LocalizedText.of("IAP2-nivå", "IAP2-nivå", "IAP2-niveau", "IAP2 level");
  private static final LocalizedText MODE = LocalizedText.of("Form", "Form", "Form", "Mode");
  private static final LocalizedText COST = LocalizedText.of("Kostnad", "Kostnad", "Omkostning", "Cost");

  @ParentCommand
  private FolkestyreCli cli;

  @Mixin
  private CommonOptions options;

  @Override
  public Integer call() {
    List<ParticipationMethod> methods = MethodCatalogue.builtIn().methods();
    if (options.json()) {
      cli.printJson(methods.stream().map(MethodsCommand::json).toList());
      return FolkestyreCli.EXIT_OK;
    }
    Language language = options.language;
    Table table = new Table(new Column(ID.get(language), false, 30), new Column(NAME.get(language), false, 40),
        new Column(LEVEL.get(language), false, 12), new Column(MODE.get(language), false, 10),
        new Column(COST.get(language), false, 8));
    for (ParticipationMethod method : methods) {
      table.add(method.id(), method.name(language), method.iap2Level().name(), method.mode().name(),
          method.costClass().name());
    }
    table.print(cli.out());
    return FolkestyreCli.EXIT_OK;
  }

  static MethodJson json(ParticipationMethod method) {
    Map<String, List<String>> alternativeNames = new LinkedHashMap<>();
    for (Language language : method.alternativeNames().keySet()) {
      alternativeNames.put(language.tag(), method.alternativeNames().get(language));
    }
    MethodDuration duration = method.duration();
    return new MethodJson(method.id(), byTag(method.names()), byTag(method.summary()), method.iap2Level().name(),
        method.decisionPower().name(), names(method.arenas()), method.mode().name(),
        method.groupSize().toString(), method.costClass().name(),
        method.schemaVersion(), method.version(), alternativeNames, names(method.methodTypes()),
        names(method.purposes()),
        method.iap2Range().map(range -> new MethodJson.RangeJson(range.min().name(), range.max().name())).orElse(null),
        name(method.norwegianInfluenceLevel()), names(method.initiators()),
        method.legalReferences().stream().map(reference -> new MethodJson.LegalReferenceJson(
            reference.jurisdiction(), reference.act(), reference.section(), reference.note().orElse(null))).toList(),
        method.legalStatusNote().orElse(null), name(method.openness()), name(method.selection()),
        names(method.recruitment()), integer(method.minimumAge()), integer(method.maximumAge()),
        names(method.targetGroups()), names(method.interactionTypes()), name(method.deliberationType()),
        names(method.decisionMethods()), name(method.facilitation()), names(method.learningResources()),
        names(method.scopes()), names(method.planningPhases()), names(method.outputs()),
        new MethodJson.DurationJson(duration.recurrence().name(), duration.description(),
            span(duration.contactMinutes()), span(duration.sessions()), span(duration.calendarDays())),
        span(method.staffDays()),
        method.accessibility().map(access -> new MethodJson.AccessibilityJson(names(access.barriers()),
            names(access.supports()), access.languageDependency().name(), access.digitalDependency().name(),
            access.youthSuitability().name(), access.offlineAlternative().orElse(null))).orElse(null),
        method.accessibilityNotes().orElse(null), method.sources(),
        method.references().stream().map(source -> new MethodJson.SourceJson(source.publisher(), source.title(),
            source.kind().name(), integer(source.year()), source.url().orElse(null))).toList(),
        method.licence().orElse(null), method.provenance().name(), method.status().name());
  }

  private static List<String> names(Collection<? extends Enum<?>> values) {
    return values.stream().map(Enum::name).toList();
  }

  private static String name(Optional<? extends Enum<?>> value) {
    return value.map(Enum::name).orElse(null);
  }

  private static Integer integer(OptionalInt value) {
    return value.isPresent() ? value.getAsInt() : null;
  }

  private static MethodJson.SpanJson span(Optional<Span> span) {
    return span.map(value -> new MethodJson.SpanJson(value.min(), value.max())).orElse(null);
  }

  private static Map<String, String> byTag(LocalizedText text) {
    Map<String, String> byTag = new LinkedHashMap<>();
    for (Language language : Language.values()) {
      byTag.put(language.tag(), text.get(language));
    }
    return byTag;
  }
}
