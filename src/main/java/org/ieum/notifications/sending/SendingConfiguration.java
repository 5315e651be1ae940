package org.ieum.notifications.sending;

import java.time.Duration;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The providers' addresses and how long the sender waits for them. */
@Configuration(proxyBeanMethods = false)
class SendingConfiguration {

	@Bean
	ProviderUrls providerUrls(@Value("${ieum.notifications.nhn-cloud.sms-url:" + NhnCloudProvider.SMS_URL + "}") String nhnSms,
			@Value("${ieum.notifications.nhn-cloud.alimtalk-url:" + NhnCloudProvider.KAKAO_URL + "}") String nhnKakao,
			@Value("${ieum.notifications.solapi.url:" + SolapiProvider.URL + "}") String solapi) {
		return new ProviderUrls(nhnSms, nhnKakao, solapi);
	}

	@Bean
	ProviderHttp providerHttp(@Value("${ieum.notifications.sender.connect-timeout:5s}") Duration connect,
			@Value("${ieum.notifications.sender.timeout:10s}") Duration timeout) {
		return new ProviderHttp(connect, timeout);
	}
}
