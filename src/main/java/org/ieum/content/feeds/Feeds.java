package org.ieum.content.feeds;

import java.io.StringWriter;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.ieum.content.board.BoardViews;
import org.ieum.content.board.PostPages;
import org.springframework.stereotype.Component;

/**
 * Writes a board's Atom feed and the network's sitemap with the JDK's XML writer, which
 * escapes every title and text, so a post cannot break the XML.
 */
@Component
class Feeds {

	static final int FEED_ENTRIES = 20;
	static final int SITEMAP_POSTS = 45_000;
	private static final String ATOM = "http://www.w3.org/2005/Atom";
	private static final String SITEMAP = "http://www.sitemaps.org/schemas/sitemap/0.9";

	private final PostPages pages;
	private final XMLOutputFactory factory = XMLOutputFactory.newFactory();

	Feeds(PostPages pages) {
		this.pages = pages;
	}

	String atom(String centerSlug, String boardSlug, String feedTitle) {
		BoardViews.Feed feed = pages.feed(centerSlug, boardSlug, FEED_ENTRIES);
		String base = pages.baseUrl();
		Instant updated = feed.entries().stream().map(BoardViews.FeedEntry::updated).max(Instant::compareTo)
			.orElse(Instant.EPOCH);
		return write(xml -> {
			xml.writeStartElement("feed");
			xml.writeDefaultNamespace(ATOM);
			element(xml, "id", base + feed.board().href());
			element(xml, "title", feedTitle);
			element(xml, "updated", DateTimeFormatter.ISO_INSTANT.format(updated));
			link(xml, "self", base + feed.board().feedHref());
			link(xml, "alternate", base + feed.board().href());
			xml.writeStartElement("author");
			element(xml, "name", feed.board().ownerName() == null ? feedTitle : feed.board().ownerName());
			xml.writeEndElement();
			for (BoardViews.FeedEntry entry : feed.entries()) {
				xml.writeStartElement("entry");
				element(xml, "id", entry.href());
				element(xml, "title", entry.title());
				link(xml, "alternate", entry.href());
				element(xml, "published", DateTimeFormatter.ISO_INSTANT.format(entry.published()));
				element(xml, "updated", DateTimeFormatter.ISO_INSTANT.format(entry.updated()));
				element(xml, "summary", entry.summary());
				xml.writeEndElement();
			}
			xml.writeEndElement();
		});
	}

	String sitemap() {
		List<BoardViews.SitemapUrl> urls = pages.sitemap(SITEMAP_POSTS);
		String base = pages.baseUrl();
		return write(xml -> {
			xml.writeStartElement("urlset");
			xml.writeDefaultNamespace(SITEMAP);
			for (BoardViews.SitemapUrl url : urls) {
				xml.writeStartElement("url");
				element(xml, "loc", base + url.path());
				if (url.modified() != null) {
					element(xml, "lastmod", DateTimeFormatter.ISO_INSTANT.format(url.modified()));
				}
				xml.writeEndElement();
			}
			xml.writeEndElement();
		});
	}

	String robots() {
		return """
				User-agent: *
				Disallow: /admin/
				Disallow: /my/
				Disallow: /login
				Disallow: /signup
				Disallow: /content/files/
				Disallow: /api/
				Allow: /

				Sitemap: %s/sitemap.xml
				""".formatted(pages.baseUrl());
	}

	private interface Body {

		void write(XMLStreamWriter xml) throws XMLStreamException;
	}

	private String write(Body body) {
		StringWriter out = new StringWriter();
		try {
			XMLStreamWriter xml = factory.createXMLStreamWriter(out);
			xml.writeStartDocument("UTF-8", "1.0");
			body.write(xml);
			xml.writeEndDocument();
			xml.close();
		}
		catch (XMLStreamException ex) {
			throw new IllegalStateException(ex);
		}
		return out.toString();
	}

	private static void element(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
		xml.writeStartElement(name);
		xml.writeCharacters(text == null ? "" : text.replaceAll("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F]", ""));
		xml.writeEndElement();
	}

	private static void link(XMLStreamWriter xml, String rel, String href) throws XMLStreamException {
		xml.writeEmptyElement("link");
		xml.writeAttribute("rel", rel);
		xml.writeAttribute("href", href);
	}
}
