package org.fachwerk.documents.ui.internal.browser;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.emf.common.command.Command;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.dnd.DND;
import org.eclipse.swt.dnd.DropTarget;
import org.eclipse.swt.dnd.DropTargetAdapter;
import org.eclipse.swt.dnd.DropTargetEvent;
import org.eclipse.swt.dnd.FileTransfer;
import org.eclipse.swt.dnd.Transfer;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.program.Program;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.fachwerk.core.DepartmentSession;
import org.fachwerk.core.RefusedException;
import org.fachwerk.documents.core.DocumentSearch;
import org.fachwerk.documents.core.Documents;
import org.fachwerk.documents.core.RecordPlan;
import org.fachwerk.documents.ui.internal.Messages;
import org.fachwerk.model.Document;
import org.fachwerk.model.DocumentVersion;
import org.fachwerk.model.Person;
import org.fachwerk.model.Project;
import org.fachwerk.model.WorkItem;
import org.fachwerk.ui.Columns;
import org.fachwerk.ui.ModelLabels;
import org.fachwerk.ui.ModelRefresh;
import org.fachwerk.ui.Texts;
import org.fachwerk.ui.Widgets;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * Documents: those of the project or task chosen elsewhere (explorer, Kanban), or the whole department's; files are
 * attached by the file dialog or by dropping them on the list, in a background job. The versions of the chosen
 * document below: open, save a copy, restore. Check-out locks and deletion under the record plan's retention.
 * What changes documents is enabled only for those who may change the documents of the project concerned (the
 * record plan only for administrators); a disabled action says why in its tooltip.
 */
public class DocumentsPart {

    public static final String PART_ID = "org.fachwerk.documents.part.browser";
    /** Widget data key under which tests find the controls. */
    public static final String WIDGET_KEY = "fachwerk.documents";
    /** The family of upload jobs, for waiting on them. */
    public static final Object UPLOADS = new Object();

    @Inject
    DepartmentSession session;

    @Inject
    Documents documents;

    @Inject
    DocumentSearch search;

    private TableViewer viewer;
    private ModelLabels labels;
    private TableViewer versions;
    private Text searchField;
    private Button allOfDepartment;
    private Button disposal;
    private Label scope;
    private Button attach;
    private Button newVersion;
    private Button checkOut;
    private Button checkIn;
    private Button breakLock;
    private Button delete;
    private Button file;
    private Button importPlan;
    private Button restore;
    private Job indexing;
    /** The project or task whose documents are shown (and that new ones are attached to); null: none chosen. */
    private Object chosen;

    @PostConstruct
    public void createControls(Composite parent) {
        parent.setLayout(new GridLayout(1, false));
        Composite top = new Composite(parent, SWT.NONE);
        top.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        top.setLayout(new GridLayout(4, false));
        searchField = new Text(top, SWT.BORDER | SWT.SEARCH | SWT.ICON_CANCEL);
        searchField.setMessage(Messages.Filter_hint);
        searchField.setData(WIDGET_KEY, "search");
        searchField.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        allOfDepartment = new Button(top, SWT.CHECK);
        allOfDepartment.setText(Messages.Scope_all);
        allOfDepartment.setData(WIDGET_KEY, "all");
        allOfDepartment.setSelection(true);
        allOfDepartment.addListener(SWT.Selection, e -> update());
        disposal = new Button(top, SWT.CHECK);
        disposal.setText(Messages.Scope_disposal);
        disposal.setData(WIDGET_KEY, "disposal");
        disposal.addListener(SWT.Selection, e -> update());
        scope = new Label(top, SWT.NONE);
        scope.setData(WIDGET_KEY, "scope");
        scope.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));

        Composite buttons = new Composite(parent, SWT.NONE);
        buttons.setLayout(new GridLayout(10, false));
        attach = button(buttons, Messages.Action_attach, "attach", this::chooseFiles);
        newVersion = button(buttons, Messages.Action_newVersion, "newVersion", this::chooseNewVersion);
        button(buttons, Messages.Action_open, "open", () -> version().ifPresent(this::openWithSystem));
        button(buttons, Messages.Action_saveCopy, "saveCopy", () -> version().ifPresent(this::chooseCopy));
        checkOut = button(buttons, Messages.Action_checkOut, "checkOut",
                () -> act(d -> documents.checkOut(d, session.actorPerson(), now())));
        checkIn = button(buttons, Messages.Action_checkIn, "checkIn",
                () -> act(d -> documents.checkIn(d, session.actorPerson())));
        breakLock = button(buttons, Messages.Action_breakLock, "breakLock",
                () -> act(d -> documents.breakLock(d, session.actorPerson(), now())));
        delete = button(buttons, Messages.Action_delete, "delete", this::delete);
        file = button(buttons, Messages.Action_file, "file", this::chooseNode);
        importPlan = button(buttons, Messages.Action_importPlan, "importPlan", this::chooseRecordPlan);

        viewer = Columns.table(parent);
        viewer.getTable().setData(WIDGET_KEY, "table");
        viewer.getTable().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        labels = new ModelLabels(session, viewer.getControl());
        Columns.add(viewer, Messages.Column_fileNumber, 160, Document.class, Document::getFileNumber,
                labels::getImage);
        Columns.add(viewer, Messages.Column_title, 260, Document.class, Document::getTitle);
        Columns.add(viewer, Messages.Column_fileName, 180, Document.class, Document::getFileName);
        Columns.add(viewer, Messages.Column_project, 200, Document.class, this::attachedTo);
        Columns.add(viewer, Messages.Column_versions, 70, Document.class, d -> Integer.toString(d.getVersions().size()));
        Columns.add(viewer, Messages.Column_lockedBy, 140, Document.class,
                d -> d.getLockedBy() == null ? "" : d.getLockedBy().getFullName());
        Columns.add(viewer, Messages.Column_retention, 110, Document.class,
                d -> Texts.date(RecordPlan.retentionEnd(d)));
        viewer.setContentProvider(ArrayContentProvider.getInstance());
        viewer.addSelectionChangedListener(e -> showVersions());
        viewer.addDoubleClickListener(e -> version().ifPresent(this::openWithSystem));
        DropTarget drop = new DropTarget(viewer.getTable(), DND.DROP_COPY | DND.DROP_DEFAULT);
        drop.setTransfer(new Transfer[] { FileTransfer.getInstance() });
        drop.addDropListener(new DropTargetAdapter() {
            @Override
            public void dragEnter(DropTargetEvent event) {
                event.detail = whyNotAttach() == null ? DND.DROP_COPY : DND.DROP_NONE;
            }

            @Override
            public void drop(DropTargetEvent event) {
                if (event.data instanceof String[] paths && whyNotAttach() == null) {
                    attach(Stream.of(paths).map(Path::of).toList());
                }
            }
        });

        new Label(parent, SWT.NONE).setText(Messages.Versions_title);
        versions = Columns.table(parent);
        versions.getTable().setData(WIDGET_KEY, "versions");
        GridData versionsLayout = new GridData(SWT.FILL, SWT.FILL, true, false);
        versionsLayout.heightHint = 110;
        versions.getTable().setLayoutData(versionsLayout);
        Columns.add(versions, Messages.Column_number, 60, DocumentVersion.class, v -> Integer.toString(v.getNumber()));
        Columns.add(versions, Messages.Column_created, 150, DocumentVersion.class, v -> v.getCreated() == null ? ""
                : Texts.date(v.getCreated().toLocalDate()) + " " + Texts.time(v.getCreated().toLocalTime()));
        Columns.add(versions, Messages.Column_author, 140, DocumentVersion.class,
                v -> v.getAuthor() == null ? "" : v.getAuthor().getFullName());
        Columns.add(versions, Messages.Column_fileName, 180, DocumentVersion.class, DocumentVersion::getFileName);
        Columns.add(versions, Messages.Column_size, 90, DocumentVersion.class, v -> size(v.getSize()));
        Columns.add(versions, Messages.Column_mediaType, 140, DocumentVersion.class,
                v -> v.getMediaType() == null ? "" : v.getMediaType());
        Columns.add(versions, Messages.Column_comment, 200, DocumentVersion.class,
                v -> v.getComment() == null ? "" : v.getComment());
        Columns.add(versions, Messages.Column_sha256, 140, DocumentVersion.class,
                v -> v.getSha256() == null ? "" : v.getSha256().substring(0, 16) + "\u2026");
        versions.setContentProvider(ArrayContentProvider.getInstance());
        versions.addSelectionChangedListener(e -> allowWhatThePersonMay());
        restore = button(parent, Messages.Action_restore, "restore", this::restore);
        restore.setLayoutData(new GridData(SWT.BEGINNING, SWT.CENTER, false, false));

        searchField.addModifyListener(e -> update());
        indexing = indexingJob();
        update();
        ModelRefresh.whenChanged(session.department(), viewer.getControl(), () -> {
            update();
            indexing.schedule(INDEXING_DELAY_MILLIS); // new versions become searchable by their text
        });
        indexing.schedule();
    }

    /** How long changes settle before the index catches up with them. */
    private static final long INDEXING_DELAY_MILLIS = 1000;

    /** The background job that indexes new versions for the full-text search, with its progress shown. */
    private Job indexingJob() {
        return Widgets.userJob(Messages.Index_job, INDEXING, monitor -> {
            List<String> problems = search.index(session.department(), monitor);
            return problems.isEmpty() ? Status.OK_STATUS : Status.warning(String.join("\n", problems));
        });
    }

    /** The family of the indexing job, for waiting on it. */
    public static final Object INDEXING = new Object();

    private static Button button(Composite parent, String text, String key, Runnable action) {
        return Widgets.button(parent, text, WIDGET_KEY, key, action);
    }

    @Focus
    public void setFocus() {
        searchField.setFocus();
    }

    /** Follows the project or task chosen in the other views. */
    @Inject
    public void selected(@Optional @Named(IServiceConstants.ACTIVE_SELECTION) Object selection) {
        if ((selection instanceof Project || selection instanceof WorkItem) && selection != chosen) {
            chosen = selection;
            if (viewer != null && !viewer.getControl().isDisposed()) {
                allOfDepartment.setSelection(false);
                update();
            }
        }
    }

    private void update() {
        scope.setText(chosen == null ? Messages.Scope_none : NLS.bind(Messages.Scope_of, labels.getText(chosen)));
        scope.getParent().layout();
        String words = searchField.getText().trim();
        // with words: what the full-text search finds (text and metadata), else every document
        List<Document> candidates = words.isEmpty() ? session.department().getDocuments()
                : search.search(session.department(), words, SEARCH_LIMIT);
        List<Document> due = disposal.getSelection()
                ? RecordPlan.disposalList(session.department(), java.time.LocalDate.now()) : null;
        viewer.setInput(candidates.stream()
                .filter(d -> due == null || due.contains(d))
                .filter(d -> allOfDepartment.getSelection() || disposal.getSelection() || chosen != null
                        && (d.getProject() == chosen || d.getTask() == chosen))
                .sorted(Comparator.comparing(Document::getFileNumber, Comparator.nullsLast(Comparator.naturalOrder()))
                        .thenComparing(Document::getTitle, Comparator.nullsLast(Comparator.naturalOrder())))
                .toList());
        showVersions();
    }

    private void showVersions() {
        Document document = selected();
        versions.setInput(document == null ? List.of() : document.getVersions().stream()
                .sorted(Comparator.comparingInt(DocumentVersion::getNumber).reversed()).toList());
        allowWhatThePersonMay();
    }

    /**
     * Enables what the person may do with the chosen project or task and the selected document, as the rights
     * decide it now; a disabled action says why. Runs again whenever the choice, the selection or the department
     * changes.
     */
    private void allowWhatThePersonMay() {
        DocumentPermissions permissions = new DocumentPermissions(session.rights());
        String whyNotAttach = permissions.whyNotFile(chosenProject());
        Widgets.allow(attach, whyNotAttach == null, whyNotAttach);
        Document document = selected();
        Project project = document == null ? null : document.getProject();
        String whyNotChange = permissions.whyNotFile(project);
        for (Button change : List.of(newVersion, checkOut, checkIn, delete, file)) {
            Widgets.allow(change, document != null && whyNotChange == null, whyNotChange);
        }
        boolean versionChosen = !versions.getStructuredSelection().isEmpty();
        Widgets.allow(restore, document != null && versionChosen && whyNotChange == null, whyNotChange);
        String whyNotBreak = permissions.whyNotBreakLock(project);
        Widgets.allow(breakLock, document != null && whyNotBreak == null, whyNotBreak);
        String whyNotPlan = permissions.whyNotChangeRecordPlan();
        Widgets.allow(importPlan, whyNotPlan == null, whyNotPlan);
    }

    /** Why the person may not attach files to the chosen project or task (with none: to the department). */
    private String whyNotAttach() {
        return new DocumentPermissions(session.rights()).whyNotFile(chosenProject());
    }

    /** The project new documents go to: the chosen one, or that of the chosen task; null for the department. */
    private Project chosenProject() {
        return chosen instanceof Project p ? p : chosen instanceof WorkItem item ? item.getProject() : null;
    }

    /** The most documents a search lists. */
    private static final int SEARCH_LIMIT = 500;

    private String attachedTo(Document document) {
        String project = labels.getText(document.getProject());
        return document.getTask() == null ? project : project + " / " + labels.getText(document.getTask());
    }

    private static String size(long bytes) {
        return bytes < 1024 * 1024 ? NLS.bind(Messages.Size_kilobytes, Texts.number(bytes / 1024.0))
                : NLS.bind(Messages.Size_megabytes, Texts.number(bytes / 1024.0 / 1024.0));
    }

    private Document selected() {
        return (Document) ((IStructuredSelection) viewer.getSelection()).getFirstElement();
    }

    private java.util.Optional<DocumentVersion> version() {
        Object version = ((IStructuredSelection) versions.getSelection()).getFirstElement();
        if (version instanceof DocumentVersion chosenVersion) {
            return java.util.Optional.of(chosenVersion);
        }
        Document document = selected();
        return java.util.Optional.ofNullable(document == null ? null : Documents.latest(document));
    }

    private static LocalDateTime now() {
        return LocalDateTime.now();
    }

    private Shell shell() {
        return viewer.getControl().getShell();
    }

    // ------------------------------------------------------------------------------------------- uploading

    private void chooseFiles() {
        FileDialog dialog = new FileDialog(shell(), SWT.OPEN | SWT.MULTI);
        if (dialog.open() != null) {
            List<Path> files = new ArrayList<>();
            for (String name : dialog.getFileNames()) {
                files.add(Path.of(dialog.getFilterPath(), name));
            }
            attach(files);
        }
    }

    /**
     * Attaches the files, as dropping them on the list does: to the chosen task or project (to the project of a
     * task), each as a new document, uploaded in a background job with progress; a refused file says why.
     */
    public Job attach(List<Path> files) {
        Project project = chosenProject();
        WorkItem task = chosen instanceof WorkItem item ? item : null;
        Person author = session.actorPerson();
        return upload(NLS.bind(Messages.Upload_job, files.size()), files, (file, in) -> documents.attach(
                session.department(), null, project, task, new Documents.Upload(in, file.getFileName().toString(),
                        mediaType(file), null), author, now()));
    }

    private void chooseNewVersion() {
        Document document = selected();
        if (document == null) {
            return;
        }
        FileDialog dialog = new FileDialog(shell(), SWT.OPEN);
        String file = dialog.open();
        if (file != null) {
            newVersion(document, Path.of(file));
        }
    }

    /** Uploads the file as the document's newest version, in a background job. */
    public Job newVersion(Document document, Path file) {
        Person author = session.actorPerson();
        return upload(NLS.bind(Messages.Upload_job, 1), List.of(file), (path, in) -> documents.newVersion(document,
                new Documents.Upload(in, path.getFileName().toString(), mediaType(path), null), author, now()));
    }

    private interface Storing {
        Command store(Path file, InputStream content) throws IOException, RefusedException;
    }

    private Job upload(String name, List<Path> files, Storing storing) {
        Display display = viewer.getControl().getDisplay();
        Job job = Widgets.userJob(name, UPLOADS, monitor -> {
            monitor.beginTask(name, files.size());
            for (Path file : files) {
                if (monitor.isCanceled()) {
                    return Status.CANCEL_STATUS;
                }
                monitor.subTask(file.getFileName().toString());
                try (InputStream in = Files.newInputStream(file)) {
                    Command command = storing.store(file, in);
                    display.asyncExec(() -> session.commandStack().execute(command));
                } catch (IOException | RefusedException | RuntimeException e) {
                    String message = NLS.bind(Messages.Upload_failed, file.getFileName(), e.getMessage());
                    display.asyncExec(() -> MessageDialog.openError(shell(), Messages.Title, message));
                }
                monitor.worked(1);
            }
            return Status.OK_STATUS;
        });
        job.schedule();
        return job;
    }

    private static String mediaType(Path file) {
        try {
            String type = Files.probeContentType(file);
            return type == null ? "application/octet-stream" : type;
        } catch (IOException e) {
            return "application/octet-stream";
        }
    }

    // ------------------------------------------------------------------------------------ reading, changing

    private void chooseCopy(DocumentVersion version) {
        FileDialog dialog = new FileDialog(shell(), SWT.SAVE);
        dialog.setOverwrite(true);
        dialog.setFileName(version.getFileName());
        String file = dialog.open();
        if (file != null) {
            saveCopy(version, Path.of(file));
        }
    }

    /** Saves a checked copy of the version; a corrupted one is reported and leaves no file. */
    public boolean saveCopy(DocumentVersion version, Path file) {
        try {
            documents.saveCopy(version, file);
            return true;
        } catch (IOException | RuntimeException e) {
            MessageDialog.openError(shell(), Messages.Title, NLS.bind(Messages.Copy_failed, version.getFileName(),
                    e.getMessage()));
            return false;
        }
    }

    /** Opens the version with the system's application for its kind of file, from a checked temporary copy. */
    private void openWithSystem(DocumentVersion version) {
        try {
            String name = version.getFileName() == null ? "document" : version.getFileName();
            Path directory = Files.createTempDirectory("fachwerk-open");
            Path copy = directory.resolve(name.replaceAll("[/\\\\]", "_"));
            copy.toFile().deleteOnExit();
            directory.toFile().deleteOnExit();
            if (saveCopy(version, copy) && !Program.launch(copy.toString())) {
                MessageDialog.openInformation(shell(), Messages.Title, NLS.bind(Messages.Open_noProgram, copy));
            }
        } catch (IOException e) {
            MessageDialog.openError(shell(), Messages.Title, e.getMessage());
        }
    }

    private interface Change {
        Command of(Document document) throws RefusedException;
    }

    private void act(Change change) {
        Document document = selected();
        if (document == null) {
            return;
        }
        try {
            session.commandStack().execute(change.of(document));
        } catch (RefusedException e) {
            MessageDialog.openError(shell(), Messages.Title, e.getMessage());
        }
    }

    private void chooseNode() {
        Document document = selected();
        if (document == null) {
            return;
        }
        if (session.department().getRecordPlan().isEmpty()) {
            MessageDialog.openInformation(shell(), Messages.Title, Messages.File_noPlan);
            return;
        }
        FileUnderDialog dialog = new FileUnderDialog(shell(), document.getTitle(),
                session.department().getRecordPlan());
        if (dialog.open() == org.eclipse.jface.window.Window.OK) {
            session.commandStack().execute(RecordPlan.file(session.editingDomain(), document, dialog.chosen()));
        }
    }

    private void chooseRecordPlan() {
        FileDialog dialog = new FileDialog(shell(), SWT.OPEN);
        dialog.setFilterExtensions(new String[] { "*.csv", "*" });
        String file = dialog.open();
        if (file != null) {
            importRecordPlan(Path.of(file));
        }
    }

    /** Reads a record plan from the CSV file; a wrong line is reported and nothing is added. */
    public boolean importRecordPlan(Path file) {
        try (java.io.InputStream in = Files.newInputStream(file)) {
            session.commandStack().execute(RecordPlan.importCsv(session.editingDomain(), session.department(), in));
            return true;
        } catch (IOException | RefusedException e) {
            MessageDialog.openError(shell(), Messages.Title, NLS.bind(Messages.Plan_failed, file.getFileName(),
                    e.getMessage()));
            return false;
        }
    }

    private void restore() {
        Object version = ((IStructuredSelection) versions.getSelection()).getFirstElement();
        if (version instanceof DocumentVersion old) {
            try {
                session.commandStack().execute(documents.restore(old, session.actorPerson(), now()));
            } catch (IOException | RefusedException e) {
                MessageDialog.openError(shell(), Messages.Title, e.getMessage());
            }
        }
    }

    private void delete() {
        Document document = selected();
        if (document == null || !MessageDialog.openConfirm(shell(), Messages.Title,
                NLS.bind(Messages.Delete_question, document.getTitle()))) {
            return;
        }
        act(d -> documents.delete(d, session.actorPerson(), now()));
    }

    /** The documents listed now. */
    @SuppressWarnings("unchecked")
    public List<Document> shown() {
        return (List<Document>) viewer.getInput();
    }
}
