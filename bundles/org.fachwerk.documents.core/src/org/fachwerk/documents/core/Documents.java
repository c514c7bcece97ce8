package org.fachwerk.documents.core;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.osgi.util.NLS;
import org.fachwerk.core.AuditTrail;
import org.fachwerk.core.RefusedException;
import org.fachwerk.model.AuditEvent;
import org.fachwerk.model.Department;
import org.fachwerk.model.Document;
import org.fachwerk.model.DocumentVersion;
import org.fachwerk.model.FachwerkFactory;
import org.fachwerk.model.FachwerkPackage;
import org.fachwerk.model.Person;
import org.fachwerk.model.Project;
import org.fachwerk.model.Role;
import org.fachwerk.model.WorkItem;
import org.fachwerk.store.Contents;

/**
 * Versioned documents: the files go into the store's contents (streamed, with their SHA-256, checked on every
 * read), their metadata into the model through undoable commands. A new file is written before its version is
 * added, so an interrupted upload leaves no version; content whose version is removed stays until
 * {@link #verify} clears it, so that an undo can bring the version back.
 */
public final class Documents {

    /** The audit actions. */
    public static final String DELETED = "delete-document";
    public static final String LOCK_BROKEN = "break-document-lock";

    /** The system property with the largest file accepted, in megabytes (default 2048). */
    public static final String MAX_MEGABYTES = "fachwerk.documents.maxMegabytes";

    /** Content that no version refers to is removed once it is this old. */
    public static final Duration ORPHAN_AGE = Duration.ofDays(1);

    private final Contents contents;
    private final EditingDomain domain;
    private final long sizeLimit;

    /**
     * @param sizeLimit the largest file accepted, in bytes
     */
    public Documents(Contents contents, EditingDomain domain, long sizeLimit) {
        this.contents = contents;
        this.domain = domain;
        this.sizeLimit = sizeLimit;
    }

    /** The largest file accepted as configured: {@value #MAX_MEGABYTES} megabytes, by default 2 GB. */
    public static long configuredLimit() {
        return Long.getLong(MAX_MEGABYTES, 2048) * 1024 * 1024;
    }

    /** A version's file, what it is and how it came. */
    public record Upload(InputStream content, String fileName, String mediaType, String comment) {
    }

    /**
     * Stores the file and returns the command that adds a document with it as version 1, attached to the project
     * and task (either may be null).
     */
    public Command attach(Department department, String title, Project project, WorkItem task, Upload upload,
            Person author, LocalDateTime now) throws IOException {
        Document document = FachwerkFactory.eINSTANCE.createDocument();
        document.setId(UUID.randomUUID().toString());
        document.setTitle(title == null || title.isBlank() ? upload.fileName() : title);
        document.setFileName(upload.fileName());
        document.setMediaType(upload.mediaType());
        document.setCreated(now.toLocalDate());
        document.setProject(project);
        document.setTask(task);
        document.getVersions().add(store(upload, 1, author, now));
        return AddCommand.create(domain, department, FachwerkPackage.Literals.DEPARTMENT__DOCUMENTS, document);
    }

    /**
     * Stores the file and returns the command that adds it as the document's newest version. Refused while
     * someone else has the document checked out.
     */
    public Command newVersion(Document document, Upload upload, Person author, LocalDateTime now)
            throws IOException, RefusedException {
        checkNotLockedByOther(document, author);
        DocumentVersion version = store(upload, latest(document) == null ? 1 : latest(document).getNumber() + 1,
                author, now);
        CompoundCommand command = new CompoundCommand(NLS.bind(Messages.Document_newVersion, document.getTitle()));
        command.append(AddCommand.create(domain, document, FachwerkPackage.Literals.DOCUMENT__VERSIONS, version));
        command.append(SetCommand.create(domain, document, FachwerkPackage.Literals.DOCUMENT__FILE_NAME,
                upload.fileName()));
        command.append(SetCommand.create(domain, document, FachwerkPackage.Literals.DOCUMENT__MEDIA_TYPE,
                upload.mediaType()));
        return command;
    }

    /** Makes an old version the newest again: its content, checked, becomes a new version. */
    public Command restore(DocumentVersion old, Person author, LocalDateTime now) throws IOException, RefusedException {
        Document document = (Document) old.eContainer();
        try (InputStream content = open(old)) {
            return newVersion(document, new Upload(content, old.getFileName(), old.getMediaType(),
                    NLS.bind(Messages.Document_restored, old.getNumber())), author, now);
        }
    }

    private DocumentVersion store(Upload upload, int number, Person author, LocalDateTime now) throws IOException {
        DocumentVersion version = FachwerkFactory.eINSTANCE.createDocumentVersion();
        version.setId(UUID.randomUUID().toString());
        Contents.Stored stored = contents.write(version.getId(), upload.content(), sizeLimit);
        version.setNumber(number);
        version.setFileName(upload.fileName());
        version.setMediaType(upload.mediaType());
        version.setSize(stored.size());
        version.setSha256(stored.sha256());
        version.setAuthor(author);
        version.setCreated(now);
        version.setComment(upload.comment());
        return version;
    }

    /** The newest version, or null. */
    public static DocumentVersion latest(Document document) {
        DocumentVersion latest = null;
        for (DocumentVersion version : document.getVersions()) {
            if (latest == null || version.getNumber() > latest.getNumber()) {
                latest = version;
            }
        }
        return latest;
    }

    /**
     * Opens a version's file; reading it to the end checks its SHA-256 and fails with an
     * {@link Contents.IntegrityException} when the bytes are not the ones stored.
     */
    public InputStream open(DocumentVersion version) {
        return contents.read(version.getId(), version.getSha256());
    }

    /**
     * Saves a copy of the version into the file. The copy appears only when all of it was read and checked: a
     * corrupted version leaves no file and fails with the integrity error.
     */
    public void saveCopy(DocumentVersion version, Path target) throws IOException {
        Path temporary = Files.createTempFile(target.toAbsolutePath().getParent(), ".fachwerk-copy", ".part");
        try {
            try (InputStream in = open(version); OutputStream out = Files.newOutputStream(temporary)) {
                in.transferTo(out);
            }
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    // ------------------------------------------------------------------------------------------------ locks

    /** Checks the document out for the person; refused while someone else has it. */
    public Command checkOut(Document document, Person person, LocalDateTime now) throws RefusedException {
        checkNotLockedByOther(document, person);
        CompoundCommand command = new CompoundCommand(NLS.bind(Messages.Document_checkOut, document.getTitle()));
        command.append(SetCommand.create(domain, document, FachwerkPackage.Literals.DOCUMENT__LOCKED_BY, person));
        command.append(SetCommand.create(domain, document, FachwerkPackage.Literals.DOCUMENT__LOCKED_AT, now));
        return command;
    }

    /** Checks the document in again; only who checked it out does. */
    public Command checkIn(Document document, Person person) throws RefusedException {
        checkNotLockedByOther(document, person);
        return unlock(document, NLS.bind(Messages.Document_checkIn, document.getTitle()));
    }

    /** An administrator ends someone's check-out; recorded as an audit event. */
    public Command breakLock(Document document, Person administrator, LocalDateTime now) throws RefusedException {
        if (administrator.getRole() != Role.ADMIN) {
            throw new RefusedException(NLS.bind(Messages.Document_notAdministrator, administrator.getFullName()));
        }
        return AuditTrail.recorded(domain, department(document),
                unlock(document, NLS.bind(Messages.Document_breakLock, document.getTitle())),
                event(LOCK_BROKEN, administrator, document, document.getLockedBy() == null ? ""
                        : document.getLockedBy().getFullName(), now));
    }

    private Command unlock(Document document, String label) {
        CompoundCommand command = new CompoundCommand(label);
        command.append(SetCommand.create(domain, document, FachwerkPackage.Literals.DOCUMENT__LOCKED_BY, null));
        command.append(SetCommand.create(domain, document, FachwerkPackage.Literals.DOCUMENT__LOCKED_AT, null));
        return command;
    }

    private static void checkNotLockedByOther(Document document, Person person) throws RefusedException {
        if (document.getLockedBy() != null && document.getLockedBy() != person) {
            throw new RefusedException(NLS.bind(Messages.Document_locked, document.getTitle(),
                    document.getLockedBy().getFullName()));
        }
    }

    // -------------------------------------------------------------------------------------------- deletion

    /**
     * The command that deletes the document, recorded as an audit event. Refused while its retention lasts or
     * someone else has it checked out.
     */
    public Command delete(Document document, Person person, LocalDateTime now) throws RefusedException {
        if (RecordPlan.isRetained(document, now.toLocalDate())) {
            throw new RefusedException(NLS.bind(Messages.Document_retained, document.getTitle(),
                    RecordPlan.retentionEnd(document)));
        }
        checkNotLockedByOther(document, person);
        Department department = department(document);
        CompoundCommand removal = new CompoundCommand(NLS.bind(Messages.Document_delete, document.getTitle()));
        removal.append(RemoveCommand.create(domain, department, FachwerkPackage.Literals.DEPARTMENT__DOCUMENTS,
                document));
        return AuditTrail.recorded(domain, department, removal, event(DELETED, person, document,
                document.getFileNumber() == null ? document.getTitle()
                        : document.getFileNumber() + " " + document.getTitle(), now));
    }

    private static Department department(Document document) {
        return (Department) document.eContainer();
    }

    private static AuditEvent event(String action, Person actor, Document document, String details,
            LocalDateTime now) {
        AuditEvent event = FachwerkFactory.eINSTANCE.createAuditEvent();
        event.setTime(now);
        event.setPerson(actor);
        event.setAction(action);
        event.setSubjectId(document.getId());
        event.setDetails(details);
        return event;
    }

    // ---------------------------------------------------------------------------------------------- verify

    /** A version whose content is missing or corrupted. */
    public record Problem(Document document, DocumentVersion version, String message) {
    }

    /**
     * Reads every version of the department's documents to its end, checking its SHA-256. It only reads, so it works
     * on a store opened read-only.
     *
     * @return the versions whose content is missing or corrupted
     */
    public List<Problem> verify(Department department, IProgressMonitor monitor) {
        int versions = department.getDocuments().stream().mapToInt(d -> d.getVersions().size()).sum();
        SubMonitor progress = SubMonitor.convert(monitor, Messages.Verify_task, versions + 1);
        List<Problem> problems = new ArrayList<>();
        byte[] buffer = new byte[64 * 1024];
        for (Document document : department.getDocuments()) {
            for (DocumentVersion version : document.getVersions()) {
                progress.split(1);
                if (!contents.exists(version.getId())) {
                    problems.add(new Problem(document, version, NLS.bind(Messages.Verify_missing,
                            document.getTitle(), version.getNumber())));
                    continue;
                }
                try (InputStream in = open(version)) {
                    while (in.read(buffer) >= 0) {
                        // read to the end: the check happens there
                    }
                } catch (IOException e) {
                    problems.add(new Problem(document, version, NLS.bind(Messages.Verify_corrupted, new Object[] {
                            document.getTitle(), version.getNumber(), e.getMessage() })));
                }
            }
        }
        progress.split(1);
        return problems;
    }

    /**
     * Removes stored content no version of the store's departments (all of them) refers to any more (left by deleted
     * documents) once it is older than the
     * instant, so that an upload whose version is about to be saved, or a deletion still to be undone, keeps its
     * file. {@code fachwerk compact} runs it with content a day old.
     *
     * @return how many contents were removed
     */
    public int removeOrphans(List<Department> departments, Instant storedBefore) {
        // the store's contents are those of all its departments: a file counts as used when any of them uses it
        Set<String> referenced = new HashSet<>();
        departments.forEach(department -> department.getDocuments().forEach(
                document -> document.getVersions().forEach(v -> referenced.add(v.getId()))));
        int removed = 0;
        for (String key : contents.keysStoredBefore(storedBefore)) {
            if (!referenced.contains(key)) {
                contents.delete(key);
                removed++;
            }
        }
        return removed;
    }
}
