package org.ieum.governance.assessments;

import org.springframework.stereotype.Component;

/** Saves demo indicators and assessments as they are (the demo data only; pages go through {@link Assessments}). */
@Component
public class AssessmentDemoStore {

	private final IndicatorRepository indicators;
	private final AssessmentRepository assessments;

	AssessmentDemoStore(IndicatorRepository indicators, AssessmentRepository assessments) {
		this.indicators = indicators;
		this.assessments = assessments;
	}

	public boolean hasIndicators() {
		return indicators.count() > 0;
	}

	public Indicator save(Indicator indicator) {
		return indicators.save(indicator);
	}

	public Assessment save(Assessment assessment) {
		return assessments.save(assessment);
	}
}
