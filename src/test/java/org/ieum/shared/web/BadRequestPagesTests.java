package org.ieum.shared.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.ieum.support.IeumSpringTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Oversized and malformed uploads, sent as a browser sends the app's own forms (the CSRF token
 * inside the multipart body), get the Korean error page in the site's layout, never Tomcat's
 * English one or a 500. Sent over a real socket, because Tomcat's own limits act only there.
 */
@IeumSpringTest
class BadRequestPagesTests {

	@LocalServerPort
	int port;

	@Autowired
	MockMvc mvc;

	/** The response to a raw HTTP/1.1 request: status line, headers and body as text. */
	record Answer(int status, String head, String body) {
	}

	private record Session(String cookie, String token) {
	}

	/** A session and its CSRF token, as a browser has them after opening the login page. */
	private Session session() throws IOException {
		Answer login = send(("GET /login HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n")
			.getBytes(StandardCharsets.UTF_8));
		Matcher cookie = Pattern.compile("(?i)Set-Cookie: (JSESSIONID=[^;]+)").matcher(login.head());
		Matcher token = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(login.body());
		assertThat(cookie.find()).isTrue();
		assertThat(token.find()).isTrue();
		return new Session(cookie.group(1), token.group(1));
	}

	/** A multipart POST like the consulting request form's, with the token first in the body. */
	private Answer upload(String fileName, int fileBytes) throws IOException {
		Session session = session();
		String boundary = "----ieumBoundary7MA4YWxk";
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + session.token()
				+ "\r\n--" + boundary + "\r\nContent-Disposition: form-data; name=\"title\"\r\n\r\n제목\r\n--" + boundary
				+ "\r\nContent-Disposition: form-data; name=\"files\"; filename=\"").getBytes(StandardCharsets.UTF_8));
		body.writeBytes(fileName.getBytes(StandardCharsets.UTF_8));
		body.writeBytes("\"\r\nContent-Type: application/pdf\r\n\r\n".getBytes(StandardCharsets.UTF_8));
		byte[] pdf = new byte[fileBytes];
		System.arraycopy("%PDF-1.4\n".getBytes(StandardCharsets.ISO_8859_1), 0, pdf, 0, Math.min(9, fileBytes));
		body.writeBytes(pdf);
		body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
		byte[] head = ("POST /c/busan/consulting HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\nCookie: "
				+ session.cookie() + "\r\nContent-Type: multipart/form-data; boundary=" + boundary
				+ "\r\nContent-Length: " + body.size() + "\r\n\r\n").getBytes(StandardCharsets.UTF_8);
		ByteArrayOutputStream request = new ByteArrayOutputStream();
		request.writeBytes(head);
		request.writeBytes(body.toByteArray());
		return send(request.toByteArray());
	}

	private Answer send(byte[] request) throws IOException {
		try (Socket socket = new Socket("localhost", port)) {
			socket.setSoTimeout(30_000);
			OutputStream out = socket.getOutputStream();
			InputStream in = socket.getInputStream();
			try {
				out.write(request);
				out.flush();
			}
			catch (IOException ex) {
				// the server may answer and close before the whole body is sent: read what it said
			}
			byte[] answer = in.readAllBytes();
			String text = new String(answer, StandardCharsets.UTF_8);
			int split = text.indexOf("\r\n\r\n");
			assertThat(split).as("an HTTP answer, not a dropped connection").isPositive();
			int status = Integer.parseInt(text.substring(9, 12));
			return new Answer(status, text.substring(0, split), text.substring(split + 4));
		}
	}

	private static void koreanPageInLayout(Answer answer, int status) {
		assertThat(answer.status()).isEqualTo(status);
		assertThat(answer.head()).containsIgnoringCase("Content-Type: text/html");
		assertThat(answer.body()).contains("lang=\"ko\"").contains("class=\"skip-link\"").contains("error-page")
			.doesNotContain("Apache Tomcat").doesNotContain("HTTP Status");
	}

	@Test
	void anUploadOverTheRequestLimitGetsTheKorean413Page() throws IOException {
		Answer answer = upload("사업계획서.pdf", 13 * 1024 * 1024);
		koreanPageInLayout(answer, 413);
		assertThat(answer.body()).contains("파일이 너무 큽니다");
	}

	@Test
	void aPlainFormOverThePostSizeLimitGetsTheKorean413PageToo() throws IOException {
		Session session = session();
		byte[] body = ("_csrf=" + session.token() + "&title=" + "가".repeat(1_100_000)).getBytes(StandardCharsets.UTF_8);
		ByteArrayOutputStream request = new ByteArrayOutputStream();
		request.writeBytes(("POST /c/busan/consulting HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\nCookie: "
				+ session.cookie() + "\r\nContent-Type: application/x-www-form-urlencoded; charset=UTF-8\r\nContent-Length: "
				+ body.length + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
		request.writeBytes(body);
		koreanPageInLayout(send(request.toByteArray()), 413);
	}

	@Test
	void aLongHangulFileNameIsNoErrorAtAll() throws IOException {
		Answer answer = upload("가".repeat(200) + ".pdf", 1000);
		assertThat(answer.status()).as(answer.body()).isIn(200, 302, 303);
		assertThat(answer.body()).doesNotContain("Apache Tomcat");
	}

	@Test
	void aNulByteInTheFileNameGetsAKoreanAnswerNotA500() throws Exception {
		Answer answer = upload("보고서\u0000.pdf", 1000);
		koreanPageInLayout(answer, 400);
		assertThat(answer.body()).contains("제어 문자");

		int status = mvc.perform(multipart("/c/busan/consulting").file(new MockMultipartFile("files", "보고서\u0000.pdf",
				"application/pdf", "%PDF-1.4\n".getBytes(StandardCharsets.ISO_8859_1))).with(csrf()))
			.andReturn().getResponse().getStatus();
		assertThat(status).isNotEqualTo(500);
	}
}
