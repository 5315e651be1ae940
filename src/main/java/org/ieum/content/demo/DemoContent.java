package org.ieum.content.demo;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import javax.imageio.ImageIO;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.ieum.centers.CenterProfile;
import org.ieum.centers.CenterSummary;
import org.ieum.centers.CentersApi;
import org.ieum.content.board.PostAttachment;
import org.ieum.content.board.PostAttachmentRepository;
import org.ieum.content.board.Board;
import org.ieum.content.board.BoardKind;
import org.ieum.content.board.BoardRepository;
import org.ieum.content.board.ContentFiles;
import org.ieum.content.board.Post;
import org.ieum.content.board.PostContent;
import org.ieum.content.board.PostRepository;
import org.ieum.content.board.RichText;
import org.ieum.identity.IdentityApi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Boards and posts for every demo center, marked (시연): notices (one pinned), press
 * releases, resources with a PDF form, a gallery with a picture and a video link, FAQ, a
 * 1:1 board with an answered private question of {@code citizen@ieum.example} to Gimhae, and
 * a members' board switched on in Gimhae only. A metropolitan center shares a notice with
 * the centers under it. Added only while there are no boards at all.
 */
@Component
@Order(80)
@ConditionalOnProperty(name = "ieum.demo.enabled", havingValue = "true")
class DemoContent implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoContent.class);
	private static final Duration DAY = Duration.ofDays(1);

	private final BoardRepository boards;
	private final PostRepository posts;
	private final PostAttachmentRepository attachments;
	private final ContentFiles files;
	private final CentersApi centers;
	private final IdentityApi identity;
	private final Clock clock;

	DemoContent(BoardRepository boards, PostRepository posts, PostAttachmentRepository attachments, ContentFiles files,
			CentersApi centers, IdentityApi identity, Clock clock) {
		this.boards = boards;
		this.posts = posts;
		this.attachments = attachments;
		this.files = files;
		this.centers = centers;
		this.identity = identity;
		this.clock = clock;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (boards.count() > 0) {
			return;
		}
		Instant now = clock.instant();
		int count = 0;
		for (CenterSummary center : centers.all()) {
			if (!centers.profile(center.slug()).map(CenterProfile::demo).orElse(false)) {
				continue;
			}
			boardsOf(center, now);
			count++;
		}
		log.info("Demo boards added for {} centers", count);
	}

	private void boardsOf(CenterSummary center, Instant now) {
		long id = center.id();
		String name = center.name();
		Board notices = board(id, "notice", BoardKind.NOTICE, "공지사항", "센터 소식과 사업 공고를 알려 드립니다.", List.of("일반", "사업", "채용"), 1, now);
		Board press = board(id, "press", BoardKind.PRESS, "보도자료", "언론에 배포한 자료입니다.", List.of(), 2, now);
		Board resources = board(id, "resources", BoardKind.RESOURCES, "자료실", "서식과 보고서를 내려받을 수 있습니다.",
				List.of("서식", "보고서", "교육자료"), 3, now);
		Board gallery = board(id, "gallery", BoardKind.GALLERY, "갤러리", "행사와 교육 현장 사진입니다.", List.of(), 4, now);
		Board faq = board(id, "faq", BoardKind.FAQ, "자주 묻는 질문", null, List.of("지원사업", "공간 예약", "회원"), 5, now);
		Board qna = board(id, "qna", BoardKind.QNA, "1:1 문의", "센터에 궁금한 점을 물어보세요. 문의는 기본으로 비공개입니다.", List.of(), 6, now);
		Board free = board(id, "free", BoardKind.FREE, "자유게시판", "회원 여러분이 소식과 의견을 나누는 곳입니다.", List.of(), 7, now);
		if (!"gimhae".equals(center.slug())) {
			free.switchOff();
		}

		post(notices, "2026년 사회적경제 창업 지원사업 참여기업 모집 공고 (시연)", """
				<p>%s에서 2026년 사회적경제 창업 지원사업에 참여할 예비 창업팀과 초기 기업을 모집합니다.</p>
				<h2>지원 내용</h2>
				<ul><li>사업화 자금 최대 1,500만 원</li><li>전문가 컨설팅과 멘토링</li><li>공유 사무공간 입주 우선권</li></ul>
				<h2>신청 방법</h2>
				<p>지원사업 메뉴에서 온라인으로 신청하고, 자료실의 신청서 양식을 함께 올려 주세요.</p>
				<p>이 글은 시연용 예시입니다.</p>""".formatted(name), "사업", true, now.minus(DAY.multipliedBy(3)));
		post(notices, "설 연휴 센터 휴관 안내 (시연)", "설 연휴 기간에는 센터가 쉽니다.\n\n공간 예약과 상담은 연휴가 끝난 뒤 다시 받습니다. 이 글은 시연용 예시입니다.",
				"일반", false, now.minus(DAY.multipliedBy(10)));
		post(notices, "사회적경제 현장 활동가 채용 공고 (시연)", "센터와 함께 지역 사회적경제 현장을 지원할 활동가를 찾습니다.\n\n자세한 내용은 첨부한 공고문을 확인해 주세요. 이 글은 시연용 예시입니다.",
				"채용", false, now.minus(DAY.multipliedBy(20)));
		post(press, "지역 사회적기업 판로 박람회 성황리 마무리 (시연)", """
				<p>지난 주말 열린 사회적경제 판로 박람회에 40여 개 기업과 시민 2천여 명이 함께했습니다.</p>
				<blockquote>지역에서 만든 좋은 제품을 시민들이 직접 만나는 자리였습니다.</blockquote>
				<p>이 글은 시연용 예시입니다.</p>""", null, false, now.minus(DAY.multipliedBy(5)));
		post(press, "사회적경제 기업 성장 지원 업무협약 체결 (시연)", "지역 금융기관과 사회적경제 기업의 성장 자금을 함께 지원하는 협약을 맺었습니다. 이 글은 시연용 예시입니다.",
				null, false, now.minus(DAY.multipliedBy(30)));
		Post form = post(resources, "2026년 지원사업 신청서 양식 (시연)", "지원사업 신청 때 함께 내는 사업계획서 양식입니다. 이 글은 시연용 예시입니다.",
				"서식", false, now.minus(DAY.multipliedBy(4)));
		attach(form, "2026년 지원사업 사업계획서 양식(시연).pdf", pdf(), now);
		post(resources, "2025년 사회적경제 실태조사 보고서 (시연)", "<p>지역 사회적경제 기업의 고용과 매출을 조사한 보고서입니다.</p><table><caption>요약</caption><tr><th scope=\"col\">구분</th><th scope=\"col\">수</th></tr><tr><td>조사 기업</td><td>128</td></tr><tr><td>응답 기업</td><td>97</td></tr></table><p>이 글은 시연용 예시입니다.</p>",
				"보고서", false, now.minus(DAY.multipliedBy(40)));
		Post photo = post(gallery, "사회적경제 한마당 현장 사진 (시연)", "행사 현장 사진입니다. 이 글은 시연용 예시입니다.", null, false,
				now.minus(DAY.multipliedBy(6)));
		attach(photo, "한마당 현장(시연).png", png(), now);
		posts.save(new Post(gallery, new PostContent("기업 소개 영상 모음 (시연)",
				RichText.of("지역 사회적경제 기업을 소개하는 영상입니다. 이 글은 시연용 예시입니다."), null, false,
				now.minus(DAY.multipliedBy(15)), null, null, "https://www.youtube.com/results?search_query=%EC%82%AC%ED%9A%8C%EC%A0%81%EA%B2%BD%EC%A0%9C"),
				null, now));
		post(faq, "지원사업은 누가 신청할 수 있나요? (시연)", "사회적기업, 협동조합, 마을기업, 자활기업과 예비 창업팀이 신청할 수 있습니다. 사업마다 자격이 다르니 공고문을 확인해 주세요.",
				"지원사업", false, now.minus(DAY.multipliedBy(50)));
		post(faq, "회의실은 어떻게 빌리나요? (시연)", "공간 예약 메뉴에서 날짜와 시간을 골라 신청하면 담당자가 승인합니다.", "공간 예약", false,
				now.minus(DAY.multipliedBy(50)));
		post(faq, "회원가입을 해야 하나요? (시연)", "글을 읽는 데는 필요 없습니다. 신청, 예약, 문의를 하려면 회원가입 후 로그인해 주세요.", "회원", false,
				now.minus(DAY.multipliedBy(50)));

		if ("gimhae".equals(center.slug())) {
			identity.findAccountIdByEmail("citizen@ieum.example").ifPresent(citizen -> {
				Post question = posts.save(Post.question(qna, "마을기업 지정 신청 서류 문의 (시연)",
						RichText.plain("마을기업 지정 신청 때 정관 사본도 내야 하나요?\n이 글은 시연용 예시입니다."), citizen, true, "김**",
						now.minus(DAY.multipliedBy(2))));
				long staff = identity.findAccountIdByEmail("staff.gimhae@ieum.example").orElse(citizen);
				question.answer(RichText.of("<p>네, 정관 사본과 최근 총회 회의록을 함께 내 주세요. 자료실의 안내 자료도 참고해 주세요.</p>"),
						staff, now.minus(DAY));
			});
			identity.findAccountIdByEmail("member@ieum.example").ifPresent(member -> posts.save(new Post(free,
					new PostContent("주말 직거래 장터에 함께할 기업을 찾습니다 (시연)",
							RichText.plain("다음 달 주말 장터에 함께 부스를 낼 기업을 찾습니다. 관심 있는 분은 댓글 남겨 주세요."), null, false,
							now.minus(DAY), null, "행복베이커리 대표", null),
					member, now)));
		}

		List<CenterSummary> below = centers.childrenOf(id);
		if (!below.isEmpty()) {
			Post shared = post(notices, "%s 소속 센터 공동 교육 안내 (시연)".formatted(name),
					"광역센터와 기초센터가 함께 여는 사회적경제 기본 교육입니다. 가까운 센터에서 신청해 주세요. 이 글은 시연용 예시입니다.", "사업",
					false, now.minus(DAY.multipliedBy(1)));
			shared.shareWith(below.stream().map(CenterSummary::id).toList(), BoardKind.NOTICE);
		}
	}

	private Board board(long centerId, String slug, BoardKind kind, String name, String description,
			List<String> categories, int position, Instant now) {
		return boards.save(new Board(centerId, slug, kind, name, description, categories, position, now));
	}

	private Post post(Board board, String title, String body, String category, boolean pinned, Instant from) {
		return posts.save(new Post(board, new PostContent(title, RichText.of(body), category, pinned, from, null, null,
				null), null, from));
	}

	private void attach(Post post, String name, byte[] bytes, Instant now) {
		attachments.save(new PostAttachment(post.getId(), files.store(name, bytes), 1, now));
	}

	private static byte[] pdf() {
		try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			document.addPage(new PDPage());
			document.save(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** A simple picture: a sky, a field and a tent, drawn here so the demo needs no photo files. */
	private static byte[] png() {
		BufferedImage image = new BufferedImage(640, 420, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = image.createGraphics();
		g.setColor(new Color(0xCFE3F7));
		g.fillRect(0, 0, 640, 260);
		g.setColor(new Color(0x7FB069));
		g.fillRect(0, 260, 640, 160);
		g.setColor(new Color(0xE4572E));
		g.fillPolygon(new int[] { 220, 320, 420 }, new int[] { 300, 170, 300 }, 3);
		g.dispose();
		try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			ImageIO.write(image, "png", out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}
}
