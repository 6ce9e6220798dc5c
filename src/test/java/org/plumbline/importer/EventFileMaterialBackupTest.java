package org.plumbline.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.plumbline.account.AccountPersons;
import org.plumbline.material.BackedUpMaterial;
import org.plumbline.material.MaterialBackups;
import org.plumbline.material.TalkMaterials;
import org.plumbline.testsupport.AccountFixture;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.annotation.DirtiesContext;

/**
 * An event's talk materials and its sessions' recordings through its event data file and
 * back: a file of several chunks with the same bytes, name and type, links and a talk's
 * video, private or public, each under its GUID (so its download address stays), with who
 * added it and when; a session's recording with its talks' offsets, and a removed one.
 */
// Its account and persons outlive the deleted event: the context is closed after it.
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class EventFileMaterialBackupTest extends EventFileDatabaseTest {

	private static final String EVENT = "testconf";

	private static final List<String> ADDRESSES = List.of("adder@material.test");

	private static final UUID PAGE_TABLES = UUID.fromString("00000000-0000-4000-8000-00000000a001");

	private static final int CHUNK = 1024 * 1024;

	@Autowired
	PasswordEncoder passwords;

	@Autowired
	AccountPersons accountPersons;

	@Autowired
	MaterialBackups materialBackups;

	@Autowired
	TalkMaterials talkMaterials;

	@BeforeEach
	void anEventWithMaterials() {
		removeEventAndAccounts();
		files.importFile(TestFiles.importer("topics-and-timetables.json"), false);
		long adder = new AccountFixture(jdbc, directory, passwords).account("adder@material.test", "Adder");
		long topic = jdbc.sql("SELECT id FROM topic WHERE guid = ?").param(PAGE_TABLES).query(Long.class).single();
		byte[] slides = new byte[2 * CHUNK + CHUNK / 2 + 7];
		new Random(15).nextBytes(slides);
		long file = material(topic, "FILE", "Slides", false, null, "slides.pdf", "application/pdf",
				(long) slides.length, adder, "2026-01-10T10:00:00Z");
		for (int position = 0; position * CHUNK < slides.length; position++) {
			byte[] chunk = Arrays.copyOfRange(slides, position * CHUNK,
					Math.min(slides.length, (position + 1) * CHUNK));
			jdbc.sql("INSERT INTO talk_material_chunk (material_id, position, content) VALUES (?, ?, ?)")
				.params(file, position, chunk)
				.update();
		}
		material(topic, "LINK", "Notes", true, "https://example.org/notes", null, null, null, null,
				"2026-01-11T10:00:00Z");
		material(topic, "VIDEO", "Recording", false, "https://example.org/video", null, null, null, adder,
				"2026-01-12T10:00:00Z");
		long event = catalog.findBySlug(EVENT).orElseThrow().id();
		UUID session = jdbc.sql("""
				SELECT s.guid FROM timetable_session s JOIN timetable_talk t ON t.session_id = s.id
				WHERE t.topic_id = ? ORDER BY s.id FETCH FIRST 1 ROWS ONLY""").param(topic).query(UUID.class).single();
		jdbc.sql(
				"INSERT INTO session_recording (event_id, session_guid, url, version, updated_at) VALUES (?, ?, ?, 3, ?)")
			.params(event, session, "https://example.org/session", timestamp("2026-01-13T10:00:00Z"))
			.update();
		jdbc.sql("""
				INSERT INTO talk_recording_offset (topic_id, event_id, session_guid, offset_seconds)
				VALUES (?, ?, ?, 754)""").params(topic, event, session).update();
		jdbc.sql(
				"INSERT INTO session_recording (event_id, session_guid, url, version, updated_at) VALUES (?, ?, '', 2, ?)")
			.params(event, UUID.fromString("00000000-0000-4000-8000-0000000f0001"), timestamp("2026-01-14T10:00:00Z"))
			.update();
	}

	@AfterEach
	void removeEventAndAccounts() {
		removeEventAndAccounts(EVENT, ADDRESSES);
	}

	@Test
	void intoASiteWithoutItsAccountsEveryMaterialAndRecordingComesBackWithItsBytesAndGuid() {
		List<String> before = materialsAsStored();
		List<String> recordingsBefore = recordings();
		List<String> publicBefore = publicMaterials();
		ExportedEventFile exported = files.export(EVENT);
		long mails = mails();
		removeEventAndAccounts();

		files.importFile(exported.json(), false);

		assertThat(materialsAsStored()).isEqualTo(before).hasSize(3);
		assertThat(before.get(0)).as("what the comparison covers")
			.contains("FILE Slides public null slides.pdf application/pdf 2621447 bytes sha256 ")
			.contains("by adder@material.test at 2026-01-10T10:00:00Z");
		assertThat(before.get(1)).contains("LINK Notes private https://example.org/notes null null null by null");
		assertThat(publicMaterials()).isEqualTo(publicBefore)
			.containsExactly("Slides PDF, 2.5 MB", "Recording recording of this talk https://example.org/video");
		assertThat(recordings()).isEqualTo(recordingsBefore)
			.hasSize(2)
			.anyMatch(line -> line
				.endsWith(" https://example.org/session at 2026-01-13T10:00:00Z: " + PAGE_TABLES + " from 754 s"))
			.contains("00000000-0000-4000-8000-0000000f0001  at 2026-01-14T10:00:00Z: ");
		assertThat(mails()).as("a restore mails nobody").isEqualTo(mails);
		assertThat(TestFiles.text(files.export(EVENT).json())).isEqualTo(TestFiles.text(exported.json()));
	}

	/**
	 * Every material as stored, a file's bytes by their SHA-256, its adder by address.
	 */
	private List<String> materialsAsStored() {
		long event = catalog.findBySlug(EVENT).orElseThrow().id();
		return materialBackups.materials(event).stream().map(material -> {
			String topic = jdbc.sql("SELECT guid FROM topic WHERE id = ?")
				.param(material.topicId())
				.query(String.class)
				.single();
			return material.guid() + " on " + topic + " " + material.kind() + " " + material.title() + " "
					+ (material.privateMaterial() ? "private" : "public") + " " + material.url() + " "
					+ material.fileName() + " " + material.mediaType() + " " + content(material) + " by "
					+ (material.addedBy() == null ? null
							: accountPersons.summaries(List.of(material.addedBy())).get(material.addedBy()).email())
					+ " at " + material.addedAt();
		}).toList();
	}

	/**
	 * Each session's recording as stored, a removed one's empty address included, with
	 * its talks' offsets by topic GUID.
	 */
	private List<String> recordings() {
		long event = catalog.findBySlug(EVENT).orElseThrow().id();
		return materialBackups.recordings(event)
			.stream()
			.map(recording -> recording.sessionGuid() + " " + recording.url() + " at " + recording.updatedAt() + ": "
					+ recording.offsets()
						.entrySet()
						.stream()
						.map(offset -> jdbc.sql("SELECT guid FROM topic WHERE id = ?")
							.param(offset.getKey())
							.query(String.class)
							.single() + " from " + offset.getValue() + " s")
						.sorted()
						.collect(Collectors.joining(", ")))
			.toList();
	}

	/** The materials the talk's public page lists, with their descriptions. */
	private List<String> publicMaterials() {
		return talkMaterials.publicOf(List.of(PAGE_TABLES))
			.getOrDefault(PAGE_TABLES, List.of())
			.stream()
			.map(material -> material.title() + " " + material.description()
					+ (material.url() == null ? "" : " " + material.url()))
			.toList();
	}

	private String content(BackedUpMaterial material) {
		if (material.sizeBytes() == null) {
			return "null";
		}
		byte[] bytes = materialBackups.content(material);
		try {
			return bytes.length + " bytes sha256 "
					+ HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private long material(long topic, String kind, String title, boolean privateMaterial, String url, String fileName,
			String mediaType, Long size, Long addedBy, String addedAt) {
		jdbc.sql("""
				INSERT INTO talk_material (guid, topic_id, kind, title, private_material, url, file_name, media_type,
				                           size_bytes, chunk_count, complete, added_by, added_at)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, TRUE, ?, ?)""")
			.params(UUID.randomUUID(), topic, kind, title, privateMaterial, url, fileName, mediaType, size,
					size == null ? null : (int) ((size + CHUNK - 1) / CHUNK), addedBy, timestamp(addedAt))
			.update();
		return jdbc.sql("SELECT MAX(id) FROM talk_material").query(Long.class).single();
	}

}
