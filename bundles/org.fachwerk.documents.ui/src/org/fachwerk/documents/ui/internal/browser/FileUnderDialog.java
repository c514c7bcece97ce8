package org.fachwerk.documents.ui.internal.browser;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.fachwerk.documents.ui.internal.Messages;
import org.fachwerk.model.RecordPlanNode;

/** Chooses the record plan node a document is filed under: every node, indented by its depth. */
public final class FileUnderDialog extends Dialog {

    private final String title;
    private final List<RecordPlanNode> nodes = new ArrayList<>();
    private final List<String> labels = new ArrayList<>();
    private Combo choice;
    private RecordPlanNode chosen;

    FileUnderDialog(Shell parent, String documentTitle, List<RecordPlanNode> plan) {
        super(parent);
        this.title = documentTitle;
        add(plan, 0);
    }

    private void add(List<RecordPlanNode> level, int depth) {
        for (RecordPlanNode node : level) {
            nodes.add(node);
            labels.add("  ".repeat(depth) + node.getFileCode() + "  " + node.getTitle() + "  ("
                    + NLS.bind(Messages.File_years, node.getRetentionYears()) + ")");
            add(node.getChildren(), depth + 1);
        }
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(Messages.File_title);
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        new Label(area, SWT.WRAP).setText(NLS.bind(Messages.File_message, title));
        choice = new Combo(area, SWT.READ_ONLY | SWT.DROP_DOWN);
        choice.setItems(labels.toArray(String[]::new));
        choice.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        choice.addListener(SWT.Selection, e -> getButton(IDialogConstants.OK_ID).setEnabled(true));
        return area;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        super.createButtonsForButtonBar(parent);
        getButton(IDialogConstants.OK_ID).setEnabled(false);
    }

    @Override
    protected void okPressed() {
        chosen = nodes.get(choice.getSelectionIndex());
        super.okPressed();
    }

    /** The node chosen, after OK. */
    public RecordPlanNode chosen() {
        return chosen;
    }

    /** Chooses the node, as picking it in the list does. */
    public void choose(RecordPlanNode node) {
        choice.select(nodes.indexOf(node));
        choice.notifyListeners(SWT.Selection, null);
    }
}
