package org.folkestyre.examples.cli;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.folkestyre.core.Language;
import org.folkestyre.core.governance.RulePack;
import org.folkestyre.core.governance.ValidationReport;
import org.folkestyre.core.governance.Validator;
import org.folkestyre.core.governance.Violation;
import org.folkestyre.core.jurisdiction.Concept;
import org.folkestyre.core.municipality.Municipality;
import org.folkestyre.examples.cli.json.CitationJson;
import org.folkestyre.examples.cli.json.ValidationJson;
import org.folkestyre.examples.cli.json.ViolationJson;

/** Prints a validation report as text or describes it as JSON; shared by {@code validate} and {@code tour}. */
final class Reports {
  private Reports() {}

  /** Describes a report in the JSON shape of {@code folkestyre validate --format json}. */
  static ValidationJson toJson(Municipality municipality, Validator validator, ValidationReport report,
      Language language) {
    List<ViolationJson> violations = new ArrayList<>();
    for (Violation violation : report.violations()) {
      violations.add(new ViolationJson(violation.ruleId(), violation.severity().name(),
          violation.confidence().name(), violation.path(), violation.message(language),
          CitationJson.of(violation.citation()), violation.values()));
    }
    return new ValidationJson(municipality.name(), code(municipality, report), report.asOf().toString(),
        packIds(validator), report.isValid(), report.rulesChecked(), violations);
  }

  /**
   * Joins the report of a municipality's bodies to the municipality's own: the rules checked and
   * the violations follow the municipality's, with the bodies' paths prefixed.
   */
  static ValidationJson merge(ValidationJson municipality, ValidationJson bodies, String prefix) {
    List<String> rules = new ArrayList<>(municipality.rulesChecked());
    rules.addAll(bodies.rulesChecked());
    List<ViolationJson> violations = new ArrayList<>(municipality.violations());
    for (ViolationJson v : bodies.violations()) {
      violations.add(new ViolationJson(v.rule(), v.severity(), v.confidence(), prefix + v.path(), v.message(),
          v.citation(), v.values()));
    }
    return new ValidationJson(municipality.municipality(), municipality.code(), municipality.asOf(),
        municipality.packs(), municipality.valid() && bodies.valid(), rules, violations);
  }

  /** Prints a report as labelled lines followed by one block per violation. */
  static void printText(PrintStream out, Municipality municipality, Validator validator, ValidationReport report,
      Language language) {
    Map<String, String> lines = new LinkedHashMap<>();
    lines.put(Texts.capitalize(municipality.jurisdiction().term(Concept.MUNICIPALITY, language), language),
        municipality.name() + " (" + code(municipality, report) + ")");
    lines.put(Texts.AS_OF.get(language), report.asOf().toString());
    lines.put(Texts.RULE_PACKS.get(language), String.join(", ", packIds(validator)));
    lines.put(Texts.RULES_CHECKED.get(language), String.valueOf(report.rulesChecked().size()));
    lines.put(Texts.RESULT.get(language), Texts.violationCount(report.violations().size(), language));
    printLabelled(out, lines);
    for (Violation violation : report.violations()) {
      out.println();
      out.println(violation.severity() + " " + violation.ruleId()
          + (violation.path().isEmpty() ? "" : " (" + violation.path() + ")"));
      out.println("  " + violation.message(language));
      out.println("  " + Texts.SOURCE.get(language) + ": " + violation.citation() + "; "
          + Texts.CONFIDENCE.get(language).toLowerCase(language.locale()) + ": " + violation.confidence());
    }
  }

  /**
   * Prints "label: value" lines with the values aligned; a value of several lines continues
   * under its first line.
   */
  static void printLabelled(PrintStream out, Map<String, String> lines) {
    int width = lines.keySet().stream().mapToInt(String::length).max().orElse(0) + 1;
    lines.forEach((label, value) -> {
      List<String> parts = value.lines().toList();
      for (int i = 0; i < parts.size(); i++) {
        out.println(pad(i == 0 ? label + ":" : "", width) + " " + parts.get(i));
      }
    });
  }

  static String pad(String text, int width) {
    return text.length() >= width ? text : text + " ".repeat(width - text.length());
  }

  static String padLeft(String text, int width) {
    return text.length() >= width ? text : " ".repeat(width - text.length()) + text;
  }

  static List<String> packIds(Validator validator) {
    return validator.packs().stream().map(RulePack::id).toList();
  }

  /** The code on the validation date, or the latest code if the municipality had none then. */
  private static String code(Municipality municipality, ValidationReport report) {
    return municipality.codeOn(report.asOf()).orElse(municipality.code()).value();
  }
}
