package org.folkestyre.examples.cli.json;

import java.util.List;
import java.util.Map;

/**
 * A participation method as {@code folkestyre methods --format json} lists it.
 *
 * @param id the method's stable id, such as {@code dialogue-meeting}
 * @param names the name by language tag: {@code nb}, {@code nn}, {@code da}, {@code en}
 * @param summary the summary by language tag
 * @param iap2Level the primary IAP2 level, such as {@code INVOLVE}
 * @param decisionPower the formal force of the outcome, such as {@code ADVISORY}
 * @param arenas the arenas, such as {@code SYSTEM_POLITICAL}
 * @param mode {@code IN_PERSON}, {@code DIGITAL} or {@code HYBRID}
 * @param groupSize the typical number of participants, such as {@code 10–100} or {@code 50+}
 * @param costClass {@code LOW}, {@code MEDIUM} or {@code HIGH}
 */
public record MethodJson(
    String id, Map<String, String> names, Map<String, String> summary, String iap2Level, String decisionPower,
    List<String> arenas, String mode, String groupSize, String costClass) {}
