package org.ieum.consulting.experts;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.ieum.consulting.cases.ConsultingField;
import org.ieum.consulting.cases.Expert;
import org.ieum.consulting.cases.Forms;
import org.ieum.shared.web.Refusal;

/** The expert form as typed; {@link #terms()} checks it and refuses with a Korean message. */
public class ExpertForm {

	private String name = "";
	private String email = "";
	private String affiliation = "";
	private String career = "";
	private List<String> fields = new ArrayList<>();
	private List<String> days = new ArrayList<>();
	private String availabilityNote = "";
	private String hourlyFeeWon = "0";
	private boolean active = true;

	public static ExpertForm empty() {
		return new ExpertForm();
	}

	public static ExpertForm of(Expert e) {
		ExpertForm form = new ExpertForm();
		form.name = e.getName();
		form.email = e.getEmail() == null ? "" : e.getEmail();
		form.affiliation = e.getAffiliation() == null ? "" : e.getAffiliation();
		form.career = e.getCareer() == null ? "" : e.getCareer();
		form.fields = new ArrayList<>(e.fieldSet().stream().map(Enum::name).toList());
		form.days = new ArrayList<>(e.daySet().stream().map(d -> d.name().substring(0, 3)).toList());
		form.availabilityNote = e.getAvailabilityNote() == null ? "" : e.getAvailabilityNote();
		form.hourlyFeeWon = String.valueOf(e.getHourlyFeeWon());
		form.active = e.isActive();
		return form;
	}

	public Expert.ExpertTerms terms() {
		Set<ConsultingField> chosen = EnumSet.noneOf(ConsultingField.class);
		for (String f : fields == null ? List.<String>of() : fields) {
			chosen.add(Forms.choice(ConsultingField.class, f, "consulting.form.fields"));
		}
		if (chosen.isEmpty()) {
			throw new Refusal("consulting.form.fields");
		}
		return new Expert.ExpertTerms(Forms.text(name, 100, true, "consulting.form.expertName"), Forms.email(email),
				Forms.text(affiliation, 200, false, "consulting.form.affiliation"),
				Forms.text(career, 2000, false, "consulting.form.career"), chosen, Forms.days(days),
				Forms.text(availabilityNote, 300, false, "consulting.form.availabilityNote"),
				Forms.number(hourlyFeeWon, 0, 10_000_000, "consulting.form.fee"), active);
	}

	public String getName() {
		return name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public String getEmail() {
		return email;
	}

	public void setEmail(String email) {
		this.email = email;
	}

	public String getAffiliation() {
		return affiliation;
	}

	public void setAffiliation(String affiliation) {
		this.affiliation = affiliation;
	}

	public String getCareer() {
		return career;
	}

	public void setCareer(String career) {
		this.career = career;
	}

	public List<String> getFields() {
		return fields;
	}

	public void setFields(List<String> fields) {
		this.fields = fields;
	}

	public List<String> getDays() {
		return days;
	}

	public void setDays(List<String> days) {
		this.days = days;
	}

	public String getAvailabilityNote() {
		return availabilityNote;
	}

	public void setAvailabilityNote(String availabilityNote) {
		this.availabilityNote = availabilityNote;
	}

	public String getHourlyFeeWon() {
		return hourlyFeeWon;
	}

	public void setHourlyFeeWon(String hourlyFeeWon) {
		this.hourlyFeeWon = hourlyFeeWon;
	}

	public boolean isActive() {
		return active;
	}

	public void setActive(boolean active) {
		this.active = active;
	}
}
