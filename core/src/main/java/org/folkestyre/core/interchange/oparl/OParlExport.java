package org.folkestyre.core.interchange.oparl;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.common.collect.ImmutableMap;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.folkestyre.core.minutes.View;

/**
 * The result of an OParl export: the whole export as one JSON document, and every object and
 * object list at the URL it names, as an OParl server would serve them.
 *
 * <p>{@link #toJson()} writes one JSON object with the members {@code system} (the System
 * object), {@code body} (an array with the municipality's Body), and one array per kind of object
 * — {@code legislativeTerm}, {@code organization}, {@code person}, {@code membership},
 * {@code meeting}, {@code agendaItem}, {@code file}, {@code location}, {@code paper},
 * {@code consultation} — each holding every object of that kind, embedded ones included. This is
 * the form {@link OParlImporter} reads.
 *
 * <p><b>Needs Jackson:</b> this class uses {@code jackson-databind}, an optional dependency of
 * core. This class is immutable and thread-safe.
 */
public final class OParlExport {
  private final View view;
  private final ObjectNode system;
  private final ObjectNode body;
  private final Map<String, List<ObjectNode>> lists;
  private final OParlUrls urls;

  OParlExport(View view, ObjectNode system, ObjectNode body, Map<String, List<ObjectNode>> lists, OParlUrls urls) {
    this.view = view;
    this.system = system;
    this.body = body;
    this.lists = lists;
    this.urls = urls;
  }

  /**
   * Returns who the export is for.
   *
   * @return the view
   */
  public View view() {
    return view;
  }

  /**
   * Returns the URL of the System object, where a client starts.
   *
   * @return the system's URL, the exporter's base
   */
  public URI systemId() {
    return URI.create(urls.system());
  }

  /**
   * Returns the URL of the municipality's Body.
   *
   * @return the body's URL
   */
  public URI bodyId() {
    return URI.create(urls.body());
  }

  /**
   * Returns how many objects of a kind the export holds.
   *
   * @param list the name of the kind, such as {@code "meeting"} or {@code "agendaItem"}
   * @return the count, 0 for an unknown name
   */
  public int count(String list) {
    return lists.containsKey(list) ? lists.get(list).size() : 0;
  }

  /**
   * Writes the whole export as one pretty-printed JSON document.
   *
   * @return the JSON text
   */
  public String toJson() {
    return write(document());
  }

  /**
   * Returns every document an OParl server would serve for the export: the System, the list of
   * bodies, the Body, each external object list as one page, and every object at its own URL.
   *
   * @return the JSON text of each document, by URL, in a stable order
   */
  public ImmutableMap<URI, String> resources() {
    Map<URI, String> resources = new LinkedHashMap<>();
    resources.put(URI.create(urls.system()), write(system));
    resources.put(URI.create(urls.bodies()), write(page(List.of(body))));
    resources.put(URI.create(urls.body()), write(body));
    for (Map.Entry<String, List<ObjectNode>> list : lists.entrySet()) {
      resources.put(URI.create(urls.list(list.getKey().toLowerCase(Locale.ROOT))), write(page(list.getValue())));
    }
    for (List<ObjectNode> objects : lists.values()) {
      for (ObjectNode object : objects) {
        resources.put(URI.create(object.get("id").asText()), write(object));
      }
    }
    return ImmutableMap.copyOf(resources);
  }

  ObjectNode document() {
    ObjectNode document = JsonNodeFactory.instance.objectNode();
    document.set("system", system);
    document.putArray("body").add(body);
    for (Map.Entry<String, List<ObjectNode>> list : lists.entrySet()) {
      ArrayNode array = document.putArray(list.getKey());
      list.getValue().forEach(array::add);
    }
    return document;
  }

  private static ObjectNode page(List<ObjectNode> objects) {
    ObjectNode page = JsonNodeFactory.instance.objectNode();
    ArrayNode data = page.putArray("data");
    objects.forEach(data::add);
    ObjectNode pagination = page.putObject("pagination");
    pagination.put("totalElements", objects.size());
    pagination.put("elementsPerPage", Math.max(1, objects.size()));
    pagination.put("currentPage", 1);
    pagination.put("totalPages", 1);
    page.putObject("links");
    return page;
  }

  private static String write(JsonNode node) {
    try {
      return Vocabulary.mapper().writeValueAsString(node);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException("cannot write JSON: " + e.getOriginalMessage(), e);
    }
  }

  @Override
  public String toString() {
    return "OParlExport[" + urls.body() + ", " + view + "]";
  }
}
