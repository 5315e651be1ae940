package org.ieum.programs;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.imageio.ImageIO;

import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.ieum.programs.call.ApplicantType;
import org.ieum.programs.call.CallDetails;
import org.ieum.programs.call.CallRepository;
import org.ieum.programs.call.Criterion;
import org.ieum.programs.call.CriterionRepository;
import org.ieum.programs.call.FieldType;
import org.ieum.programs.call.FormField;
import org.ieum.programs.call.FormFieldRepository;
import org.ieum.programs.call.FormKind;
import org.ieum.programs.call.ProgramCall;
import org.springframework.jdbc.core.JdbcTemplate;

/** People, calls and files for the programs tests, which share one database with the demo data and each other. */
final class ProgramsFixtures {

	static final String PASSWORD = "ieum2026!";

	private final JdbcTemplate jdbc;
	private final CallRepository calls;
	private final FormFieldRepository fields;
	private final CriterionRepository criteria;
	private final Clock clock;

	ProgramsFixtures(JdbcTemplate jdbc, CallRepository calls, FormFieldRepository fields, CriterionRepository criteria,
			Clock clock) {
		this.jdbc = jdbc;
		this.calls = calls;
		this.fields = fields;
		this.criteria = criteria;
		this.clock = clock;
	}

	long centerId(String slug) {
		return jdbc.queryForObject("select id from centers_center where slug = ?", Long.class, slug);
	}

	long accountId(String email) {
		return jdbc.queryForObject("select id from identity_account where email = ?", Long.class, email);
	}

	/**
	 * An account of the tests' own (demo accounts are changed by other tests), with the demo
	 * password; {@code role} CENTER_STAFF is granted for {@code centerSlug}.
	 */
	long person(String email, String name, String role, String centerSlug) {
		if (jdbc.queryForObject("select count(*) from identity_account where email = ?", Integer.class, email) == 0) {
			jdbc.update("insert into identity_account (email, password_hash, display_name, status, created_at) "
					+ "select ?, password_hash, ?, 'ACTIVE', current_timestamp from identity_account where email = ?",
					email, name, "admin@ieum.example");
			jdbc.update("insert into identity_role_grant (account_id, role, center_id, granted_at) values (?, ?, ?, current_timestamp)",
					accountId(email), role, "CENTER_STAFF".equals(role) ? centerId(centerSlug) : null);
		}
		return accountId(email);
	}

	/**
	 * An open founder call of the Busan center (closing in an hour) with a required text, an
	 * amount, a required file field, two criteria (weight 60 of 10 points, weight 40 of 5) and
	 * a report form.
	 */
	ProgramCall openCall(String title, boolean trimmed, boolean scoresVisible) {
		Instant now = clock.instant();
		ProgramCall draft = new ProgramCall(centerId("busan"),
				new CallDetails(CallKind.SUPPORT, title, "시험 공모", ApplicantType.FOUNDER, Set.of(), null, null, 10_000_000L,
						1, now.minus(Duration.ofHours(1)), now.plus(Duration.ofHours(1)), null, scoresVisible, trimmed),
				now);
		draft.announce(now);
		ProgramCall call = calls.save(draft);
		fields.save(new FormField(call.getId(), FormKind.APPLICATION, 1, "사업명", FieldType.TEXT, true, List.of()));
		fields.save(new FormField(call.getId(), FormKind.APPLICATION, 2, "신청 금액", FieldType.AMOUNT, false, List.of()));
		fields.save(new FormField(call.getId(), FormKind.APPLICATION, 3, "사업계획서", FieldType.FILE, true, List.of()));
		fields.save(new FormField(call.getId(), FormKind.REPORT, 1, "추진 실적", FieldType.LONG_TEXT, true, List.of()));
		criteria.save(new Criterion(call.getId(), 1, "타당성", 60, 10));
		criteria.save(new Criterion(call.getId(), 2, "사회적 가치", 40, 5));
		return call;
	}

	List<FormField> form(long callId) {
		return fields.findByCallIdAndFormOrderBySortOrderAscIdAsc(callId, FormKind.APPLICATION);
	}

	List<Criterion> criteriaOf(long callId) {
		return criteria.findByCallIdOrderBySortOrderAscIdAsc(callId);
	}

	/** Moves the call's deadline into the past, as time passing would. */
	void close(long callId) {
		jdbc.update("update programs_call set opens_at = ?, closes_at = ? where id = ?",
				Timestamp.from(clock.instant().minus(Duration.ofHours(3))),
				Timestamp.from(clock.instant().minus(Duration.ofMinutes(1))), callId);
	}

	static byte[] pdf() {
		return "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
	}

	static byte[] png() {
		try {
			BufferedImage image = new BufferedImage(4, 4, BufferedImage.TYPE_INT_RGB);
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			ImageIO.write(image, "png", out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static byte[] docx() {
		try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			document.createParagraph().createRun().setText("사업계획서");
			document.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static byte[] xlsx() {
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			workbook.createSheet("예산").createRow(0).createCell(0).setCellValue("항목");
			workbook.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** An OLE2 file holding a FileHeader stream, as HWP 5 documents do (with or without the HWP signature). */
	static byte[] ole(boolean hwpSignature) {
		try (POIFSFileSystem fs = new POIFSFileSystem(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			byte[] header = new byte[256];
			byte[] signature = (hwpSignature ? "HWP Document File" : "Not a Hangul File").getBytes(StandardCharsets.US_ASCII);
			System.arraycopy(signature, 0, header, 0, signature.length);
			fs.createDocument(new ByteArrayInputStream(header), "FileHeader");
			fs.writeFilesystem(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** A ZIP whose first entry is an uncompressed {@code mimetype}, as HWPX (OWPML) packages are. */
	static byte[] hwpx(String mimetype) {
		try (ByteArrayOutputStream out = new ByteArrayOutputStream(); ZipOutputStream zip = new ZipOutputStream(out)) {
			byte[] type = mimetype.getBytes(StandardCharsets.US_ASCII);
			ZipEntry entry = new ZipEntry("mimetype");
			entry.setMethod(ZipEntry.STORED);
			entry.setSize(type.length);
			CRC32 crc = new CRC32();
			crc.update(type);
			entry.setCrc(crc.getValue());
			zip.putNextEntry(entry);
			zip.write(type);
			zip.closeEntry();
			zip.putNextEntry(new ZipEntry("Contents/section0.xml"));
			zip.write("<hs:sec/>".getBytes(StandardCharsets.UTF_8));
			zip.closeEntry();
			zip.finish();
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}
}
