/**
 * The method recommender — metodeveileder (NO), metodevejviser (DK): given a goal, an audience and
 * the municipality's means, the participation methods of a catalogue ranked with the reasons for
 * each place, and the methods left out with the reasons why.
 *
 * <p>A {@link org.folkestyre.toolkit.recommend.RecommendationRequest} states the goal (purpose,
 * the IAP2 level promised to participants, arena, and whether the goal is deliberation), the
 * audience (target groups, ages, accessibility needs) and the means (mode, budget class, calendar
 * time). {@link org.folkestyre.toolkit.recommend.Recommender#recommend(RecommendationRequest)}
 * answers with a {@link org.folkestyre.toolkit.recommend.Recommendation}: every method of the
 * catalogue is either ranked or excluded, each with {@link org.folkestyre.toolkit.recommend.Reason}s
 * that carry a stable {@link org.folkestyre.toolkit.recommend.ReasonCode} and a text in bokmål,
 * nynorsk, Danish and English. No argument or return value is {@code null}.
 */
@FolkestyreStyle
package org.folkestyre.toolkit.recommend;

import org.folkestyre.core.internal.FolkestyreStyle;
