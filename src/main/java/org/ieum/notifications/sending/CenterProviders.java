package org.ieum.notifications.sending;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.ieum.shared.Authorities;
import org.ieum.shared.NotificationKind;
import org.springframework.core.env.PropertyResolver;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Each center's provider settings and 알림톡 templates, kept by the center's staff; and, for the
 * sender, a center's account ready to use: only when settings exist and every environment variable
 * they name is set. Otherwise nothing leaves the machine.
 */
@Service
class CenterProviders {

	private final ProviderSettingsRepository settings;
	private final AlimtalkTemplateRepository templates;
	private final PropertyResolver environment;
	private final ProviderUrls urls;
	private final Clock clock;

	CenterProviders(ProviderSettingsRepository settings, AlimtalkTemplateRepository templates,
			PropertyResolver environment, ProviderUrls urls, Clock clock) {
		this.settings = settings;
		this.templates = templates;
		this.environment = environment;
		this.urls = urls;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	View view(long centerId) {
		Authorities.requireCenterStaff(centerId);
		Optional<ProviderSettings> current = settings.findById(centerId);
		List<TemplateRow> rows = templates.findByCenterIdOrderByKindAsc(centerId)
			.stream()
			.map(t -> new TemplateRow(t.getKind().name(), t.getKind().labelKey(), t.getTemplateCode(),
					t.variables().text(), t.isSmsFallback()))
			.toList();
		return new View(current.map(ProviderSettings::toForm).orElseGet(ProviderForm::new), current.isPresent(),
				current.map(this::unsetVariables).orElse(List.of()), rows);
	}

	@Transactional
	void save(long centerId, ProviderForm form) {
		Authorities.requireCenterStaff(centerId);
		ProviderSettings row = settings.findById(centerId).orElseGet(() -> new ProviderSettings(centerId));
		row.change(form, clock.instant());
		settings.save(row);
	}

	/** Without settings the center's texts and 알림톡 wait and nothing leaves the machine. */
	@Transactional
	void remove(long centerId) {
		Authorities.requireCenterStaff(centerId);
		settings.deleteById(centerId);
	}

	@Transactional
	void saveTemplate(long centerId, TemplateForm form) {
		Authorities.requireCenterStaff(centerId);
		TemplateVariables variables = TemplateVariables.parse(form.getVariables());
		AlimtalkTemplate row = templates.findByCenterIdAndKind(centerId, form.getKind())
			.orElseGet(() -> new AlimtalkTemplate(centerId, form.getKind()));
		row.change(form.getTemplateCode().strip(), variables, form.isSmsFallback());
		templates.save(row);
	}

	@Transactional
	void removeTemplate(long centerId, NotificationKind kind) {
		Authorities.requireCenterStaff(centerId);
		templates.findByCenterIdAndKind(centerId, kind).ifPresent(templates::delete);
	}

	/** The environment variables the settings name that this server does not have. */
	private List<String> unsetVariables(ProviderSettings row) {
		List<String> unset = new ArrayList<>();
		for (String name : new String[] { row.getTextSecretVar(), row.kakaoSecretVarOrText() }) {
			if (!unset.contains(name) && secret(name).isEmpty()) {
				unset.add(name);
			}
		}
		return unset;
	}

	private Optional<String> secret(String variable) {
		return Optional.ofNullable(environment.getProperty(variable)).filter(v -> !v.isBlank());
	}

	/**
	 * The center's account as the sender uses it, or empty when the center has no settings or a
	 * variable they name is not set (the sender then leaves its deliveries waiting).
	 */
	@Transactional(readOnly = true)
	Optional<Ready> ready(long centerId) {
		return settings.findById(centerId).filter(row -> unsetVariables(row).isEmpty()).map(row -> {
			Provider provider = row.getProvider();
			ProviderAccount account = new ProviderAccount(
					new ProviderAccount.Endpoint(urls.text(provider), row.getTextKey(), secret(row.getTextSecretVar()).get()),
					new ProviderAccount.Endpoint(urls.kakao(provider), row.kakaoKeyOrText(),
							secret(row.kakaoSecretVarOrText()).get()),
					row.getSenderNumber(), row.getKakaoSender());
			return new Ready(provider, account, row.getRatePerMinute());
		});
	}

	@Transactional(readOnly = true)
	Optional<AlimtalkTemplate> template(long centerId, NotificationKind kind) {
		return templates.findByCenterIdAndKind(centerId, kind);
	}

	/** The settings page: the form, whether the center has settings, what the server lacks, the templates. */
	record View(ProviderForm form, boolean configured, List<String> unsetVariables, List<TemplateRow> templates) {
	}

	record TemplateRow(String kind, String kindKey, String templateCode, String variables, boolean smsFallback) {
	}

	/** A center's provider, account and rate, ready to send. */
	record Ready(Provider provider, ProviderAccount account, int ratePerMinute) {
	}
}
