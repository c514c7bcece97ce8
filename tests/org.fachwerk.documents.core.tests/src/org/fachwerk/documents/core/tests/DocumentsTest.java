package org.fachwerk.documents.core.tests;

import static org.fachwerk.testing.PersonBuilder.person;
import static org.fachwerk.testing.ProjectBuilder.project;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.fachwerk.core.AuditTrail;
import org.fachwerk.core.RefusedException;
import org.fachwerk.documents.core.Documents;
import org.fachwerk.documents.core.Documents.Upload;
import org.fachwerk.documents.core.RecordPlan;
import org.fachwerk.model.AuditEvent;
import org.fachwerk.model.Department;
import org.fachwerk.model.Document;
import org.fachwerk.model.DocumentVersion;
import org.fachwerk.model.FachwerkFactory;
import org.fachwerk.model.Person;
import org.fachwerk.model.Project;
import org.fachwerk.model.RecordPlanNode;
import org.fachwerk.model.Role;
import org.fachwerk.store.Contents;
import org.fachwerk.store.Store;
import org.fachwerk.store.StoreLocation;
import org.fachwerk.store.StoreService;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;

/** Versions with hashes, corruption, check-out locks, the record plan, retention and disposal. */
class DocumentsTest {

    private static final FachwerkFactory FACTORY = FachwerkFactory.eINSTANCE;
    private static final LocalDateTime NOW = LocalDateTime.of(2027, 3, 1, 10, 0);
    private static final String PLAN = """
            Aktenzeichen;Titel;Aufbewahrung (Jahre)
            63;Bauordnung;10
            63.10;Baugenehmigungen;10
            63.10.02;Wohngeb\u00e4ude;30
            10;Organisation;5
            """;

    private static java.io.InputStream utf8(String csv) {
        return new ByteArrayInputStream(csv.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    @TempDir
    Path directory;

    private final Department department = FACTORY.createDepartment();
    private final Person anna = person("akoch", "Anna", "Koch").role(Role.PLANNER).in(department);
    private final Person bernd = person("bschulz", "Bernd", "Schulz").role(Role.MEMBER).in(department);
    private final Person ida = person("admin", "Ida", "Admin").role(Role.ADMIN).in(department);
    private final Project project = project("BAU-01", "Sanierung Grundschule").in(department);
    private final BasicCommandStack stack = new BasicCommandStack();
    private final EditingDomain domain = new AdapterFactoryEditingDomain(new ComposedAdapterFactory(), stack);

    private static StoreService storeService() {
        BundleContext context = FrameworkUtil.getBundle(DocumentsTest.class).getBundleContext();
        return context.getService(context.getServiceReference(StoreService.class));
    }

    private static Upload upload(String text, String name) {
        return new Upload(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), name, "text/plain", null);
    }

    private static String read(Documents documents, DocumentVersion version) throws Exception {
        try (InputStream in = documents.open(version)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void versionsKeepTheirContentAndHashAndAnOldOneCanBeTheNewest() throws Exception {
        try (Store store = storeService().open(StoreLocation.inMemory("versions"))) {
            Documents documents = new Documents(store.contents(), domain, 1 << 20);
            stack.execute(documents.attach(department, "Bauantrag", project, null, upload("Fassung eins", "antrag.txt"),
                    anna, NOW));
            Document document = department.getDocuments().get(0);
            DocumentVersion first = document.getVersions().get(0);
            assertEquals(1, first.getNumber());
            assertEquals(12, first.getSize());
            assertEquals(64, first.getSha256().length());
            stack.execute(documents.newVersion(document, upload("Fassung zwei", "antrag-2.txt"), bernd,
                    NOW.plusDays(1)));
            stack.execute(documents.restore(first, anna, NOW.plusDays(2)));
            assertEquals(List.of(1, 2, 3), document.getVersions().stream().map(DocumentVersion::getNumber).toList());
            DocumentVersion restored = Documents.latest(document);
            assertEquals(first.getSha256(), restored.getSha256());
            assertEquals("Version 1 restored", restored.getComment());
            assertEquals("Fassung eins", read(documents, restored));
            assertEquals("Fassung zwei", read(documents, document.getVersions().get(1)));
            assertEquals(bernd, document.getVersions().get(1).getAuthor());
            assertEquals(List.of(), documents.verify(department, new NullProgressMonitor()));

            Path copy = directory.resolve("kopie.txt");
            documents.saveCopy(first, copy);
            assertEquals("Fassung eins", Files.readString(copy));
        }
    }

    @Test
    void aCorruptedVersionIsFoundNeverServedAndNoCopyIsLeft() throws Exception {
        Documents[] documents = new Documents[1];
        try (Store store = storeService().open(StoreLocation.embedded(directory))) {
            documents[0] = new Documents(store.contents(), domain, 1 << 20);
            stack.execute(documents[0].attach(department, null, project, null, upload("Unterschrift: K\u00f6ch",
                    "vermerk.txt"), anna, NOW));
        }
        DocumentVersion version = department.getDocuments().get(0).getVersions().get(0);
        JdbcDataSource source = new JdbcDataSource();
        source.setURL("jdbc:h2:file:" + directory.resolve("fachwerk"));
        source.setUser("fachwerk");
        try (Connection raw = source.getConnection(); PreparedStatement update = raw.prepareStatement(
                "UPDATE \"CONTENT\" SET \"DATA\" = ? WHERE \"KEY\" = ?")) {
            update.setBytes(1, "Unterschrift: Koch!".getBytes(StandardCharsets.UTF_8));
            update.setString(2, version.getId());
            assertEquals(1, update.executeUpdate());
        }
        try (Store store = storeService().open(StoreLocation.embedded(directory))) {
            Documents reopened = new Documents(store.contents(), domain, 1 << 20);
            List<Documents.Problem> problems = reopened.verify(department, new NullProgressMonitor());
            assertEquals(1, problems.size());
            assertTrue(problems.get(0).message().startsWith("vermerk.txt, version 1: "), problems.get(0).message());
            assertTrue(problems.get(0).message().contains("corrupted"), problems.get(0).message());
            Path copy = directory.resolve("kopie.txt");
            assertThrows(Contents.IntegrityException.class, () -> reopened.saveCopy(version, copy));
            assertFalse(Files.exists(copy), "no copy of corrupted content");
            try (var left = Files.list(directory)) {
                assertTrue(left.noneMatch(p -> p.getFileName().toString().endsWith(".part")));
            }
        }
    }

    @Test
    void aCheckedOutDocumentChangesOnlyForItsHolderUntilAnAdministratorBreaksTheLock() throws Exception {
        try (Store store = storeService().open(StoreLocation.inMemory("locks"))) {
            Documents documents = new Documents(store.contents(), domain, 1 << 20);
            stack.execute(documents.attach(department, "Leistungsverzeichnis", project, null, upload("v1", "lv.txt"),
                    anna, NOW));
            Document document = department.getDocuments().get(0);
            stack.execute(documents.checkOut(document, anna, NOW));
            assertEquals(anna, document.getLockedBy());
            String locked = assertThrows(RefusedException.class, () -> documents.newVersion(document,
                    upload("v2", "lv.txt"), bernd, NOW)).getMessage();
            assertEquals("Leistungsverzeichnis is checked out by Anna Koch; it can change again when it is checked in.",
                    locked);
            assertThrows(RefusedException.class, () -> documents.checkIn(document, bernd));
            assertThrows(RefusedException.class, () -> documents.breakLock(document, anna, NOW));
            stack.execute(documents.newVersion(document, upload("v2", "lv.txt"), anna, NOW));
            stack.execute(documents.breakLock(document, ida, NOW));
            assertNull(document.getLockedBy());
            assertEquals(Documents.LOCK_BROKEN, department.getAuditEvents().get(0).getAction());
            assertEquals("Anna Koch", department.getAuditEvents().get(0).getDetails());
            stack.undo();
            assertEquals(anna, document.getLockedBy(), "Undo gives the lock back");
            stack.redo();
            assertNull(document.getLockedBy());
            assertEquals(List.of(Documents.LOCK_BROKEN, Documents.LOCK_BROKEN + AuditTrail.UNDONE, Documents.LOCK_BROKEN),
                    department.getAuditEvents().stream().map(AuditEvent::getAction).toList(),
                    "the record keeps the broken lock and adds the undo and the redo");
            stack.execute(documents.newVersion(document, upload("v3", "lv.txt"), bernd, NOW));
            assertEquals(3, document.getVersions().size());
        }
    }

    @Test
    void theRecordPlanGivesFileNumbersAndRetentionDecidesDeletion() throws Exception {
        stack.execute(RecordPlan.importCsv(domain, department, utf8(PLAN)));
        assertEquals(List.of("63", "10"), department.getRecordPlan().stream().map(RecordPlanNode::getFileCode).toList());
        RecordPlanNode housing = RecordPlan.node(department, "63.10.02");
        assertEquals(30, housing.getRetentionYears());
        assertEquals("Baugenehmigungen", ((RecordPlanNode) housing.eContainer()).getTitle());

        try (Store store = storeService().open(StoreLocation.inMemory("retention"))) {
            Documents documents = new Documents(store.contents(), domain, 1 << 20);
            stack.execute(documents.attach(department, "Bauantrag Lindenweg 4", project, null,
                    upload("Antrag", "antrag.txt"), anna, NOW));
            stack.execute(documents.attach(department, "Einladung Sommerfest", null, null,
                    upload("Einladung", "fest.txt"), anna, NOW));
            Document application = department.getDocuments().get(0);
            Document invitation = department.getDocuments().get(1);
            stack.execute(RecordPlan.file(domain, application, housing));
            stack.execute(RecordPlan.file(domain, invitation, RecordPlan.node(department, "10")));
            assertEquals("63.10.02-0001", application.getFileNumber());
            assertEquals("10-0001", invitation.getFileNumber());
            stack.execute(documents.attach(department, "Statik", project, null, upload("Statik", "statik.txt"), anna,
                    NOW));
            stack.execute(RecordPlan.file(domain, department.getDocuments().get(2), housing));
            assertEquals("63.10.02-0002", department.getDocuments().get(2).getFileNumber());

            assertEquals(LocalDate.of(2057, 12, 31), RecordPlan.retentionEnd(application), "30 years after 2027");
            assertEquals(LocalDate.of(2032, 12, 31), RecordPlan.retentionEnd(invitation));
            String refused = assertThrows(RefusedException.class, () -> documents.delete(invitation, anna, NOW))
                    .getMessage();
            assertEquals("Einladung Sommerfest must be kept until 2032-12-31 and cannot be deleted before.", refused);
            LocalDateTime later = LocalDateTime.of(2033, 1, 2, 9, 0);
            assertEquals(List.of(invitation), RecordPlan.disposalList(department, later.toLocalDate()));
            String content = invitation.getVersions().get(0).getId();
            stack.execute(documents.delete(invitation, anna, later));
            assertFalse(department.getDocuments().contains(invitation));
            assertEquals(Documents.DELETED, department.getAuditEvents().get(0).getAction());
            assertEquals("10-0001 Einladung Sommerfest", department.getAuditEvents().get(0).getDetails());
            assertTrue(store.contents().exists(content), "kept for an undo");
            stack.undo();
            assertTrue(department.getDocuments().contains(invitation), "Undo brings the document back");
            assertEquals(List.of(Documents.DELETED, Documents.DELETED + AuditTrail.UNDONE),
                    department.getAuditEvents().stream().map(AuditEvent::getAction).toList(),
                    "and the record keeps its deletion");
            stack.redo();
            assertFalse(department.getDocuments().contains(invitation));
            assertEquals(List.of(), documents.verify(department, new NullProgressMonitor()));
            assertTrue(store.contents().exists(content), "the check only reads");
            assertEquals(0, documents.removeOrphans(List.of(department), java.time.Instant.now().minus(Documents.ORPHAN_AGE)));
            assertTrue(store.contents().exists(content), "a day old at the least before compacting removes it");
            assertEquals(1, documents.removeOrphans(List.of(department), java.time.Instant.now().plusSeconds(1)));
            assertFalse(store.contents().exists(content), "compacting clears content no version refers to");
        }
    }

    @Test
    void aBadRecordPlanIsRefusedByLineAndAddsNothing() throws Exception {
        for (String[] bad : new String[][] { { "63;Bauordnung;zehn", "Line 1, column 3: \"zehn\" is no number of years from 0 to 200." },
                { "63;Bauordnung;10\n63.10.02;Wohngeb\u00e4ude;30",
                        "Line 2, column 1: 63.10.02 would lie under 63.10, which is neither in the record plan nor in an earlier line." },
                { "63;Bauordnung;10\n63;Nochmal;10", "Line 2, column 1: the file code 63 is there already." } }) {
            assertEquals(bad[1], assertThrows(RefusedException.class,
                    () -> RecordPlan.importCsv(domain, department, utf8(bad[0]))).getMessage());
            assertTrue(department.getRecordPlan().isEmpty());
        }
    }

    @Test
    void aFileOverTheLimitIsRefusedAndLeavesNothing() throws Exception {
        try (Store store = storeService().open(StoreLocation.inMemory("limit"))) {
            Documents documents = new Documents(store.contents(), domain, 100);
            Contents.TooLargeException large = assertThrows(Contents.TooLargeException.class,
                    () -> documents.attach(department, "Plan", project, null, new Upload(new ByteArrayInputStream(
                            new byte[1000]), "plan.pdf", "application/pdf", null), anna, NOW));
            assertTrue(large.getMessage().contains("larger than"), large.getMessage());
            assertTrue(department.getDocuments().isEmpty());
            assertTrue(store.contents().keys().isEmpty());
        }
    }
}
