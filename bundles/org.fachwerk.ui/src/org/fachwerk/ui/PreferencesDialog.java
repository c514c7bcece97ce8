package org.fachwerk.ui;

import java.util.Locale;

import org.eclipse.jface.preference.BooleanFieldEditor;
import org.eclipse.jface.preference.ComboFieldEditor;
import org.eclipse.jface.preference.FieldEditorPreferencePage;
import org.eclipse.jface.preference.PreferenceDialog;
import org.eclipse.jface.preference.PreferenceManager;
import org.eclipse.jface.preference.PreferenceNode;
import org.eclipse.swt.widgets.Shell;
import org.fachwerk.ui.internal.Messages;

/** The preferences dialog; its root page holds the general settings of the workbench. */
public final class PreferencesDialog {

    /** The id of the root page, under which modules may add their own pages. */
    public static final String GENERAL_PAGE = "org.fachwerk.ui.preferences.general";

    private PreferencesDialog() {
    }

    /** Opens the dialog and saves the settings when the user confirms; returns the dialog's return code. */
    public static int open(Shell shell) {
        PreferenceManager manager = new PreferenceManager();
        manager.addToRoot(new PreferenceNode(GENERAL_PAGE, new GeneralPage()));
        PreferenceDialog dialog = new PreferenceDialog(shell, manager);
        dialog.setPreferenceStore(Preferences.store());
        dialog.create();
        dialog.getShell().setText(Messages.Preferences_title);
        int result = dialog.open();
        if (result == PreferenceDialog.OK) {
            Preferences.save();
        }
        return result;
    }

    /** Language and exit confirmation. */
    static final class GeneralPage extends FieldEditorPreferencePage {
        GeneralPage() {
            super(Messages.Preferences_general, GRID);
            setDescription(Messages.Preferences_general_description);
            setPreferenceStore(Preferences.store());
        }

        @Override
        protected void createFieldEditors() {
            addField(new ComboFieldEditor(Preferences.LANGUAGE, Messages.Preferences_language,
                    new String[][] { { Messages.Preferences_language_system, "" },
                            { Locale.GERMAN.getDisplayLanguage(Locale.GERMAN), "de" },
                            { Locale.ENGLISH.getDisplayLanguage(Locale.ENGLISH), "en" } },
                    getFieldEditorParent()));
            addField(new BooleanFieldEditor(Preferences.CONFIRM_EXIT, Messages.Preferences_confirmExit,
                    getFieldEditorParent()));
        }
    }
}
