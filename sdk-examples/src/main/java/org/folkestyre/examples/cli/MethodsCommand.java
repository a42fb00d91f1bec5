package org.folkestyre.examples.cli;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.folkestyre.core.Language;
import org.folkestyre.core.LocalizedText;
import org.folkestyre.examples.cli.json.MethodJson;
import org.folkestyre.toolkit.method.MethodCatalogue;
import org.folkestyre.toolkit.method.ParticipationMethod;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ParentCommand;

/** {@code folkestyre methods}: the built-in catalogue of participation methods, in catalogue order. */
@Command(name = "methods", sortOptions = false,
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

  private static MethodJson json(ParticipationMethod method) {
    return new MethodJson(method.id(), byTag(method.names()), byTag(method.summary()), method.iap2Level().name(),
        method.decisionPower().name(), method.arenas().stream().map(Enum::name).toList(), method.mode().name(),
        method.groupSize().toString(), method.costClass().name());
  }

  private static Map<String, String> byTag(LocalizedText text) {
    Map<String, String> byTag = new LinkedHashMap<>();
    for (Language language : Language.values()) {
      byTag.put(language.tag(), text.get(language));
    }
    return byTag;
  }
}
