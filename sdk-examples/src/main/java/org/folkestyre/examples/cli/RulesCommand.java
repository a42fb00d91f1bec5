package org.folkestyre.examples.cli;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.folkestyre.core.Language;
import org.folkestyre.core.governance.Rule;
import org.folkestyre.core.governance.RulePack;
import org.folkestyre.core.governance.RulePacks;
import org.folkestyre.examples.cli.json.CitationJson;
import org.folkestyre.examples.cli.json.RuleJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ParentCommand;

/** {@code folkestyre rules}: every built-in governance rule, each once, with its pack and source. */
@Command(name = "rules", sortOptions = false,
    description = "Lists every built-in governance rule with its rule pack, severity, confidence, source,"
        + " title and explanation.")
final class RulesCommand implements Callable<Integer> {
  @ParentCommand
  private FolkestyreCli cli;

  @Mixin
  private CommonOptions options;

  @Override
  public Integer call() {
    Map<String, String> packOf = new LinkedHashMap<>();
    for (RulePack pack : RulePacks.available()) {
      pack.rules().forEach(rule -> packOf.putIfAbsent(rule.id(), pack.id()));
    }
    Language language = options.language;
    List<RuleJson> rules = new ArrayList<>();
    for (Rule<?> rule : RulePacks.allRules()) {
      rules.add(new RuleJson(rule.id(), packOf.get(rule.id()), rule.severity().name(), rule.confidence().name(),
          CitationJson.of(rule.citation()), rule.title().get(language), rule.explanation().get(language)));
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
}
