package org.folkestyre.examples.cli.json;

import java.util.List;

/**
 * The result of validating a municipality, as {@code folkestyre validate --format json} prints it.
 *
 * @param municipality the municipality's name
 * @param code its code on the validation date, or its latest code if it had none then
 * @param asOf the validation date, {@code YYYY-MM-DD}
 * @param packs the ids of the rule packs applied
 * @param valid whether no rule of severity {@code ERROR} is broken
 * @param rulesChecked the ids of the rules applied, in order
 * @param violations every violation found, in rule order
 */
public record ValidationJson(
    String municipality, String code, String asOf, List<String> packs, boolean valid, List<String> rulesChecked,
    List<ViolationJson> violations) {}
