package org.fachwerk.app.internal;

import java.util.Arrays;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.dnd.Clipboard;
import org.eclipse.swt.dnd.TextTransfer;
import org.eclipse.swt.dnd.Transfer;
import org.eclipse.swt.graphics.Font;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.fachwerk.model.Person;

/**
 * Shows a one-time password once, right after the reset: the store keeps only its hash, so it cannot be shown
 * again. It can be copied; closing the dialog forgets it.
 */
public final class OneTimePasswordDialog extends TitleAreaDialog {

    /** Widget data key under which tests find the controls. */
    public static final String WIDGET_KEY = "fachwerk.oneTimePassword";

    private final Person person;
    private final char[] oneTime;
    private Label copied;

    OneTimePasswordDialog(Shell shell, Person person, char[] oneTime) {
        super(shell);
        this.person = person;
        this.oneTime = oneTime;
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(Messages.OneTime_title);
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        setTitle(NLS.bind(Messages.OneTime_heading, person.getFullName(), person.getLogin()));
        setMessage(Messages.OneTime_message);
        Composite form = new Composite(area, SWT.NONE);
        form.setLayout(new GridLayout(2, false));
        form.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));

        Text password = new Text(form, SWT.BORDER | SWT.READ_ONLY);
        password.setText(new String(oneTime));
        Font monospace = JFaceResources.getTextFont();
        password.setFont(monospace);
        password.setData(WIDGET_KEY, "password");
        password.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        Button copy = new Button(form, SWT.PUSH);
        copy.setText(Messages.OneTime_copy);
        copy.setData(WIDGET_KEY, "copy");
        copy.addListener(SWT.Selection, e -> copy());

        Label change = new Label(form, SWT.WRAP);
        change.setText(NLS.bind(Messages.OneTime_mustChange, person.getLogin()));
        GridData wide = new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1);
        wide.widthHint = 420;
        change.setLayoutData(wide);
        copied = new Label(form, SWT.NONE);
        copied.setData(WIDGET_KEY, "copied");
        copied.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
        password.setFocus();
        password.selectAll();
        return area;
    }

    private void copy() {
        Clipboard clipboard = new Clipboard(getShell().getDisplay());
        try {
            clipboard.setContents(new Object[] { new String(oneTime) }, new Transfer[] { TextTransfer.getInstance() });
        } finally {
            clipboard.dispose();
        }
        copied.setText(Messages.OneTime_copied);
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, IDialogConstants.OK_ID, IDialogConstants.CLOSE_LABEL, true);
    }

    @Override
    public boolean close() {
        Arrays.fill(oneTime, '\0'); // shown once: nothing keeps it once the dialog is gone
        return super.close();
    }
}
