package org.folkestyre.toolkit.method;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.folkestyre.core.InvalidValueException;
import org.folkestyre.core.Language;
import org.folkestyre.core.LocalizedText;

/**
 * Reads and writes participation methods as versioned JSON method files, the format in which
 * vendors and municipalities ship methods of their own.
 *
 * <p>A file is an object with the schema version it follows and a list of methods:
 * <pre>{@code
 * {
 *   "schemaVersion": "1.0.0",
 *   "methods": [ { "id": "vendor.example:street-chat", "names": {"nb": "…", "da": "…", "en": "…"}, … } ]
 * }
 * }</pre>
 * Each method has the fields of {@link ParticipationMethod}, by the same names; enum values are
 * the Java constants' names ({@code "IN_PERSON"}); texts in four languages are objects keyed by
 * language tag, where {@code nn} may be left out and then takes the {@code nb} text; spans are
 * {@code {"min": 1, "max": 2}}; absent optional values and empty lists may be left out. The file's
 * {@code schemaVersion} becomes every method's schema version. The project's documentation on
 * participation methods lists every field.
 *
 * <p>Reading is strict, so that nothing in a file is silently dropped or reinterpreted: malformed
 * JSON (with its line and column), a missing or unknown schema version, a version newer than
 * {@value ParticipationMethod#SCHEMA_VERSION}, an unknown or repeated property, a value of the
 * wrong type, an unknown enum value, an id used twice and a method that cannot be built are all
 * rejected with an {@link InvalidValueException} whose field is the JSON path, such as
 * {@code methods[2].accessibility.supports[0]}. Provenance and status are taken as the file states
 * them. A method that reads but breaks a governance rule is returned; check it with
 * {@link MethodValidation}.
 *
 * <p>This class needs {@code com.fasterxml.jackson.core:jackson-databind}, an optional dependency
 * of the toolkit: add it to use this class. It is thread-safe.
 */
public final class MethodFiles {
  private static final Pattern SEMVER = Pattern.compile("(0|[1-9][0-9]*)\\.(0|[1-9][0-9]*)\\.(0|[1-9][0-9]*)");
  private static final ObjectMapper MAPPER = JsonMapper.builder()
      .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
      .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
      .enable(SerializationFeature.INDENT_OUTPUT)
      .build();
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private MethodFiles() {}

  /**
   * Reads the methods of a method file.
   *
   * @param file the file, in UTF-8
   * @return the methods, in the file's order
   * @throws IOException if the file cannot be read
   * @throws InvalidValueException if the file is not a valid method file; the field names the file
   *     and the JSON path
   */
  public static ImmutableList<ParticipationMethod> read(Path file) throws IOException {
    Objects.requireNonNull(file, "file");
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return read(reader);
    } catch (InvalidValueException e) {
      InvalidValueException located = new InvalidValueException(file.getFileName() + ": " + e.field(), e.value(),
          e.rule());
      located.initCause(e);
      throw located;
    }
  }

  /**
   * Reads the methods of a method file.
   *
   * @param reader the file's text
   * @return the methods, in the file's order
   * @throws IOException if the text cannot be read
   * @throws InvalidValueException if the text is not a valid method file; the field is the JSON
   *     path, such as {@code methods[0].mode}
   */
  public static ImmutableList<ParticipationMethod> read(Reader reader) throws IOException {
    Objects.requireNonNull(reader, "reader");
    JsonNode root;
    try {
      root = MAPPER.readTree(reader);
    } catch (JsonProcessingException e) {
      String where = e.getLocation() == null ? "?"
          : "line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr();
      InvalidValueException error = new InvalidValueException("json", where, "is not valid JSON: "
          + e.getOriginalMessage());
      error.initCause(e);
      throw error;
    }
    if (root == null || root.isMissingNode()) {
      throw new InvalidValueException("json", "", "is empty; a method file is an object with schemaVersion and"
          + " methods");
    }
    return new Node(root, "").file();
  }

  /**
   * Reads the methods of a method file held in a string.
   *
   * @param json the file's text
   * @return the methods, in the file's order
   * @throws InvalidValueException if the text is not a valid method file
   */
  public static ImmutableList<ParticipationMethod> fromJson(String json) {
    Objects.requireNonNull(json, "json");
    try {
      return read(new StringReader(json));
    } catch (IOException e) {
      throw new IllegalStateException("a string reader does not fail", e);
    }
  }

  /**
   * Writes methods as a method file of schema version {@value ParticipationMethod#SCHEMA_VERSION}.
   *
   * @param methods the methods
   * @param writer where to write; not closed
   * @throws IOException if writing fails
   * @throws InvalidValueException if a method follows another schema version
   */
  public static void write(List<ParticipationMethod> methods, Writer writer) throws IOException {
    Objects.requireNonNull(writer, "writer");
    writer.write(toJson(methods));
  }

  /**
   * Writes methods to a method file in UTF-8, replacing it if it exists.
   *
   * @param methods the methods
   * @param file the file
   * @throws IOException if writing fails
   * @throws InvalidValueException if a method follows another schema version
   */
  public static void write(List<ParticipationMethod> methods, Path file) throws IOException {
    Objects.requireNonNull(file, "file");
    Files.writeString(file, toJson(methods), StandardCharsets.UTF_8);
  }

  /**
   * Returns methods as the text of a method file.
   *
   * @param methods the methods
   * @return the JSON text, indented, ending with a line break
   * @throws InvalidValueException if a method follows another schema version
   */
  public static String toJson(List<ParticipationMethod> methods) {
    Objects.requireNonNull(methods, "methods");
    ObjectNode root = NODES.objectNode();
    root.put("schemaVersion", ParticipationMethod.SCHEMA_VERSION);
    ArrayNode list = root.putArray("methods");
    for (int i = 0; i < methods.size(); i++) {
      ParticipationMethod method = methods.get(i);
      if (!method.schemaVersion().equals(ParticipationMethod.SCHEMA_VERSION)) {
        throw new InvalidValueException("methods[" + i + "].schemaVersion", method.schemaVersion(),
            "only schema version " + ParticipationMethod.SCHEMA_VERSION + " can be written");
      }
      list.add(write(method));
    }
    DefaultPrettyPrinter printer = new DefaultPrettyPrinter();
    printer.indentArraysWith(DefaultIndenter.SYSTEM_LINEFEED_INSTANCE);
    StringWriter text = new StringWriter();
    try {
      MAPPER.writer(printer).writeValue(text, root);
    } catch (IOException e) {
      throw new IllegalStateException("cannot write JSON: " + e.getMessage(), e);
    }
    return text.toString().replace("\r\n", "\n") + "\n";
  }

  private static ObjectNode write(ParticipationMethod method) {
    ObjectNode node = NODES.objectNode();
    node.put("id", method.id());
    node.put("version", method.version());
    node.set("names", texts(method.names()));
    node.set("summary", texts(method.summary()));
    if (!method.alternativeNames().isEmpty()) {
      ObjectNode names = node.putObject("alternativeNames");
      for (Language language : method.alternativeNames().keySet()) {
        ArrayNode list = names.putArray(language.tag());
        method.alternativeNames().get(language).forEach(list::add);
      }
    }
    enums(node, "purposes", method.purposes());
    enums(node, "methodTypes", method.methodTypes());
    node.put("iap2Level", method.iap2Level().name());
    method.iap2Range().ifPresent(range -> {
      ObjectNode span = node.putObject("iap2Range");
      span.put("min", range.min().name());
      span.put("max", range.max().name());
    });
    method.norwegianInfluenceLevel().ifPresent(level -> node.put("norwegianInfluenceLevel", level.name()));
    enums(node, "arenas", method.arenas());
    node.put("decisionPower", method.decisionPower().name());
    enums(node, "initiators", method.initiators());
    if (!method.legalReferences().isEmpty()) {
      ArrayNode list = node.putArray("legalReferences");
      for (LegalReference reference : method.legalReferences()) {
        ObjectNode item = list.addObject();
        item.put("jurisdiction", reference.jurisdiction());
        item.put("act", reference.act());
        reference.section().ifPresent(section -> item.put("section", section));
        reference.note().ifPresent(note -> item.put("note", note));
      }
    }
    method.legalStatusNote().ifPresent(note -> node.put("legalStatusNote", note));
    method.openness().ifPresent(value -> node.put("openness", value.name()));
    method.selection().ifPresent(value -> node.put("selection", value.name()));
    enums(node, "recruitment", method.recruitment());
    ObjectNode size = node.putObject("groupSize");
    size.put("min", method.groupSize().min());
    method.groupSize().max().ifPresent(max -> size.put("max", max));
    enums(node, "targetGroups", method.targetGroups());
    method.minimumAge().ifPresent(age -> node.put("minimumAge", age));
    method.maximumAge().ifPresent(age -> node.put("maximumAge", age));
    node.put("mode", method.mode().name());
    enums(node, "interactionTypes", method.interactionTypes());
    method.deliberationType().ifPresent(value -> node.put("deliberationType", value.name()));
    enums(node, "decisionMethods", method.decisionMethods());
    method.facilitation().ifPresent(value -> node.put("facilitation", value.name()));
    enums(node, "learningResources", method.learningResources());
    enums(node, "scopes", method.scopes());
    enums(node, "planningPhases", method.planningPhases());
    enums(node, "outputs", method.outputs());
    ObjectNode duration = node.putObject("duration");
    duration.put("recurrence", method.duration().recurrence().name());
    duration.put("description", method.duration().description());
    method.duration().contactMinutes().ifPresent(span -> duration.set("contactMinutes", span(span)));
    method.duration().sessions().ifPresent(span -> duration.set("sessions", span(span)));
    method.duration().calendarDays().ifPresent(span -> duration.set("calendarDays", span(span)));
    node.put("costClass", method.costClass().name());
    method.staffDays().ifPresent(span -> node.set("staffDays", span(span)));
    method.accessibility().ifPresent(access -> {
      ObjectNode item = node.putObject("accessibility");
      enums(item, "barriers", access.barriers());
      enums(item, "supports", access.supports());
      item.put("languageDependency", access.languageDependency().name());
      item.put("digitalDependency", access.digitalDependency().name());
      item.put("youthSuitability", access.youthSuitability().name());
      access.offlineAlternative().ifPresent(text -> item.put("offlineAlternative", text));
    });
    method.accessibilityNotes().ifPresent(text -> node.put("accessibilityNotes", text));
    if (!method.sources().isEmpty()) {
      ArrayNode list = node.putArray("sources");
      method.sources().forEach(list::add);
    }
    if (!method.references().isEmpty()) {
      ArrayNode list = node.putArray("references");
      for (SourceReference source : method.references()) {
        ObjectNode item = list.addObject();
        item.put("publisher", source.publisher());
        item.put("title", source.title());
        item.put("kind", source.kind().name());
        source.year().ifPresent(year -> item.put("year", year));
        source.url().ifPresent(url -> item.put("url", url));
      }
    }
    method.licence().ifPresent(licence -> node.put("licence", licence));
    node.put("provenance", method.provenance().name());
    node.put("status", method.status().name());
    return node;
  }

  private static ObjectNode texts(LocalizedText text) {
    ObjectNode node = NODES.objectNode();
    for (Language language : Language.values()) {
      node.put(language.tag(), text.get(language));
    }
    return node;
  }

  private static void enums(ObjectNode node, String field, Collection<? extends Enum<?>> values) {
    if (!values.isEmpty()) {
      ArrayNode list = node.putArray(field);
      values.forEach(value -> list.add(value.name()));
    }
  }

  private static ObjectNode span(Span span) {
    ObjectNode node = NODES.objectNode();
    node.put("min", span.min());
    node.put("max", span.max());
    return node;
  }

  /** A JSON node with its path, read with checks that name the path. */
  private static final class Node {
    private final JsonNode json;
    private final String path;
    private final Set<String> used = new HashSet<>();

    Node(JsonNode json, String path) {
      this.json = json;
      this.path = path;
    }

    private String at(String field) {
      return path.isEmpty() ? field : path + "." + field;
    }

    private InvalidValueException error(String field, Object value, String rule) {
      return new InvalidValueException(field, value, rule);
    }

    ImmutableList<ParticipationMethod> file() {
      object();
      String version = text("schemaVersion");
      Matcher semver = SEMVER.matcher(version);
      if (!semver.matches()) {
        throw error("schemaVersion", version, "is not a schema version such as '1.0.0'");
      }
      Matcher current = SEMVER.matcher(ParticipationMethod.SCHEMA_VERSION);
      if (!current.matches()) {
        throw new IllegalStateException(ParticipationMethod.SCHEMA_VERSION);
      }
      if (!semver.group(1).equals(current.group(1))) {
        throw error("schemaVersion", version, "is not a version this library knows; it reads schema version "
            + ParticipationMethod.SCHEMA_VERSION);
      }
      if (compare(semver, current) > 0) {
        throw error("schemaVersion", version, "is newer than the schema version "
            + ParticipationMethod.SCHEMA_VERSION + " this library reads; upgrade Folkestyre");
      }
      List<Node> items = list("methods", true);
      ImmutableList.Builder<ParticipationMethod> methods = ImmutableList.builder();
      Set<String> ids = new HashSet<>();
      for (Node item : items) {
        ParticipationMethod method = item.method(version);
        if (!ids.add(method.id())) {
          throw error(item.at("id"), method.id(), "appears twice in the file");
        }
        methods.add(method);
      }
      done();
      return methods.build();
    }

    private static int compare(Matcher a, Matcher b) {
      for (int group = 1; group <= 3; group++) {
        int order = Long.compare(Long.parseLong(a.group(group)), Long.parseLong(b.group(group)));
        if (order != 0) {
          return order;
        }
      }
      return 0;
    }

    private void object() {
      if (!json.isObject()) {
        throw error(path.isEmpty() ? "json" : path, json.getNodeType().name().toLowerCase(java.util.Locale.ROOT),
            "must be a JSON object");
      }
    }

    /** Rejects the properties no reader asked for: nothing in a file is silently dropped. */
    private void done() {
      Iterator<String> names = json.fieldNames();
      while (names.hasNext()) {
        String name = names.next();
        if (!used.contains(name)) {
          throw error(at(name), name, "is not a property here; known: "
              + used.stream().sorted().collect(Collectors.joining(", ")));
        }
      }
    }

    private Optional<JsonNode> field(String name) {
      used.add(name);
      JsonNode value = json.get(name);
      return value == null || value.isNull() ? Optional.empty() : Optional.of(value);
    }

    private JsonNode required(String name) {
      return field(name).orElseThrow(() -> error(at(name), "", "is required"));
    }

    private String text(String name) {
      JsonNode value = required(name);
      if (!value.isTextual()) {
        throw error(at(name), value, "must be a string");
      }
      return value.asText();
    }

    private Optional<String> optionalText(String name) {
      if (field(name).isEmpty()) {
        return Optional.empty();
      }
      return Optional.of(text(name));
    }

    private int integer(String name) {
      JsonNode value = required(name);
      if (!value.isInt()) {
        throw error(at(name), value, "must be a whole number");
      }
      return value.intValue();
    }

    private OptionalInt optionalInteger(String name) {
      return field(name).isEmpty() ? OptionalInt.empty() : OptionalInt.of(integer(name));
    }

    private Node child(String name) {
      Node node = new Node(required(name), at(name));
      node.object();
      return node;
    }

    private Optional<Node> optionalChild(String name) {
      return field(name).isEmpty() ? Optional.empty() : Optional.of(child(name));
    }

    private List<Node> list(String name, boolean required) {
      Optional<JsonNode> value = required ? Optional.of(required(name)) : field(name);
      if (value.isEmpty()) {
        return List.of();
      }
      if (!value.get().isArray()) {
        throw error(at(name), value.get(), "must be a JSON array");
      }
      ImmutableList.Builder<Node> items = ImmutableList.builder();
      for (int i = 0; i < value.get().size(); i++) {
        items.add(new Node(value.get().get(i), at(name) + "[" + i + "]"));
      }
      return items.build();
    }

    private List<String> texts(String name) {
      return list(name, false).stream().map(item -> {
        if (!item.json.isTextual()) {
          throw error(item.path, item.json, "must be a string");
        }
        return item.json.asText();
      }).toList();
    }

    private static <E extends Enum<E>> E constant(Class<E> type, JsonNode value, String path) {
      if (value.isTextual()) {
        for (E constant : type.getEnumConstants()) {
          if (constant.name().equals(value.asText())) {
            return constant;
          }
        }
      }
      throw new InvalidValueException(path, value.isTextual() ? value.asText() : value,
          "must be one of " + Arrays.stream(type.getEnumConstants()).map(Enum::name)
              .collect(Collectors.joining(", ")));
    }

    private <E extends Enum<E>> E enumValue(String name, Class<E> type) {
      return constant(type, required(name), at(name));
    }

    private <E extends Enum<E>> Optional<E> optionalEnum(String name, Class<E> type) {
      return field(name).map(value -> constant(type, value, at(name)));
    }

    private <E extends Enum<E>> List<E> enums(String name, Class<E> type) {
      return list(name, false).stream().map(item -> constant(type, item.json, item.path)).toList();
    }

    private Span span() {
      Span span = build(() -> Span.of(integer("min"), integer("max")));
      done();
      return span;
    }

    private Optional<Span> optionalSpan(String name) {
      return optionalChild(name).map(Node::span);
    }

    private LocalizedText localized() {
      String nb = text("nb");
      Optional<String> nn = optionalText("nn");
      String da = text("da");
      String en = text("en");
      done();
      return build(() -> LocalizedText.of(nb, nn.orElse(nb), da, en));
    }

    /** Builds a value, naming this node's path in a construction error. */
    private <T> T build(java.util.function.Supplier<T> builder) {
      try {
        return builder.get();
      } catch (InvalidValueException e) {
        InvalidValueException located = new InvalidValueException(relocate(e.field()), e.value(), e.rule());
        located.initCause(e);
        throw located;
      }
    }

    /** Turns the field of a construction error, such as {@code duration.description}, into a JSON path. */
    private String relocate(String field) {
      String segment = path.substring(path.lastIndexOf('.') + 1).replaceAll("\\[[0-9]+]$", "");
      if (field.equals(segment) || field.equals("texts")) {
        return path;
      }
      for (String prefix : List.of(segment + ".", "texts.")) {
        if (field.startsWith(prefix)) {
          return at(field.substring(prefix.length()));
        }
      }
      return at(field);
    }

    private <T> void each(List<Node> items, Function<Node, T> reader, Consumer<T> sink) {
      for (Node item : items) {
        sink.accept(reader.apply(item));
      }
    }

    ParticipationMethod method(String schemaVersion) {
      object();
      ParticipationMethod.Builder builder = ParticipationMethod.builder().schemaVersion(schemaVersion);
      builder.id(text("id"));
      optionalText("version").ifPresent(builder::version);
      builder.names(child("names").localized());
      builder.summary(child("summary").localized());
      optionalChild("alternativeNames").ifPresent(names -> {
        Iterator<Map.Entry<String, JsonNode>> entries = names.json.fields();
        while (entries.hasNext()) {
          String tag = entries.next().getKey();
          Language language = names.build(() -> {
            try {
              return Language.ofTag(tag);
            } catch (InvalidValueException e) {
              throw new InvalidValueException(tag, tag, "is not a language tag: nb, nn, da or en");
            }
          });
          names.texts(tag).forEach(name -> builder.putAlternativeNames(language, name));
        }
        names.done();
      });
      builder.addAllPurposes(enums("purposes", Purpose.class));
      builder.addAllMethodTypes(enums("methodTypes", MethodType.class));
      builder.iap2Level(enumValue("iap2Level", Iap2Level.class));
      optionalChild("iap2Range").ifPresent(range -> {
        Iap2Level min = range.enumValue("min", Iap2Level.class);
        Iap2Level max = range.enumValue("max", Iap2Level.class);
        range.done();
        builder.iap2Range(range.build(() -> Iap2Range.between(min, max)));
      });
      optionalEnum("norwegianInfluenceLevel", NorwegianInfluenceLevel.class)
          .ifPresent(builder::norwegianInfluenceLevel);
      builder.addAllArenas(enums("arenas", Arena.class));
      builder.decisionPower(enumValue("decisionPower", DecisionPower.class));
      builder.addAllInitiators(enums("initiators", Initiator.class));
      each(list("legalReferences", false), item -> {
        item.object();
        LegalReference.Builder reference = LegalReference.builder().jurisdiction(item.text("jurisdiction"))
            .act(item.text("act")).section(item.optionalText("section")).note(item.optionalText("note"));
        item.done();
        return item.build(reference::build);
      }, builder::addLegalReferences);
      optionalText("legalStatusNote").ifPresent(builder::legalStatusNote);
      optionalEnum("openness", Openness.class).ifPresent(builder::openness);
      optionalEnum("selection", Selection.class).ifPresent(builder::selection);
      builder.addAllRecruitment(enums("recruitment", Recruitment.class));
      Node size = child("groupSize");
      int min = size.integer("min");
      OptionalInt max = size.optionalInteger("max");
      size.done();
      builder.groupSize(size.build(() -> max.isPresent() ? GroupSize.between(min, max.getAsInt())
          : GroupSize.atLeast(min)));
      builder.addAllTargetGroups(enums("targetGroups", TargetGroup.class));
      optionalInteger("minimumAge").ifPresent(builder::minimumAge);
      optionalInteger("maximumAge").ifPresent(builder::maximumAge);
      builder.mode(enumValue("mode", Mode.class));
      builder.addAllInteractionTypes(enums("interactionTypes", InteractionType.class));
      optionalEnum("deliberationType", DeliberationType.class).ifPresent(builder::deliberationType);
      builder.addAllDecisionMethods(enums("decisionMethods", DecisionMethod.class));
      optionalEnum("facilitation", Facilitation.class).ifPresent(builder::facilitation);
      builder.addAllLearningResources(enums("learningResources", LearningResource.class));
      builder.addAllScopes(enums("scopes", Scope.class));
      builder.addAllPlanningPhases(enums("planningPhases", PlanningPhase.class));
      builder.addAllOutputs(enums("outputs", MethodOutput.class));
      Node duration = child("duration");
      MethodDuration.Builder time = MethodDuration.builder()
          .recurrence(duration.enumValue("recurrence", Recurrence.class))
          .description(duration.text("description"))
          .contactMinutes(duration.optionalSpan("contactMinutes"))
          .sessions(duration.optionalSpan("sessions"))
          .calendarDays(duration.optionalSpan("calendarDays"));
      duration.done();
      builder.duration(duration.build(time::build));
      builder.costClass(enumValue("costClass", CostClass.class));
      optionalSpan("staffDays").ifPresent(builder::staffDays);
      optionalChild("accessibility").ifPresent(access -> {
        Accessibility.Builder value = Accessibility.builder()
            .addAllBarriers(access.enums("barriers", AccessBarrier.class))
            .addAllSupports(access.enums("supports", AccessSupport.class))
            .languageDependency(access.enumValue("languageDependency", Dependency.class))
            .digitalDependency(access.enumValue("digitalDependency", DigitalDependency.class))
            .youthSuitability(access.enumValue("youthSuitability", YouthSuitability.class))
            .offlineAlternative(access.optionalText("offlineAlternative"));
        access.done();
        builder.accessibility(access.build(value::build));
      });
      optionalText("accessibilityNotes").ifPresent(builder::accessibilityNotes);
      builder.addAllSources(texts("sources"));
      each(list("references", false), item -> {
        item.object();
        SourceReference.Builder source = SourceReference.builder().publisher(item.text("publisher"))
            .title(item.text("title")).kind(item.enumValue("kind", SourceKind.class))
            .url(item.optionalText("url"));
        item.optionalInteger("year").ifPresent(source::year);
        item.done();
        return item.build(source::build);
      }, builder::addReferences);
      optionalText("licence").ifPresent(builder::licence);
      builder.provenance(enumValue("provenance", Provenance.class));
      builder.status(enumValue("status", MethodStatus.class));
      done();
      return build(builder::build);
    }
  }
}
