package org.ieum.market.collaboration;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import org.ieum.shared.web.Refusal;

/** The staff form of a project; dates arrive as typed and are read here, amounts are read by the service. */
class ProjectForm {

	private String title;
	private ProjectKind kind = ProjectKind.PRODUCT;
	private String goal;
	private String supportWon = "0";
	private String ownWon = "0";
	private String startsOn;
	private String endsOn;
	private String leadBusinessNumber;

	static ProjectForm of(ProjectQueries.ProjectView p) {
		ProjectForm form = new ProjectForm();
		form.title = p.title();
		form.kind = p.kind();
		form.goal = p.goal();
		form.supportWon = "" + p.supportWon();
		form.ownWon = "" + p.ownWon();
		form.startsOn = p.startsOn().toString();
		form.endsOn = p.endsOn() == null ? null : p.endsOn().toString();
		return form;
	}

	Projects.Terms terms() {
		return new Projects.Terms(title, kind, goal, supportWon, ownWon, date(startsOn, "market.collab.error.startsOn"),
				date(endsOn, "market.collab.error.period"));
	}

	private static LocalDate date(String typed, String error) {
		if (typed == null || typed.isBlank()) {
			return null;
		}
		try {
			return LocalDate.parse(typed.strip());
		}
		catch (DateTimeParseException ex) {
			throw new Refusal(error);
		}
	}

	public String getTitle() {
		return title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public ProjectKind getKind() {
		return kind;
	}

	public void setKind(ProjectKind kind) {
		this.kind = kind;
	}

	public String getGoal() {
		return goal;
	}

	public void setGoal(String goal) {
		this.goal = goal;
	}

	public String getSupportWon() {
		return supportWon;
	}

	public void setSupportWon(String supportWon) {
		this.supportWon = supportWon;
	}

	public String getOwnWon() {
		return ownWon;
	}

	public void setOwnWon(String ownWon) {
		this.ownWon = ownWon;
	}

	public String getStartsOn() {
		return startsOn;
	}

	public void setStartsOn(String startsOn) {
		this.startsOn = startsOn;
	}

	public String getEndsOn() {
		return endsOn;
	}

	public void setEndsOn(String endsOn) {
		this.endsOn = endsOn;
	}

	public String getLeadBusinessNumber() {
		return leadBusinessNumber;
	}

	public void setLeadBusinessNumber(String leadBusinessNumber) {
		this.leadBusinessNumber = leadBusinessNumber;
	}
}
