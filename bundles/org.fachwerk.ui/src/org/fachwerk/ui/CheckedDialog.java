package org.fachwerk.ui;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

/**
 * A dialog of a form whose entries are checked as they are typed: the first problem shows in the title area, and OK
 * is allowed only without one, so that nothing is stored half-way. Its fields carry an id under the dialog's widget
 * key, for tests and the self-check to find them.
 */
public abstract class CheckedDialog extends TitleAreaDialog {

    private final String widgetKey;

    protected CheckedDialog(Shell shell, String widgetKey) {
        super(shell);
        this.widgetKey = widgetKey;
    }

    /** The first problem of the entries as they are now, for the user; null when there is none. */
    protected abstract String problem();

    /** Shows the first problem and allows OK only without any; for the fields' modify listeners. */
    protected final void validate() {
        String problem = problem();
        setErrorMessage(problem);
        Button ok = getButton(IDialogConstants.OK_ID);
        if (ok != null) {
            ok.setEnabled(problem == null);
        }
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        super.createButtonsForButtonBar(parent);
        validate();
    }

    /** A label in the form's first column. */
    protected static Label label(Composite form, String text) {
        Label label = new Label(form, SWT.NONE);
        label.setText(text);
        return label;
    }

    /** A labelled text field filling the second column. */
    protected final Text text(Composite form, String labelText, String value, String id, int style) {
        label(form, labelText);
        Text text = new Text(form, style);
        text.setText(value == null ? "" : value);
        text.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        text.setData(widgetKey, id);
        return text;
    }

    /** A read-only drop-down filling the second column (its label comes first, from the caller). */
    protected final Combo combo(Composite form, String id) {
        Combo combo = new Combo(form, SWT.DROP_DOWN | SWT.READ_ONLY);
        combo.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        combo.setData(widgetKey, id);
        return combo;
    }
}
