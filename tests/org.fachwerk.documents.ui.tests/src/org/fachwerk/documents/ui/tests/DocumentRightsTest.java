package org.fachwerk.documents.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Table;
import org.fachwerk.core.DataLocation;
import org.fachwerk.core.DepartmentSession;
import org.fachwerk.documents.ui.internal.browser.DocumentsPart;
import org.fachwerk.model.Access;
import org.fachwerk.model.Project;
import org.fachwerk.model.Role;
import org.fachwerk.ui.testing.Newcomer;
import org.fachwerk.ui.testing.RunningWorkbench;
import org.junit.jupiter.api.Test;

/** The document browser enables what changes documents for those who may change them, and says why not. */
class DocumentRightsTest {

    private static final String LOGIN = "tneu";
    private static final List<String> CHANGES = List.of("newVersion", "checkOut", "checkIn", "delete", "file");

    private static Button button(RunningWorkbench workbench, String key) {
        return RunningWorkbench.find(workbench.shell(), Button.class, DocumentsPart.WIDGET_KEY, key);
    }

    /** Chooses the project as the explorer does and selects its first document in the list. */
    private static void chooseFirstDocumentOf(RunningWorkbench workbench, DocumentsPart part, Project project) {
        part.selected(project);
        workbench.flush();
        assertEquals(2, part.shown().size(), "the demo project's two documents");
        Table table = RunningWorkbench.find(workbench.shell(), Table.class, DocumentsPart.WIDGET_KEY, "table");
        table.setSelection(0);
        table.notifyListeners(SWT.Selection, new Event());
        workbench.flush();
    }

    @Test
    void aMemberWhoReadsAProjectChangesNoneOfItsDocumentsAndOneWhoEditsItDoes() throws Exception {
        System.setProperty(DataLocation.USER, LOGIN);
        try {
            RunningWorkbench.run(RunningWorkbench.newDataDirectory("documentrights"), workbench -> {
                DepartmentSession session = workbench.windowService(DepartmentSession.class);
                Project read = session.department().getProjects().get(0); // BAU-01
                Project edited = session.department().getProjects().get(1); // DIG-02
                Newcomer.join(session, LOGIN, "Neu", Role.MEMBER, Map.of(read, Access.READ, edited, Access.EDIT));
                workbench.flush();
                assertTrue(workbench.show(DocumentsPart.PART_ID));
                DocumentsPart part = (DocumentsPart) workbench.part(DocumentsPart.PART_ID).getObject();

                chooseFirstDocumentOf(workbench, part, read);
                assertFalse(button(workbench, "attach").isEnabled(), "no new documents in a project only read");
                String whyNot = button(workbench, "attach").getToolTipText();
                assertTrue(whyNot.contains("You may not change the documents of BAU-01"), whyNot);
                for (String change : CHANGES) {
                    assertFalse(button(workbench, change).isEnabled(), change);
                    assertEquals(whyNot, button(workbench, change).getToolTipText(), change);
                }
                assertTrue(button(workbench, "open").isEnabled(), "reading stays possible");
                assertTrue(button(workbench, "saveCopy").isEnabled());

                chooseFirstDocumentOf(workbench, part, edited);
                assertTrue(button(workbench, "attach").isEnabled(), "the selection decides");
                for (String change : CHANGES) {
                    assertTrue(button(workbench, change).isEnabled(), change);
                }
                assertFalse(button(workbench, "breakLock").isEnabled(), "only administrators break locks");
                assertTrue(button(workbench, "breakLock").getToolTipText().contains("Only administrators"));
                assertFalse(button(workbench, "importPlan").isEnabled());
                assertTrue(button(workbench, "importPlan").getToolTipText().contains("record plan"));
            });
        } finally {
            System.clearProperty(DataLocation.USER);
        }
    }

    @Test
    void aGuestAttachesNothingNotEvenToTheDepartment() throws Exception {
        System.setProperty(DataLocation.USER, LOGIN);
        try {
            RunningWorkbench.run(RunningWorkbench.newDataDirectory("documentguest"), workbench -> {
                DepartmentSession session = workbench.windowService(DepartmentSession.class);
                assertTrue(workbench.show(DocumentsPart.PART_ID));
                assertTrue(button(workbench, "attach").isEnabled(), "before joining the login is unrestricted");
                Project project = session.department().getProjects().get(0);
                Newcomer.join(session, LOGIN, "Neu", Role.GUEST, Map.of(project, Access.MANAGE));
                workbench.flush();
                Button attach = button(workbench, "attach");
                assertFalse(attach.isEnabled(), "the department's documents are not a guest's either");
                assertTrue(attach.getToolTipText().startsWith("Guests read"), attach.getToolTipText());
                DocumentsPart part = (DocumentsPart) workbench.part(DocumentsPart.PART_ID).getObject();
                chooseFirstDocumentOf(workbench, part, project);
                assertFalse(button(workbench, "attach").isEnabled(), "a guest's membership does not count");
                assertFalse(button(workbench, "newVersion").isEnabled());
            });
        } finally {
            System.clearProperty(DataLocation.USER);
        }
    }
}
