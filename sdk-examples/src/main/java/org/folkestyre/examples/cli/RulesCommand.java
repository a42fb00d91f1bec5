package org.folkestyre.examples.cli;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import org.folkestyre.core.Language;
import org.folkestyre.core.governance.Rule;
import org.folkestyre.core.governance.RulePack;
import org.folkestyre.core.governance.RulePacks;
import org.folkestyre.examples.cli.json.CitationJson;
import org.folkestyre.examples.cli.json.RuleJson;
import org.folkestyre.toolkit.governance.ToolkitRulePacks;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.TypeConversionException;

/**
 * {@code folkestyre rules}: every built-in governance rule, each once, with its pack and source:
 * core's packs first, then the toolkit's.
 */
@Command(name = "rules", sortOptions = false,
    description = "Lists every built-in governance rule with its rule pack, severity, confidence, source,"
        + " title and explanation: core's packs first, then the participation toolkit's.")
final class RulesCommand implements Callable<Integer> {
  @ParentCommand
  private FolkestyreCli cli;

  @Option(names = "--pack", paramLabel = "ID", converter = PackConverter.class,
      description = "List only the rules of this pack, such as NO-KL or GRANT-POOL (ignoring case).")
  private RulePack pack;

  @Mixin
  private CommonOptions options;

  /** Returns core's packs, then the toolkit's. */
  static List<RulePack> allPacks() {
    List<RulePack> packs = new ArrayList<>(RulePacks.available());
    packs.addAll(ToolkitRulePacks.available());
    return packs;
  }

  @Override
  public Integer call() {
    Language language = options.language;
    List<RuleJson> rules = new ArrayList<>();
    Set<String> listed = new HashSet<>();
    for (RulePack listedPack : pack == null ? allPacks() : List.of(pack)) {
      for (Rule<?> rule : listedPack.rules()) {
        if (listed.add(rule.id())) {
          rules.add(new RuleJson(rule.id(), listedPack.id(), rule.severity().name(), rule.confidence().name(),
              CitationJson.of(rule.citation()), rule.title().get(language), rule.explanation().get(language)));
        }
      }
    }
    if (options.json()) {
      cli.printJson(rules);
      return FolkestyreCli.EXIT_OK;
    }
    PrintStream out = cli.out();
    for (int i = 0; i < rules.size(); i++) {
      RuleJson rule = rules.get(i);
      if (i > 0) {
        out.println();
      }
      out.println(rule.id() + ": " + rule.title());
      out.println("  " + rule.explanation());
      out.println("  " + Texts.RULE_PACK.get(language) + ": " + rule.pack() + "; "
          + Texts.SEVERITY.get(language) + ": " + rule.severity() + "; "
          + Texts.CONFIDENCE.get(language) + ": " + rule.confidence());
      out.println("  " + Texts.SOURCE.get(language) + ": " + rule.citation().text()
          + (rule.citation().link() == null ? "" : " <" + rule.citation().link() + ">"));
    }
    return FolkestyreCli.EXIT_OK;
  }

  /** Converts {@code --pack}: the id of one of core's or the toolkit's packs, ignoring case. */
  static final class PackConverter implements ITypeConverter<RulePack> {
    @Override
    public RulePack convert(String value) {
      String key = value.strip().toUpperCase(Locale.ROOT);
      List<RulePack> packs = allPacks();
      return packs.stream().filter(p -> p.id().equals(key)).findFirst().orElseThrow(() ->
          new TypeConversionException("is not known; available: "
              + String.join(", ", packs.stream().map(RulePack::id).toList())));
    }
  }
}
