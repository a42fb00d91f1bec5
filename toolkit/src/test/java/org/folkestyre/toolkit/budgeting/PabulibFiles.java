package org.folkestyre.toolkit.budgeting;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.folkestyre.toolkit.budgeting.pabulib.PabulibReader;

/** The Pabulib instances committed with the project, read once per test run. */
public final class PabulibFiles {
  /** The folder of the instances, relative to the module directory. */
  public static final Path FOLDER = Path.of("..", "data", "pabulib");

  public static final String DIEPPE = "Canada_Stanford_Dataset_PB_Dieppe_2018_vote_approvals.pb";
  public static final String TOULOUSE =
      "France_Toulouse_2022_12_-_Pont_des_Demoiselles_Ormeau_Montaudran_La_Terrasse_Malepere.pb";
  public static final String WILANOW = "Poland_Warszawa_2017_Wilanow_Obszar_II.pb";
  public static final String CAMBRIDGE = "US_Stanford_Dataset_PB_Cambridge_2017_vote_approvals.pb";
  public static final String WROCLAW_2018 = "Poland_Wroclaw_2018.pb";

  private static final Map<String, BudgetingElection> CACHE = new ConcurrentHashMap<>();

  private PabulibFiles() {}

  public static Path path(String name) {
    return FOLDER.resolve(name);
  }

  public static BudgetingElection read(String name) {
    return CACHE.computeIfAbsent(name, n -> PabulibReader.read(path(n)));
  }
}
