/**
 * A center's website (알림마당): boards of a center and of the network (공지사항, 보도자료,
 * 자료실, 갤러리, FAQ, 1:1 문의, 자유게시판), posts with sanitized rich text, attachments,
 * publication periods, cross-posting from a metropolitan center to the centers under it,
 * feeds, the sitemap and robots.txt.
 * <p>
 * One sub-package per feature: {@code board} is the core (boards, posts, attachments, the
 * sanitizer, view counts and the public pages) and depends on no feature; {@code staff}
 * (staff create boards and write posts), {@code qna} (asking and answering 1:1 questions),
 * {@code community} (comments, reports and moderation on member boards), {@code feeds}
 * (Atom feeds, sitemap, robots.txt), {@code search} (the site search page, the post index and
 * the text of attachments), {@code home} and {@code pages} (the composed home page, static pages
 * and policies), {@code guides} (인·지정 안내, the public guide to each designation that the readiness checklist
 * links to), {@code gnuboard} (moving in from a Gnuboard5 site),
 * {@code newsletter} (double opt-in subscriptions, issues sent through the mail outbox) and
 * {@code demo} depend on the core, never on each other.
 * <p>
 * Publishes no events; listens to {@link org.ieum.identity.AccountDeleted}; depends on {@code shared}, {@code
 * identity}, {@code centers}, the advertising rules of {@code notifications} (named interface {@code policy}) and
 * {@code enterprises}, whose {@link org.ieum.enterprises.DesignationGuides} port the guides provide.
 */
@ApplicationModule(displayName = "Content",
		// shared: layout, menu, files, clock; identity: who is signed in and the personal-data
		// access log when staff read someone's question; centers: the portal and its hierarchy for cross-posting
		// notifications :: policy: the newsletter, an advertisement on the mail outbox, applies the advertising rules itself
		// enterprises: the designations the guides explain, and the port through which the readiness checklist links to them
		allowedDependencies = { "shared", "shared :: *", "identity", "centers", "enterprises" })
package org.ieum.content;

import org.springframework.modulith.ApplicationModule;
