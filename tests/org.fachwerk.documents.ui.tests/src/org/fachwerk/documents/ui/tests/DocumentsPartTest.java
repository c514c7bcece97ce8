package org.fachwerk.documents.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.fachwerk.core.DepartmentSession;
import org.fachwerk.documents.ui.internal.browser.DocumentsPart;
import org.fachwerk.ui.testing.RunningWorkbench;
import org.junit.jupiter.api.Test;

/** The document browser, driven through its widgets in the running workbench. */
class DocumentsPartTest {

    @Test
    void listsDocumentsByFileNumberAndFindsThemBySearch() throws Exception {
        RunningWorkbench.run(RunningWorkbench.newDataDirectory("documents"), workbench -> {
            DepartmentSession session = workbench.windowService(DepartmentSession.class);
            assertTrue(workbench.show("org.fachwerk.documents.part.browser"));
            Table table = RunningWorkbench.find(workbench.shell(), Table.class, DocumentsPart.WIDGET_KEY, "table");
            assertEquals(session.department().getDocuments().size(), table.getItemCount());
            for (int row = 1; row < table.getItemCount(); row++) {
                assertTrue(table.getItem(row - 1).getText(0).compareTo(table.getItem(row).getText(0)) <= 0,
                        "sorted by file number");
            }

            Text search = RunningWorkbench.find(workbench.shell(), Text.class, DocumentsPart.WIDGET_KEY, "search");
            search.setText("e-akte");
            workbench.flush();
            assertEquals(2, table.getItemCount(), "the two documents of project DIG-02 Einführung E-Akte");
            assertTrue(table.getItem(0).getText(3).startsWith("DIG-02"));
            search.setText("keine solche akte");
            workbench.flush();
            assertEquals(0, table.getItemCount());
        });
    }
}
