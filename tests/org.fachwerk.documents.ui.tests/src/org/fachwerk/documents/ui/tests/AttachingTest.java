package org.fachwerk.documents.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.lang.reflect.Constructor;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.SWT;
import org.eclipse.swt.dnd.DND;
import org.eclipse.swt.dnd.DropTarget;
import org.eclipse.swt.dnd.DropTargetEvent;
import org.eclipse.swt.dnd.DropTargetListener;
import org.eclipse.swt.dnd.FileTransfer;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.fachwerk.core.DataLocation;
import org.fachwerk.core.DepartmentSession;
import org.fachwerk.documents.core.Documents;
import org.fachwerk.documents.ui.internal.browser.DocumentsPart;
import org.fachwerk.documents.ui.internal.browser.FileUnderDialog;
import org.fachwerk.model.Document;
import org.fachwerk.model.DocumentVersion;
import org.fachwerk.model.Person;
import org.fachwerk.model.WorkItem;
import org.fachwerk.ui.testing.RunningWorkbench;
import org.junit.jupiter.api.Test;

/** A file dropped on a task's documents becomes a document of the task; versions, check-out, copy, filing, deletion. */
class AttachingTest {

    private static void press(RunningWorkbench workbench, String key) {
        RunningWorkbench.find(workbench.shell(), Button.class, DocumentsPart.WIDGET_KEY, key)
                .notifyListeners(SWT.Selection, new Event());
        workbench.flush();
    }

    /**
     * Drops the file on the target as the desktop's drag and drop delivers it: a drop event with the file's path,
     * handed to the target's listeners. (SWT builds these events itself; its event class is not public.)
     */
    private static void drop(DropTarget target, Path file) throws Exception {
        Class<?> dndEvent = Class.forName("org.eclipse.swt.dnd.DNDEvent", true, DropTarget.class.getClassLoader());
        Constructor<?> create = dndEvent.getDeclaredConstructor();
        create.setAccessible(true);
        Event event = (Event) create.newInstance();
        event.widget = target;
        event.display = target.getDisplay();
        event.data = new String[] { file.toString() };
        event.detail = DND.DROP_COPY;
        Constructor<DropTargetEvent> wrap = DropTargetEvent.class.getConstructor(dndEvent);
        for (DropTargetListener listener : target.getDropListeners()) {
            listener.dragEnter(wrap.newInstance(event));
            listener.drop(wrap.newInstance(event));
        }
    }

    private static void ok(org.eclipse.swt.widgets.Shell dialog) {
        RunningWorkbench.findAll(dialog, Button.class).stream().filter(b -> b.getText().replace("&", "")
                .equals("OK")).findFirst().orElseThrow().notifyListeners(SWT.Selection, new Event());
    }

    private static String read(DepartmentSession session, DocumentVersion version) throws Exception {
        try (InputStream in = session.store().contents().read(version.getId(), version.getSha256())) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void aFileDroppedOnATaskBecomesItsDocument() throws Exception {
        Path files = Files.createTempDirectory("fachwerk-files");
        Path memo = Files.writeString(files.resolve("Vermerk Ortstermin.txt"), "Ortstermin am 3. M\u00e4rz");
        Path revised = Files.writeString(files.resolve("Vermerk Ortstermin v2.txt"), "Ortstermin am 4. M\u00e4rz");
        System.setProperty(DataLocation.USER, "akoch");
        try {
            RunningWorkbench.run(RunningWorkbench.newDataDirectory("attach"), workbench -> {
                DepartmentSession session = workbench.windowService(DepartmentSession.class);
                Person anna = session.department().getPersons().stream().filter(p -> "akoch".equals(p.getLogin()))
                        .findFirst().orElseThrow();
                assertTrue(workbench.show("org.fachwerk.documents.part.browser"));
                DocumentsPart part = (DocumentsPart) workbench.part(DocumentsPart.PART_ID).getObject();
                WorkItem task = session.department().getProjects().get(0).getWorkItems().get(0).getChildren().get(0);
                part.selected(task); // chosen in the explorer
                workbench.flush();
                Label scope = RunningWorkbench.find(workbench.shell(), Label.class, DocumentsPart.WIDGET_KEY, "scope");
                assertEquals("Documents of " + task.getTitle(), scope.getText());
                assertEquals(0, part.shown().size(), "the task has no documents yet");

                Table table = RunningWorkbench.find(workbench.shell(), Table.class, DocumentsPart.WIDGET_KEY, "table");
                DropTarget drop = (DropTarget) table.getData(DND.DROP_TARGET_KEY);
                assertTrue(Arrays.stream(drop.getTransfer()).anyMatch(t -> t instanceof FileTransfer),
                        "files can be dropped on the list");
                drop(drop, memo);
                Job.getJobManager().join(DocumentsPart.UPLOADS, null);
                workbench.flush();
                assertEquals(1, part.shown().size());
                Document document = part.shown().get(0);
                assertEquals("Vermerk Ortstermin.txt", document.getTitle());
                assertEquals(task, document.getTask());
                assertEquals(session.department().getProjects().get(0), document.getProject());
                assertEquals("Ortstermin am 3. M\u00e4rz", read(session, document.getVersions().get(0)));

                // found by a word of its text once the background indexing has caught up
                Job.getJobManager().join(DocumentsPart.INDEXING, null);
                workbench.flush();
                Text search = RunningWorkbench.find(workbench.shell(), Text.class, DocumentsPart.WIDGET_KEY, "search");
                search.setText("M\u00e4rz");
                workbench.flush();
                assertEquals(List.of(document), part.shown(), "a word inside the file");
                search.setText("");
                workbench.flush();

                table.setSelection(0);
                table.notifyListeners(SWT.Selection, new Event());
                workbench.flush();
                part.newVersion(document, revised).join();
                workbench.flush();
                Table versions = RunningWorkbench.find(workbench.shell(), Table.class, DocumentsPart.WIDGET_KEY,
                        "versions");
                assertEquals(2, versions.getItemCount());
                assertEquals("2", versions.getItem(0).getText(0), "the newest first");
                assertEquals("Ortstermin am 4. M\u00e4rz", read(session, Documents.latest(document)));

                press(workbench, "checkOut");
                assertEquals(anna, document.getLockedBy());
                Path copy = files.resolve("kopie.txt");
                assertTrue(part.saveCopy(document.getVersions().get(0), copy));
                assertEquals("Ortstermin am 3. M\u00e4rz", Files.readString(copy));
                press(workbench, "checkIn");
                assertEquals(null, document.getLockedBy());

                // the record plan, read from CSV, gives the document its file number
                Path plan = Files.writeString(files.resolve("aktenplan.csv"),
                        "Aktenzeichen;Titel;Jahre\n63;Bauordnung;10\n63.10;Baugenehmigungen;30\n");
                assertTrue(part.importRecordPlan(plan));
                workbench.whenDialogOpens(dialog -> {
                    FileUnderDialog under = (FileUnderDialog) dialog.getData();
                    under.choose(session.department().getRecordPlan().get(0).getChildren().get(0));
                    ok(dialog);
                });
                press(workbench, "file");
                assertEquals("63.10-0001", document.getFileNumber());
                assertEquals("63.10-0001", table.getItem(0).getText(0));

                // kept for 30 years: not due for disposal and not deletable
                Button disposal = RunningWorkbench.find(workbench.shell(), Button.class, DocumentsPart.WIDGET_KEY,
                        "disposal");
                disposal.setSelection(true);
                disposal.notifyListeners(SWT.Selection, new Event());
                workbench.flush();
                assertEquals(0, part.shown().size());
                disposal.setSelection(false);
                disposal.notifyListeners(SWT.Selection, new Event());
                workbench.flush();
                String[] refusal = new String[1];
                workbench.whenDialogOpens(dialog -> {
                    if (refusal[0] == null && RunningWorkbench.findAll(dialog, Label.class).stream()
                            .anyMatch(label -> label.getText().startsWith("Delete"))) {
                        ok(dialog); // the question
                        workbench.whenDialogOpens(error -> {
                            refusal[0] = String.join(" ", RunningWorkbench.findAll(error, Label.class).stream()
                                    .map(Label::getText).toList());
                            error.close();
                        });
                    }
                });
                table.setSelection(0);
                table.notifyListeners(SWT.Selection, new Event());
                press(workbench, "delete");
                workbench.flush();
                String keptUntil = java.time.LocalDate.now().getYear() + 30 + "-12-31"; // 30 years after this year
                assertTrue(refusal[0] != null && refusal[0].contains("must be kept until " + keptUntil),
                        String.valueOf(refusal[0]));
                assertTrue(session.department().getDocuments().contains(document));

                // a document filed nowhere is deleted after the question, on the record
                part.attach(List.of(revised)).join();
                workbench.flush();
                Document loose = part.shown().stream().filter(d -> d != document).findFirst().orElseThrow();
                table.setSelection(part.shown().indexOf(loose));
                table.notifyListeners(SWT.Selection, new Event());
                workbench.whenDialogOpens(AttachingTest::ok);
                press(workbench, "delete");
                assertFalse(session.department().getDocuments().contains(loose));
                assertTrue(session.department().getAuditEvents().stream()
                        .anyMatch(e -> Documents.DELETED.equals(e.getAction()) && e.getPerson() == anna));
            });
        } finally {
            System.clearProperty(DataLocation.USER);
            try (var left = Files.list(files)) {
                for (Path file : left.toList()) {
                    Files.delete(file);
                }
            }
            Files.delete(files);
        }
    }
}
