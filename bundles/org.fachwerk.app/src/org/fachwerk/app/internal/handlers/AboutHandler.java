package org.fachwerk.app.internal.handlers;

import org.eclipse.core.runtime.IProduct;
import org.eclipse.core.runtime.Platform;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Shell;
import org.fachwerk.app.internal.Messages;
import org.fachwerk.core.DepartmentSession;
import org.osgi.framework.FrameworkUtil;

/** Shows the product's name, version and about text, and where its data is. */
public class AboutHandler {

    @Execute
    public void execute(Shell shell, DepartmentSession session) {
        MessageDialog.openInformation(shell, NLS.bind(Messages.About_title, productName()), text(session));
    }

    public static String productName() {
        IProduct product = Platform.getProduct();
        return product == null ? "Fachwerk" : product.getName();
    }

    /** The about text: name, version, description, data location and Java runtime. */
    public static String text(DepartmentSession session) {
        IProduct product = Platform.getProduct();
        String about = product == null ? null : product.getProperty("aboutText");
        String version = FrameworkUtil.getBundle(AboutHandler.class).getVersion().toString();
        StringBuilder text = new StringBuilder(productName()).append('\n')
                .append(NLS.bind(Messages.About_version, version)).append("\n\n");
        if (about != null) {
            text.append(about).append("\n\n");
        }
        text.append(NLS.bind(Messages.About_data, session.store().location().address())).append('\n')
                .append(NLS.bind(Messages.About_java, System.getProperty("java.version"), System.getProperty("java.vendor")));
        return text.toString();
    }
}
