/**
 * Review and selection: staff assign reviewers, reviewers declare and score, the weighted review score
 * and ranking ({@code Ranking}), eligibility screening, the awardees' selection and the results'
 * publication (which publishes {@link org.ieum.programs.AwardeeSelected}).
 */
package org.ieum.programs.review;
