package org.folkestyre.toolkit.budgeting.pabulib;

import com.google.common.collect.ImmutableMap;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The voters' attribute maps, one instance per distinct combination of values: in a large file
 * many voters share their sex, voting method or neighbourhood, and an immutable map can be shared.
 */
final class AttributeMaps {
  private final String[] keys;
  private final Map<Values, ImmutableMap<String, String>> maps = new HashMap<>();
  private final Values probe = new Values(null);

  /**
   * @param names the column names, by column
   * @param columns the attribute columns, in the order of the maps' entries
   */
  AttributeMaps(String[] names, List<Integer> columns) {
    keys = new String[columns.size()];
    for (int i = 0; i < keys.length; i++) {
      keys[i] = names[columns.get(i)];
    }
  }

  /**
   * Returns the map of these values, one per attribute column, null where a value is missing.
   *
   * @param values the values; not kept
   * @return the map, in column order, without the missing values
   */
  ImmutableMap<String, String> of(String[] values) {
    if (keys.length == 0) {
      return ImmutableMap.of();
    }
    probe.values = values;
    ImmutableMap<String, String> map = maps.get(probe);
    if (map == null) {
      ImmutableMap.Builder<String, String> builder = ImmutableMap.builderWithExpectedSize(keys.length);
      for (int i = 0; i < keys.length; i++) {
        if (values[i] != null) {
          builder.put(keys[i], values[i]);
        }
      }
      map = builder.buildOrThrow();
      if (maps.size() < PabulibReader.SHARED_LIMIT) {
        maps.put(new Values(values.clone()), map);
      }
    }
    return map;
  }

  /** A combination of values, compared by content. */
  private static final class Values {
    private String[] values;

    Values(String[] values) {
      this.values = values;
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof Values v && Arrays.equals(values, v.values);
    }

    @Override
    public int hashCode() {
      return Arrays.hashCode(values);
    }
  }
}
