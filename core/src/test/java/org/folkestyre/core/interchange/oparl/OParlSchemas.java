package org.folkestyre.core.interchange.oparl;

import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.dialect.Dialect;
import com.networknt.schema.dialect.Dialects;
import com.networknt.schema.format.Format;
import com.networknt.schema.keyword.NonValidationKeyword;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The twelve official OParl 1.1 JSON schemas, read at test time from the repository's
 * {@code data/oparl-1.1-schema/} ({@code ../data/oparl-1.1-schema/} from the core module), and
 * validation of every OParl object in a document against the schema of its type.
 *
 * <p>The schemas declare no {@code $schema}; they use the keywords of draft 4 (type, required,
 * properties, items, pattern, format) and a few of their own (references, backreference,
 * cardinality, schema), which a validator ignores. Their format {@code url} is not a standard
 * format, so it is defined here: an absolute http or https URL. Embedded objects are not reached
 * through the schemas (their own keyword {@code schema} links them), so the document is walked and
 * each object with an OParl type is validated on its own.
 */
final class OParlSchemas {
  static final Path FOLDER = Paths.get("..", "data", "oparl-1.1-schema");
  static final String PREFIX = "https://schema.oparl.org/1.1/";
  static final List<String> TYPES = List.of("System", "Body", "LegislativeTerm", "Organization", "Person",
      "Membership", "Meeting", "AgendaItem", "Paper", "Consultation", "File", "Location");

  private static Map<String, Schema> schemas;

  private OParlSchemas() {}

  static synchronized Map<String, Schema> schemas() {
    if (schemas == null) {
      schemas = load();
    }
    return schemas;
  }

  private static Map<String, Schema> load() {
    if (!Files.isDirectory(FOLDER)) {
      fail("The official OParl 1.1 JSON schemas are missing: expected the folder " + FOLDER.toAbsolutePath().normalize()
          + " (data/oparl-1.1-schema in the repository); these tests validate the OParl export against those"
          + " schemas and cannot run without them.");
    }
    Dialect dialect = Dialect.builder(Dialects.getDraft4()).format(new UrlFormat())
        .keyword(new NonValidationKeyword("references")).keyword(new NonValidationKeyword("backreference"))
        .keyword(new NonValidationKeyword("cardinality")).keyword(new NonValidationKeyword("schema")).build();
    SchemaRegistry registry = SchemaRegistry.withDefaultDialect(dialect);
    Map<String, Schema> loaded = new HashMap<>();
    ObjectMapper mapper = new ObjectMapper();
    for (String type : TYPES) {
      Path file = FOLDER.resolve(type + ".json");
      try {
        loaded.put(PREFIX + type, registry.getSchema(mapper.readTree(file.toFile())));
      } catch (IOException e) {
        fail("Cannot read the OParl schema " + file.toAbsolutePath().normalize() + ": " + e.getMessage(), e);
      }
    }
    return loaded;
  }

  /** Validates one object against the schema of its type, returning the errors. */
  static List<String> validate(JsonNode object) {
    String type = object.path("type").asText();
    Schema schema = schemas().get(type);
    if (schema == null) {
      return List.of("unknown OParl type '" + type + "'");
    }
    List<String> errors = new ArrayList<>();
    for (Error error : schema.validate(object)) {
      errors.add(object.path("id").asText() + " (" + type.substring(PREFIX.length()) + "): " + error);
    }
    return errors;
  }

  /** Validates every object in a document that has an OParl type, embedded ones included; returns how many. */
  static int assertAllValid(JsonNode document) {
    List<String> errors = new ArrayList<>();
    int[] count = {0};
    walk(document, node -> {
      count[0]++;
      errors.addAll(validate(node));
    });
    if (!errors.isEmpty()) {
      fail(errors.size() + " schema errors, such as:\n" + String.join("\n", errors.subList(0, Math.min(20, errors.size()))));
    }
    return count[0];
  }

  static void walk(JsonNode node, java.util.function.Consumer<JsonNode> visitor) {
    if (node.isObject()) {
      if (node.path("type").isTextual() && node.path("type").asText().startsWith(PREFIX)) {
        visitor.accept(node);
      }
      node.elements().forEachRemaining(child -> walk(child, visitor));
    } else if (node.isArray()) {
      node.elements().forEachRemaining(child -> walk(child, visitor));
    }
  }

  /** OParl's format {@code url}: an absolute http or https URL. */
  static final class UrlFormat implements Format {
    @Override
    public String getName() {
      return "url";
    }

    @Override
    public boolean matches(com.networknt.schema.ExecutionContext context, String value) {
      try {
        URI uri = new URI(value);
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        return uri.isAbsolute() && (scheme.equals("http") || scheme.equals("https")) && uri.getRawAuthority() != null;
      } catch (URISyntaxException e) {
        return false;
      }
    }
  }
}
